import type { CallableRequest } from 'firebase-functions/https';
import { afterAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../../../functions/src/domain/errors/catalogue.js';
import { REPORT_AUDIT_ACTIONS } from '../../../functions/src/domain/schemas/audit.schema.js';
import { registerSubmittedReport } from '../../../functions/src/reports/register-report.js';
import { handleReportAction } from '../../../functions/src/reports/report-action.handler.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import {
  auditActions,
  faultGroup,
  organisationWithCoordinator,
  snapshotOf,
  submittedReport,
} from './fault-kit.js';

/**
 * Fifty actions on one report at once, through `reportAction` (some through the callable on
 * the functions emulator, the rest through its handler here), by the organisation, staff and
 * the region's coordinator: each is applied once
 * (one audit entry of its kind) or refused with a code of the error catalogue, never an
 * internal error, and the report's audit chain is intact (`auditAction verifyChain`).
 * Serial: fifty callables at once would slow every test running beside them.
 */
const group = faultGroup('Firestore contention');
const clients: SignedInClient[] = [];
afterAll(() => Promise.all(clients.map((c) => c.close())));

/** A callable request as the functions framework hands it to the handler. */
const requestOf = (client: SignedInClient, data: unknown) =>
  ({
    auth: { uid: client.uid, token: { email: client.auth.currentUser?.email } },
    data,
    rawRequest: {},
  }) as unknown as CallableRequest<unknown>;

type Outcome = {
  action: keyof typeof REPORT_AUDIT_ACTIONS;
  ok: boolean;
  code?: unknown;
  message?: string;
};

describe('fifty concurrent actions on one report', { timeout: 120_000 }, () => {
  it('applies each once or refuses it with a catalogue code; the audit chain holds', () =>
    group.case(async () => {
      const org = await organisationWithCoordinator('UA-05');
      const reportId = await submittedReport(org, 'UA-05');
      // Registered here rather than waiting for the trigger (which may do it first: either way once).
      await registerSubmittedReport(reportId);
      expect((await snapshotOf(`reports/${reportId}`)).get('status')).toBe('registered');
      const [ngo, staff, coordinator] = await Promise.all([
        signIn(org.member.email),
        signIn('staff1@spilno.test'),
        signIn(org.coordinator.email),
      ]);
      clients.push(ngo, staff, coordinator);

      const plan: [SignedInClient, Record<string, unknown> & { action: Outcome['action'] }][] = [
        ...Array.from({ length: 10 }, () => [staff, { action: 'startReview' }] as const),
        ...Array.from(
          { length: 5 },
          () => [ngo, { action: 'withdraw', reason: 'Вирішено' }] as const,
        ),
        ...Array.from({ length: 10 }, () => [staff, { action: 'viewPersonalData' }] as const),
        ...Array.from({ length: 5 }, () => [coordinator, { action: 'viewPersonalData' }] as const),
        ...Array.from(
          { length: 10 },
          (_, i) => [ngo, { action: 'setPublicationConsent', consent: i % 2 === 0 }] as const,
        ),
        ...Array.from(
          { length: 10 },
          () => [staff, { action: 'assign', assignees: [org.coordinator.uid] }] as const,
        ),
      ].map(([client, input]) => [client, { ...input }]);
      expect(plan).toHaveLength(50);

      // All at once: one through the callable on the functions emulator (warmed first, so
      // that its worker is loaded), the rest through the same handler in this process: each
      // callable at once starts an emulator worker of its own, and fifty are more than a
      // two-core machine loads in time.
      await coordinator.call('reportAction', { action: 'viewPersonalData', reportId });
      const earlier = await auditActions(`report:${reportId}`);
      const outcomes: Outcome[] = await Promise.all(
        plan.map(([client, input], i) => {
          const data = { ...input, reportId };
          const call =
            i === 0
              ? client.call('reportAction', data)
              : handleReportAction(requestOf(client, data));
          return call.then(
            () => ({ action: input.action, ok: true }),
            (error: { details?: { code?: unknown }; code?: unknown; message?: string }) => ({
              action: input.action,
              ok: false,
              code: error.details?.code ?? error.code,
              message: error.message,
            }),
          );
        }),
      );

      // Refused cleanly: each with a code of the catalogue, none internal.
      const unclean = outcomes.filter((o) => !o.ok && !isErrorCode(o.code));
      if (unclean.length) console.log('contention: unclean', unclean.slice(0, 5));
      expect(unclean.map((o) => `${o.action}: ${String(o.code)}`)).toEqual([]);
      const applied = (action: Outcome['action']) =>
        outcomes.filter((o) => o.ok && o.action === action).length;
      expect(applied('withdraw')).toBe(1);
      expect(applied('startReview')).toBeLessThanOrEqual(1);

      // Applied once: one audit entry of its kind per applied action, nothing for a refusal.
      const entries = await auditActions(`report:${reportId}`);
      expect(entries.slice(0, earlier.length)).toEqual(earlier);
      const kinds = Object.keys(REPORT_AUDIT_ACTIONS) as Outcome['action'][];
      const logged = (action: Outcome['action']) =>
        entries.slice(earlier.length).filter((a) => a === REPORT_AUDIT_ACTIONS[action]).length;
      expect(Object.fromEntries(kinds.map((action) => [action, logged(action)]))).toEqual(
        Object.fromEntries(kinds.map((action) => [action, applied(action)])),
      );
      // Nothing applied is missing from the chain: counted as lost.
      group.lostOf(earlier.length + outcomes.filter((o) => o.ok).length, entries.length);

      const verdict = await staff.call<{ intact: boolean }>('auditAction', {
        action: 'verifyChain',
        chain: `report:${reportId}`,
      });
      expect(verdict).toMatchObject({ intact: true, length: entries.length });
      expect((await snapshotOf(`reports/${reportId}`)).get('status')).toBe('withdrawn');
      console.log(
        `contention: ${outcomes.filter((o) => o.ok).length} applied, ` +
          `${outcomes.filter((o) => !o.ok).length} refused (${[...new Set(outcomes.flatMap((o) => (o.ok ? [] : [String(o.code)])))].join(', ')})`,
      );
    }));
});
