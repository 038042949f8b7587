import { describe, expect, it } from 'vitest';
import { kyivInstant } from '../kyiv-time.js';
import {
  firstCalendarIdentity,
  invitationChanged,
  nextCalendarIdentity,
} from './meeting-calendar.js';
import { foldLines, meetingInvitationIcs, type MeetingInvitation } from './meeting-invitation.js';

const base = (overrides: Partial<MeetingInvitation> = {}): MeetingInvitation => ({
  method: 'REQUEST',
  calendar: firstCalendarIdentity('mtg-7Hq2', 'spilno.example.org'),
  language: 'uk',
  title: 'Засідання Консультативної ради',
  councilName: 'Консультативна рада при Уповноваженому Верховної Ради України з прав людини',
  startsAt: kyivInstant('2026-07-15', '10:00'),
  durationMinutes: 120,
  place: 'м. Київ, вул. Інститутська, 21/8, зала 3',
  agendaTitles: [
    'ЗП-2026-000001 Обґрунтованість тримання під вартою',
    'Про план роботи на ІІ півріччя',
  ],
  organizer: { name: 'Секретаріат Уповноваженого', email: 'secretariat@spilno.example.org' },
  attendee: { name: 'Олена Коваль', email: 'olena@example.org' },
  link: 'https://spilno.example.org/app/meetings/mtg-7Hq2',
  issuedAt: new Date('2026-07-01T08:00:00Z'),
  ...overrides,
});

/** The content lines, unfolded (RFC 5545 §3.1), as a calendar reads them. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const property = (ics: string, name: string) =>
  lines(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
/** A property's value with the iCalendar text escapes undone. */
const value = (ics: string, name: string) =>
  property(ics, name)[0]!
    .replace(/^[^:]*:/, '')
    .replace(/\\n/g, '\n')
    .replace(/\\([,;\\])/g, '$1');

describe('meeting invitation (iCalendar)', () => {
  it('invites with METHOD:REQUEST, a stable UID and SEQUENCE 0', () => {
    const ics = meetingInvitationIcs(base());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(property(ics, 'METHOD')).toEqual(['METHOD:REQUEST']);
    expect(property(ics, 'UID')).toEqual(['UID:meeting-mtg-7Hq2@spilno.example.org']);
    expect(property(ics, 'SEQUENCE')).toEqual(['SEQUENCE:0']);
    expect(property(ics, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
    expect(property(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20260701T080000Z']);
  });

  it('writes a July meeting at 10:00 Kyiv summer time as 07:00 UTC, and ends it two hours later', () => {
    const ics = meetingInvitationIcs(base());
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART:20260715T070000Z']);
    expect(property(ics, 'DTEND')).toEqual(['DTEND:20260715T090000Z']);
    expect(value(ics, 'DESCRIPTION')).toContain(
      'Початок: 15 липня 2026 р., 10:00 (за київським часом)',
    );
  });

  it('writes a December meeting at 10:00 Kyiv winter time as 08:00 UTC', () => {
    const ics = meetingInvitationIcs(
      base({ startsAt: kyivInstant('2026-12-09', '10:00'), durationMinutes: 90 }),
    );
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART:20261209T080000Z']);
    expect(property(ics, 'DTEND')).toEqual(['DTEND:20261209T093000Z']);
    expect(value(ics, 'DESCRIPTION')).toContain('9 грудня 2026 р., 10:00 (за київським часом)');
  });

  it('names the organiser and the one recipient, asking for an answer', () => {
    const ics = meetingInvitationIcs(base());
    expect(property(ics, 'ORGANIZER')).toEqual([
      'ORGANIZER;CN="Секретаріат Уповноваженого":MAILTO:secretariat@spilno.example.org',
    ]);
    expect(property(ics, 'ATTENDEE')).toEqual([
      'ATTENDEE;RSVP=TRUE;CN="Олена Коваль":mailto:olena@example.org',
    ]);
    // Enumerated parameters are never quoted (RFC 5545 §3.2 grammar for ROLE, PARTSTAT).
    expect(ics).not.toMatch(/(ROLE|PARTSTAT|CUTYPE)="/);
  });

  it('gives the place, or the online link as the location and the URL', () => {
    expect(value(meetingInvitationIcs(base()), 'LOCATION')).toBe(
      'м. Київ, вул. Інститутська, 21/8, зала 3',
    );
    const online = meetingInvitationIcs(
      base({ place: undefined, onlineLink: 'https://meet.example.org/advisory-7' }),
    );
    expect(value(online, 'LOCATION')).toBe('https://meet.example.org/advisory-7');
    expect(property(online, 'URL')).toEqual(['URL:https://meet.example.org/advisory-7']);
  });

  it('lists the agenda and the link in the recipient’s language', () => {
    const uk = value(meetingInvitationIcs(base()), 'DESCRIPTION');
    expect(uk).toContain(
      'Порядок денний:\n1. ЗП-2026-000001 Обґрунтованість тримання під вартою\n2. Про план роботи на ІІ півріччя',
    );
    expect(uk).toContain('Докладніше: https://spilno.example.org/app/meetings/mtg-7Hq2');
    const en = value(
      meetingInvitationIcs(
        base({
          language: 'en',
          title: 'Advisory Council meeting',
          councilName: 'Advisory Council',
        }),
      ),
      'DESCRIPTION',
    );
    expect(en).toContain('Starts: 15 July 2026, 10:00 (Kyiv time)');
    expect(en).toContain('Agenda:\n1.');
    expect(en).not.toMatch(/Порядок|Початок/);
  });

  it('re-sends a change under the same UID with a higher SEQUENCE', () => {
    const first = firstCalendarIdentity('mtg-7Hq2', 'spilno.example.org');
    const changed = nextCalendarIdentity(first);
    const ics = meetingInvitationIcs(
      base({ calendar: changed, startsAt: kyivInstant('2026-07-16', '11:30') }),
    );
    expect(property(ics, 'UID')).toEqual(['UID:meeting-mtg-7Hq2@spilno.example.org']);
    expect(property(ics, 'SEQUENCE')).toEqual(['SEQUENCE:1']);
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART:20260716T083000Z']);
    expect(nextCalendarIdentity(changed).sequence).toBe(2);
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher SEQUENCE', () => {
    const ics = meetingInvitationIcs(
      base({
        method: 'CANCEL',
        calendar: { uid: 'meeting-mtg-7Hq2@spilno.example.org', sequence: 2 },
        cancelReason: 'Перенесено на вересень',
      }),
    );
    expect(property(ics, 'METHOD')).toEqual(['METHOD:CANCEL']);
    expect(property(ics, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    expect(property(ics, 'UID')).toEqual(['UID:meeting-mtg-7Hq2@spilno.example.org']);
    expect(property(ics, 'SEQUENCE')).toEqual(['SEQUENCE:2']);
    expect(value(ics, 'SUMMARY')).toBe('СКАСОВАНО: Засідання Консультативної ради');
    expect(value(ics, 'DESCRIPTION')).toMatch(
      /^Засідання скасовано\.\nПричина: Перенесено на вересень\n/,
    );
    expect(property(ics, 'ATTENDEE')[0]).toContain('RSVP=FALSE');
  });

  it('escapes commas and semicolons in texts and keeps every line within 75 octets', () => {
    const ics = meetingInvitationIcs(base({ title: 'Засідання; питання 1, 2' }));
    expect(property(ics, 'SUMMARY')).toEqual(['SUMMARY:Засідання\\; питання 1\\, 2']);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n'))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n '); // the long Cyrillic description is folded
  });
});

describe('foldLines', () => {
  it('folds by octets without splitting a character, and unfolds to the same text', () => {
    const long = `DESCRIPTION:${'ї'.repeat(100)}`;
    const folded = foldLines(`${long}\r\n`);
    const encoder = new TextEncoder();
    for (const line of folded.split('\r\n'))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`${long}\r\n`);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('invitationChanged', () => {
  const facts = {
    title: 'Засідання',
    startsAtMillis: 1,
    durationMinutes: 120,
    place: 'Київ',
    agendaTitles: ['Питання 1'],
  };

  it('sees a change of time, place, link or agenda, and nothing else', () => {
    expect(invitationChanged(facts, { ...facts })).toBe(false);
    expect(invitationChanged(facts, { ...facts, startsAtMillis: 2 })).toBe(true);
    expect(invitationChanged(facts, { ...facts, place: undefined, onlineLink: 'https://x' })).toBe(
      true,
    );
    expect(invitationChanged(facts, { ...facts, agendaTitles: ['Питання 1', 'Питання 2'] })).toBe(
      true,
    );
    expect(invitationChanged({ ...facts, place: undefined }, { ...facts, place: '' })).toBe(false);
  });
});
