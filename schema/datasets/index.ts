// The registry of dataset definitions: everything else derives from these four.
import type { DatasetDefinition, DatasetKey } from '../core/dataset.js';
import { executivePay } from './executive-pay.js';
import { performanceReviews } from './performance-reviews.js';
import { propertyTransactions } from './property-transactions.js';
import { serviceInfo } from './service-info.js';

export { executivePay, performanceReviews, propertyTransactions, serviceInfo };

export const datasets: DatasetDefinition[] = [
  propertyTransactions,
  executivePay,
  performanceReviews,
  serviceInfo,
];

const byKey = new Map<string, DatasetDefinition>(datasets.map((d) => [d.key, d]));
const byGraphqlName = new Map<string, DatasetDefinition>(datasets.map((d) => [d.graphqlName, d]));

export function isDatasetKey(key: string): key is DatasetKey {
  return byKey.has(key);
}

/** The definition for a dataset key such as 'executive-pay'; undefined for unknown keys. */
export function getDataset(key: string): DatasetDefinition | undefined {
  return byKey.get(key);
}

/** The definition for a GraphQL DatasetKey value such as 'EXECUTIVE_PAY'. */
export function datasetByGraphqlName(name: string): DatasetDefinition | undefined {
  return byGraphqlName.get(name);
}
