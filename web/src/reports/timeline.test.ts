import { describe, expect, it } from 'vitest';
import { reportsEn } from '../i18n/sections/reports.en.js';
import { reportsUk } from '../i18n/sections/reports.uk.js';
import { eventFrom } from './report-view.js';
import { formsList, timeline, timelineEntry } from './timeline.js';

const uk = reportsUk.reports.timeline;
const en = reportsEn.reports.timeline;
const at = (iso: string) => ({ toMillis: () => Date.parse(iso) });

function entry(data: Record<string, unknown>, words = uk, language: 'uk' | 'en' = 'uk') {
  return timelineEntry(
    eventFrom('e1', { at: at('2026-11-20T10:00:00Z'), ...data }),
    words,
    language,
  );
}

describe('the timeline in words', () => {
  it('tells the registration with its number and deadline, from the system', () => {
    expect(
      entry({
        type: 'registered',
        side: 'system',
        details: { number: 'ГО-2026-000123', deadline: '2026-12-20T21:59:59.999Z' },
      }),
    ).toEqual({
      id: 'e1',
      at: Date.parse('2026-11-20T10:00:00Z'),
      side: 'Система',
      title: 'Звернення зареєстровано під номером ГО-2026-000123.',
      notes: ['Відповідь — до 20 грудня 2026.'],
    });
  });

  it('names the decision’s forms and keeps the rationale as a note', () => {
    const decided = entry({
      type: 'decide',
      side: 'secretariat',
      note: 'Порушено статті 29 і 59 Конституції.',
      details: { forms: ['submission', 'monitoring_visit'] },
    });
    expect(decided.title).toBe('Ухвалено рішення: Подання до органу влади, моніторинговий візит.');
    expect(decided.side).toBe('Секретаріат');
    expect(decided.notes).toEqual(['Порушено статті 29 і 59 Конституції.']);
    expect(formsList(['court'], 'en')).toBe('Going to court');
  });

  it('tells a measure with its date, addressee and outgoing number', () => {
    const measure = entry({
      type: 'recordMeasure',
      side: 'secretariat',
      details: {
        type: 'submission_sent',
        date: '2026-10-20',
        addressee: 'Начальнику ГУНП у м. Києві',
        outgoingNumber: '1234/2026-вих',
      },
    });
    expect(measure.title).toBe('Ужито захід: внесено подання.');
    expect(measure.notes).toEqual([
      'Дата: 20 жовтня 2026. Адресат: Начальнику ГУНП у м. Києві.',
      'Вихідний номер: 1234/2026-вих.',
    ]);
  });

  it('words every step of the workflow, for both sides', () => {
    const titles = Object.fromEntries(
      [
        'assign',
        'startReview',
        'requestInfo',
        'provideInfo',
        'resumeReview',
        'decline',
        'reopen',
        'withdraw',
        'linked',
        'overdue',
      ].map((type) => [
        type,
        entry({
          type,
          side: type === 'provideInfo' || type === 'withdraw' ? 'ngo' : 'secretariat',
        }),
      ]),
    );
    expect(titles.requestInfo?.title).toBe('Секретаріат запитав додаткову інформацію.');
    expect(titles.provideInfo?.side).toBe('Організація');
    expect(titles.withdraw?.title).toBe('Організація відкликала звернення.');
    for (const [type, value] of Object.entries(titles)) {
      expect(value?.title, type).not.toBe(uk.other);
    }
  });

  it('tells the outcome, the channel of an intake and the problems of a refused submission', () => {
    expect(
      entry({ type: 'close', side: 'secretariat', details: { outcome: 'partly_restored' } }).title,
    ).toBe('Розгляд завершено. Результат: права відновлено частково.');
    expect(entry({ type: 'intake', side: 'secretariat', details: { channel: 'post' } }).title).toBe(
      'Секретаріат зареєстрував звернення, що надійшло поштою.',
    );
    expect(
      entry({
        type: 'submission_refused',
        side: 'system',
        details: { problems: [{ field: 'title', message: 'Заповніть поле «Коротка назва»' }] },
      }).notes,
    ).toEqual(['Заповніть поле «Коротка назва»']);
  });

  it('speaks English too', () => {
    expect(
      entry({ type: 'intake', side: 'secretariat', details: { channel: 'email' } }, en, 'en').title,
    ).toBe('The Secretariat registered a report received by email.');
    expect(entry({ type: 'startReview', side: 'secretariat' }, en, 'en').side).toBe('Secretariat');
  });

  it('tells an unknown event by its change of status, or plainly', () => {
    expect(
      entry({ type: 'archived', side: 'system', fromStatus: 'closed', toStatus: 'withdrawn' })
        .title,
    ).toBe('Статус змінено: «Закрито» → «Відкликано».');
    expect(entry({ type: 'something', side: 'robot' })).toMatchObject({
      title: uk.other,
      side: 'Система',
    });
  });

  it('orders events oldest first, unstamped ones last', () => {
    const events = [
      eventFrom('b', { type: 'startReview', side: 'secretariat', at: at('2026-11-21T10:00:00Z') }),
      eventFrom('c', { type: 'decide', side: 'secretariat' }),
      eventFrom('a', { type: 'registered', side: 'system', at: at('2026-11-20T10:00:00Z') }),
    ];
    expect(timeline(events, uk, 'uk').map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});
