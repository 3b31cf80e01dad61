import { z } from 'zod';

/**
 * The only reader of process.env. Everything configurable is declared here, validated once at
 * start-up, and reported variable by variable when wrong.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(8 * 3600),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024),
    // On SIGINT/SIGTERM, requests still running after this long have their connections closed.
    SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
    TRADING_PLATFORM_URL: z.url().optional(),
    TRADING_PLATFORM_SECRET: z.string().min(1).optional(),
    // Delivery to the trading platform (src/delivery/settings.ts explains each).
    DELIVERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().positive().default(12),
    DELIVERY_BACKOFF_BASE_MS: z.coerce.number().int().nonnegative().default(2_000),
    DELIVERY_BACKOFF_MAX_MS: z.coerce.number().int().nonnegative().default(3_600_000),
    DELIVERY_WORKERS: z.coerce.number().int().positive().default(2),
    DELIVERY_BATCH_SIZE: z.coerce.number().int().positive().default(10),
    DELIVERY_POLL_SECONDS: z.coerce.number().min(0.5).default(2),
    DELIVERY_EXPIRE_SECONDS: z.coerce.number().int().min(1).default(120),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.AUTH_SECRET, {
    path: ['AUTH_SECRET'],
    message: 'is required when NODE_ENV=production (tokens must survive restarts and be unguessable)',
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
}

let cached: Env | undefined;

/** The process's environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
