import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { datasetByGraphqlName } from '../../schema/datasets/index.js';

/** The definition behind a stored DatasetKey (always known: the column is an enum of them). */
export function datasetOf(graphqlName: string): DatasetDefinition {
  const def = datasetByGraphqlName(graphqlName);
  if (!def) throw new Error(`no dataset definition for ${graphqlName}`);
  return def;
}
