import { useQuery } from '../api/useQuery';
import { graphql, type ResultOf } from '../graphql';

export const DatasetsQuery = graphql(`
  query Datasets {
    datasets { key slug title { zh en } fields { key label { zh en } withholdable sensitivity choices { key label { zh en } } } }
  }
`);

export type DatasetInfo = ResultOf<typeof DatasetsQuery>['datasets'][number];

/** The dataset definitions as the API describes them (labels come from there, not from the app). */
export function useDatasets() {
  const { data, error } = useQuery(DatasetsQuery);
  const list = data?.datasets ?? [];
  const byKey = (key: string) => list.find((d) => d.key === key);
  return { datasets: list, byKey, error };
}

export function fieldLabel(
  dataset: DatasetInfo | undefined,
  key: string | null | undefined,
  lang: 'zh' | 'en',
) {
  if (!key) return '';
  return dataset?.fields.find((f) => f.key === key)?.label[lang] ?? key;
}

type FieldInfo = DatasetInfo['fields'][number];

/** A stored value as a person reads it: an enumerated key by its label (from the definition). */
export function displayValue(field: FieldInfo | undefined, value: unknown, lang: 'zh' | 'en'): string {
  if (value === null || value === undefined) return '';
  const choice = field?.choices.find((c) => c.key === String(value));
  if (choice) return choice.label[lang];
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
