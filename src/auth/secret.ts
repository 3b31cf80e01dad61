import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The token signing secret. Production sets AUTH_SECRET. Without it, the embedded database keeps a
 * generated secret beside its data (so a restart keeps people signed in during a demo); anything
 * else gets a per-process secret.
 */
export function resolveAuthSecret(options: { configured?: string; dataDir?: string }): {
  secret: string;
  source: 'env' | 'data-dir' | 'ephemeral';
} {
  if (options.configured) return { secret: options.configured, source: 'env' };
  if (options.dataDir) {
    const file = path.join(options.dataDir, 'auth-secret');
    if (!existsSync(file)) {
      mkdirSync(options.dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    }
    return { secret: readFileSync(file, 'utf8').trim(), source: 'data-dir' };
  }
  return { secret: randomBytes(32).toString('hex'), source: 'ephemeral' };
}
