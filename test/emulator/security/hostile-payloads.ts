import fc from 'fast-check';
import { edrpouCheckDigit } from '../../../functions/src/domain/edrpou.js';
import { organisationProfile } from '../../support/organisations.js';
import { reportContent } from '../../support/reports.js';

/**
 * Random and hostile payloads for every callable, in the shapes an attacker would try: each
 * action's fields with wrong types, ids Firestore cannot take, huge and strange strings, deep
 * nesting, `__proto__` and `constructor` keys, unknown fields, or nothing like the protocol
 * at all. Ids that are well formed name nothing that exists (`fuzz-…`), so that no payload,
 * however well formed, is carried out: every one must be refused.
 */

/** Ids Firestore refuses, or that try to escape a path. */
export const HOSTILE_IDS = [
  '',
  '.',
  '..',
  '__x__',
  '__proto__',
  '____',
  'a/b',
  '/',
  '../users/demo-admin',
  'reports/x',
  'x'.repeat(1600),
  'ж'.repeat(800),
] as const;

/** Strings that break naive code: control and format characters, lone surrogates, RTL. */
const STRANGE_STRINGS = [
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '\u200B\u200C\u200D\uFEFF',
  '𝕏'.repeat(50),
  '👩‍👩‍👧‍👦',
  '<script>alert(1)</script>',
  "'; DROP TABLE reports; --",
  '${process.env}',
  '{{constructor.constructor("return 1")()}}',
  ' ',
  '\n\r\t',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
] as const;

/** Strange strings short enough for an address (servers cap a request line at some KB). */
export const shortHostileString = fc.oneof(
  fc.constantFrom(...STRANGE_STRINGS, ...HOSTILE_IDS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: shortHostileString },
  { weight: 1, arbitrary: fc.nat({ max: 30_000 }).map((n) => 'я'.repeat(n + 10_001)) },
);

const miss = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/).map((s) => `fuzz-${s}`);

/** An id that is well formed but names nothing (a miss), or a hostile one. */
export const id = fc.oneof(
  { weight: 2, arbitrary: miss },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
  { weight: 1, arbitrary: hostileString },
);

/** The same, short enough for an address. */
export const shortId = fc.oneof(
  { weight: 2, arbitrary: miss },
  { weight: 2, arbitrary: shortHostileString },
);

/** An object with `__proto__` and `constructor` as its own keys, as JSON.parse makes them. */
export const pollutingObject = fc
  .record({ polluted: fc.boolean(), value: fc.jsonValue({ maxDepth: 1 }) })
  .map(
    ({ polluted, value }) =>
      JSON.parse(
        `{"__proto__":{"polluted":${polluted},"role":"admin"},"constructor":{"prototype":{"x":1}},"v":${JSON.stringify(value ?? null)}}`,
      ) as unknown,
  );

/** Nesting up to `max` levels of objects and arrays. */
export const nested = (max: number) =>
  fc.integer({ min: 2, max }).map((depth) => {
    let value: unknown = 'deep';
    for (let level = 0; level < depth; level++) value = level % 3 ? [value] : { a: value };
    return value;
  });

/** Anything at all where a field's value goes. */
export const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  pollutingObject,
  nested(20),
);

const text = fc.oneof(fc.lorem({ maxCount: 20 }), hostileString);

function edrpouFrom(n: number): string {
  const firstSeven = String(1_000_000 + (n % 1_999_999)).padStart(7, '0');
  return `${firstSeven}${edrpouCheckDigit(firstSeven, Number(`${firstSeven}0`))}`;
}

/** A plausible request of each action, before it is broken (see `corrupt`). */
const TEMPLATES = {
  reportAction: [
    fc.record({
      action: fc.constant('assign'),
      reportId: id,
      assignees: fc.array(id, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ action: fc.constant('startReview'), reportId: id }),
    fc.record({ action: fc.constant('requestInfo'), reportId: id, request: text }),
    fc.record({ action: fc.constant('provideInfo'), reportId: id, answer: text }),
    fc.record({ action: fc.constant('resumeReview'), reportId: id, note: text }),
    fc.record({
      action: fc.constant('decide'),
      reportId: id,
      forms: fc.array(fc.constantFrom('submission', 'court', 'fly'), { maxLength: 3 }),
      rationale: text,
    }),
    fc.record({ action: fc.constant('decline'), reportId: id, reason: text }),
    fc.record({
      action: fc.constant('recordMeasure'),
      reportId: id,
      measure: fc.record({
        type: fc.constantFrom('official_letter', 'x'),
        date: fc.constantFrom('2026-05-01', '01.05.2026'),
        addressee: text,
      }),
    }),
    fc.record({
      action: fc.constant('close'),
      reportId: id,
      outcome: fc.constantFrom('restored', 'won'),
      note: text,
    }),
    fc.record({ action: fc.constant('reopen'), reportId: id, reason: text }),
    fc.record({ action: fc.constant('withdraw'), reportId: id, reason: text }),
    fc.record({ action: fc.constant('viewPersonalData'), reportId: id }),
    fc.record({ action: fc.constant('linkDuplicate'), reportId: id, otherReportId: id }),
    fc.record({
      action: fc.constant('intake'),
      orgId: id,
      channel: fc.constantFrom('post', 'phone', 'web'),
      report: fc.constant(reportContent()),
    }),
  ],
  orgAction: [
    fc.record({
      action: fc.constant('register'),
      organisation: fc.nat().map((n) => organisationProfile(edrpouFrom(n))),
      applicant: fc.record({ displayName: text }),
    }),
    fc.record({ action: fc.constant('verify'), orgId: id }),
    fc.record({ action: fc.constant('reject'), orgId: id, reason: text }),
    fc.record({
      action: fc.constant('resubmit'),
      orgId: id,
      organisation: fc.constant(organisationProfile('12345678')),
    }),
    fc.record({
      action: fc.constant('updateProfile'),
      orgId: id,
      organisation: fc.constant(organisationProfile('12345678')),
    }),
    fc.record({
      action: fc.constant('invite'),
      orgId: id,
      email: fc.oneof(fc.emailAddress(), hostileString),
      language: fc.constantFrom('uk', 'en', 'xx'),
    }),
    fc.record({ action: fc.constant('revokeInvitation'), orgId: id, invitationId: id }),
    fc.record({
      action: fc.constant('acceptInvitation'),
      token: fc.oneof(fc.base64String({ minLength: 20, maxLength: 64 }), hostileString),
      applicant: fc.record({ displayName: text }),
    }),
    ...(['approveJoinRequest', 'declineJoinRequest', 'removeMember', 'transferAdmin'] as const).map(
      (action) => fc.record({ action: fc.constant(action), orgId: id, uid: id }),
    ),
  ],
  adminSetRole: [
    fc.record({
      action: fc.constant('setRole'),
      uid: id,
      role: fc.constantFrom('staff', 'coordinator', 'ngo_member', 'superuser'),
      orgId: fc.option(id, { nil: undefined }),
      regions: fc.option(fc.array(fc.constantFrom('UA-30', 'UA-99', '..')), { nil: undefined }),
    }),
    ...(['clearRole', 'deactivate', 'activate'] as const).map((action) =>
      fc.record({ action: fc.constant(action), uid: id }),
    ),
    fc.record({
      action: fc.constant('updateCoordinatorListing'),
      uid: id,
      position: text,
      workEmail: fc.emailAddress(),
    }),
  ],
  // Valid requests of these three are harmless reads (or a mail to oneself), so every one of
  // their payloads is broken below, never sent as it is.
  mailAction: [
    fc.record({
      action: fc.constant('list'),
      state: fc.constantFrom('ERROR', 'PENDING'),
      after: id,
      limit: fc.integer({ min: 1, max: 100 }),
    }),
    fc.record({ action: fc.constant('retry'), mailId: id }),
  ],
  auditAction: [
    fc.record({ action: fc.constant('verifyChain'), chain: id.map((x) => `report:${x}`) }),
  ],
  accountAction: [
    fc.record({
      action: fc.constant('sendEmailVerification'),
      language: fc.constantFrom('uk', 'en'),
      next: fc.constantFrom('/app/register-organisation', '/app/join/abc'),
    }),
  ],
} satisfies Record<string, fc.Arbitrary<Record<string, unknown>>[]>;

export type CallableName = keyof typeof TEMPLATES;
export const CALLABLES = Object.keys(TEMPLATES) as CallableName[];

/** Callables whose well-formed requests could succeed: every payload of theirs is broken. */
const ALWAYS_BROKEN: ReadonlySet<CallableName> = new Set([
  'mailAction',
  'auditAction',
  'accountAction',
]);

/** Ways to break a request so that its schema must refuse it. */
const breakage = fc.oneof(
  // An action that does not exist (or is inherited from Object).
  fc.record({
    kind: fc.constant('action' as const),
    value: fc.oneof(
      fc.constantFrom('toString', '__proto__', 'constructor', 'delete', ''),
      hostileString,
    ),
  }),
  // A field of the request, given a value of another type: never null, a number or a string,
  // which an optional, numeric or free-text field might take.
  fc.record({
    kind: fc.constant('field' as const),
    value: fc.oneof(
      fc.boolean(),
      fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
      pollutingObject,
      nested(12),
    ),
  }),
  // An id Firestore cannot take, in the first id field.
  fc.record({
    kind: fc.constant('id' as const),
    value: fc.constantFrom('.', '..', '__x__', 'a/b', 'x'.repeat(1600)),
  }),
);

function corrupt(
  request: Record<string, unknown>,
  how: { kind: 'action' | 'field' | 'id'; value: unknown },
  pick: number,
): Record<string, unknown> {
  const broken = { ...request };
  if (how.kind === 'action') {
    broken.action = how.value === 'list' || how.value === 'retry' ? 'x' : how.value;
    return broken;
  }
  const fields = Object.keys(request).filter((key) => key !== 'action');
  const idFields = fields.filter((key) => /id$|Id$|^uid$|^chain$/.test(key));
  if (how.kind === 'id' && idFields.length) {
    const key = idFields[pick % idFields.length]!;
    broken[key] = key === 'chain' ? `report:${String(how.value)}` : how.value;
    return broken;
  }
  const key = fields[pick % Math.max(1, fields.length)] ?? 'action';
  broken[key] = how.value;
  return broken;
}

/**
 * A request to the callable: broken in one of the ways above, with unknown and polluting
 * fields now and then, or (for callables whose requests all fail anyway) sometimes left whole;
 * or random JSON with nothing of the protocol in it.
 */
export function payloadFor(callable: CallableName): fc.Arbitrary<unknown> {
  const templates = TEMPLATES[callable] as fc.Arbitrary<Record<string, unknown>>[];
  const request = fc.oneof(...templates);
  const broken = fc
    .tuple(
      request,
      breakage,
      fc.nat(),
      fc.option(
        fc.dictionary(
          fc.constantFrom('extra', 'role', 'orgId2', '__proto__', 'constructor'),
          hostileValue,
          { maxKeys: 2 },
        ),
        { nil: undefined },
      ),
    )
    .map(([template, how, pick, extra]) => ({ ...(extra ?? {}), ...corrupt(template, how, pick) }));
  const choices: fc.Arbitrary<unknown>[] = [broken, fc.jsonValue({ maxDepth: 4 }), hostileValue];
  if (!ALWAYS_BROKEN.has(callable)) choices.push(request);
  return fc.oneof(...choices);
}
