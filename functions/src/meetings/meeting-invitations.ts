import type { Transaction } from 'firebase-admin/firestore';
import { membersOn } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import type { CalendarIdentity } from '../domain/meetings/meeting-calendar.js';
import { meetingInvitationIcs } from '../domain/meetings/meeting-invitation.js';
import type { Meeting } from '../domain/schemas/meeting.schema.js';
import { webBaseUrl } from '../mail/mail-config.js';
import { readRecipients, writeNotices, type Recipient } from '../notifications/notify.js';
import { periodsOf, type CouncilState } from '../councils/council-store.js';
import { agendaTitle, asDate, calendarOrganizer, meetingLink } from './meeting-store.js';

/**
 * The council's members on the meeting's day, as recipients, with the names their
 * invitations give them. Read before the transaction writes anything.
 */
export async function readInvitees(tx: Transaction, council: CouncilState, startsAt: Date) {
  const uids = membersOn(periodsOf(council), council.id, kyivDate(startsAt));
  const names = new Map(
    council.memberships.map(({ membership: m }) => [m.uid, m.displayName] as const),
  );
  return { recipients: await readRecipients(tx, uids), names };
}

export type Invitees = Awaited<ReturnType<typeof readInvitees>>;

type PlanMail = 'meeting.scheduled' | 'meeting.changed' | 'meeting.cancelled';

/**
 * Mails each member the plan (or its cancellation) in their language, with their own calendar
 * invitation: REQUEST for a new or changed plan, CANCEL for a cancellation; the UID is the
 * meeting's, the SEQUENCE the one given.
 */
export function sendInvitations(
  tx: Transaction,
  meetingId: string,
  meeting: Meeting,
  calendar: CalendarIdentity,
  invitees: Invitees,
  mail: PlanMail,
  except: string,
): void {
  const startsAt = asDate(meeting.startsAt);
  const agenda = meeting.agenda.map(agendaTitle);
  const link = new URL(meetingLink(meetingId), webBaseUrl.value()).toString();
  const method = mail === 'meeting.cancelled' ? 'CANCEL' : 'REQUEST';
  const invitation = (recipient: Recipient) =>
    ({
      method,
      filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
      content: meetingInvitationIcs({
        method,
        calendar,
        language: recipient.language,
        title: meeting.title,
        councilName:
          recipient.language === 'en'
            ? (meeting.councilName.en ?? meeting.councilName.uk)
            : meeting.councilName.uk,
        startsAt,
        durationMinutes: meeting.durationMinutes,
        place: meeting.place,
        onlineLink: meeting.onlineLink,
        agendaTitles: agenda,
        organizer: calendarOrganizer(),
        attendee: {
          name: invitees.names.get(recipient.uid) ?? recipient.email,
          email: recipient.email,
        },
        link,
        issuedAt: new Date(),
        cancelReason: meeting.cancelReason,
      }),
    }) as const;
  const recipients = invitees.recipients.filter((r) => r.uid !== except);
  const base = {
    meetingId,
    title: meeting.title,
    councilName: meeting.councilName.uk,
    startsAt: startsAt.toISOString(),
  };
  const event = `${mail}:${meetingId}:${calendar.sequence}`;
  if (mail === 'meeting.cancelled') {
    writeNotices(tx, recipients, {
      event,
      template: mail,
      data: { ...base, ...(meeting.cancelReason ? { reason: meeting.cancelReason } : {}) },
      link: meetingLink(meetingId),
      calendar: invitation,
    });
    return;
  }
  writeNotices(tx, recipients, {
    event,
    template: mail,
    data: {
      ...base,
      ...(meeting.place ? { place: meeting.place } : {}),
      ...(meeting.onlineLink ? { onlineLink: meeting.onlineLink } : {}),
      agenda,
    },
    link: meetingLink(meetingId),
    calendar: invitation,
  });
}
