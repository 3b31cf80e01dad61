// Prints the SQL that creates every dataset's typed row table, derived from schema/datasets.
// Used to write a new migration when a dataset is added (existing migrations are never edited).
import { datasets } from '../schema/datasets/index.js';
import { rowTableDdl } from '../schema/derive/row-table.js';

process.stdout.write(datasets.map(rowTableDdl).join('\n'));
