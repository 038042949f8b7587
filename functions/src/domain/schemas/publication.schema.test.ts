import '../validation.js';
import { describe, expect, it } from 'vitest';
import { publicationSchema, PUBLICATION_KINDS } from './publication.schema.js';

const PUBLICATION = {
  kind: 'report_outcome',
  title: {
    uk: 'Затриманому забезпечили доступ до адвоката',
    en: 'Detainee given access to a lawyer',
  },
  summary: { uk: 'Після подання Уповноваженого поліція виправила порушення.' },
  body: {
    uk:
      'За зверненням ГО-2026-000123, поданим громадською організацією (ЄДРПОУ 43005393) 10.03.2026, ' +
      'Уповноважений вніс подання до ГУНП у Львівській області. У 2026 році це вже третій такий випадок.',
  },
  regionCodes: ['UA-46'],
  areas: ['restoration'],
  rights: ['liberty', 'fair_trial'],
  year: 2026,
  sourceNumber: 'ГО-2026-000123',
  attachments: [
    {
      name: 'podannia.pdf',
      url: '/public/publications/p1/podannia.pdf',
      contentType: 'application/pdf',
      size: 120_345,
      sha256: 'a'.repeat(64),
    },
  ],
  searchKeys: ['region:UA-46', 'затриман', 'адвокат'],
  status: 'published',
  publishedAt: new Date('2026-04-20T09:00:00Z'),
  updatedAt: new Date('2026-04-20T09:00:00Z'),
};

function issuesOf(input: unknown) {
  const result = publicationSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('public publication record', () => {
  it('knows the four kinds of publication', () => {
    expect(PUBLICATION_KINDS).toEqual([
      'report_outcome',
      'proposal',
      'meeting_minutes',
      'ngo_activity',
    ]);
    expect(issuesOf({ ...PUBLICATION, kind: 'news' }).map((i) => i.path)).toEqual(['kind']);
  });

  it('accepts a redacted publication that cites registration numbers, codes and dates', () => {
    expect(issuesOf(PUBLICATION)).toEqual([]);
  });

  it.each(['orgContactEmail', 'createdBy', 'approvedBy', 'notPersonal', 'victims', 'orgId'])(
    'is strict: the field %s is refused',
    (field) => {
      expect(issuesOf({ ...PUBLICATION, [field]: 'x' })).toEqual([
        { path: '', message: `Нерозпізнаний ключ: "${field}"` },
      ]);
    },
  );

  it('is strict inside texts, attachments and retraction notes too', () => {
    expect(issuesOf({ ...PUBLICATION, title: { ...PUBLICATION.title, de: 'Zugang' } })).toEqual([
      { path: 'title', message: 'Нерозпізнаний ключ: "de"' },
    ]);
    const attachment = { ...PUBLICATION.attachments[0]!, storagePath: 'reports/r1/attachments/a1' };
    expect(issuesOf({ ...PUBLICATION, attachments: [attachment] })).toEqual([
      { path: 'attachments.0', message: 'Нерозпізнаний ключ: "storagePath"' },
    ]);
    const retraction = {
      note: { uk: 'Відкликано на прохання ГО' },
      at: new Date(),
      by: 'uid-staff',
    };
    expect(issuesOf({ ...PUBLICATION, status: 'retracted', retraction })).toEqual([
      { path: 'retraction', message: 'Нерозпізнаний ключ: "by"' },
    ]);
  });

  it('accepts a retraction with a note and its date, and only on a retracted record', () => {
    const retraction = { note: { uk: 'Відкликано на прохання організації' }, at: new Date() };
    expect(issuesOf({ ...PUBLICATION, status: 'retracted', retraction })).toEqual([]);
    expect(issuesOf({ ...PUBLICATION, status: 'retracted' }).map((i) => i.path)).toEqual([
      'retraction',
    ]);
    expect(issuesOf({ ...PUBLICATION, retraction }).map((i) => i.path)).toEqual(['retraction']);
  });

  it.each([
    [
      'a tax number',
      'РНОКПП потерпілого 3012345670.',
      'реєстраційний номер облікової картки платника податків',
    ],
    ['a passport', 'паспорт КВ 123456.', 'номер паспорта'],
    ['a card number', 'картка 4149 6090 1234 5678', 'номер банківської картки'],
  ])('refuses a text containing %s, whatever staff decided', (_what, sentence, label) => {
    const body = { uk: `${PUBLICATION.body.uk} ${sentence}` };
    expect(issuesOf({ ...PUBLICATION, body })).toEqual([
      { path: 'body.uk', message: `Публічний текст містить персональні дані: ${label}` },
    ]);
  });

  it('refuses a tax number in the English text as well', () => {
    const summary = { ...PUBLICATION.summary, en: 'Tax number 3012345670.' };
    expect(issuesOf({ ...PUBLICATION, summary }).map((i) => i.path)).toEqual(['summary.en']);
  });

  it('leaves phones and emails to the flag decisions: a public hotline can be published', () => {
    const body = {
      uk: `${PUBLICATION.body.uk} Гаряча лінія: 0 800 50 17 20, hotline@ombudsman.gov.ua.`,
    };
    expect(issuesOf({ ...PUBLICATION, body })).toEqual([]);
  });

  it('refuses an empty Ukrainian title', () => {
    expect(issuesOf({ ...PUBLICATION, title: { uk: '' } }).map((i) => i.path)).toEqual([
      'title.uk',
    ]);
  });

  it('serves attachments only from this site’s own paths, of the types it strips', () => {
    const elsewhere = { ...PUBLICATION.attachments[0]!, url: 'https://storage.example.com/a1.pdf' };
    expect(issuesOf({ ...PUBLICATION, attachments: [elsewhere] }).map((i) => i.path)).toEqual([
      'attachments.0.url',
    ]);
    const docx = {
      ...PUBLICATION.attachments[0]!,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    expect(issuesOf({ ...PUBLICATION, attachments: [docx] }).map((i) => i.path)).toEqual([
      'attachments.0.contentType',
    ]);
  });

  it('bounds the search keys', () => {
    const searchKeys = Array.from({ length: 1501 }, (_, i) => `k${i}`);
    expect(issuesOf({ ...PUBLICATION, searchKeys }).map((i) => i.path)).toEqual(['searchKeys']);
  });

  it('holds only published or retracted records', () => {
    expect(issuesOf({ ...PUBLICATION, status: 'draft' }).map((i) => i.path)).toEqual(['status']);
  });
});
