import '../validation.js';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../redaction.js';
import type { PublicationDraft } from '../schemas/publication.schema.js';
import { stemOf } from '../search/search-terms.js';
import { approvalCheck } from './publication-flags.js';
import { buildPublicRecord, retractPublicRecord, type PublicRecordInput } from './public-record.js';

const knownNames = ['Олена Коваль'];
const draft: PublicRecordInput['draft'] = {
  kind: 'report_outcome',
  title: { uk: 'Затриманій забезпечили доступ до адвоката', en: 'Detainee given a lawyer' },
  summary: { uk: 'Після подання Уповноваженого поліція усунула порушення.' },
  body: { uk: 'Олену Коваль затримали без адвоката. Гаряча лінія: 0 800 50 17 20.' },
  regionCodes: ['UA-46'],
  areas: ['restoration'],
  rights: ['liberty'],
  sourceNumber: 'ГО-2026-000123',
  notPersonal: [],
};
const publishedAt = new Date('2026-12-31T22:30:00Z'); // already 1 January 2027 in Kyiv
const base = {
  knownNames,
  consentToPublish: true,
  attachments: [],
  publishedAt,
  referenceYear: 2026,
};

function decided(text: string, written: string): PublicationDraft['notPersonal'][number] {
  const flag = findPersonalData(text, { knownNames, referenceYear: 2026 }).find(
    (f) => f.text === written,
  )!;
  return {
    field: 'body.uk',
    flagId: flag.id,
    kind: flag.kind,
    text: flag.text,
    scope: 'occurrence',
    reason: 'Публічна гаряча лінія',
    decidedBy: 'staff-1',
    decidedAt: '2026-12-30T10:00:00.000Z',
  };
}

describe('the public record of a draft', () => {
  it('is refused while a flag is open, naming how many', () => {
    const result = buildPublicRecord({ ...base, draft });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PUBLICATION.OPEN_PERSONAL_DATA_FLAGS');
    expect(result.error.message).toContain('— 2');
  });

  it('looks at the English texts too', () => {
    const check = approvalCheck(
      { ...draft, body: { uk: 'Текст без даних.', en: 'Write to olena@example.org' } },
      [],
      { knownNames },
    );
    expect(check.ok || check.error.code).toBe('PUBLICATION.OPEN_PERSONAL_DATA_FLAGS');
  });

  it('is built once every flag is redacted or marked not personal', () => {
    const body = { uk: '[приховано] затримали без адвоката. Гаряча лінія: 0 800 50 17 20.' };
    const notPersonal = [decided(body.uk, '0 800 50 17 20')];
    const result = buildPublicRecord({ ...base, draft: { ...draft, body, notPersonal } });
    if (!result.ok) throw new Error(result.error.message);
    const record = result.value;
    expect(record).toMatchObject({
      kind: 'report_outcome',
      title: draft.title,
      summary: { uk: draft.summary.uk },
      body,
      year: 2027,
      sourceNumber: 'ГО-2026-000123',
      status: 'published',
      publishedAt,
      updatedAt: publishedAt,
    });
    expect(Object.keys(record).sort()).toEqual(
      [
        'areas',
        'attachments',
        'body',
        'kind',
        'publishedAt',
        'regionCodes',
        'rights',
        'searchKeys',
        'sourceNumber',
        'status',
        'summary',
        'title',
        'updatedAt',
        'year',
      ].sort(),
    );
    expect(record.searchKeys).toEqual(
      expect.arrayContaining(['region:UA-46', 'right:liberty', stemOf('адвокатом'), '000123']),
    );
  });

  it('is refused for a report outcome without the NGO’s consent', () => {
    const clean = { ...draft, body: { uk: 'Поліція усунула порушення після подання.' } };
    for (const consentToPublish of [false, undefined]) {
      const result = buildPublicRecord({ ...base, consentToPublish, draft: clean });
      expect(result.ok || result.error.code).toBe('PUBLICATION.NO_CONSENT');
    }
    const news = buildPublicRecord({
      ...base,
      consentToPublish: undefined,
      draft: { ...clean, kind: 'ngo_activity' },
    });
    expect(news.ok).toBe(true);
  });

  it('is refused when the result would not pass the public schema', () => {
    const clean = { ...draft, body: { uk: 'Текст без даних.' } };
    const attachments = [
      {
        name: 'a.docx',
        url: '/public/a.docx',
        contentType: 'application/msword',
        size: 1,
        sha256: 'x',
      },
    ];
    const result = buildPublicRecord({
      ...base,
      draft: clean,
      attachments: attachments as unknown as PublicRecordInput['attachments'],
    });
    expect(result.ok || result.error.code).toBe('PUBLICATION.INVALID_PUBLIC_RECORD');
  });

  it('is retracted with a visible note and its date, and leaves the search', () => {
    const built = buildPublicRecord({
      ...base,
      draft: { ...draft, body: { uk: 'Текст без даних.' } },
    });
    if (!built.ok) throw new Error(built.error.message);
    const at = new Date('2027-02-01T10:00:00Z');
    const retracted = retractPublicRecord(
      built.value,
      { uk: 'Відкликано на прохання організації' },
      at,
    );
    if (!retracted.ok) throw new Error(retracted.error.message);
    expect(retracted.value).toMatchObject({
      status: 'retracted',
      searchKeys: [],
      retraction: { note: { uk: 'Відкликано на прохання організації' }, at },
      updatedAt: at,
    });
  });
});
