import { z } from 'zod';
import { PUBLICATION_KINDS } from '../../schemas/publication.schema.js';
import { both, FOOTER, template, type Template } from '../template.js';

/**
 * Emails about publications: each step told to the NGO concerned (a publication prepared from
 * its report or note, sent for approval, approved, returned, published, retracted), and to the
 * Secretariat what needs them (a note received, a draft awaiting the Commissioner, a draft
 * returned or not published). The NGO never reads a draft: its mail names the publication by
 * its title and leads to the report, or to the public page once it is published.
 */
export const PUBLICATION_STEPS = [
  'prepared',
  'submitted',
  'approved',
  'returned',
  'published',
  'retracted',
] as const;
export const PUBLICATION_DESK_STEPS = [
  'note_received',
  'awaiting_approval',
  'returned',
  'publish_failed',
] as const;

const KIND = {
  report_outcome: { uk: 'підсумок звернення', en: 'a report’s outcome' },
  proposal: { uk: 'пропозиція та її доля', en: 'a proposal and its fate' },
  meeting_minutes: { uk: 'протокол засідання', en: 'a meeting’s minutes' },
  ngo_activity: { uk: 'діяльність громадської організації', en: 'an NGO’s work' },
} as const;

const STEP = {
  prepared: {
    subject: { uk: 'Готується публікація', en: 'A publication is being prepared' },
    text: {
      uk: 'Секретаріат Уповноваженого готує публікацію про вашу роботу. Перед оприлюдненням з тексту приберуть усі персональні дані, а затвердить його Уповноважений.',
      en: 'The Commissioner’s Secretariat is preparing a publication about your work. All personal data is removed from the text before it is published, and the Commissioner approves it.',
    },
  },
  submitted: {
    subject: { uk: 'Публікацію подано на затвердження', en: 'Publication sent for approval' },
    text: {
      uk: 'Текст підготовлено й передано Уповноваженому на затвердження.',
      en: 'The text is ready and has been sent to the Commissioner for approval.',
    },
  },
  approved: {
    subject: { uk: 'Публікацію затверджено', en: 'Publication approved' },
    text: {
      uk: 'Уповноважений затвердив публікацію. Її буде оприлюднено на сайті найближчим часом.',
      en: 'The Commissioner approved the publication. It will appear on the website shortly.',
    },
  },
  returned: {
    subject: {
      uk: 'Публікацію повернуто на доопрацювання',
      en: 'Publication returned for changes',
    },
    text: {
      uk: 'Уповноважений повернув текст Секретаріату на доопрацювання.',
      en: 'The Commissioner returned the text to the Secretariat for changes.',
    },
  },
  published: {
    subject: { uk: 'Публікацію оприлюднено', en: 'Publication published' },
    text: {
      uk: 'Публікацію оприлюднено на сайті. Вона не містить персональних даних.',
      en: 'The publication is on the website. It holds no personal data.',
    },
  },
  retracted: {
    subject: { uk: 'Публікацію відкликано', en: 'Publication retracted' },
    text: {
      uk: 'Публікацію прибрано зі списків сайту; на її сторінці лишається примітка про відкликання.',
      en: 'The publication was taken off the website’s lists; its page keeps a note of the retraction.',
    },
  },
} as const;

const DESK = {
  note_received: {
    subject: { uk: 'Нова замітка від громадської організації', en: 'A new note from an NGO' },
    text: {
      uk: 'Громадська організація надіслала замітку про свою діяльність. Відредагуйте її й перевірте на персональні дані перед поданням на затвердження.',
      en: 'An NGO sent a note about its work. Edit it and check it for personal data before sending it for approval.',
    },
  },
  awaiting_approval: {
    subject: { uk: 'Публікація чекає на затвердження', en: 'A publication awaits approval' },
    text: {
      uk: 'Секретаріат підготував публікацію. Затвердьте її або поверніть з коментарем.',
      en: 'The Secretariat prepared a publication. Approve it, or return it with a comment.',
    },
  },
  returned: {
    subject: { uk: 'Публікацію повернуто', en: 'Publication returned' },
    text: {
      uk: 'Уповноважений повернув публікацію на доопрацювання.',
      en: 'The Commissioner returned the publication for changes.',
    },
  },
  publish_failed: {
    subject: { uk: 'Публікацію не оприлюднено', en: 'Publication not published' },
    text: {
      uk: 'Затверджену публікацію не вдалося оприлюднити, і вона повернулася в чернетки. Причину вказано в редакторі.',
      en: 'The approved publication could not be published and is back among the drafts. The editor shows why.',
    },
  },
} as const;

export const PUBLICATION_TEMPLATES = {
  'publication.progress': template({
    data: z.object({
      step: z.enum(PUBLICATION_STEPS),
      kind: z.enum(PUBLICATION_KINDS),
      title: z.string(),
      /** Where the button leads: the report, the organisation's page or the public record. */
      path: z.string().startsWith('/'),
    }),
    content: (d, { language: l, link }) => ({
      subject: `${STEP[d.step].subject[l]}: ${d.title}`,
      heading: STEP[d.step].subject[l],
      paragraphs: [STEP[d.step].text[l]],
      facts: [
        [both(l, 'Публікація', 'Publication'), d.title],
        [both(l, 'Що це', 'What it is'), KIND[d.kind][l]],
      ],
      action: {
        label:
          d.step === 'published'
            ? both(l, 'Переглянути публікацію', 'View the publication')
            : both(l, 'Відкрити', 'Open'),
        url: link(d.path),
      },
      footer: FOOTER[l],
    }),
  }),

  'publication.desk': template({
    data: z.object({
      step: z.enum(PUBLICATION_DESK_STEPS),
      publicationId: z.string(),
      kind: z.enum(PUBLICATION_KINDS),
      title: z.string(),
      comment: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: `${DESK[d.step].subject[l]}: ${d.title}`,
      heading: DESK[d.step].subject[l],
      paragraphs: [DESK[d.step].text[l], ...(d.comment ? [d.comment] : [])],
      facts: [
        [both(l, 'Публікація', 'Publication'), d.title],
        [both(l, 'Що це', 'What it is'), KIND[d.kind][l]],
      ],
      action: {
        label: both(l, 'Відкрити в редакторі', 'Open in the editor'),
        url: link(`/app/publications/${d.publicationId}`),
      },
      footer: FOOTER[l],
    }),
  }),
} satisfies Record<string, Template<z.ZodType>>;
