import type { DatasetKey } from '../../schema/core/dataset.js';

/**
 * How each dataset is shown in the table: a few columns that identify a row at a glance (the
 * record page shows every public field) and the fields offered as filters.
 */
export interface DatasetView {
  columns: string[];
  /** The column whose cell links to the record page (its text names the record). */
  linkField: string;
  facets: string[];
}

export const datasetViews: Record<DatasetKey, DatasetView> = {
  'property-transactions': {
    columns: ['projectCode', 'projectName', 'transactionType', 'disclosureStage', 'listingPrice'],
    linkField: 'projectName',
    facets: ['transactionType', 'disclosureStage'],
  },
  'executive-pay': {
    columns: ['fiscalYear', 'name', 'position', 'totalPreTax'],
    linkField: 'name',
    facets: ['fiscalYear'],
  },
  'performance-reviews': {
    columns: ['reviewType', 'period', 'score', 'grade'],
    linkField: 'period',
    facets: ['reviewType', 'period', 'grade'],
  },
  'service-info': {
    columns: ['industry', 'category', 'title', 'noticeAt'],
    linkField: 'title',
    facets: ['industry', 'category'],
  },
};
