import { afterAll, beforeAll, expect, test } from 'vitest';
import { actorByUsername } from '../../src/demo/actors.js';
import { seedDemo } from '../../src/demo/seed.js';
import { setObligation } from '../../src/oversight/obligation.service.js';
import { todayInShanghai } from '../../src/time.js';
import { propertyTransactionsCsv } from '../delivery/publish.js';
import { type Receiver, startReceiver } from '../delivery/receiver.js';
import { countEvents, SECRET, testEnv, waitFor } from '../delivery/support.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../support/database.js';
import { startSmtpServer } from '../support/smtp.js';
import { type Instance, startInstance, stopInstance } from './instances.js';
import { expectedReminderMails, mailKey, queueScans, reminderCounts, scanJobs } from './reminders.js';

// Several instances share one PostgreSQL; PGlite is one process's embedded database by design.
const describeOnPostgres = TEST_DATABASE_URL ? test : test.skip;

let database: TestDatabase;
let receiver: Receiver;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let a: Instance;
let b: Instance;
let received = 0;

beforeAll(async () => {
  if (!TEST_DATABASE_URL) return;
  database = await createTestDatabase();
  await seedDemo(database.db);
  // Two obligations of the municipal commission, due last year: every enterprise it supervises is
  // overdue on both from the first scan on (the scan reads today's date, as in production).
  const year = Number(todayInShanghai().slice(0, 4));
  const approver = await actorByUsername(database.db, 'muni-approver');
  for (const dataset of ['EXECUTIVE_PAY', 'PERFORMANCE_REVIEWS'])
    await setObligation(database.db, approver, {
      dataset,
      period: String(year - 2),
      dueDate: `${year - 1}-09-30`,
    });
  smtp = await startSmtpServer();
  // A slow platform (answers after 600 ms, within the 1.5 s timeout): deliveries stay in flight
  // long enough for an instance to be killed in the middle of them.
  receiver = await startReceiver(SECRET, () => {
    received += 1;
    return received <= 60 ? { hangMs: 600 } : { answer: 200 };
  });
  const env = {
    DATABASE_URL: database.url as string,
    AUTH_SECRET: 'two-instances-share-this-secret-0123456789',
    NODE_ENV: 'test',
    ...testEnv(receiver.url),
    // Both instances run the reminder scheduler: a scan every minute, looked for every second.
    OVERSIGHT_JOBS: 'on',
    SMTP_URL: smtp.url,
    REMINDER_SCAN_CRON: '* * * * *',
    SCHEDULE_CHECK_SECONDS: '1',
    // Info, for the 'reminder scan' line that tells which instance ran a scan.
    LOG_LEVEL: 'info',
  };
  [a, b] = await Promise.all([startInstance('a', env), startInstance('b', env)]);
  // Both workers started (instances starting together once deadlocked creating their queues).
  for (const instance of [a, b])
    await waitFor(`${instance.name} ready`, async () => (await fetch(`${instance.url}/readyz`)).ok, 60_000);
}, 120_000);

afterAll(async () => {
  if (!TEST_DATABASE_URL) return;
  await Promise.all([a, b].filter(Boolean).map((instance) => stopInstance(instance, 'SIGTERM')));
  await receiver?.close();
  await smtp?.close();
  await database?.dispose();
});

async function token(instance: Instance, username: string): Promise<string> {
  const result = await instance.gql<{ login: { token: string } }>(
    'mutation($u: String!) { login(username: $u, password: "sunshine-demo") { token } }',
    { u: username },
  );
  if (!result.data?.login) throw new Error(JSON.stringify(result.errors));
  return result.data.login.token;
}

describeOnPostgres(
  'both instances schedule reminder scans; each overdue obligation is mailed once per enterprise',
  async () => {
    // The cron's scans plus four more at once, as if the schedule fired again on both instances.
    await queueScans(database.owner, 4);
    await waitFor(
      'every scan, the schedule’s among them',
      async () => {
        const jobs = await scanJobs(database.owner);
        return jobs.unfinished === 0 && jobs.fromCron > 0;
      },
      // The schedule fires on the next minute boundary (up to 60 s away), then its job waits for the
      // schedule worker's and the scan worker's polls: 60 s once timed out on a loaded machine.
      100_000,
    ).catch(async (error: unknown) => {
      // Should the schedule's scan not come (it once did not: pg-boss's scheduler had lost its queue,
      // see test/oversight/schedule-queue.test.ts), say what the queue held.
      const { rows } = await database.owner.sql.query(
        `SELECT name, state, data, output, retry_count, created_on, completed_on FROM pgboss.job
         WHERE name LIKE '%reminder%' OR name LIKE '__pgboss__%' ORDER BY created_on`,
      );
      console.error('scan jobs:', JSON.stringify(rows, null, 1));
      for (const instance of [a, b]) console.error(instance.name, instance.output().slice(-4000));
      throw error;
    });
    // One reminder per overdue obligation × enterprise, however many scans ran on two instances.
    const { reminders, owed } = await reminderCounts(database.owner);
    expect(reminders).toBe(owed);
    expect(owed).toBeGreaterThan(0);
    const expected = await expectedReminderMails(database.owner);
    expect(expected.length).toBeGreaterThan(0);
    await waitFor('one mail per reminder', async () => smtp.messages.length >= expected.length, 60_000);
    // A duplicate would arrive within a poll or two of the first: give it time to.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.messages.map(mailKey).sort()).toEqual(expected);
    for (const instance of [a, b])
      expect(instance.output(), instance.name).toContain('"msg":"reminder scan"');
  },
  180_000,
);

describeOnPostgres(
  'two instances on one PostgreSQL: every step from either, one delivery per record although one instance is killed mid-delivery',
  async () => {
    // Signed in on one instance, the token works on the other (shared AUTH_SECRET).
    const filer = await token(a, 'ent-a');
    const reviewer = await token(b, 'muni-reviewer');
    const approver = await token(a, 'muni-approver');

    const uploaded = await a.upload(
      filer,
      'PROPERTY_TRANSACTIONS',
      'pt.csv',
      propertyTransactionsCsv(200, 3),
    );
    const id = (uploaded as { data: { uploadSubmission: { id: string; status: string } } }).data
      .uploadSubmission.id;
    const step = async (on: Instance, query: string, who: string) => {
      const result = await on.gql(query, { id }, who);
      expect(result.errors, `${on.name}: ${query}`).toBeUndefined();
    };
    await step(b, 'mutation($id: ID!) { submitSubmission(id: $id) { status } }', filer);
    await step(a, 'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE) { status } }', reviewer);
    // Two approvers race to publish on both instances: exactly one wins.
    const [first, second] = await Promise.all([
      a.gql('mutation($id: ID!) { publishSubmission(id: $id) { status } }', { id }, approver),
      b.gql('mutation($id: ID!) { publishSubmission(id: $id) { status } }', { id }, approver),
    ]);
    expect([first.errors, second.errors].filter((errors) => errors === undefined)).toHaveLength(1);

    // Kill instance a while deliveries are in flight; b must finish a's work.
    await waitFor('deliveries in flight', async () => receiver.requests.length >= 20, 30_000);
    await stopInstance(a, 'SIGKILL');
    await waitFor(
      '200 deliveries',
      async () => (await countEvents(database.owner, 'delivered')) === 200,
      180_000, // generous: under a loaded CI run the survivor first waits out the killed job expiry
    ).catch(async (error) => {
      const states = await database.owner.sql.query(
        `SELECT 'event' AS what, status AS state, count(*)::int AS n FROM delivery_event GROUP BY 2
         UNION ALL SELECT name, state::text, count(*)::int FROM pgboss.job GROUP BY 1, 2`,
      );
      throw new Error(`${error.message}: ${JSON.stringify(states.rows)}\n${b.output().slice(-4000)}`);
    });

    const events = await database.owner.sql.query<{ id: string; record_id: string }>(
      'SELECT id, record_id FROM delivery_event',
    );
    expect(events.rows).toHaveLength(200);
    // Exactly one effect per record event at the platform, each signed, whichever instance sent it.
    expect([...receiver.effects.keys()].sort()).toEqual(events.rows.map((event) => event.id).sort());
    expect(receiver.requests.every((request) => request.signatureValid)).toBe(true);
    // The survivor still serves.
    expect((await fetch(`${b.url}/readyz`)).status).toBe(200);
  },
  300_000,
);
