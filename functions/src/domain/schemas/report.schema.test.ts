import '../validation.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeProblems, fieldProblems } from '../validation.js';
import {
  reportContentSchema,
  reportDraftSchema,
  reportSchema,
  validDraftContent,
  type ReportContent,
} from './report.schema.js';

/** A report as an NGO in Lviv would write it. */
const REPORT = {
  title: '  Утримання без доступу до адвоката в ІТТ  ',
  description:
    'Затриманого 3 березня 2026 року утримували в ізоляторі тимчасового тримання понад 72 години ' +
    'без доступу до захисника та без повідомлення родичів. Скарги на погіршення здоров’я ігнорували.',
  incidentDate: '2026-03-03',
  regionCode: 'UA-46',
  locality: 'Львів',
  violator: {
    kind: 'state_body',
    name: 'Головне управління Національної поліції у Львівській області',
  },
  rights: ['liberty', 'fair_trial', 'health'],
  area: 'restoration',
  victimsCount: 1,
  vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
  urgent: true,
  urgencyReason: 'Особа досі перебуває під вартою, є ризик катування',
  consentToPublish: false,
};

/** The messages the schema gives, by field. */
function problemsOf(input: unknown): Record<string, string> {
  const result = reportContentSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(fieldProblems(result.error).map((p) => [p.field, p.message]));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // 21:30 UTC on 10 May is 00:30 on 11 May in Kyiv.
  vi.setSystemTime(new Date('2026-05-10T21:30:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('report content', () => {
  it('accepts a realistic report and trims its texts', () => {
    const result = reportContentSchema.safeParse(REPORT);
    expect(result.success).toBe(true);
    const report = result.data as ReportContent;
    expect(report.title).toBe('Утримання без доступу до адвоката в ІТТ');
    expect(report.rights).toEqual(['liberty', 'fair_trial', 'health']);
  });

  it('accepts an incident today by the Kyiv calendar, though it is still yesterday in UTC', () => {
    expect(problemsOf({ ...REPORT, incidentDate: '2026-05-11' })).toEqual({});
  });

  it('refuses an incident in the future', () => {
    expect(problemsOf({ ...REPORT, incidentDate: '2026-05-12' })).toEqual({
      incidentDate: 'Дата події не може бути в майбутньому',
    });
  });

  it('refuses a date written the Ukrainian way, explaining the format', () => {
    expect(problemsOf({ ...REPORT, incidentDate: '03.03.2026' })).toEqual({
      incidentDate: 'Дата має вигляд РРРР-ММ-ДД',
    });
  });

  it('asks why an urgent report is urgent', () => {
    const expected = {
      urgencyReason:
        'Поясніть, чому звернення термінове: загроза життю, здоров’ю чи особі, позбавленій волі',
    };
    const { urgencyReason: _reason, ...withoutReason } = REPORT;
    expect(problemsOf(withoutReason)).toEqual(expected);
    expect(problemsOf({ ...REPORT, urgencyReason: '   ' })).toEqual(expected);
  });

  it('does not ask for a reason when the report is not urgent', () => {
    const { urgencyReason: _reason, ...withoutReason } = REPORT;
    expect(problemsOf({ ...withoutReason, urgent: false })).toEqual({});
  });

  it('needs at least one right, at most ten, each from the list', () => {
    expect(problemsOf({ ...REPORT, rights: [] })).toEqual({
      rights: 'Оберіть хоча б одне порушене право',
    });
    expect(problemsOf({ ...REPORT, rights: ['liberty', 'flying'] })).toEqual({
      'rights.1': 'Оберіть право зі списку',
    });
    const eleven = [
      'life',
      'torture',
      'liberty',
      'fair_trial',
      'privacy',
      'personal_data',
      'information',
      'expression',
      'religion',
      'assembly',
      'association',
    ];
    expect(problemsOf({ ...REPORT, rights: eleven })).toEqual({
      rights: 'Оберіть не більше 10 прав',
    });
  });

  it.each(['UA-99', 'Львівська область', 'ua-46', ''])('refuses the region %j', (regionCode) => {
    expect(problemsOf({ ...REPORT, regionCode })).toEqual({
      regionCode: 'Оберіть область зі списку',
    });
  });

  it('explains short, missing and mistyped fields in Ukrainian', () => {
    expect(problemsOf({ ...REPORT, description: 'Порушили права.' })).toEqual({
      description: '«Що сталося»: щонайменше 30 символів',
    });
    const { title: _title, ...withoutTitle } = REPORT;
    expect(problemsOf(withoutTitle)).toEqual({ title: 'Заповніть поле «Коротка назва»' });
    expect(problemsOf({ ...REPORT, victimsCount: -1 })).toEqual({
      victimsCount: 'Кількість постраждалих не може бути від’ємною',
    });
    expect(problemsOf({ ...REPORT, victimsCount: 1.5 })).toEqual({
      victimsCount: 'Кількість постраждалих — ціле число',
    });
    expect(problemsOf({ ...REPORT, violator: { ...REPORT.violator, kind: 'police' } })).toEqual({
      'violator.kind': 'Оберіть, хто порушив права',
    });
  });

  it('uses zod’s Ukrainian messages where a field has none of its own', () => {
    expect(
      problemsOf({ ...REPORT, vulnerableGroups: { children: false, disabilities: false } }),
    ).toEqual({
      'vulnerableGroups.deprivedOfLiberty':
        'Неправильні вхідні дані: очікується boolean, отримано undefined',
    });
  });

  it('lists one problem per field, readable as one sentence', () => {
    const result = reportContentSchema.safeParse({ ...REPORT, rights: [], regionCode: 'UA-99' });
    expect(result.success).toBe(false);
    const problems = fieldProblems(result.error!);
    expect(problems).toEqual([
      { field: 'regionCode', message: 'Оберіть область зі списку', code: 'FIELD.CHOOSE_FROM_LIST' },
      {
        field: 'rights',
        message: 'Оберіть хоча б одне порушене право',
        messageEn: 'Choose at least one right concerned',
        code: 'REPORT.RIGHTS_REQUIRED',
      },
    ]);
    expect(describeProblems(problems)).toBe(
      'regionCode: Оберіть область зі списку; rights: Оберіть хоча б одне порушене право',
    );
    expect(describeProblems([{ field: '', message: 'Документ порожній' }])).toBe(
      'Документ порожній',
    );
  });
});

describe('stored report', () => {
  const stored = {
    ...REPORT,
    orgId: '43005393',
    status: 'submitted',
    intake: 'web',
    createdBy: 'uid-ngo',
    createdAt: new Date('2026-05-10T09:00:00Z'),
    updatedAt: { toMillis: () => Date.parse('2026-05-10T09:05:00Z') },
  };

  it('accepts a submitted report with Date and Timestamp-like times', () => {
    expect(reportSchema.safeParse(stored).success).toBe(true);
  });

  it('keeps the urgency rule on the stored document too', () => {
    const { urgencyReason: _reason, ...withoutReason } = stored;
    const result = reportSchema.safeParse(withoutReason);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['urgencyReason']);
  });

  it('refuses an unknown status and a time that is not a timestamp', () => {
    expect(reportSchema.safeParse({ ...stored, status: 'approved' }).success).toBe(false);
    const result = reportSchema.safeParse({ ...stored, createdAt: '2026-05-10' });
    expect(result.error?.issues[0]?.message).toBe('Очікувалася позначка часу');
  });
});

describe('draft', () => {
  const basics = {
    orgId: '43005393',
    status: 'draft',
    intake: 'web',
    createdBy: 'uid-ngo',
    createdAt: new Date('2026-05-10T09:00:00Z'),
    updatedAt: new Date('2026-05-10T09:05:00Z'),
  };

  it('keeps only the fields that are valid already, and leaves out what is empty', () => {
    const kept = validDraftContent({
      title: 'Побиття затриманого в ізоляторі',
      description: 'Коротко',
      locality: '',
      rights: [],
      victimsCount: 2,
      urgent: false,
      urgencyReason: undefined,
    });
    expect(kept).toEqual({
      title: 'Побиття затриманого в ізоляторі',
      victimsCount: 2,
      urgent: false,
    });
  });

  it('keeps the whole content of a finished form', () => {
    expect(validDraftContent(REPORT)).toEqual(reportContentSchema.parse(REPORT));
  });

  it('stores a half-filled draft, but not a field of the wrong type or any server field', () => {
    expect(reportDraftSchema.safeParse({ ...basics, title: 'Побиття затриманого' }).success).toBe(
      true,
    );
    expect(reportDraftSchema.safeParse({ ...basics, title: 'Ой' }).success).toBe(false);
    expect(reportDraftSchema.safeParse({ ...basics, status: 'submitted' }).success).toBe(false);
    expect(reportDraftSchema.safeParse({ ...basics, number: 'ГО-2026-000001' }).success).toBe(
      false,
    );
  });
});
