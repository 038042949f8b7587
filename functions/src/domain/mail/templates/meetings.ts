import { z } from 'zod';
import type { Language } from '../../catalogues/catalogue.js';
import type { MailContent } from '../render.js';
import { AGENDA_OUTCOME_LABELS, AGENDA_OUTCOMES } from '../../meetings/agenda-outcomes.js';
import { formatDate, formatDateTime } from '../render.js';
import { both, FOOTER, template, type Template } from '../template.js';

/**
 * Emails to a council's members about its meetings, each in their language. The plan's mails
 * go with the iCalendar invitation (meetings/meeting-invitation.ts) as a `text/calendar` part:
 * REQUEST for «scheduled» and «changed», CANCEL for «cancelled».
 */
const plan = z.object({
  meetingId: z.string(),
  title: z.string(),
  councilName: z.string(),
  startsAt: z.string(),
  place: z.string().optional(),
  onlineLink: z.string().optional(),
  agenda: z.array(z.string()).min(1),
});
type Plan = z.infer<typeof plan>;

const meetingPath = (meetingId: string) => `/app/meetings/${meetingId}`;

function planFacts(l: Language, d: Plan): [string, string][] {
  return [
    [both(l, 'Рада', 'Council'), d.councilName],
    [
      both(l, 'Коли', 'When'),
      `${formatDateTime(d.startsAt, l)} ${both(l, '(за київським часом)', '(Kyiv time)')}`,
    ],
    ...(d.place ? [[both(l, 'Місце', 'Place'), d.place] as [string, string]] : []),
    // Mails link only into the web client; the online link is in the calendar invitation
    // and on the meeting's page, where the member is signed in.
    ...(d.onlineLink
      ? [
          [
            both(l, 'Онлайн', 'Online'),
            both(
              l,
              'посилання — у запрошенні для календаря і на сторінці засідання',
              'the link is in the calendar invitation and on the meeting’s page',
            ),
          ] as [string, string],
        ]
      : []),
  ];
}

function planMail(
  l: Language,
  d: Plan,
  url: string,
  subject: string,
  heading: string,
  lead: string,
): MailContent {
  return {
    subject,
    heading,
    paragraphs: [
      lead,
      both(l, 'Порядок денний:', 'Agenda:'),
      ...d.agenda.map((item, i) => `${i + 1}. ${item}`),
    ],
    facts: planFacts(l, d),
    action: { label: both(l, 'Відкрити засідання', 'Open the meeting'), url },
    footer: FOOTER[l],
  };
}

export const MEETING_TEMPLATES = {
  'meeting.scheduled': template({
    data: plan,
    content: (d, { language: l, link }) =>
      planMail(
        l,
        d,
        link(meetingPath(d.meetingId)),
        both(
          l,
          `Засідання: ${d.title}, ${formatDate(d.startsAt, l)}`,
          `Meeting: ${d.title}, ${formatDate(d.startsAt, l)}`,
        ),
        both(l, 'Вас запрошено на засідання ради', 'You are invited to a council meeting'),
        both(
          l,
          'Запрошення для календаря додано до листа: прийміть його, щоб засідання з’явилося у вашому календарі.',
          'A calendar invitation is attached: accept it to put the meeting in your calendar.',
        ),
      ),
  }),

  'meeting.changed': template({
    data: plan,
    content: (d, { language: l, link }) =>
      planMail(
        l,
        d,
        link(meetingPath(d.meetingId)),
        both(
          l,
          `Змінено: ${d.title}, ${formatDate(d.startsAt, l)}`,
          `Changed: ${d.title}, ${formatDate(d.startsAt, l)}`,
        ),
        both(l, 'План засідання змінено', 'The meeting’s plan has changed'),
        both(
          l,
          'Оновлене запрошення для календаря додано до листа: воно замінить попереднє.',
          'The updated calendar invitation is attached: it replaces the previous one.',
        ),
      ),
  }),

  'meeting.cancelled': template({
    data: z.object({
      meetingId: z.string(),
      title: z.string(),
      councilName: z.string(),
      startsAt: z.string(),
      reason: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Скасовано: ${d.title}, ${formatDate(d.startsAt, l)}`,
        `Cancelled: ${d.title}, ${formatDate(d.startsAt, l)}`,
      ),
      heading: both(l, 'Засідання скасовано', 'The meeting is cancelled'),
      paragraphs: [
        ...(d.reason ? [d.reason] : []),
        both(
          l,
          'Календар вилучить засідання, щойно ви відкриєте цей лист.',
          'Your calendar removes the meeting when you open this email.',
        ),
      ],
      facts: [
        [both(l, 'Рада', 'Council'), d.councilName],
        [both(l, 'Мало відбутися', 'Was planned for'), formatDateTime(d.startsAt, l)],
      ],
      action: {
        label: both(l, 'Відкрити засідання', 'Open the meeting'),
        url: link(meetingPath(d.meetingId)),
      },
      footer: FOOTER[l],
    }),
  }),

  'meeting.outcome': template({
    data: z.object({
      meetingId: z.string(),
      title: z.string(),
      councilName: z.string(),
      heldOn: z.string(),
      quorate: z.boolean(),
      items: z.array(z.object({ title: z.string(), outcome: z.enum(AGENDA_OUTCOMES) })).min(1),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(l, `Підсумки засідання: ${d.title}`, `Outcome of the meeting: ${d.title}`),
      heading: both(l, 'Засідання відбулося', 'The meeting was held'),
      paragraphs: [
        d.quorate
          ? both(l, 'Кворум був.', 'The meeting was quorate.')
          : both(l, 'Кворуму не було.', 'The meeting was not quorate.'),
        both(l, 'Рішення щодо питань порядку денного:', 'Decisions on the agenda:'),
        ...d.items.map(
          (item, i) => `${i + 1}. ${item.title} — ${AGENDA_OUTCOME_LABELS[item.outcome][l]}`,
        ),
      ],
      facts: [
        [both(l, 'Рада', 'Council'), d.councilName],
        [both(l, 'Дата', 'Date'), formatDate(d.heldOn, l)],
      ],
      action: {
        label: both(l, 'Протокол і підсумки', 'Minutes and outcome'),
        url: link(meetingPath(d.meetingId)),
      },
      footer: FOOTER[l],
    }),
  }),
} satisfies Record<string, Template<z.ZodType>>;
