// Placeholder so dataset definitions compile while the rules are being written; replaced by the
// rule modules (one pure function per rule) exporting each dataset's list.
import type { RowRule } from '../core/dataset.js';

export const propertyTransactionRules: RowRule[] = [];
export const executivePayRules: RowRule[] = [];
export const performanceReviewRules: RowRule[] = [];
export const serviceInfoRules: RowRule[] = [];
