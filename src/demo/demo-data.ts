// The demo organisations and accounts of CONTRACT.md ("Demo data").
export const DEMO_PASSWORD = 'sunshine-demo';

export const demoRegulators = [
  { key: 'muni', name: '上海市国资委', regionCode: '310000', level: 'MUNICIPAL', parent: null },
  { key: 'jd', name: '嘉定区国资委', regionCode: '310114', level: 'DISTRICT', parent: 'muni' },
] as const;

export const demoEnterprises = [
  {
    key: 'a',
    name: '上海示范城建集团有限公司',
    uscc: '913100001322000126',
    industry: null,
    regulator: 'muni',
  },
  {
    key: 'b',
    name: '上海示范公交集团有限公司',
    uscc: '913100001322000201',
    industry: 'BUS',
    regulator: 'muni',
  },
  {
    key: 'd',
    name: '上海嘉定示范水务有限公司',
    uscc: '913101141324000140',
    industry: 'WATER',
    regulator: 'jd',
  },
] as const;

/**
 * Subsidiaries an enterprise reports for (代报): enterprise a's rows may name this company too.
 * The USCC is computed with GB 32100's check character (schema/identifiers/uscc.ts).
 */
export const demoSubsidiaries = [
  { enterprise: 'a', name: '上海示范城建浦东置业有限公司', uscc: '91310115132200038P' },
] as const;

type RegulatorKey = (typeof demoRegulators)[number]['key'];
type EnterpriseKey = (typeof demoEnterprises)[number]['key'];

export interface DemoUser {
  username: string;
  displayName: string;
  role: 'ENTERPRISE_FILER' | 'REGULATOR_REVIEWER' | 'REGULATOR_APPROVER';
  enterprise?: EnterpriseKey;
  regulator?: RegulatorKey;
}

export const demoUsers: DemoUser[] = [
  { username: 'ent-a', displayName: '城建集团填报员', role: 'ENTERPRISE_FILER', enterprise: 'a' },
  { username: 'ent-b', displayName: '公交集团填报员', role: 'ENTERPRISE_FILER', enterprise: 'b' },
  { username: 'ent-d', displayName: '嘉定水务填报员', role: 'ENTERPRISE_FILER', enterprise: 'd' },
  { username: 'muni-reviewer', displayName: '市国资委审查员', role: 'REGULATOR_REVIEWER', regulator: 'muni' },
  { username: 'muni-approver', displayName: '市国资委审批人', role: 'REGULATOR_APPROVER', regulator: 'muni' },
  { username: 'jd-reviewer', displayName: '嘉定区国资委审查员', role: 'REGULATOR_REVIEWER', regulator: 'jd' },
  { username: 'jd-approver', displayName: '嘉定区国资委审批人', role: 'REGULATOR_APPROVER', regulator: 'jd' },
];
