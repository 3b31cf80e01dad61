import { login } from '../../auth/auth.service.js';
import { logout } from '../../auth/sessions.js';
import { builder, PUBLIC } from '../builder.js';

const UserRole = builder.enumType('UserRole', {
  values: ['ENTERPRISE_FILER', 'REGULATOR_REVIEWER', 'REGULATOR_APPROVER', 'PLATFORM_ADMIN'] as const,
});

builder.prismaObject('User', {
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.expose('role', { type: UserRole }),
    enterprise: t.relation('enterprise', { nullable: true }),
    regulator: t.relation('regulator', { nullable: true }),
    disabled: t.exposeBoolean('disabled'),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description: 'The password was set by a regulator: change it before anything else.',
    }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    description: 'The signed-in user.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: ctx.actor!.userId } }),
  }),
);

const LoginPayload = builder.objectRef<{ token: string; expiresAt: Date }>('LoginPayload').implement({
  // Signing in is the one mutation anonymous callers need.
  subGraphs: PUBLIC,
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('login', (t) =>
  t.field({
    type: LoginPayload,
    subGraphs: PUBLIC,
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const { token, expiresAt } = await login(ctx, { ...args, address: ctx.clientAddress });
      return { token, expiresAt };
    },
  }),
);

builder.mutationFields((t) => ({
  logout: t.boolean({
    description: 'Signs out: every token of this account stops working (all its sessions end).',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => logout(ctx.db, ctx.actor),
  }),
}));
