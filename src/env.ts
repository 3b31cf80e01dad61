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
    // PostgreSQL only: a read replica for public reads (pages, downloads, anonymous queries);
    // docs/operations.md explains what goes where and the replica's lag.
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    // The built workspace app served under /app/ (npm run build:web writes it).
    WEB_DIST_DIR: z.string().min(1).default('./dist/web'),
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
    // The largest body of any request that is not a multipart upload (JSON, GraphQL queries).
    MAX_REQUEST_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(1024 * 1024),
    // Throttling (docs/limits.md): failed sign-ins per username and per address in a window, and
    // requests per minute per address for anonymous callers (0 turns that budget off).
    SIGN_IN_FAILURES_PER_USERNAME: z.coerce.number().int().positive().default(10),
    SIGN_IN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(100),
    SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
    PUBLIC_REQUESTS_PER_MINUTE: z.coerce.number().int().nonnegative().default(1200),
    // Behind a reverse proxy: key throttling by the address it appends to X-Forwarded-For.
    TRUST_PROXY: z
      .enum(['true', 'false', '1', '0'], 'must be true or false')
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
    // On SIGINT/SIGTERM, requests still running after this long have their connections closed.
    SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
    // When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>` (else it is open).
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
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
    // Oversight (src/oversight, src/notifications, src/events): reminders by mail, events to subscribers.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().default('阳光国资 <no-reply@sunshine.invalid>'),
    // The workspace's address as users reach it, for links in reminders.
    APP_BASE_URL: z.url().default('http://localhost:4000'),
    // Subscriptions to loopback, private or link-local addresses (only for tests and closed networks).
    EVENTS_ALLOW_PRIVATE_URLS: z.enum(['true', 'false']).default('false'),
    // The reminder and event jobs; off by default under NODE_ENV=test so tests opt in.
    OVERSIGHT_JOBS: z.enum(['on', 'off']).optional(),
    REMINDER_SCAN_CRON: z.string().default('*/30 * * * *'),
    // How often the instances check whether a scheduled job (the reminder scan) is due, and how
    // often a due one is queued (pg-boss allows 1–45 s); schedules themselves are per minute.
    SCHEDULE_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
    // A reminder's mail still `sending` this long after its claim lost its worker and is sent again
    // once (docs/oversight.md). Keep it well above the SMTP timeouts (60 s each, or ?socketTimeout=).
    MAIL_SEND_LEASE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(600),
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
