import type { IncomingMessage, ServerResponse } from 'node:http';
import { isImportError } from '../../importers/errors.js';
import { actorFromToken } from '../auth/auth.service.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { AppServices } from '../graphql/context.js';
import { streamAnnotatedWorkbook } from '../reports/annotate-in-worker.js';
import type { AnnotatedReport } from '../reports/annotated-workbook.js';
import { inAnnotationSlot } from '../reports/annotation-slots.js';
import { datasetOf } from './datasets.js';
import { ignoredSheetsOf } from './ignored-sheets.js';
import { readsInFull } from './reading.js';
import { readStoredFile } from './stored-file.js';
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
    const bytes = await readStoredFile(services.db.sql, submission.id);
    if (!bytes) throw new Error(`submission ${submission.id} has no stored file`);
    if (kind === 'original') return send(res, 200, 'application/octet-stream', bytes, submission.filename);
    const report = await storedReport(services.db, submission);
    const input = { bytes, filename: submission.filename, report };
    const name = `${submission.filename.replace(/\.[^.]*$/, '')}-问题标注.xlsx`;
    const done = await inAnnotationSlot(() => streamAnnotatedWorkbook(input, res, headersFor(XLSX, name)));
    if (!done) return refuse(res, 503, BUSY);
  } catch (error) {
    if (isImportError(error) && !res.headersSent) return refuse(res, 503, TOO_COMPLEX);
    if (error instanceof DomainError && error.code === 'NOT_FOUND') {
      return send(res, 404, 'application/json', JSON.stringify({ error: 'not found' }));
    }
    throw error;
  }
}

type StoredSubmission = Awaited<ReturnType<typeof findVisibleSubmission>>;

const BUSY = {
  code: 'TOO_MANY_REQUESTS',
  zh: '正在生成的问题标注文件较多，请稍后再试',
  en: 'Too many annotated workbooks are being built; try again shortly',
};
const TOO_COMPLEX = {
  code: 'FILE_TOO_COMPLEX',
  zh: '该文件过于复杂，无法生成问题标注文件；请查看错误清单（GraphQL issues）',
  en: 'The file is too complex to annotate; read the issue list (GraphQL issues) instead',
};

function refuse(res: ServerResponse, status: number, why: typeof BUSY) {
  const body = { error: why.en, code: why.code, message: { zh: why.zh, en: why.en } };
  return send(res, status, 'application/json', JSON.stringify(body));
}

/** The validation report as stored with the submission: the stored issues and the exact totals. */
async function storedReport(db: Database, s: StoredSubmission): Promise<AnnotatedReport> {
  const [issues, counts] = await Promise.all([
    db.prisma.submissionIssue.findMany({ where: { submissionId: s.id }, orderBy: { seq: 'asc' } }),
    db.prisma.submissionIssueCount.findMany({ where: { submissionId: s.id } }),
  ]);
  return {
    dataset: datasetOf(s.dataset).key,
    ...(s.sheetName ? { sheetName: s.sheetName, ignoredSheets: ignoredSheetsOf(s.ignoredSheets) } : {}),
    headerRow: s.headerRow ?? 0,
    errorCount: s.errorCount,
    warningCount: s.warningCount,
    issueSummary: counts
      .map((c) => ({ ...c, severity: c.severity === 'error' ? ('error' as const) : ('warning' as const) }))
      .sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || b.count - a.count),
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

function headersFor(type: string, filename?: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'private, no-store' };
  if (filename)
    headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`;
  return headers;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, filename?: string) {
  res.writeHead(status, headersFor(type, filename));
  res.end(body);
}
