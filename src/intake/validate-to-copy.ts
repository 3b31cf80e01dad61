import type { WorkerContext } from '../../importers/worker/protocol.js';
import { getDataset } from '../../schema/datasets/index.js';
import type { ValidationReport } from '../../schema/engine/index.js';
import { rowCopyEncoder } from '../submissions/copy-text.js';
import { periodCollector } from '../submissions/periods.js';
import { type ValidateFileInput, validateFile } from './validate-file.js';

export interface ValidateToCopyInput extends ValidateFileInput {
  /** The submission the rows belong to (their first COPY column). */
  submissionId: string;
}

export interface ValidateToCopyResult {
  report: ValidationReport;
  /** Distinct periods of the rows (see periods.ts), unsorted. */
  periods: string[];
}

/**
 * The upload worker's task: validateFile, with each batch of typed rows turned into COPY text for
 * the dataset's rows table right here. The main thread then only forwards text to the database:
 * a string crosses threads as one copy, where typed row objects cost a structured clone of every
 * cell on both sides.
 */
export async function validateToCopyText(
  input: ValidateToCopyInput,
  context: WorkerContext<string>,
): Promise<ValidateToCopyResult> {
  const def = getDataset(input.dataset);
  if (!def) throw new Error(`unknown dataset ${input.dataset}`);
  const encode = rowCopyEncoder(def, input.submissionId);
  const periods = periodCollector(def);
  const report = await validateFile(input, {
    emit: (rows) => {
      for (const { values } of rows) periods.add(values);
      return context.emit(encode(rows));
    },
    ...(context.progress ? { progress: context.progress } : {}),
  });
  return { report, periods: periods.values() };
}
