// The registry of dataset definitions: the single source of the dataset keys. Everything else —
// the DatasetKey type and GraphQL enum, the CLI usage, the web catalogue, delivery, the test
// matrix — derives from this list. docs/adding-a-dataset.md says how to add one.
import type { DatasetDefinition, RowRule } from '../core/dataset.js';
import { executivePay } from './executive-pay.js';
import { performanceReviews } from './performance-reviews.js';
import { propertyTransactions } from './property-transactions.js';
import { recruitment } from './recruitment.js';
import { serviceInfo } from './service-info.js';

export { executivePay, performanceReviews, propertyTransactions, recruitment, serviceInfo };

const registry = [propertyTransactions, executivePay, performanceReviews, serviceInfo, recruitment] as const;

/** A dataset's kebab-case key, e.g. 'executive-pay' (URLs, the CLI). */
export type DatasetKey = (typeof registry)[number]['key'];
/** A dataset's GraphQL enum value, e.g. 'EXECUTIVE_PAY'. */
export type GraphqlDatasetName = (typeof registry)[number]['graphqlName'];

export const datasets: readonly DatasetDefinition[] = registry;

/** Every dataset's key and GraphQL name, in registry order. */
export const datasetKeys = registry.map((d) => d.key) as DatasetKey[];
export const graphqlDatasetNames = registry.map((d) => d.graphqlName) as GraphqlDatasetName[];

/** A definition's GraphQL name as the enum type (every definition is in the registry above). */
export const graphqlNameOf = (def: DatasetDefinition) => def.graphqlName as GraphqlDatasetName;

/** Every rule of every dataset, for catalogue tests. */
export const allRules: readonly RowRule[] = datasets.flatMap((d) => d.rules);

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
