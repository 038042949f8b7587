import { describe, expect, it } from 'vitest';
import {
  actionInput,
  insertTemplate,
  TEMPLATE_FIELDS,
  validateAction,
  validateTemplate,
} from './report-action-forms.js';

describe('the forms of the actions on a report', () => {
  it('turns a decision into the callable’s input and checks it with its schema', () => {
    const checked = validateAction(
      'decide',
      'r1',
      { forms: ['submission', 'court'], rationale: '  Порушено статтю 29 Конституції.  ' },
      'uk',
      { forms: 'Форми реагування', rationale: 'Обґрунтування' },
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        action: 'decide',
        reportId: 'r1',
        forms: ['submission', 'court'],
        rationale: 'Порушено статтю 29 Конституції.',
      },
    });
    const empty = validateAction('decide', 'r1', { forms: [], rationale: 'Коротко' }, 'uk', {
      forms: 'Форми реагування',
      rationale: 'Обґрунтування',
    });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.problems).toEqual({
      forms: 'Оберіть хоча б одну форму реагування.',
      rationale: '«Обґрунтування»: щонайменше 10 символів.',
    });
  });

  it('builds a measure, its date typed day first, with its optional fields left out when empty', () => {
    expect(
      actionInput('recordMeasure', 'r1', {
        'measure.type': 'official_letter',
        'measure.date': '20.11.2026',
        'measure.addressee': ' Голові РДА ',
        'measure.outgoingNumber': ' ',
        'measure.result': '',
        'measure.documentAttachmentId': 'att1',
      }),
    ).toEqual({
      action: 'recordMeasure',
      reportId: 'r1',
      measure: {
        type: 'official_letter',
        date: '2026-11-20',
        addressee: 'Голові РДА',
        outgoingNumber: undefined,
        result: undefined,
        documentAttachmentId: 'att1',
      },
    });
    const checked = validateAction(
      'recordMeasure',
      'r1',
      // The 31st of November is no date.
      { 'measure.type': '', 'measure.date': '31.11.2026' },
      'uk',
      {
        'measure.type': 'Вид заходу',
        'measure.date': 'Дата',
        'measure.addressee': 'Адресат',
      },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual([
      'measure.addressee',
      'measure.date',
      'measure.type',
    ]);
  });

  it('leaves an optional note out, and requires the reasons that are required', () => {
    expect(actionInput('withdraw', 'r1', { reason: '   ' })).toEqual({
      action: 'withdraw',
      reportId: 'r1',
      reason: undefined,
    });
    expect(validateAction('withdraw', 'r1', {}, 'uk', {}).ok).toBe(true);
    expect(
      validateAction('reopen', 'r1', { reason: 'Нові' }, 'uk', { reason: 'Нові обставини' }).ok,
    ).toBe(false);
    expect(
      validateAction('provideInfo', 'r1', { answer: 'Відеозапис додаємо.' }, 'uk', {}).ok,
    ).toBe(true);
    expect(
      validateAction('assign', 'r1', { assignees: [] }, 'uk', { assignees: 'Виконавці' }),
    ).toEqual({
      ok: false,
      problems: { assignees: 'Оберіть виконавця.' },
    });
  });

  it('inserts a template into a field, after what is already there', () => {
    expect(insertTemplate('', 'Текст шаблону')).toBe('Текст шаблону');
    expect(insertTemplate('Вступ.  \n', 'Текст шаблону')).toBe('Вступ.\n\nТекст шаблону');
    expect(TEMPLATE_FIELDS.requestInfo).toEqual({ kind: 'info_request', field: 'request' });
  });

  it('checks a template with the shared schema', () => {
    expect(
      validateTemplate(
        { title: 'Запит', kind: 'info_request', text: 'Надайте копії документів.' },
        'uk',
        {},
      ).ok,
    ).toBe(true);
    const checked = validateTemplate({ title: 'З', kind: '', text: '' }, 'uk', {
      title: 'Назва шаблону',
      kind: 'Для чого',
      text: 'Текст шаблону',
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(Object.keys(checked.problems).sort()).toEqual(['kind', 'text', 'title']);
  });
});
