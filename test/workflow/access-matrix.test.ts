import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listen } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { type Owner, STATES, type State, submissionInState } from '../support/scenario.js';

/**
 * Every actor × operation × state, for a municipal enterprise's submission (a) and a district
 * enterprise's (d). The expected outcome follows from the policy stated in plain terms below, not
 * from the code under test.
 */
const ACTORS = [
  'anonymous',
  'ent-a',
  'ent-b',
  'ent-d',
  'muni-reviewer',
  'muni-approver',
  'jd-reviewer',
] as const;
type ActorName = (typeof ACTORS)[number];
const PUBLISHED_ONCE: State[] = ['PUBLISHED', 'SUPERSEDED', 'WITHDRAWN'];

function canSee(actor: ActorName, owner: Owner, state: State): boolean {
  if (owner === 'a') return ['ent-a', 'muni-reviewer', 'muni-approver'].includes(actor);
  if (actor === 'ent-d' || actor === 'jd-reviewer') return true;
  // The municipal commission reads its districts' published submissions, nothing earlier.
  return (actor === 'muni-reviewer' || actor === 'muni-approver') && PUBLISHED_ONCE.includes(state);
}

const OPERATIONS = {
  read: { query: 'query($id: ID!) { submission(id: $id) { id status } }', role: null, from: [] as State[] },
  submit: {
    query: 'mutation($id: ID!) { submitSubmission(id: $id) { status } }',
    role: 'filer',
    from: ['VALIDATED', 'RETURNED'],
  },
  approve: {
    query: 'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE) { status } }',
    role: 'reviewer',
    from: ['PENDING_REVIEW'],
  },
  return: {
    query: 'mutation($id: ID!) { reviewSubmission(id: $id, decision: RETURN, reason: "请核对") { status } }',
    role: 'reviewer',
    from: ['PENDING_REVIEW'],
  },
  publish: {
    query: 'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
    role: 'approver',
    from: ['APPROVED'],
  },
  withdraw: {
    query: 'mutation($id: ID!) { withdrawSubmission(id: $id, reason: "撤回") { status } }',
    role: 'approver',
    from: ['PUBLISHED'],
  },
} as const;
type Operation = keyof typeof OPERATIONS;

/** The role an actor holds for the owner's submissions: filers for their own, staff for their own commission. */
function roleFor(actor: ActorName, owner: Owner): string | null {
  const own: Record<Owner, Record<string, string>> = {
    a: { 'ent-a': 'filer', 'muni-reviewer': 'reviewer', 'muni-approver': 'approver' },
    d: { 'ent-d': 'filer', 'jd-reviewer': 'reviewer' },
  };
  return own[owner][actor] ?? null;
}

function expected(actor: ActorName, op: Operation, owner: Owner, state: State): string {
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if (!canSee(actor, owner, state)) return 'NOT_FOUND';
  const { role, from } = OPERATIONS[op];
  if (role === null) return 'OK';
  if (roleFor(actor, owner) !== role) return 'FORBIDDEN';
  return (from as readonly State[]).includes(state) ? 'OK' : 'INVALID_TRANSITION';
}

/**
 * Who reads a visible submission in full (its file, review notes, issues, unredacted rows): its
 * enterprise and its own commission. A municipal commission reads a district's published
 * submission only in its public form (district-reading.test.ts checks the fields).
 */
function downloadStatus(actor: ActorName, owner: Owner, state: State): number {
  if (actor === 'anonymous') return 401;
  if (!canSee(actor, owner, state)) return 404;
  return roleFor(actor, owner) === null ? 403 : 200;
}

/**
 * Deliveries to the trading platform are the supervising commission's to follow up, whatever the
 * way in (one submission's, one record's, the failure list): a municipal commission that reads a
 * district's published submission does not see its deliveries. Filers are refused by role.
 */
function deliveryOutcome(actor: ActorName, owner: Owner): string {
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if (actor.startsWith('ent-')) return 'FORBIDDEN';
  const supervising = owner === 'a' ? ['muni-reviewer', 'muni-approver'] : ['jd-reviewer'];
  return supervising.includes(actor) ? 'OK' : 'NOT_FOUND';
}

const cells = ACTORS.flatMap((actor) =>
  (Object.keys(OPERATIONS) as Operation[]).flatMap((op) =>
    (['a', 'd'] as Owner[]).flatMap((owner) => STATES.map((state) => ({ actor, op, owner, state }))),
  ),
);

describe('access matrix', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const shared = new Map<string, string>();
  let base: string | undefined;
  beforeAll(async () => {
    t = await createTestApp();
    for (const actor of ACTORS) if (actor !== 'anonymous') tokens.set(actor, await t.tokenFor(actor));
    // One submission per owner and state for the cells that must leave it untouched.
    for (const owner of ['a', 'd'] as Owner[]) {
      for (const state of STATES)
        shared.set(`${owner}:${state}`, await submissionInState(t.db, owner, state));
    }
  }, 300_000);
  afterAll(() => t.dispose());

  test.each(cells)('$actor $op on $owner in $state', async ({ actor, op, owner, state }) => {
    const outcome = expected(actor, op, owner, state);
    // A cell expected to change the submission gets its own; refusals reuse the shared one.
    const id =
      outcome === 'OK' && op !== 'read'
        ? await submissionInState(t.db, owner, state)
        : shared.get(`${owner}:${state}`)!;
    const before = await t.db.prisma.submission.findUniqueOrThrow({ where: { id } });
    const result = await t.gql(OPERATIONS[op].query, { id }, tokens.get(actor));
    const code = result.errors?.[0]?.extensions?.code ?? 'OK';
    expect(code, JSON.stringify(result.errors)).toBe(outcome);
    if (outcome !== 'OK') {
      // A refusal changes nothing and says nothing about the record.
      const after = await t.db.prisma.submission.findUniqueOrThrow({ where: { id } });
      expect(after.status).toBe(before.status);
      expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
    }
    if (outcome === 'NOT_FOUND') {
      const missing = await t.gql(
        OPERATIONS[op].query,
        { id: '00000000-0000-4000-8000-000000000000' },
        tokens.get(actor),
      );
      expect(result.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    }
  });

  const downloads = ACTORS.flatMap((actor) =>
    (['a', 'd'] as Owner[]).flatMap((owner) => STATES.map((state) => ({ actor, owner, state }))),
  );
  test.each(downloads)(
    '$actor downloads the original of $owner in $state',
    async ({ actor, owner, state }) => {
      base ??= await listen(t);
      const token = tokens.get(actor);
      const response = await fetch(`${base}/api/submissions/${shared.get(`${owner}:${state}`)}/original`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(response.status).toBe(downloadStatus(actor, owner, state));
    },
  );

  const deliveryCells = ACTORS.flatMap((actor) =>
    (['a', 'd'] as Owner[]).flatMap((owner) => STATES.map((state) => ({ actor, owner, state }))),
  );
  test.each(deliveryCells)(
    '$actor reads the deliveries of $owner in $state',
    async ({ actor, owner, state }) => {
      const id = shared.get(`${owner}:${state}`)!;
      const query = 'query($id: ID!) { submissionDelivery(submissionId: $id) { failed } }';
      const result = await t.gql(query, { id }, tokens.get(actor));
      expect(result.errors?.[0]?.extensions?.code ?? 'OK', JSON.stringify(result.errors)).toBe(
        deliveryOutcome(actor, owner),
      );
    },
  );

  const publishedCells = ACTORS.flatMap((actor) =>
    (['a', 'd'] as Owner[]).map((owner) => ({ actor, owner })),
  );
  test.each(publishedCells)(
    '$actor reads a failed delivery of $owner by record and in the failure list alike',
    async ({ actor, owner }) => {
      const record = await t.db.prisma.publishedRecord.findFirstOrThrow({
        where: { submissionId: shared.get(`${owner}:PUBLISHED`)! },
      });
      // A delivery the platform refused: what the failure list shows its commission.
      const event = await t.db.prisma.deliveryEvent.upsert({
        where: { recordId_event: { recordId: record.id, event: 'published' } },
        create: {
          recordId: record.id,
          event: 'published',
          status: 'failed',
          attempts: 1,
          lastAttemptAt: new Date(),
        },
        update: {},
      });
      const expected = deliveryOutcome(actor, owner);
      const byRecord = await t.gql(
        'query($id: ID!) { recordDelivery(recordId: $id) { id } }',
        { id: record.id },
        tokens.get(actor),
      );
      expect(byRecord.errors?.[0]?.extensions?.code ?? 'OK').toBe(expected);
      const failures = await t.gql<{ deliveryFailures: { nodes: { delivery: { id: string } }[] } }>(
        '{ deliveryFailures(first: 100) { nodes { delivery { id } } } }',
        {},
        tokens.get(actor),
      );
      const listed = failures.data?.deliveryFailures.nodes.some((n) => n.delivery.id === event.id) ?? false;
      expect(listed).toBe(expected === 'OK');
    },
  );

  test.each(ACTORS)('%s lists exactly the submissions it may see', async (actor) => {
    const result = await t.gql<{ submissions: { nodes: { id: string }[] } }>(
      '{ submissions(first: 500) { nodes { id } } }',
      {},
      tokens.get(actor),
    );
    if (actor === 'anonymous') {
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      return;
    }
    const listed = new Set(result.data!.submissions.nodes.map((n) => n.id));
    for (const [key, id] of shared) {
      const [owner, state] = key.split(':') as [Owner, State];
      expect(listed.has(id), `${actor} ${key}`).toBe(canSee(actor, owner, state));
    }
  });
});
