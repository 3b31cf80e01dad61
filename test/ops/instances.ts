import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Instance {
  name: string;
  child: ChildProcess;
  url: string;
  output: () => string;
  gql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{
    data?: Data | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  }>;
  upload(token: string, dataset: string, name: string, content: string): Promise<Record<string, unknown>>;
}

/** One more Sunshine server process (as `npm start` runs it) on the given environment. */
export function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/);
      if (match?.[1]) resolve(instance(name, child, `http://127.0.0.1:${match[1]}`, () => output));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`)));
  });
}

function instance(name: string, child: ChildProcess, url: string, output: () => string): Instance {
  const gql: Instance['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const upload: Instance['upload'] = async (token, dataset, fileName, content) => {
    const form = new FormData();
    const query =
      'mutation($d: DatasetKey!, $f: File!) { uploadSubmission(dataset: $d, file: $f) { id status errorCount } }';
    form.set('operations', JSON.stringify({ query, variables: { d: dataset, f: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.f'] }));
    form.set('0', new Blob([content]), fileName);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return response.json();
  };
  return { name, child, url, output, gql, upload };
}

/** Stops an instance, politely (SIGTERM) or not (SIGKILL); resolves once it is gone. */
export function stopInstance(instance: Instance, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) return resolve();
    instance.child.removeAllListeners('exit');
    instance.child.on('exit', () => resolve());
    instance.child.kill(signal);
  });
}
