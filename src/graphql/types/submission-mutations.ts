import { GraphQLScalarType } from 'graphql';
import { publishSubmission, withdrawSubmission } from '../../publishing/publish.service.js';
import { badInput } from '../../submissions/access.js';
import { reviewSubmission } from '../../submissions/review.service.js';
import { submitSubmission } from '../../submissions/submit.service.js';
import { uploadSubmission } from '../../submissions/upload.service.js';
import { readUploadBytes } from '../../submissions/upload-bytes.js';
import { builder } from '../builder.js';
import { DatasetKeyEnum } from './dataset.js';
import { withUploadProgress } from './upload-progress.js';

// Uploads follow the GraphQL multipart request spec; Yoga hands the resolver a web File.
builder.addScalarType(
  'File',
  new GraphQLScalarType({
    name: 'File',
    description: 'A file sent with the GraphQL multipart request spec.',
    serialize: () => {
      throw new Error('File is an input-only scalar');
    },
    // Only the multipart spec delivers a File; a string or object sent in JSON is the caller's mistake.
    parseValue: (value) => {
      // Duck-typed: Yoga's File may come from its fetch ponyfill rather than Node's own class.
      if (typeof (value as Partial<File> | null)?.arrayBuffer === 'function') return value;
      throw badInput(
        'file 必须以 multipart 请求上传的文件',
        'file must be a file sent as a multipart request',
      );
    },
    parseLiteral: () => {
      throw badInput(
        'file 必须以 multipart 请求上传的文件',
        'file must be a file sent as a multipart request',
      );
    },
  }),
);

const ReviewDecision = builder.enumType('ReviewDecision', { values: ['APPROVE', 'RETURN'] as const });

const ReviewNoteInput = builder.inputType('ReviewNoteInput', {
  fields: (t) => ({
    reason: t.string({ required: true }),
    row: t.int({ description: 'Excel row the note is about.' }),
    field: t.string({ description: 'Field key the note is about.' }),
  }),
});

builder.mutationFields((t) => ({
  uploadSubmission: t.prismaField({
    type: 'Submission',
    authScopes: { filer: true },
    args: {
      dataset: t.arg({ type: DatasetKeyEnum, required: true }),
      file: t.arg({ type: 'File', required: true }),
      corrects: t.arg.id({ description: 'A published submission this file corrects (更正).' }),
      resubmits: t.arg.id({ description: 'A returned submission this file replaces.' }),
      progressId: t.arg.string({
        description: 'A UUID the client chose: uploadProgress(id) then tells how many rows are read.',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const file = args.file as File;
      const { submissionId } = await withUploadProgress(ctx, args.progressId, async (onRowsRead) =>
        uploadSubmission(
          ctx.db,
          ctx.actor!,
          {
            dataset: args.dataset,
            filename: file.name || 'upload',
            bytes: await readUploadBytes(file),
            correctsId: args.corrects ? String(args.corrects) : null,
            resubmitsId: args.resubmits ? String(args.resubmits) : null,
            onRowsRead,
          },
          { maxBytes: ctx.limits.maxUploadBytes },
        ),
      );
      return ctx.db.prisma.submission.findUniqueOrThrow({ ...query, where: { id: submissionId } });
    },
  }),
  submitSubmission: t.prismaField({
    type: 'Submission',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }),
      acknowledgeWarnings: t.arg.intList({ description: 'seq of each warning you have checked and accept.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await submitSubmission(ctx.db, ctx.actor!, { id, acknowledgeWarnings: args.acknowledgeWarnings ?? [] });
      return ctx.db.prisma.submission.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  reviewSubmission: t.prismaField({
    type: 'Submission',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }),
      decision: t.arg({ type: ReviewDecision, required: true }),
      reason: t.arg.string(),
      notes: t.arg({ type: [ReviewNoteInput] }),
      withheldFields: t.arg.stringList({ description: 'Approving: optional fields not to publish.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await reviewSubmission(ctx.db, ctx.actor!, { ...args, id });
      return ctx.db.prisma.submission.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  publishSubmission: t.prismaField({
    type: 'Submission',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await publishSubmission(ctx.db, ctx.actor!, id);
      return ctx.db.prisma.submission.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  withdrawSubmission: t.prismaField({
    type: 'Submission',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await withdrawSubmission(ctx.db, ctx.actor!, { id, reason: args.reason });
      return ctx.db.prisma.submission.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
