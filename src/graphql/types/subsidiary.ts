import {
  addSubsidiary,
  findVisibleEnterprise,
  removeSubsidiary,
  supervisedEnterprises,
} from '../../subsidiaries/subsidiary.service.js';
import { builder } from '../builder.js';

// Internal only: whom an enterprise reports for (代报), kept by its supervising commission.

builder.prismaObject('EnterpriseSubsidiary', {
  description: 'A subsidiary the enterprise reports for: its rows may name this USCC.',
  fields: (t) => ({
    uscc: t.exposeString('uscc', { description: '统一社会信用代码 (USCC)' }),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  enterprises: t.prismaField({
    type: ['Enterprise'],
    authScopes: { regulator: true },
    description: 'The enterprises the caller’s commission supervises.',
    resolve: (query, _root, _args, ctx) => supervisedEnterprises(ctx.db, ctx.actor, query),
  }),
  enterprise: t.prismaField({
    type: 'Enterprise',
    authScopes: { authenticated: true },
    description: 'One enterprise: to its own filers and its supervising commission (else NOT_FOUND).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, args, ctx) => findVisibleEnterprise(ctx.db, ctx.actor, String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  addSubsidiary: t.prismaField({
    type: 'Enterprise',
    authScopes: { approver: true },
    description: 'Lets the enterprise report for a subsidiary. Approvers of its supervising commission.',
    args: {
      enterpriseId: t.arg.id({ required: true }),
      uscc: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
    },
    resolve: (_query, _root, args, ctx) =>
      addSubsidiary(ctx.db, ctx.actor, { ...args, enterpriseId: String(args.enterpriseId) }),
  }),
  removeSubsidiary: t.prismaField({
    type: 'Enterprise',
    authScopes: { approver: true },
    description: 'Stops the enterprise reporting for a subsidiary.',
    args: { enterpriseId: t.arg.id({ required: true }), uscc: t.arg.string({ required: true }) },
    resolve: (_query, _root, args, ctx) =>
      removeSubsidiary(ctx.db, ctx.actor, { ...args, enterpriseId: String(args.enterpriseId) }),
  }),
}));
