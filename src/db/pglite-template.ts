import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the install-time cluster lives; named by PGlite's version, so an upgrade makes a new one. */
export function pgliteTemplatePath(): string {
  const manifest = path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return path.join(ROOT, `node_modules/.cache/sunshine/pglite-${version}.tar.gz`);
}

/**
 * Saves an empty cluster (what initdb makes, before any migration) as a tarball, at install time.
 * A new embedded database then starts from it instead of running initdb in WebAssembly, most of a
 * first start's time (~6 s of CPU). Migrations still run at start, so the tarball never goes stale.
 */
export async function makePgliteTemplate(): Promise<string> {
  const target = pgliteTemplatePath();
  if (existsSync(target)) return target;
  const db = await PGlite.create();
  const tarball = await db.dumpDataDir('gzip');
  await db.close();
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, Buffer.from(await tarball.arrayBuffer()));
  // Renamed into place, so a half-written file is never taken for the cluster.
  renameSync(`${target}.tmp`, target);
  return target;
}

/** The template for a data directory that has no cluster yet, when it was made at install time. */
export function templateFor(dataDir: string | undefined): Blob | undefined {
  if (!dataDir || existsSync(path.join(dataDir, 'PG_VERSION'))) return undefined;
  const template = pgliteTemplatePath();
  return existsSync(template) ? new Blob([readFileSync(template)]) : undefined;
}
