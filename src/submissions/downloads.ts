import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ValidationReport } from '../../schema/engine/index.js';
import { actorFromToken } from '../auth/auth.service.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { AppServices } from '../graphql/context.js';
import { buildAnnotatedWorkbook } from '../reports/annotated-workbook.js';
import { datasetOf } from './datasets.js';
import { readsInFull } from './reading.js';
import { findVisibleSubmission } from './visibility.js';

const ROUTE = /^\/api\/submissions\/([^/]+)\/(original|annotated\.xlsx)$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const isSubmissionDownload = (path: string) => ROUTE.test(path);

/**
 * GET /api/submissions/<id>/original and /annotated.xlsx, with `Authorization: Bearer <token>`:
 * the uploaded file as it was, and the error workbook. Authorised exactly like the submission:
 * a stranger gets the same 404 as for a missing id.
 */
export async function serveSubmissionDownload(
  services: AppServices,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) {
  const [, id = '', kind] = ROUTE.exec(path) ?? [];
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const actor = token ? await actorFromToken(services.db, services.signer, token) : null;
  if (!actor) return send(res, 401, 'application/json', JSON.stringify({ error: 'sign in first' }));
  try {
    const submission = await findVisibleSubmission(services.db, actor, id);
    // A municipal commission reads a district's published data only in its public form.
    if (!(await readsInFull(services.db, actor, submission))) {
      return send(res, 403, 'application/json', JSON.stringify({ error: 'forbidden' }));
    }
    const file = await services.db.prisma.submissionFile.findUniqueOrThrow({
      where: { submissionId: submission.id },
    });
    if (kind === 'original') {
      return send(res, 200, 'application/octet-stream', Buffer.from(file.content), submission.filename);
    }
    const report = await storedReport(services.db, submission);
    const workbook = await buildAnnotatedWorkbook({
      bytes: file.content,
      filename: submission.filename,
      report,
    });
    return send(res, 200, XLSX, workbook, `${submission.filename.replace(/\.[^.]*$/, '')}-问题标注.xlsx`);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') {
      return send(res, 404, 'application/json', JSON.stringify({ error: 'not found' }));
    }
    throw error;
  }
}

type StoredSubmission = Awaited<ReturnType<typeof findVisibleSubmission>>;

/** The validation report as stored with the submission: every issue, in order. */
async function storedReport(db: Database, s: StoredSubmission): Promise<ValidationReport> {
  const issues = await db.prisma.submissionIssue.findMany({
    where: { submissionId: s.id },
    orderBy: { seq: 'asc' },
  });
  return {
    dataset: datasetOf(s.dataset).key,
    format: s.format === 'xlsx' ? 'xlsx' : 'csv',
    ...(s.encoding ? { encoding: s.encoding } : {}),
    ...(s.sheetName ? { sheetName: s.sheetName } : {}),
    headerRow: s.headerRow ?? 0,
    rowCount: s.rowCount,
    errorCount: s.errorCount,
    warningCount: s.warningCount,
    columns: [],
    issues: issues.map((i) => ({
      severity: i.severity === 'error' ? 'error' : 'warning',
      code: i.code,
      ...(i.rowNumber !== null ? { row: i.rowNumber } : {}),
      ...(i.columnLetter !== null ? { column: i.columnLetter } : {}),
      ...(i.field !== null ? { field: i.field } : {}),
      ...(i.value !== null ? { value: i.value } : {}),
      message: { zh: i.messageZh, en: i.messageEn },
    })),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, filename?: string) {
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'private, no-store' };
  if (filename)
    headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`;
  res.writeHead(status, headers);
  res.end(body);
}
