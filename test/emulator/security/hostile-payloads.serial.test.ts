import fc from 'fast-check';
import { HttpsError, type CallableRequest } from 'firebase-functions/https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAuditAction } from '../../../functions/src/audit/audit-action.handler.js';
import { handleMailAction } from '../../../functions/src/mail/mail-action.handler.js';
import { handleOrgAction } from '../../../functions/src/organisations/org-action.handler.js';
import { handleReportAction } from '../../../functions/src/reports/report-action.handler.js';
import { handleAccountAction } from '../../../functions/src/users/account-action.handler.js';
import { handleAdminSetRole } from '../../../functions/src/users/admin-set-role.handler.js';
import { DEMO_ACCOUNTS } from '../../../scripts/demo/demo-data.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { digestChanges, quietDigest, type DatabaseDigest } from '../../support/digest.js';
import { stack } from '../../support/stack.js';
import { createTestUser } from '../../support/users.js';
import {
  CALLABLES,
  shortHostileString,
  shortId,
  nested,
  payloadFor,
  type CallableName,
} from './hostile-payloads.js';

/**
 * Property-based tests of every callable and HTTP route with random and hostile payloads
 * (hostile-payloads.ts), sent by every kind of person: anonymous, signed in without a role,
 * deactivated, and each role. Every case must be refused with a 4xx and a message a person can
 * read, never `internal` or a 500, and the database must be exactly as it was (a digest of
 * every document of every collection before and after). Most cases call the callables'
 * handlers in this process, against the same emulators (the real code below the protocol);
 * a share goes over HTTP to the deployed callables (the protocol, with its body guard) and to
 * the routes behind Hosting. Runs alone (a `.serial` test), so no other test writes meanwhile.
 */
const HANDLERS: Record<CallableName, (request: CallableRequest<unknown>) => Promise<unknown>> = {
  reportAction: handleReportAction,
  orgAction: handleOrgAction,
  adminSetRole: handleAdminSetRole,
  mailAction: handleMailAction,
  auditAction: handleAuditAction,
  accountAction: handleAccountAction,
};

/** Cases per callable in this process and over HTTP, and per route over HTTP. */
const IN_PROCESS_RUNS = 1500;
const HTTP_RUNS = 150;
const ROUTE_RUNS = { uploads: 350, files: 300, other: 150 };

interface Actor {
  name: string;
  uid?: string;
  email?: string;
  emailVerified?: boolean;
  /** An ID token of the account, for the HTTP cases. */
  token?: string;
}

const ACTORS: Actor[] = [{ name: 'anonymous' }];
const clients: SignedInClient[] = [];
let before: DatabaseDigest;
const count = { inProcess: 0, http: 0 };

interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** A case must be refused with a 4xx that says something, and nothing else will do. */
function expectRefused(outcome: Refusal | { succeeded: unknown }, what: () => string): void {
  if ('succeeded' in outcome) {
    throw new Error(`${what()} succeeded: ${JSON.stringify(outcome.succeeded)?.slice(0, 300)}`);
  }
  const explain = `${what()} → ${outcome.status} ${outcome.code}: ${outcome.message.slice(0, 300)}`;
  expect(outcome.status, explain).toBeGreaterThanOrEqual(400);
  expect(outcome.status, explain).toBeLessThan(500);
  expect(outcome.code.toLowerCase(), explain).not.toBe('internal');
  expect(outcome.message.trim().length, explain).toBeGreaterThan(3);
}

function describeCase(callable: string, actor: Actor, payload: unknown): string {
  let shown: string;
  try {
    shown = JSON.stringify(payload) ?? String(payload);
  } catch {
    shown = String(payload);
  }
  return `${callable} by ${actor.name} with ${shown.slice(0, 200)}`;
}

async function inProcess(callable: CallableName, actor: Actor, data: unknown) {
  const request = {
    data,
    rawRequest: {},
    acceptsStreaming: false,
    ...(actor.uid
      ? {
          auth: {
            uid: actor.uid,
            rawToken: 'in-process',
            token: { uid: actor.uid, email: actor.email, email_verified: actor.emailVerified },
          },
        }
      : {}),
  } as unknown as CallableRequest<unknown>;
  try {
    return { succeeded: await HANDLERS[callable](request) };
  } catch (error) {
    if (error instanceof HttpsError) {
      return { status: error.httpErrorCode.status, code: error.code, message: error.message };
    }
    // Anything else would reach the caller as `500 INTERNAL`.
    return { status: 500, code: 'internal', message: String((error as Error)?.stack ?? error) };
  }
}

async function overHttp(
  callable: string,
  actor: Actor,
  body: string,
): Promise<Refusal | { succeeded: unknown }> {
  const response = await fetch(`${stack.functionsUrl}/${callable}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(actor.token ? { Authorization: `Bearer ${actor.token}` } : {}),
    },
    body,
  });
  return answerOf(response, (json) => ({
    code: (json as { error?: { status?: string } }).error?.status,
    message: (json as { error?: { message?: string } }).error?.message,
  }));
}

/**
 * What came back: a success, or the status with the error's code and message (from the JSON
 * error body, or the text of whatever else answered, such as a body parser's 413).
 */
async function answerOf(
  response: Response,
  read: (json: unknown) => { code?: string | undefined; message?: string | undefined },
): Promise<Refusal | { succeeded: unknown }> {
  const text = await response.text();
  if (response.ok) return { succeeded: text.slice(0, 300) };
  let error: { code?: string | undefined; message?: string | undefined } = {};
  try {
    error = read(JSON.parse(text));
  } catch {
    error = {};
  }
  return {
    status: response.status,
    code: error.code ?? 'none',
    message:
      error.message ??
      text
        .replace(/<[^>]*>/g, ' ')
        .trim()
        .slice(0, 300),
  };
}

/** A path segment or header value, even of a string that is not well-formed UTF-16. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // Lone surrogates become U+FFFD, as a browser would send them.
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

async function route(method: string, path: string, actor: Actor, init: RequestInit = {}) {
  const response = await fetch(`${stack.webUrl}${path}`, {
    ...init,
    method,
    headers: {
      ...(actor.token ? { Authorization: `Bearer ${actor.token}` } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  return answerOf(response, (json) => ({
    code: (json as { error?: { code?: string } }).error?.code,
    message: (json as { error?: { message?: string } }).error?.message,
  }));
}

/** Any of the callers (filled in before the tests run). */
const anyActor = () => fc.constantFrom(...ACTORS);

/** Writes nothing: checked after each property against the digest taken at the start. */
async function expectDatabaseUnchanged(what: string) {
  const after = await quietDigest({ gapMs: 300 });
  const changes = digestChanges(before, after);
  expect(changes, `${what} changed the database`).toEqual([]);
  expect(after.hash).toBe(before.hash);
}

beforeAll(async () => {
  const noRole = await createTestUser();
  const disabled = await createTestUser({ role: 'staff' }, { disabled: true });
  const people = [
    { name: 'signed in without a role', ...noRole, emailVerified: false },
    { name: 'deactivated staff', ...disabled, emailVerified: true },
    ...DEMO_ACCOUNTS.filter((a) => a.uid !== 'demo-ngo-lviv' && a.uid !== 'demo-ngo-kharkiv').map(
      (a) => ({
        name: `${a.claims.role} ${a.email}`,
        uid: a.uid,
        email: a.email,
        emailVerified: true,
      }),
    ),
  ];
  for (const person of people) {
    const client = await signIn(person.email);
    clients.push(client);
    ACTORS.push({ ...person, token: await client.auth.currentUser!.getIdToken() });
  }
  before = await quietDigest();
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  const total = count.inProcess + count.http;
  console.log(
    `hostile payloads: ${total} cases (${count.inProcess} through the handlers, ${count.http} over HTTP)` +
      ` by ${ACTORS.length} kinds of caller; every one refused with a 4xx, the database unchanged` +
      ` (${before?.documents ?? 0} documents)`,
  );
  expect(total).toBeGreaterThanOrEqual(10_000);
});

describe.each(CALLABLES)('callable %s', (callable) => {
  it('refuses every hostile payload through its handler, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyActor(), payloadFor(callable), async (who, payload) => {
        count.inProcess += 1;
        expectRefused(await inProcess(callable, who, payload), () =>
          describeCase(callable, who, payload),
        );
      }),
      { numRuns: IN_PROCESS_RUNS },
    );
    await expectDatabaseUnchanged(`${callable} (in process)`);
  }, 240_000);

  it('refuses every hostile payload over HTTP, deep and large ones included, writing nothing', async () => {
    // Deeper than any recursive walk survives, and larger than any form.
    const wire = fc.oneof(
      { weight: 8, arbitrary: payloadFor(callable).map((data) => JSON.stringify({ data })) },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: 33, max: 60_000 })
          .map((depth) => `{"data":${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}}`),
      },
      {
        weight: 1,
        arbitrary: fc.constant(
          JSON.stringify({ data: { action: 'x', pad: 'я'.repeat(1_100_000) } }),
        ),
      },
    );
    await fc.assert(
      fc.asyncProperty(anyActor(), wire, async (who, body) => {
        count.http += 1;
        expectRefused(await overHttp(callable, who, body), () =>
          describeCase(callable, who, body.slice(0, 200)),
        );
      }),
      { numRuns: HTTP_RUNS },
    );
    await expectDatabaseUnchanged(`${callable} (over HTTP)`);
  }, 240_000);
});

describe('HTTP routes behind Hosting', () => {
  it('refuse every hostile upload with a 4xx, writing nothing', async () => {
    const query = fc.dictionary(
      fc.constantFrom('reportId', 'kind', 'reportId[]', '__proto__', 'x'),
      fc.oneof(shortId, fc.constantFrom('evidence', 'measure_document')),
      { maxKeys: 3 },
    );
    const upload = fc.record({
      query,
      name: fc.option(fc.oneof(shortHostileString, fc.constantFrom("UTF-8''%D0%B0.pdf", 'a.pdf')), {
        nil: undefined,
      }),
      type: fc.constantFrom(
        'application/pdf',
        'text/plain',
        'application/json',
        'multipart/form-data; boundary=x',
      ),
      body: fc.oneof(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constant(new TextEncoder().encode('{"__proto__":{"a":1}}')),
      ),
    });
    await fc.assert(
      fc.asyncProperty(anyActor(), upload, async (who, u) => {
        count.http += 1;
        const search = new URLSearchParams(Object.entries(u.query).map(([k, v]) => [k, String(v)]));
        const outcome = await route('POST', `/api/uploads?${search}`, who, {
          headers: {
            'Content-Type': u.type,
            ...(u.name !== undefined ? { 'X-File-Name': encode(u.name) } : {}),
          },
          body: u.body,
        });
        expectRefused(
          outcome,
          () => `upload by ${who.name} to ?${search.toString().slice(0, 200)}`,
        );
      }),
      { numRuns: ROUTE_RUNS.uploads },
    );
    await expectDatabaseUnchanged('POST /api/uploads');
  }, 240_000);

  it('refuse every hostile download with a 4xx', async () => {
    const segment = shortId;
    await fc.assert(
      fc.asyncProperty(anyActor(), segment, segment, async (who, reportId, attachmentId) => {
        count.http += 1;
        const path = `/api/files/${encode(reportId)}/${encode(attachmentId)}`;
        expectRefused(
          await route('GET', path, who),
          () => `GET ${path.slice(0, 200)} by ${who.name}`,
        );
      }),
      { numRuns: ROUTE_RUNS.files },
    );
    await expectDatabaseUnchanged('GET /api/files');
  }, 240_000);

  it('refuse other methods and addresses with 404 or 405', async () => {
    const request = fc.record({
      method: fc.constantFrom('PUT', 'PATCH', 'DELETE', 'POST'),
      path: fc.oneof(
        fc.constantFrom('/api/uploads/limits', '/api/files/a/b', '/api/health', '/api/'),
        // A prefix keeps `.` and `..` from being resolved away by the URL parser.
        shortHostileString.map((s) => `/api/x-${encode(s)}`),
      ),
      body: fc.option(
        nested(40).map((value) => JSON.stringify(value)),
        { nil: undefined },
      ),
    });
    await fc.assert(
      fc.asyncProperty(anyActor(), request, async (who, r) => {
        count.http += 1;
        const outcome = await route(r.method, r.path, who, {
          ...(r.body !== undefined
            ? { body: r.body, headers: { 'Content-Type': 'application/json' } }
            : {}),
        });
        expectRefused(outcome, () => `${r.method} ${r.path.slice(0, 200)} by ${who.name}`);
      }),
      { numRuns: ROUTE_RUNS.other },
    );
    await expectDatabaseUnchanged('other routes');
  }, 240_000);
});
