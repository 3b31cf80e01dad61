import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemoSubmissions } from '../../src/demo/demo-submissions.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('demo submissions', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  afterAll(() => t.dispose());

  test('go through the real workflow: some published, some waiting for review, all clean', async () => {
    await seedDemoSubmissions(t.db);
    const submissions = await t.db.prisma.submission.findMany({ orderBy: { filename: 'asc' } });
    expect(submissions.every((s) => s.errorCount === 0)).toBe(true);
    const byStatus = (status: string) =>
      submissions.filter((s) => s.status === status).map((s) => s.filename);
    expect(byStatus('PUBLISHED')).toEqual([
      'a-executive-pay.csv',
      'a-performance-reviews.csv',
      'a-recruitment.csv',
      'b-executive-pay.csv',
      'd-service-info.csv',
    ]);
    expect(byStatus('PENDING_REVIEW')).toEqual([
      'a-property-transactions.csv',
      'b-service-info.csv',
      'd-performance-reviews.csv',
    ]);
    expect(await t.db.prisma.publishedRecord.count()).toBeGreaterThan(0);
  });

  test('twice changes nothing', async () => {
    const before = await t.db.prisma.auditLog.count();
    await seedDemoSubmissions(t.db);
    expect(await t.db.prisma.submission.count()).toBe(8);
    expect(await t.db.prisma.auditLog.count()).toBe(before);
  });
});
