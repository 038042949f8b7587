import '../validation.js';
import { describe, expect, it } from 'vitest';
import { publicationSchema } from './publication.schema.js';

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
    },
  ],
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
  it('accepts a redacted publication that cites registration numbers, codes and dates', () => {
    expect(issuesOf(PUBLICATION)).toEqual([]);
  });

  it('is strict: a field beyond the public shape is refused', () => {
    expect(issuesOf({ ...PUBLICATION, orgContactEmail: 'x' })).toEqual([
      { path: '', message: 'Нерозпізнаний ключ: "orgContactEmail"' },
    ]);
  });

  it('is strict inside texts, attachments and retraction notes too', () => {
    expect(
      issuesOf({ ...PUBLICATION, title: { ...PUBLICATION.title, de: 'Zugang' } }),
    ).toHaveLength(1);
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

  it('accepts a retraction with a note', () => {
    const retraction = { note: { uk: 'Відкликано на прохання організації' }, at: new Date() };
    expect(issuesOf({ ...PUBLICATION, status: 'retracted', retraction })).toEqual([]);
  });

  it('refuses text containing an email address', () => {
    const body = { uk: `${PUBLICATION.body.uk} Контакт потерпілої: maria.k@example.com.` };
    expect(issuesOf({ ...PUBLICATION, body })).toEqual([
      {
        path: 'body.uk',
        message: 'Публічний текст містить персональні дані: адреса електронної пошти',
      },
    ]);
  });

  it('refuses a phone number in the English text as well', () => {
    const summary = {
      ...PUBLICATION.summary,
      en: 'The family can be reached at +380 67 123 45 67.',
    };
    expect(issuesOf({ ...PUBLICATION, summary })).toEqual([
      { path: 'summary.en', message: 'Публічний текст містить персональні дані: номер телефону' },
    ]);
  });

  it('refuses an empty Ukrainian title', () => {
    expect(issuesOf({ ...PUBLICATION, title: { uk: '' } }).map((i) => i.path)).toEqual([
      'title.uk',
    ]);
  });

  it('serves attachments only from this site’s own paths', () => {
    const attachment = {
      ...PUBLICATION.attachments[0]!,
      url: 'https://storage.example.com/reports/r1/a1.pdf',
    };
    expect(issuesOf({ ...PUBLICATION, attachments: [attachment] }).map((i) => i.path)).toEqual([
      'attachments.0.url',
    ]);
  });

  it('holds only published or retracted records', () => {
    expect(issuesOf({ ...PUBLICATION, status: 'draft' }).map((i) => i.path)).toEqual(['status']);
  });
});
