import type { RowsRead } from '../../intake/rows-read.js';
import { badInput } from '../../submissions/access.js';
import type { UploadProgress } from '../../submissions/upload-progress.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';

const UploadPhaseEnum = builder.enumType('UploadPhase', {
  values: {
    READING: { description: 'The rows are being read and checked.' },
    SAVING: { description: 'Every row is read; the result is being saved.' },
    DONE: { description: 'The upload request has its answer.' },
    FAILED: { description: 'The upload was refused or failed; its request has the error.' },
  } as const,
});

const UploadProgressRef = builder.objectRef<UploadProgress>('UploadProgress').implement({
  description: 'How far the reading of a file being uploaded has come (uploadSubmission with progressId).',
  fields: (t) => ({
    rowsRead: t.exposeInt('rowsRead', { description: 'Rows read so far, title and header rows included.' }),
    totalEstimate: t.exposeInt('totalEstimate', {
      nullable: true,
      description:
        'Rows the file seems to hold (CSV: its lines); null when the format does not tell cheaply.',
    }),
    phase: t.field({ type: UploadPhaseEnum, resolve: (p) => p.phase }),
  }),
});

// A client-chosen id: a UUID is expected; anything long or odd is refused rather than stored.
const PROGRESS_ID = /^[A-Za-z0-9-]{8,64}$/;

builder.queryField('uploadProgress', (t) =>
  t.field({
    type: UploadProgressRef,
    nullable: true,
    authScopes: { authenticated: true },
    description:
      'The progress of your own upload sent with this progressId, while it runs and for 10 minutes after; null for an unknown id or someone else’s. Kept in the memory of the instance that handles the upload.',
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      PROGRESS_ID.test(args.id) && ctx.actor ? ctx.uploadProgress.read(ctx.actor.userId, args.id) : null,
  }),
);

/**
 * Runs an upload, reporting its progress under `progressId` (checked) when the client sent one:
 * rows read while the worker reads, SAVING once every row is read, then DONE or FAILED.
 */
export async function withUploadProgress<T>(
  ctx: GraphQLContext,
  progressId: string | null | undefined,
  upload: (onRowsRead: ((rows: RowsRead) => void) | undefined) => Promise<T>,
): Promise<T> {
  if (progressId == null || !ctx.actor) return upload(undefined);
  if (!PROGRESS_ID.test(progressId)) throw badInput('progressId 应为 UUID', 'progressId must be a UUID');
  const userId = ctx.actor.userId;
  let last: UploadProgress = { rowsRead: 0, totalEstimate: null, phase: 'READING' };
  const report = (next: Partial<UploadProgress>) => {
    last = { ...last, ...next };
    ctx.uploadProgress.report(userId, progressId, last);
  };
  report({});
  try {
    const result = await upload(({ finished, ...rows }) =>
      report({ ...rows, phase: finished ? 'SAVING' : 'READING' }),
    );
    report({ phase: 'DONE' });
    return result;
  } catch (error) {
    report({ phase: 'FAILED' });
    throw error;
  }
}
