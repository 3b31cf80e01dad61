import { Writable } from 'node:stream';
import type { Database } from '../../src/db/database.js';
import { seedDemo } from '../../src/demo/seed.js';
import { parseEnv } from '../../src/env.js';
import { type App, createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestApp {
  app: App;
  db: Database;
  /** The owner's connection, for DDL the application's role may not run (see TestDatabase). */
  owner: Database;
  /** Every log line the app wrote, for asserting what never appears in logs. */
  logs: string[];
  gql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<Data>>;
  /** Signs a demo user in and returns the bearer token. */
  tokenFor(username: string, password?: string): Promise<string>;
  dispose(): Promise<void>;
}

/** The real app on a fresh migrated (and demo-seeded) database, called in-process via yoga.fetch. */
export async function createTestApp(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  if (options.seed !== false) await seedDemo(database.db);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const env = parseEnv({
    NODE_ENV: 'test',
    AUTH_SECRET: 'test-secret-test-secret-test-secret!',
    ...options.env,
  });
  const app = createApp(env, database.db, createLogger('debug', sink));
  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await app.yoga.fetch('http://sunshine.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const tokenFor = async (username: string, password = 'sunshine-demo') => {
    const result = await gql<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    if (!result.data?.login)
      throw new Error(`login failed for ${username}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };
  return {
    app,
    db: database.db,
    owner: database.owner,
    logs,
    gql,
    tokenFor,
    dispose: () => database.dispose(),
  };
}
