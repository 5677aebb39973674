import { z } from 'zod';

// The one place that reads process.env. Validated once, when the first module imports it; a bad
// environment stops the process with the list of what is missing or wrong.

const DEV_SECRET = 'development-only-secret-change-me-0123456789abcdef';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({ error: 'is required (scripts/dev.ts sets it to the embedded database when unset)' })
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string'),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    APP_URL: z.url('must be an absolute URL such as http://localhost:3000').default('http://localhost:3000'),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url('must be an absolute URL').optional(),
    EMAIL_FROM: z.string().min(3).default('Draw Alerts <alerts@drawalerts.local>'),
    SENDER_POSTAL_ADDRESS: z.string().min(5).default('Draw Alerts, 100 Example Street, Suite 200, Ottawa ON K1A 0A1, Canada'),
    SENDER_CONTACT: z.string().min(3).default('support@drawalerts.local'),
    EMAIL_RATE_LIMIT: z.coerce.number().positive('must be a positive number of requests per second').default(2),
    RUN_WORKER: flag.default(true),
    /** Seconds an alert job may run before it counts as crashed and is retried (pg-boss expiry). */
    ALERT_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(2, 'must be a whole number of seconds, 2 or more').default(120),
    ADMIN_EMAIL: z.email('must be an email address').optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV !== 'production') return;
    if (!value.AUTH_SECRET) ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'is required in production' });
    if (!value.RESEND_API_KEY) ctx.addIssue({ code: 'custom', path: ['RESEND_API_KEY'], message: 'is required in production' });
  });

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

function loadEnv(): Env {
  const source = { ...process.env };
  // `next build` imports server modules without a running database; nothing is read at that time.
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    source.DATABASE_URL ??= 'postgresql://build@localhost/build';
    source.AUTH_SECRET ??= DEV_SECRET;
    source.RESEND_API_KEY ??= 're_build';
  }
  for (const key of Object.keys(source)) if (source[key] === '') delete source[key];

  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid environment (see .env.example):\n${lines.join('\n')}`);
  }
  return { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? DEV_SECRET };
}

export const env = loadEnv();

/** True when mail should go to the development outbox at /dev/mail instead of Resend. */
export const useDevOutbox = !env.RESEND_API_KEY && env.NODE_ENV !== 'production';
