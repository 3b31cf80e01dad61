import { html, type SafeHtml } from './html.js';
import type { Messages } from './i18n.js';
import type { PublicRecord } from './queries.js';

export type RecordStatus = 'current' | 'corrected' | 'withdrawn';

export function recordStatus(record: Pick<PublicRecord, 'supersededAt' | 'withdrawnAt'>): RecordStatus {
  if (record.withdrawnAt) return 'withdrawn';
  if (record.supersededAt) return 'corrected';
  return 'current';
}

export function statusLabel(status: RecordStatus | 'all', t: Messages): string {
  const labels = {
    all: t.statusAll,
    current: t.statusCurrent,
    corrected: t.statusCorrected,
    withdrawn: t.statusWithdrawn,
  };
  return labels[status];
}

export function statusBadge(record: PublicRecord, t: Messages): SafeHtml {
  const status = recordStatus(record);
  return html`<span class="badge ${status}" data-status="${status}">${statusLabel(status, t)}</span>`;
}
