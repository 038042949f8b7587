/**
 * The iCalendar identity of a meeting's invitation. Calendars match an update to the event
 * they hold by UID and take the one with the higher SEQUENCE, so the UID is derived from the
 * meeting id once and kept, and SEQUENCE rises by one with every change sent, cancellation
 * included (RFC 5545 §3.8.7.4, RFC 5546 §2.1.4).
 */
export interface CalendarIdentity {
  uid: string;
  sequence: number;
}

/** `meeting-{id}@{host}`: unique across calendars, stable for the meeting's life. */
export function calendarUid(meetingId: string, host: string): string {
  return `meeting-${meetingId}@${host}`;
}

export function firstCalendarIdentity(meetingId: string, host: string): CalendarIdentity {
  return { uid: calendarUid(meetingId, host), sequence: 0 };
}

export function nextCalendarIdentity(identity: CalendarIdentity): CalendarIdentity {
  return { uid: identity.uid, sequence: identity.sequence + 1 };
}

/** The parts of a plan an invitation shows: a change to any of them is sent to the members. */
export interface InvitationFacts {
  title: string;
  startsAtMillis: number;
  durationMinutes: number;
  place?: string | undefined;
  onlineLink?: string | undefined;
  agendaTitles: readonly string[];
}

export function invitationChanged(before: InvitationFacts, after: InvitationFacts): boolean {
  return (
    before.title !== after.title ||
    before.startsAtMillis !== after.startsAtMillis ||
    before.durationMinutes !== after.durationMinutes ||
    (before.place ?? '') !== (after.place ?? '') ||
    (before.onlineLink ?? '') !== (after.onlineLink ?? '') ||
    before.agendaTitles.join('\n') !== after.agendaTitles.join('\n')
  );
}
