import { builder } from '../builder.js';

// Organisations are reachable through the caller's own account (me.enterprise, me.regulator), a
// submission's enterprise, and the supervised-enterprise queries in subsidiary.ts.
const RegulatorLevel = builder.enumType('RegulatorLevel', { values: ['MUNICIPAL', 'DISTRICT'] as const });

builder.prismaObject('Regulator', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    regionCode: t.exposeString('regionCode'),
    level: t.expose('level', { type: RegulatorLevel }),
  }),
});

builder.prismaObject('Enterprise', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    uscc: t.exposeString('uscc', { description: '统一社会信用代码 (USCC)' }),
    industry: t.exposeString('industry', { nullable: true }),
    subsidiaries: t.relation('subsidiaries', {
      description: 'Subsidiaries it reports for (代报).',
      query: { orderBy: { uscc: 'asc' } },
    }),
  }),
});
