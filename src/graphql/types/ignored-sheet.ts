import type { IgnoredSheet } from '../../../schema/core/cells.js';

export { ignoredSheetsOf } from '../../submissions/ignored-sheets.js';

import { builder } from '../builder.js';
import { Localized } from './dataset.js';

export const IgnoredSheetRef = builder.objectRef<IgnoredSheet>('IgnoredSheet').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    reason: t.field({ type: Localized, resolve: (s) => s.reason }),
  }),
});
