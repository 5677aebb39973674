import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local HTTP server that speaks the part of Resend's API the app uses (POST /emails and
// POST /emails/batch, with Idempotency-Key), records what it receives, and can be told to answer
// 429 or 5xx. The real Resend SDK talks to it through RESEND_BASE_URL. Control endpoints under
// /_local let another process (Playwright specs) read the mailbox and plan failures.

export type ReceivedEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  idempotencyKey: string | null;
  batch: boolean;
  receivedAt: string;
};

export type PlannedFailure = { status: number; count: number; retryAfterSeconds?: number };

export type LocalResend = {
  url: string;
  emails(): ReceivedEmail[];
  /** Every request that reached /emails or /emails/batch, with its time and answer. */
  requests(): { path: string; at: number; status: number; size: number }[];
  fail(failure: PlannedFailure): void;
  /** Holds every API answer this long after recording (to stop a client between send and reply). */
  setResponseDelay(ms: number): void;
  reset(): void;
  close(): Promise<void>;
};

type Stored = { bodyHash: string; status: number; body: unknown };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function validationError(message: string) {
  return { statusCode: 422, name: 'validation_error', message };
}

function checkEmail(input: unknown, where: string): string | null {
  if (typeof input !== 'object' || input === null) return `${where} must be an object`;
  const email = input as Record<string, unknown>;
  if (typeof email.from !== 'string' || !email.from) return `${where}: Missing \`from\` field.`;
  const to = Array.isArray(email.to) ? email.to : [email.to];
  if (to.length === 0 || to.some((address) => typeof address !== 'string' || !address.includes('@'))) return `${where}: Invalid \`to\` field.`;
  if (typeof email.subject !== 'string' || !email.subject) return `${where}: Missing \`subject\` field.`;
  if (typeof email.html !== 'string' && typeof email.text !== 'string') return `${where}: Missing \`html\` or \`text\` field.`;
  return null;
}

export type LocalResendOptions = {
  port?: number;
  apiKey?: string;
  /** Like Resend's rate limit: API requests beyond this many a second (a token bucket holding one second's worth) answer 429 with retry-after: 1. */
  rateLimitPerSecond?: number;
  responseDelayMs?: number;
};

export async function startLocalResend(options: LocalResendOptions = {}): Promise<LocalResend> {
  const received: ReceivedEmail[] = [];
  let tokens = options.rateLimitPerSecond ?? 0;
  let refilledAt = Date.now();
  let responseDelayMs = options.responseDelayMs ?? 0;
  // Bumped by reset(): answers still delayed from before it are not logged as this run's requests.
  let generation = 0;
  const requestLog: { path: string; at: number; status: number; size: number }[] = [];
  const idempotent = new Map<string, Stored>();
  let failures: PlannedFailure[] = [];

  function record(email: Record<string, unknown>, key: string | null, batch: boolean): string {
    const id = randomUUID();
    received.push({
      id,
      from: String(email.from),
      to: (Array.isArray(email.to) ? email.to : [email.to]).map(String),
      subject: String(email.subject),
      html: typeof email.html === 'string' ? email.html : '',
      text: typeof email.text === 'string' ? email.text : '',
      headers: (email.headers as Record<string, string> | undefined) ?? {},
      idempotencyKey: key,
      batch,
      receivedAt: new Date().toISOString(),
    });
    return id;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string) {
    const started = generation;
    const arrivedAt = Date.now();
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (started === generation) requestLog.push({ path, at: Date.now(), status, size: Array.isArray(body && (body as { data?: unknown }).data) ? (body as { data: unknown[] }).data.length : 1 });
      send(res, status, body, headers);
    };

    if (options.rateLimitPerSecond) {
      // Token bucket: one second's worth of requests, refilled continuously.
      const rate = options.rateLimitPerSecond;
      tokens = Math.min(rate, tokens + ((arrivedAt - refilledAt) / 1000) * rate);
      refilledAt = arrivedAt;
      if (tokens < 1) {
        return answer(429, { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests' }, { 'retry-after': '1' });
      }
      tokens -= 1;
    }
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return answer(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing or invalid API key' });
    }
    const raw = await readBody(req);
    const planned = failures[0];
    if (planned) {
      planned.count -= 1;
      if (planned.count <= 0) failures = failures.slice(1);
      const name = planned.status === 429 ? 'rate_limit_exceeded' : planned.status >= 500 ? 'internal_server_error' : 'invalid_request';
      const headers: Record<string, string> = planned.retryAfterSeconds !== undefined ? { 'retry-after': String(planned.retryAfterSeconds) } : {};
      return answer(planned.status, { statusCode: planned.status, name, message: `Planned ${planned.status} answer` }, headers);
    }

    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return answer(400, { statusCode: 400, name: 'invalid_json', message: 'Body is not valid JSON' });
    }

    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
    const bodyHash = createHash('sha256').update(raw).digest('hex');
    const stored = key ? idempotent.get(`${path}:${key}`) : undefined;
    if (stored) {
      if (stored.bodyHash !== bodyHash) {
        return answer(409, { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request body' });
      }
      return answer(stored.status, stored.body);
    }

    const status = 200;
    let result: unknown;
    if (path === '/emails/batch') {
      if (!Array.isArray(body)) return answer(422, validationError('Batch body must be an array'));
      if (body.length === 0 || body.length > 100) return answer(422, validationError('A batch holds 1 to 100 emails'));
      const problem = body.map((email, index) => checkEmail(email, `[${index}]`)).find(Boolean);
      if (problem) return answer(422, validationError(problem));
      result = { data: body.map((email) => ({ id: record(email as Record<string, unknown>, key, true) })) };
    } else {
      const problem = checkEmail(body, 'email');
      if (problem) return answer(422, validationError(problem));
      result = { id: record(body as Record<string, unknown>, key, false) };
    }
    if (key) idempotent.set(`${path}:${key}`, { bodyHash, status, body: result });
    if (responseDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, responseDelayMs));
    return answer(status, result);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, path: string) {
    if (path === '/_local/emails' && req.method === 'GET') return send(res, 200, received);
    if (path === '/_local/emails' && req.method === 'DELETE') {
      api.reset();
      return send(res, 200, { ok: true });
    }
    if (path === '/_local/delay' && req.method === 'POST') {
      api.setResponseDelay((JSON.parse(await readBody(req)) as { ms: number }).ms);
      return send(res, 200, { ok: true });
    }
    if (path === '/_local/fail' && req.method === 'POST') {
      api.fail(JSON.parse(await readBody(req)) as PlannedFailure);
      return send(res, 200, { ok: true });
    }
    return send(res, 404, { statusCode: 404, name: 'not_found', message: 'Not found' });
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const handler = path.startsWith('/_local/')
      ? handleControl(req, res, path)
      : req.method === 'POST' && (path === '/emails' || path === '/emails/batch')
        ? handleApi(req, res, path)
        : Promise.resolve(send(res, 404, { statusCode: 404, name: 'not_found', message: `No route ${req.method} ${path}` }));
    handler.catch((error: unknown) => send(res, 500, { statusCode: 500, name: 'internal_server_error', message: String(error) }));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const api: LocalResend = {
    url: `http://127.0.0.1:${port}`,
    emails: () => [...received],
    requests: () => [...requestLog],
    fail: (failure) => {
      failures.push({ ...failure });
    },
    setResponseDelay: (ms) => {
      responseDelayMs = ms;
    },
    reset: () => {
      received.length = 0;
      requestLog.length = 0;
      idempotent.clear();
      tokens = options.rateLimitPerSecond ?? 0;
      refilledAt = Date.now();
      generation += 1;
      failures = [];
      responseDelayMs = options.responseDelayMs ?? 0;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
  return api;
}
