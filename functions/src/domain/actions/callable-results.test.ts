import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accountActionResults } from './account-action.results.js';
import { accountActionInput } from './account-action.schema.js';
import { actionResult, ActionResultError, type ActionResults } from './action-results.js';
import { adminSetRoleResults } from './admin-set-role.results.js';
import { adminSetRoleInput } from './admin-set-role.schema.js';
import { auditActionResults } from './audit-action.results.js';
import { auditActionInput } from './audit-action.schema.js';
import { councilActionResults } from './council-action.results.js';
import { councilActionInput } from './council-action.schema.js';
import { mailActionResults } from './mail-action.results.js';
import { mailActionInput } from './mail-action.schema.js';
import { meetingActionResults } from './meeting-action.results.js';
import { meetingActionInput } from './meeting-action.schema.js';
import { parliamentActionResults } from './parliament-action.results.js';
import { parliamentActionInput } from './parliament-action.schema.js';
import { proposalActionResults } from './proposal-action.results.js';
import { proposalActionInput } from './proposal-action.schema.js';
import { publicationActionResults } from './publication-action.results.js';
import { publicationActionInput } from './publication-action.schema.js';

/**
 * Every callable's answers, one realistic answer per action as its handler builds it. What
 * is checked of each: the schema exists for exactly the callable's actions, the answer reads
 * back unchanged (nothing stripped, nothing added), also after the trip over the wire, and
 * leaving out any of its fields is refused naming that field.
 */
interface Callable {
  name: string;
  actions: readonly string[];
  results: ActionResults<string>;
  answers: Record<string, Record<string, unknown>>;
}

const actionsOf = (schema: { options: readonly { shape: { action: { value: string } } }[] }) =>
  schema.options.map((option) => option.shape.action.value);

const proposalStep = (status: string) => ({
  proposalId: 'p1',
  status,
  number: 'ЗП-2026-000012',
});
const publicationStep = (status: string, openFlags = 0) => ({
  publicationId: 'd1',
  status,
  openFlags,
});

const failedMail = {
  id: 'report.registered:r1:olena@example.org',
  to: ['olena@example.org'],
  subject: 'Звернення зареєстровано',
  event: 'report.registered:r1',
  urgent: false,
  state: 'ERROR',
  attempts: 3,
  error: 'SMTP 550',
  endTime: '2026-03-02T10:15:00.000Z',
  nextAttemptTime: null,
};

const CALLABLES: Callable[] = [
  {
    name: 'accountAction',
    actions: actionsOf(accountActionInput),
    results: accountActionResults,
    answers: {
      sendEmailVerification: { email: 'olena@example.org', verified: false, sent: true },
    },
  },
  {
    name: 'adminSetRole',
    actions: actionsOf(adminSetRoleInput),
    results: adminSetRoleResults,
    answers: {
      setRole: { uid: 'u1', claims: { role: 'coordinator', regions: ['UA-05', 'UA-07'] } },
      clearRole: { uid: 'u1', claims: null },
      deactivate: { uid: 'u1', active: false },
      activate: { uid: 'u1', active: true },
      updateCoordinatorListing: { uid: 'u1' },
    },
  },
  {
    name: 'auditAction',
    actions: [auditActionInput.shape.action.value],
    results: auditActionResults,
    answers: { verifyChain: { chain: 'report:r1', intact: true, length: 7 } },
  },
  {
    name: 'councilAction',
    actions: actionsOf(councilActionInput),
    results: councilActionResults,
    answers: {
      create: { councilId: 'c1' },
      update: { councilId: 'c1' },
      addMember: { councilId: 'c1', uid: 'u1' },
      endMembership: { councilId: 'c1', uid: 'u1' },
      apply: { councilId: 'c1', applicationId: 'a1', status: 'pending' },
      acceptApplication: { councilId: 'c1', applicationId: 'a1', status: 'accepted' },
      declineApplication: { councilId: 'c1', applicationId: 'a1', status: 'declined' },
    },
  },
  {
    name: 'mailAction',
    actions: actionsOf(mailActionInput),
    results: mailActionResults,
    answers: {
      list: {
        mails: [failedMail],
        next: null,
      },
      retry: {
        mailId: 'report.registered:r1:olena@example.org',
        state: 'SUCCESS',
        mail: {
          ...failedMail,
          state: 'SUCCESS',
          attempts: 1,
          error: null,
          endTime: '2026-03-02T11:00:00.000Z',
        },
      },
    },
  },
  {
    name: 'meetingAction',
    actions: actionsOf(meetingActionInput),
    results: meetingActionResults,
    answers: {
      schedule: { meetingId: 'm1', status: 'planned', sequence: 0 },
      updatePlan: { meetingId: 'm1', status: 'planned', sequence: 1 },
      cancel: { meetingId: 'm1', status: 'cancelled', sequence: 2 },
      record: {
        meetingId: 'm1',
        status: 'held',
        quorum: { members: 9, present: 5, required: 5, met: true },
      },
      publish: { meetingId: 'm1', status: 'published' },
    },
  },
  {
    name: 'parliamentAction',
    actions: actionsOf(parliamentActionInput),
    results: parliamentActionResults,
    answers: {
      send: proposalStep('sent_to_parliament'),
      recordStage: proposalStep('sent_to_parliament'),
      recordOutcome: proposalStep('closed'),
    },
  },
  {
    name: 'proposalAction',
    actions: actionsOf(proposalActionInput),
    results: proposalActionResults,
    answers: {
      submit: proposalStep('submitted'),
      resubmit: proposalStep('council_review'),
      startCouncilReview: proposalStep('council_review'),
      return: proposalStep('returned'),
      endorse: proposalStep('endorsed'),
      decide: proposalStep('returned_for_revision'),
      withdraw: proposalStep('withdrawn'),
      comment: { proposalId: 'p1', commentId: 'k1' },
      inviteCoAuthor: { proposalId: 'p1', invitationId: 'p1__43900118', state: 'invited' },
      acceptCoAuthorship: { proposalId: 'p1', invitationId: 'p1__43900118', state: 'accepted' },
      declineCoAuthorship: { proposalId: 'p1', invitationId: 'p1__43900118', state: 'declined' },
    },
  },
  {
    name: 'publicationAction',
    actions: actionsOf(publicationActionInput),
    results: publicationActionResults,
    answers: {
      create: publicationStep('draft', 2),
      save: publicationStep('draft', 1),
      redact: publicationStep('draft'),
      markNotPersonal: publicationStep('draft'),
      submit: publicationStep('pending_approval'),
      approve: publicationStep('approved'),
      return: publicationStep('draft'),
      retract: publicationStep('retracted'),
      sendNote: publicationStep('draft', 3),
    },
  },
];

/** What firebase-functions' `encode` does to an answer: undefined goes out as null. */
function overTheWire(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(overTheWire);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, overTheWire(v)]));
  }
  return value;
}

function refusal(read: () => unknown): ActionResultError {
  try {
    read();
  } catch (error) {
    if (error instanceof ActionResultError) return error;
    throw error;
  }
  throw new Error('the answer was accepted');
}

describe.each(CALLABLES)('$name answers', ({ name, actions, results, answers }) => {
  it('has a result schema, and a sample answer here, for every action and no other', () => {
    expect(Object.keys(results).sort()).toEqual([...actions].sort());
    expect(Object.keys(answers).sort()).toEqual([...actions].sort());
  });

  it.each(actions)('reads the answer to %s as it was sent, also over the wire', (action) => {
    const answer = answers[action];
    const read = actionResult(name, results, action, answer);
    expect(read).toEqual(answer);
    expect(actionResult(name, results, action, overTheWire(read))).toEqual(answer);
  });

  it.each(actions)('refuses an answer to %s without one of its fields, naming it', (action) => {
    for (const field of Object.keys(answers[action]!)) {
      const { [field]: _left, ...rest } = answers[action]!;
      const error = refusal(() => actionResult(name, results, action, rest));
      expect(error).toMatchObject({ callable: name, action, field });
    }
  });
});

describe('answers with a wrong field are refused, naming the field', () => {
  const wrong = <R extends ActionResults<string>>(
    name: string,
    results: R,
    action: keyof R & string,
    answer: unknown,
  ) => refusal(() => actionResult(name, results, action, answer)).field;

  it('a status the action does not lead to', () => {
    expect(
      wrong('proposalAction', proposalActionResults, 'endorse', proposalStep('returned')),
    ).toBe('status');
    expect(
      wrong('parliamentAction', parliamentActionResults, 'recordOutcome', {
        ...proposalStep('sent_to_parliament'),
      }),
    ).toBe('status');
    expect(
      wrong('councilAction', councilActionResults, 'acceptApplication', {
        councilId: 'c1',
        applicationId: 'a1',
        status: 'declined',
      }),
    ).toBe('status');
    expect(
      wrong('publicationAction', publicationActionResults, 'submit', publicationStep('lost')),
    ).toBe('status');
  });

  it('a proposal number that is not a registration number', () => {
    expect(
      wrong('proposalAction', proposalActionResults, 'submit', {
        ...proposalStep('submitted'),
        number: '12',
      }),
    ).toBe('number');
  });

  it('a first invitation whose sequence is not 0, and a quorum without its verdict', () => {
    expect(
      wrong('meetingAction', meetingActionResults, 'schedule', {
        meetingId: 'm1',
        status: 'planned',
        sequence: 1,
      }),
    ).toBe('sequence');
    expect(
      wrong('meetingAction', meetingActionResults, 'record', {
        meetingId: 'm1',
        status: 'held',
        quorum: { members: 9, present: 5, required: 5 },
      }),
    ).toBe('quorum.met');
  });

  it('claims that do not fit the role, and a role given as cleared', () => {
    expect(
      wrong('adminSetRole', adminSetRoleResults, 'setRole', {
        uid: 'u1',
        claims: { role: 'ngo_admin' },
      }),
    ).toBe('claims.orgId');
    expect(wrong('adminSetRole', adminSetRoleResults, 'setRole', { uid: 'u1', claims: null })).toBe(
      'claims',
    );
    expect(
      wrong('adminSetRole', adminSetRoleResults, 'activate', { uid: 'u1', active: false }),
    ).toBe('active');
  });

  it('a mail of the log in a state the outbox does not know, or with a time not ISO', () => {
    const mail = (fields: Record<string, unknown>) => ({
      mails: [{ ...failedMail, ...fields }],
      next: null,
    });
    expect(wrong('mailAction', mailActionResults, 'list', mail({ state: 'LOST' }))).toBe(
      'mails.0.state',
    );
    expect(wrong('mailAction', mailActionResults, 'list', mail({ endTime: 'yesterday' }))).toBe(
      'mails.0.endTime',
    );
  });

  it('a confirmation mail said sent for an address already confirmed', () => {
    expect(
      wrong('accountAction', accountActionResults, 'sendEmailVerification', {
        email: 'olena@example.org',
        verified: true,
        sent: true,
      }),
    ).toBe('sent');
  });

  it('a broken chain without the reason it broke', () => {
    expect(
      wrong('auditAction', auditActionResults, 'verifyChain', {
        chain: 'report:r1',
        intact: false,
        sequence: 3,
        reason: 'lost',
      }),
    ).toBe('reason');
  });

  it('takes each of the three decisions, and types them', () => {
    const decisions: z.output<(typeof proposalActionResults)['decide']>['status'][] = [
      'recommended',
      'rejected',
      'returned_for_revision',
    ];
    for (const status of decisions) {
      expect(
        actionResult('proposalAction', proposalActionResults, 'decide', proposalStep(status)),
      ).toMatchObject({ status });
    }
  });
});
