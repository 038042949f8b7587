import { describe, expect, it } from 'vitest';
import { renderWith } from '../template.js';
import {
  describeTemplateSuite,
  HOSTILE,
  WEB_BASE_URL,
  type Sample,
} from '../template-suite.test-support.js';
import { COUNCIL_TEMPLATES } from './councils.js';
import { MEETING_TEMPLATES } from './meetings.js';

/** 10:00 in Kyiv on 15 July 2026 (summer time, UTC+3). */
const JULY_MEETING = '2026-07-15T07:00:00.000Z';
const JULY_READS = { uk: ['15 липня 2026 р., 10:00'], en: ['15 July 2026, 10:00'] };
const LINK = '/app/meetings/mtg-7Hq2';
const PLAN = {
  meetingId: 'mtg-7Hq2',
  title: 'Засідання Консультативної ради',
  councilName: 'Консультативна рада',
  startsAt: JULY_MEETING,
  place: 'м. Київ, вул. Інститутська, 21/8',
  agenda: ['ЗП-2026-000001 Тримання під вартою', HOSTILE],
};

const MEETING_SAMPLES: Record<keyof typeof MEETING_TEMPLATES, Sample<unknown>> = {
  'meeting.scheduled': { data: PLAN, link: LINK, dates: JULY_READS },
  'meeting.changed': {
    data: { ...PLAN, onlineLink: 'https://meet.example.org/advisory' },
    link: LINK,
    dates: JULY_READS,
  },
  'meeting.cancelled': {
    data: {
      meetingId: 'mtg-7Hq2',
      title: 'Засідання',
      councilName: 'Консультативна рада',
      startsAt: JULY_MEETING,
      reason: HOSTILE,
    },
    link: LINK,
    dates: JULY_READS,
  },
  'meeting.outcome': {
    data: {
      meetingId: 'mtg-7Hq2',
      title: 'Засідання',
      councilName: 'Консультативна рада',
      heldOn: '2026-07-15',
      quorate: true,
      items: [
        { title: HOSTILE, outcome: 'supported' },
        { title: 'Про план роботи', outcome: 'noted' },
      ],
    },
    link: LINK,
    dates: { uk: ['15 липня 2026 р.'], en: ['15 July 2026'] },
  },
};

const COUNCIL_SAMPLES: Record<keyof typeof COUNCIL_TEMPLATES, Sample<unknown>> = {
  'council.application_received': {
    data: {
      councilId: 'expert-children',
      councilName: 'Експертна рада з питань захисту прав дитини',
      applicantName: 'Марія Шевчук',
      orgName: 'ГО «Львівська правозахисна група»',
      motivation: HOSTILE,
    },
    link: '/app/councils/expert-children/applications',
  },
  'council.application_accepted': {
    data: { councilId: 'expert-children', councilName: HOSTILE, from: '2026-12-31' },
    link: '/app/councils/expert-children',
    dates: { uk: ['31 грудня 2026 р.'], en: ['31 December 2026'] },
  },
  'council.application_declined': {
    data: { councilId: 'expert-children', councilName: 'Експертна рада', reason: HOSTILE },
    link: '/app/councils/expert-children',
  },
};

describeTemplateSuite('templates/meetings.ts', MEETING_TEMPLATES, MEETING_SAMPLES);
describeTemplateSuite('templates/councils.ts', COUNCIL_TEMPLATES, COUNCIL_SAMPLES);

describe('meeting emails', () => {
  it('give the time in Kyiv, winter or summer, and the agenda in order', () => {
    const december = renderWith(
      MEETING_TEMPLATES['meeting.scheduled'],
      { ...PLAN, startsAt: '2026-12-09T08:00:00.000Z' },
      'uk',
      WEB_BASE_URL,
    );
    expect(december.text).toContain('Коли: 9 грудня 2026 р., 10:00 (за київським часом)');
    expect(december.text).toContain(
      'Порядок денний:\n\n1. ЗП-2026-000001 Тримання під вартою\n\n2. ',
    );
  });

  it('keep the online link out of the mail: it is in the calendar invitation and the app', () => {
    const mail = renderWith(
      MEETING_TEMPLATES['meeting.changed'],
      MEETING_SAMPLES['meeting.changed'].data,
      'uk',
      WEB_BASE_URL,
    );
    expect(mail.text).not.toContain('meet.example.org');
    expect(mail.text).toContain(
      'Онлайн: посилання — у запрошенні для календаря і на сторінці засідання',
    );
  });

  it('list each item’s outcome by its label, and say whether the meeting was quorate', () => {
    const data = { ...(MEETING_SAMPLES['meeting.outcome'].data as object), quorate: false };
    const en = renderWith(MEETING_TEMPLATES['meeting.outcome'], data, 'en', WEB_BASE_URL).text;
    expect(en).toContain('The meeting was not quorate.');
    expect(en).toContain('2. Про план роботи — Noted');
  });
});
