import { createEvent, type EventAttributes } from 'ics';
import type { Language } from '../catalogues/catalogue.js';
import { kyivClock } from '../kyiv-time.js';
import { formatDate } from '../mail/render.js';
import type { CalendarIdentity } from './meeting-calendar.js';

/**
 * The iCalendar invitation to a council meeting (built with the `ics` package), one per
 * recipient: in their language, naming them alone as the attendee, so no member sees another's
 * address. METHOD:REQUEST invites or updates (same UID, higher SEQUENCE); METHOD:CANCEL with
 * STATUS:CANCELLED withdraws it.
 *
 * Times are written in UTC (`DTSTART:20260715T070000Z`). `ics` cannot write a TZID with a
 * VTIMEZONE block, and a floating local time would be wrong for a member abroad; a UTC time is
 * understood by every calendar, which shows it in the reader's own zone. Kyiv's daylight saving
 * is applied when the meeting's Kyiv date and time become an instant (kyiv-time.ts,
 * kyivInstant), and the description says the time «за київським часом» for people who read it.
 */
export interface MeetingInvitation {
  method: 'REQUEST' | 'CANCEL';
  calendar: CalendarIdentity;
  language: Language;
  title: string;
  councilName: string;
  startsAt: Date;
  durationMinutes: number;
  place?: string | undefined;
  onlineLink?: string | undefined;
  agendaTitles: readonly string[];
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** The meeting's page in the web client. */
  link: string;
  /** When this version of the invitation was made (DTSTAMP). */
  issuedAt: Date;
  cancelReason?: string | undefined;
}

const TEXTS = {
  uk: {
    when: (date: string, time: string) => `${date}, ${time} (за київським часом)`,
    start: 'Початок',
    place: 'Місце',
    online: 'Онлайн',
    agenda: 'Порядок денний',
    more: 'Докладніше',
    cancelled: 'Засідання скасовано.',
    reason: 'Причина',
    cancelledTitle: 'СКАСОВАНО',
  },
  en: {
    when: (date: string, time: string) => `${date}, ${time} (Kyiv time)`,
    start: 'Starts',
    place: 'Place',
    online: 'Online',
    agenda: 'Agenda',
    more: 'Details',
    cancelled: 'The meeting is cancelled.',
    reason: 'Reason',
    cancelledTitle: 'CANCELLED',
  },
} as const;

function description(invitation: MeetingInvitation): string {
  const t = TEXTS[invitation.language];
  const when = t.when(
    formatDate(invitation.startsAt.toISOString(), invitation.language),
    kyivClock(invitation.startsAt),
  );
  return [
    ...(invitation.method === 'CANCEL'
      ? [
          t.cancelled,
          ...(invitation.cancelReason ? [`${t.reason}: ${invitation.cancelReason}`] : []),
          '',
        ]
      : []),
    invitation.councilName,
    `${t.start}: ${when}`,
    ...(invitation.place ? [`${t.place}: ${invitation.place}`] : []),
    ...(invitation.onlineLink ? [`${t.online}: ${invitation.onlineLink}`] : []),
    '',
    `${t.agenda}:`,
    ...invitation.agendaTitles.map((title, index) => `${index + 1}. ${title}`),
    '',
    `${t.more}: ${invitation.link}`,
  ].join('\n');
}

/** Folds content lines at 75 octets (RFC 5545 §3.1), never inside a character. */
export function foldLines(ics: string): string {
  const encoder = new TextEncoder();
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      let limit = 75;
      for (const char of line) {
        const size = encoder.encode(char).length;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
          limit = 74; // the leading space of a continuation line counts
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** The invitation as the text of a `.ics` file (`text/calendar; method=REQUEST|CANCEL`). */
export function meetingInvitationIcs(invitation: MeetingInvitation): string {
  const cancel = invitation.method === 'CANCEL';
  const title = cancel
    ? `${TEXTS[invitation.language].cancelledTitle}: ${invitation.title}`
    : invitation.title;
  const start = invitation.startsAt.getTime();
  const attributes: EventAttributes & { timestamp: number } = {
    productId: '-//Spilno//Council meetings//UK',
    method: invitation.method,
    uid: invitation.calendar.uid,
    sequence: invitation.calendar.sequence,
    timestamp: invitation.issuedAt.getTime(),
    title,
    description: description(invitation),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: start + invitation.durationMinutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    status: cancel ? 'CANCELLED' : 'CONFIRMED',
    organizer: invitation.organizer,
    // ROLE and PARTSTAT are left to their defaults (REQ-PARTICIPANT, NEEDS-ACTION): `ics`
    // would quote them, which RFC 5545 does not allow for these enumerated values.
    attendees: [{ ...invitation.attendee, rsvp: !cancel }],
    ...(invitation.place || invitation.onlineLink
      ? { location: invitation.place ?? invitation.onlineLink }
      : {}),
    ...(invitation.onlineLink ? { url: invitation.onlineLink } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value)
    throw new Error(`The meeting invitation could not be written: ${error?.message}`);
  return foldLines(value);
}
