import type { ValidationReport } from '../../schema/engine/index.js';
import { type ValidateFileInput, validateFile } from './validate-file.js';

/**
 * The CLI's worker task: the report alone. The rows are checked exactly as an upload checks them
 * (the same validateFile), then dropped where they are made instead of crossing threads.
 */
export async function validateReportOnly(input: ValidateFileInput): Promise<ValidationReport> {
  return validateFile(input, { emit: async () => {} });
}
