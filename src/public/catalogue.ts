import type { DatasetDefinition, FieldDefinition } from '../../schema/core/dataset.js';
import type { Localized } from '../../schema/core/localized.js';
import { datasets } from '../../schema/datasets/index.js';
import type { SqlClient } from '../db/database.js';

/** A column the public sees: public fields as they are, masked ones in masked form. */
export interface PublicField {
  key: string;
  label: Localized;
  type: string;
  masked: boolean;
  /** Money columns' unit (万元 unless the dataset says 元). */
  unit: Localized | null;
  definition: FieldDefinition;
}

const UNITS: Record<DatasetDefinition['moneyUnit'], Localized> = {
  wan: { zh: '万元', en: '10k CNY' },
  yuan: { zh: '元', en: 'CNY' },
};

const PERCENT: Localized = { zh: '%', en: '%' };

/** The public columns of a dataset, in template order; regulator-only fields do not exist here. */
export function publicFields(def: DatasetDefinition): PublicField[] {
  return def.fields
    .filter((f) => f.sensitivity !== 'regulator-only')
    .map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type.kind,
      masked: f.sensitivity === 'masked',
      unit: f.type.kind === 'money' ? UNITS[def.moneyUnit] : f.type.kind === 'percent' ? PERCENT : null,
      definition: f,
    }));
}

/** One entry of the 标准目录 (standard catalogue). */
export interface CatalogueEntry {
  dataset: DatasetDefinition;
  recordCount: number;
  currentCount: number;
  lastPublishedAt: Date | null;
}

interface StatsRow {
  dataset: string;
  total: number | string;
  current: number | string;
  last: Date | string | null;
}

export async function datasetCatalogue(sql: SqlClient): Promise<CatalogueEntry[]> {
  // Kept by published_record's triggers (migration 022): four rows, not a scan of every record.
  const { rows } = await sql.query<StatsRow>(
    `SELECT dataset::text AS dataset, total, current, last_published_at AS last FROM published_dataset_stats`,
  );
  const stats = new Map(rows.map((r) => [r.dataset, r]));
  return datasets.map((dataset) => {
    const s = stats.get(dataset.graphqlName);
    return {
      dataset,
      recordCount: Number(s?.total ?? 0),
      currentCount: Number(s?.current ?? 0),
      lastPublishedAt: s?.last ? new Date(s.last) : null,
    };
  });
}
