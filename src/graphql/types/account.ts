import { createEnterpriseUser, resetUserPassword, setUserDisabled } from '../../accounts/accounts.service.js';
import { listManagedUsers } from '../../accounts/managed.js';
import { changePassword } from '../../accounts/password.service.js';
import { builder } from '../builder.js';

const NewAccountPayload = builder
  .objectRef<{ userId: string; temporaryPassword: string }>('NewAccountPayload')
  .implement({
    fields: (t) => ({
      user: t.prismaField({
        type: 'User',
        resolve: (query, p, _args, ctx) =>
          ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: p.userId } }),
      }),
      temporaryPassword: t.exposeString('temporaryPassword', {
        description: 'Shown once: the user must replace it at the first sign-in.',
      }),
    }),
  });

builder.queryField('enterpriseUsers', (t) =>
  t.prismaField({
    type: ['User'],
    description: 'Approvers: filer accounts of the enterprises your commission supervises.',
    authScopes: { approver: true },
    args: { enterpriseId: t.arg.id() },
    resolve: (_query, _root, args, ctx) =>
      listManagedUsers(ctx.db, ctx.actor!, args.enterpriseId ? String(args.enterpriseId) : null),
  }),
);

builder.mutationFields((t) => ({
  changePassword: t.boolean({
    description:
      'The signed-in user; a wrong current password is BAD_USER_INPUT. Every earlier token, this one included, stops working: sign in again.',
    authScopes: { authenticated: true },
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      await changePassword(ctx.db, ctx.actor!, args);
      return true;
    },
  }),
  createEnterpriseUser: t.field({
    type: NewAccountPayload,
    description: 'Approvers: a filer account for an enterprise you supervise, with a temporary password.',
    authScopes: { authenticated: true },
    args: {
      enterpriseId: t.arg.id({ required: true }),
      username: t.arg.string({ required: true }),
      displayName: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      createEnterpriseUser(ctx.db, ctx.actor!, { ...args, enterpriseId: String(args.enterpriseId) }),
  }),
  setUserDisabled: t.prismaField({
    type: 'User',
    description: 'Approvers: disable (at once) or re-enable a filer account you manage.',
    authScopes: { authenticated: true },
    args: { userId: t.arg.id({ required: true }), disabled: t.arg.boolean({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const userId = String(args.userId);
      await setUserDisabled(ctx.db, ctx.actor!, { userId, disabled: args.disabled });
      return ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: userId } });
    },
  }),
  resetUserPassword: t.field({
    type: NewAccountPayload,
    description: 'Approvers: a new temporary password for a filer account you manage.',
    authScopes: { authenticated: true },
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const userId = String(args.userId);
      return { userId, temporaryPassword: await resetUserPassword(ctx.db, ctx.actor!, userId) };
    },
  }),
}));
