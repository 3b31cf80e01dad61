import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';

/**
 * The one rule for who sees deliveries to the trading platform (submissionDelivery, recordDelivery,
 * deliveryFailures, retryDelivery): the staff of the commission that supervises the enterprise,
 * and no one else. A municipal commission reads its districts' published submissions in their
 * public form, but their deliveries are the district's to follow up: to it they do not exist
 * (NOT_FOUND, exactly as a missing one), as they do not appear in its failure list.
 * Returns the commission whose deliveries the actor sees, or null for none.
 */
export function deliveryCommissionOf(actor: Actor | null): string | null {
  if (!actor || !isRegulatorStaff(actor)) return null;
  return actor.regulatorId;
}
