import { type ImportError, isImportError } from '../../importers/errors.js';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { ValidationReport } from '../../schema/engine/index.js';
import type { SqlClient } from '../db/database.js';
import type { RowsRead } from '../intake/rows-read.js';
import type { ValidateFileInput } from '../intake/validate-file.js';
import {
  DEFAULT_WORKER_BUDGET,
  validateFileInWorker,
  type WorkerBudget,
} from '../intake/validate-in-worker.js';
import { todayInShanghai } from '../time.js';
import { rowCopySql } from './copy-text.js';
import { copyFile } from './file-copy.js';

export interface UploadToStore {
  submissionId: string;
  def: DatasetDefinition;
  input: { bytes: Uint8Array; filename: string; onRowsRead?: ((progress: RowsRead) => void) | undefined };
  /** USCCs the uploader may report for: its own and its subsidiaries'. */
  permittedEnterpriseCodes: string[];
  /** Days regulators added to the built-in holiday calendar. */
  calendarOverrides: ValidateFileInput['calendarOverrides'];
}

/**
 * The file and the rows, on one connection: the file's COPY is queued ahead of the rows' COPY
 * rather than awaited first, so the worker validates while the server stores the file.
 */
export async function storeFileAndRows(
  tx: SqlClient,
  upload: UploadToStore,
  budget?: WorkerBudget,
): Promise<Outcome> {
  const [file, rows] = await Promise.allSettled([
    copyFile(tx, upload.submissionId, upload.input.bytes),
    (async () => {
      await tx.exec('SAVEPOINT typed_rows');
      return validateAndCopyRows(tx, upload, budget, () => tx.exec('ROLLBACK TO SAVEPOINT typed_rows'));
    })(),
  ]);
  // The file's failure first: it is the cause of whatever the rows then ran into.
  if (file.status === 'rejected') throw file.reason;
  if (rows.status === 'rejected') throw rows.reason;
  return rows.value;
}

export type Outcome = { report: ValidationReport; periods: string[] } | { importError: ImportError };

/**
 * Validates in the worker, the rows streaming into one COPY on `client`. A file that cannot be read
 * to the end gives `{ importError }` once `discardRows` has removed the rows already loaded.
 */
export async function validateAndCopyRows(
  client: SqlClient,
  { submissionId, def, input, permittedEnterpriseCodes, calendarOverrides }: UploadToStore,
  budget: WorkerBudget = DEFAULT_WORKER_BUDGET,
  discardRows: () => Promise<void>,
): Promise<Outcome> {
  // One COPY for all the rows; the worker sends them as COPY text, the database's pace holds it back.
  const copy = client.copyIn(rowCopySql(def));
  try {
    const { report, periods } = await validateFileInWorker(
      {
        bytes: input.bytes,
        filename: input.filename,
        dataset: def.key,
        today: todayInShanghai(),
        permittedEnterpriseCodes,
        ...(calendarOverrides ? { calendarOverrides } : {}),
        submissionId,
      },
      (text) => copy.write(text),
      budget,
      input.onRowsRead,
    );
    await copy.end();
    return { report, periods };
  } catch (error) {
    await copy.abort();
    if (!isImportError(error)) throw error;
    // The file could not be read to the end: keep the submission and its file, drop partial rows.
    await discardRows();
    return { importError: error };
  }
}
