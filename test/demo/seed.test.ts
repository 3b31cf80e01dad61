import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isValidUscc } from '../../schema/identifiers/uscc.js';
import { demoUsers } from '../../src/demo/demo-data.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('demo seed', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.dispose());

  test('twice leaves one copy of everything', async () => {
    await seedDemo(t.db);
    await seedDemo(t.db);
    expect(await t.db.prisma.regulator.count()).toBe(2);
    expect(await t.db.prisma.enterprise.count()).toBe(3);
    expect(await t.db.prisma.user.count()).toBe(demoUsers.length);
    expect(await t.db.prisma.enterpriseSubsidiary.count()).toBe(1);
  });

  test('enterprise a reports for one subsidiary, with a valid USCC', async () => {
    const a = await t.db.prisma.enterprise.findUniqueOrThrow({
      where: { uscc: '913100001322000126' },
      include: { subsidiaries: true },
    });
    expect(a.subsidiaries.map((s) => [s.name, s.uscc])).toEqual([
      ['上海示范城建浦东置业有限公司', '91310115132200038P'],
    ]);
    expect(isValidUscc('91310115132200038P')).toBe(true);
  });

  test('the district commission supervises enterprise d and sits under the municipal one', async () => {
    const d = await t.db.prisma.enterprise.findUniqueOrThrow({
      where: { uscc: '913101141324000140' },
      include: { regulator: { include: { parent: true } } },
    });
    expect(d.regulator.name).toBe('嘉定区国资委');
    expect(d.regulator.regionCode).toBe('310114');
    expect(d.regulator.parent?.name).toBe('上海市国资委');
  });
});
