import { describe, expect, it } from 'vitest';
import { publicationContentSchema } from '@domain/actions/publication-action.schema.js';
import {
  checkContent,
  checkPrepare,
  contentOf,
  contentValues,
  formField,
  checkNote,
  type PrepareValues,
} from './publication-form.js';

const labels = {
  kind: 'Вид публікації',
  sourceId: 'Матеріал',
  titleUk: 'Заголовок українською',
  summaryUk: 'Короткий зміст українською',
  bodyUk: 'Текст українською',
  titleEn: 'Заголовок англійською',
  summaryEn: 'Короткий зміст англійською',
  bodyEn: 'Текст англійською',
  required: 'Виберіть, з чого готуєте публікацію.',
};

const texts = {
  titleUk: 'Поліція відновила права затриманого',
  summaryUk: 'Після подання Уповноваженого порушення усунуто.',
  bodyUk: 'Уповноважений надіслав подання, і поліція провела службове розслідування.',
};

describe('the editor’s content', () => {
  it('goes to the callable’s schema and back unchanged, English left out when empty', () => {
    const values = {
      ...contentValues({ title: { uk: '' }, summary: { uk: '' }, body: { uk: '' } }),
      ...texts,
    };
    values.regionCodes = ['UA-30'];
    const content = publicationContentSchema.parse(contentOf(values));
    expect(content.title).toEqual({ uk: texts.titleUk });
    expect(content.regionCodes).toEqual(['UA-30']);
    expect(contentValues(content)).toEqual(values);
  });

  it('names the field of each problem by the form’s name', () => {
    const values = contentValues({
      title: { uk: 'Коро' },
      summary: { uk: '' },
      body: { uk: texts.bodyUk },
    });
    const checked = checkContent(values, 'uk', labels);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual(['summaryUk', 'titleUk']);
    expect(checked.problems.summaryUk).toContain('Короткий зміст українською');
  });

  it('maps the server’s paths to the fields', () => {
    expect(formField('content.title.uk')).toBe('titleUk');
    expect(formField('body.en')).toBe('bodyEn');
    expect(formField('orgId')).toBe('sourceId');
    expect(formField('content.regionCodes.0')).toBe('regionCodes');
  });
});

describe('preparing a publication', () => {
  const values = (over: Partial<PrepareValues>): PrepareValues => ({
    kind: 'report_outcome',
    sourceId: 'report-with-consent',
    ...texts,
    ...over,
  });
  const sources = [
    { id: 'report-with-consent', consent: true },
    { id: 'report-without-consent', consent: false },
  ];

  it('sends a report’s outcome that has the NGO’s consent', () => {
    const checked = checkPrepare(values({}), sources, 'uk', labels);
    expect(checked).toMatchObject({
      ok: true,
      value: { action: 'create', kind: 'report_outcome', sourceId: 'report-with-consent' },
    });
  });

  it('refuses a report without consent on its field, in the error catalogue’s words', () => {
    const checked = checkPrepare(
      values({ sourceId: 'report-without-consent' }),
      sources,
      'uk',
      labels,
    );
    expect(checked).toEqual({
      ok: false,
      problems: { sourceId: 'Організація не дала згоди на оприлюднення підсумку цього звернення' },
    });
    const english = checkPrepare(
      values({ sourceId: 'report-without-consent' }),
      sources,
      'en',
      labels,
    );
    expect(english.ok || english.problems.sourceId).toContain('not consented');
  });

  it('asks for the kind and the source', () => {
    const noKind = checkPrepare(values({ kind: '', sourceId: '' }), sources, 'uk', labels);
    expect(noKind.ok || Object.keys(noKind.problems)).toContain('kind');
    const noSource = checkPrepare(
      values({ kind: 'proposal', sourceId: '' }),
      sources,
      'uk',
      labels,
    );
    expect(noSource.ok || noSource.problems.sourceId).toBe(labels.required);
  });

  it('sends a note about an NGO’s work with the organisation as orgId', () => {
    const checked = checkPrepare(
      values({ kind: 'ngo_activity', sourceId: '43900115' }),
      [],
      'uk',
      labels,
    );
    expect(checked).toMatchObject({ ok: true, value: { kind: 'ngo_activity', orgId: '43900115' } });
    expect(checked.ok && 'sourceId' in checked.value).toBe(false);
  });
});

describe('an NGO’s note', () => {
  const note = {
    'note.title': 'Тренінг для волонтерів',
    'note.text':
      'Організація провела дводенний тренінг для сорока волонтерів про права переселенців.',
    'note.links': '',
  };

  it('sends one link a line, blank lines left out', () => {
    const checked = checkNote(
      { ...note, 'note.links': ' https://example.org/a \n\nhttps://example.org/b\n' },
      'uk',
      {},
    );
    expect(checked).toMatchObject({
      ok: true,
      value: {
        action: 'sendNote',
        note: { links: ['https://example.org/a', 'https://example.org/b'] },
      },
    });
  });

  it('shows a link that is not one on the links field', () => {
    const checked = checkNote(
      { ...note, 'note.links': 'https://example.org\nexample.org' },
      'uk',
      {},
    );
    expect(checked).toEqual({
      ok: false,
      problems: { 'note.links': expect.stringContaining('https://') },
    });
  });
});
