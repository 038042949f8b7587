/**
 * Fault points: named places in the multi-step handlers where a test makes the handler crash,
 * to prove that the retry completes the work and that nobody sees half of it meanwhile
 * (test/emulator/faults, docs/RESILIENCE.md).
 *
 * Nothing outside a test can arm one. The armed set lives only in this module's memory, and
 * only `armFault` fills it: a test calls it in its own process, then runs the handler there.
 * No request, document, setting or environment variable reaches it, so in every deployed
 * instance the set is empty and `faultPoint` is one lookup that returns.
 */
export const FAULT_POINTS = [
  // Inside the registration's transaction, after the number and the report are written.
  'reportRegistration.afterNumber',
  // After the registration's transaction committed, before the assignees' mail is sent inline.
  'reportRegistration.beforeInlineSend',
  // Inside the thread message's transaction, after its notices are written.
  'notifyReportMessage.afterNotices',
  // After the approved attachments are copied under `public/`, before the publishing transaction.
  'publishPublication.afterAttachments',
  // Inside the publishing transaction, after the public record is written.
  'publishPublication.afterRecord',
  // Before a mail is claimed: its sender died with the mail still untouched.
  'sendMail.beforeClaim',
  // After a mail is claimed (PROCESSING), before it is handed to SMTP.
  'sendMail.afterClaim',
  // After the deadline watch's first report is handled, before the next.
  'watchDeadlines.afterFirstReport',
  // After the daily digest's first mail is written, before the next.
  'dailyDigest.afterFirstMail',
] as const;

export type FaultPointName = (typeof FAULT_POINTS)[number];

/** What an armed fault point throws: recognisable, so a test tells it from a real failure. */
export class InjectedFault extends Error {
  constructor(readonly point: FaultPointName) {
    super(`Injected fault at ${point}`);
    this.name = 'InjectedFault';
  }
}

const armed = new Set<FaultPointName>();

/** Crashes here if a test armed this point; otherwise does nothing. */
export function faultPoint(name: FaultPointName): void {
  if (armed.has(name)) throw new InjectedFault(name);
}

/** Tests only: every pass through `name` throws until it is disarmed. */
export function armFault(name: FaultPointName): void {
  armed.add(name);
}

/** Tests only: no fault point throws any more. */
export function disarmFaults(): void {
  armed.clear();
}
