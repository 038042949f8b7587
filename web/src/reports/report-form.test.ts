import { describe, expect, it } from 'vitest';
import { REPORT_CLIENT_FIELDS, reportContentSchema } from '@domain/schemas/report.schema.js';
import {
  cloudDraft,
  contentFields,
  DELETE,
  EMPTY_PERSON,
  EMPTY_REPORT,
  formValuesOf,
  personalDataFields,
  personalDataInput,
  reportContentInput,
  sameValues,
  validateIntake,
  validatePersonalData,
  validateReport,
  validateReportContent,
  type ReportFormValues,
} from './report-form.js';

const LABELS = {
  title: 'Коротка назва',
  description: 'Що сталося',
  incidentDate: 'Дата події',
  regionCode: 'Область',
  locality: 'Населений пункт',
  'violator.kind': 'Хто порушив права',
  'violator.name': 'Назва органу чи посадової особи',
  rights: 'Які права порушено',
  area: 'Напрям співпраці',
  victimsCount: 'Кількість постраждалих',
  urgencyReason: 'Чому це терміново',
  'victims.1.fullName': 'Прізвище, ім’я, по батькові',
};

const FILLED: ReportFormValues = {
  ...EMPTY_REPORT,
  title: '  Затримання активіста без протоколу  ',
  description:
    'Працівники поліції затримали активіста під час мирного пікету й шість годин не допускали адвоката.',
  incidentDate: '2026-11-12',
  regionCode: 'UA-30',
  locality: ' Київ ',
  violatorKind: 'state_body',
  violatorName: 'Головне управління Національної поліції у м. Києві',
  rights: ['liberty', 'fair_trial'],
  area: 'restoration',
  victimsCount: ' 2 ',
  deprivedOfLiberty: true,
  urgent: false,
  urgencyReason: 'typed, then unticked',
  consentToPublish: true,
  victims: [
    { fullName: 'Савчук Андрій Петрович', birthYear: '1991', contact: '+380671112233', notes: '' },
  ],
  witnesses: [],
};

describe('report form → report content', () => {
  it('trims what was typed, reads the count as a number and builds the violator', () => {
    const input = reportContentInput(FILLED);
    expect(input).toMatchObject({
      title: 'Затримання активіста без протоколу',
      locality: 'Київ',
      violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
      victimsCount: 2,
      vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
    });
    expect(reportContentSchema.safeParse(input).success).toBe(true);
  });

  it('keeps the urgency reason only for an urgent report', () => {
    expect(reportContentInput(FILLED).urgencyReason).toBeUndefined();
    expect(reportContentInput({ ...FILLED, urgent: true }).urgencyReason).toBe(
      'typed, then unticked',
    );
  });

  it('leaves an empty count absent, so that it reads «fill in», and passes odd text to the schema', () => {
    expect(reportContentInput({ ...FILLED, victimsCount: '' }).victimsCount).toBeUndefined();
    expect(reportContentInput({ ...FILLED, victimsCount: 'два' }).victimsCount).toBe('два');
    const checked = validateReportContent({ ...FILLED, victimsCount: '' }, 'uk', LABELS);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems.victimsCount).toBe('Заповніть поле «Кількість постраждалих».');
    }
  });
});

describe('validation as the NGO types', () => {
  it('names every missing field in Ukrainian, by the schema’s paths', () => {
    const checked = validateReport(EMPTY_REPORT, 'uk', LABELS);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toMatchObject({
      title: 'Заповніть поле «Коротка назва».',
      description: 'Заповніть поле «Що сталося».',
      'violator.name': 'Заповніть поле «Назва органу чи посадової особи».',
      rights: 'Оберіть хоча б одне порушене право.',
      regionCode: 'Оберіть область зі списку.',
    });
  });

  it('asks why an urgent report is urgent, and refuses a date in the future', () => {
    const checked = validateReport(
      { ...FILLED, urgent: true, urgencyReason: ' ', incidentDate: '2999-01-01' },
      'uk',
      LABELS,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.urgencyReason).toMatch(/^Поясніть, чому звернення термінове/);
    expect(checked.problems.incidentDate).toBe('Дата події не може бути в майбутньому.');
  });

  it('speaks English in the English interface', () => {
    const checked = validateReport({ ...FILLED, title: '' }, 'en', {
      ...LABELS,
      title: 'Short title',
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.title).toBe('Fill in “Short title”.');
  });

  it('accepts a whole report with its personal data', () => {
    const checked = validateReport(FILLED, 'uk', LABELS);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.personalData.victims).toEqual([
      { fullName: 'Савчук Андрій Петрович', birthYear: 1991, contact: '+380671112233' },
    ]);
  });
});

describe('personal data', () => {
  it('leaves out people added and left empty, and keeps problems on the boxes as typed', () => {
    const values: ReportFormValues = {
      ...FILLED,
      victims: [{ ...EMPTY_PERSON }, { ...EMPTY_PERSON, fullName: 'І', birthYear: '19x1' }],
    };
    expect(personalDataInput(values).victims).toHaveLength(1);
    const checked = validatePersonalData(values, 'uk', LABELS);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    // The second box on the page is the first person in the data.
    expect(checked.problems['victims.1.fullName']).toBe(
      '«Прізвище, ім’я, по батькові»: щонайменше 2 символів.',
    );
    expect(Object.keys(checked.problems).some((field) => field.startsWith('victims.0'))).toBe(
      false,
    );
    expect(checked.problems['victims.1.birthYear']).toBeDefined();
  });

  it('writes no undefined fields (Firestore refuses them)', () => {
    const checked = validatePersonalData(FILLED, 'uk', LABELS);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const fields = personalDataFields(checked.value);
    expect(JSON.stringify(fields)).not.toContain('undefined');
    expect(Object.keys(fields.victims[0] ?? {})).toEqual(['fullName', 'birthYear', 'contact']);
  });
});

describe('the draft as a document', () => {
  const content = reportContentSchema.parse(reportContentInput(FILLED));

  it('writes only fields the rules let a client write', () => {
    const allowed = new Set<string>(REPORT_CLIENT_FIELDS);
    for (const key of Object.keys(contentFields(content, { forUpdate: false }))) {
      expect(allowed.has(key), key).toBe(true);
    }
    const urgent = reportContentSchema.parse(
      reportContentInput({ ...FILLED, urgent: true, urgencyReason: 'Загроза здоров’ю' }),
    );
    expect(contentFields(urgent, { forUpdate: false }).urgencyReason).toBe('Загроза здоров’ю');
  });

  it('deletes a reason no longer wanted on update, and leaves it out on create', () => {
    expect(contentFields(content, { forUpdate: true }).urgencyReason).toBe(DELETE);
    expect('urgencyReason' in contentFields(content, { forUpdate: false })).toBe(false);
  });

  it('sends a half-filled draft with the fields valid so far, and nothing while the form is empty', () => {
    expect(cloudDraft(EMPTY_REPORT)).toBeNull();
    const half = cloudDraft({
      ...EMPTY_REPORT,
      title: 'Затримання активіста',
      description: 'Коротко',
    });
    expect(half?.complete).toBe(false);
    expect(half?.report.title).toBe('Затримання активіста');
    // Too short yet: it stays on the device until it is valid.
    expect(half && 'description' in half.report).toBe(false);
    const fields = contentFields(half!.report, { forUpdate: true });
    expect(fields.description).toBe(DELETE);
    expect(fields.title).toBe('Затримання активіста');
    expect('description' in contentFields(half!.report, { forUpdate: false })).toBe(false);
  });

  it('is complete only when the server would hold everything typed', () => {
    const draft = cloudDraft(FILLED);
    expect(draft?.complete).toBe(true);
    expect(draft?.report.title).toBe('Затримання активіста без протоколу');
    // Personal data with a problem stays on the device; the report still goes.
    const withBadPerson = cloudDraft({ ...FILLED, victims: [{ ...EMPTY_PERSON, fullName: 'І' }] });
    expect(withBadPerson?.report).toEqual(draft?.report);
    expect(withBadPerson?.personalData).toBeNull();
    expect(withBadPerson?.complete).toBe(false);
  });

  it('fills the form back from the documents, as it is typed (dates day first)', () => {
    const document = {
      ...contentFields(content, { forUpdate: false }),
      status: 'draft',
      submissionProblems: [{ field: 'title', message: 'x' }],
    };
    const back = formValuesOf(document, {
      victims: [{ fullName: 'Савчук Андрій Петрович', birthYear: 1991, contact: '+380671112233' }],
      witnesses: 'not a list',
    });
    expect(back).toEqual({
      ...FILLED,
      title: 'Затримання активіста без протоколу',
      locality: 'Київ',
      victimsCount: '2',
      urgencyReason: '',
      // Dates are typed day first; the document keeps ISO.
      incidentDate: '12.11.2026',
    });
    expect(
      sameValues(
        back,
        formValuesOf(document, {
          victims: [
            { fullName: 'Савчук Андрій Петрович', birthYear: 1991, contact: '+380671112233' },
          ],
          witnesses: [],
        }),
      ),
    ).toBe(true);
  });
});

describe('intake on behalf', () => {
  const missing = { orgId: 'Оберіть організацію.', channel: 'Оберіть, як надійшло.' };

  it('builds the callable’s input with the report and, when given, the personal data', () => {
    const checked = validateIntake(
      { orgId: '43900115', channel: 'post' },
      FILLED,
      'uk',
      LABELS,
      missing,
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({
      action: 'intake',
      orgId: '43900115',
      channel: 'post',
      report: { title: 'Затримання активіста без протоколу' },
      personalData: { victims: [{ fullName: 'Савчук Андрій Петрович' }], witnesses: [] },
    });
    const without = validateIntake(
      { orgId: '43900115', channel: 'phone' },
      { ...FILLED, victims: [] },
      'uk',
      LABELS,
      missing,
    );
    expect(without.ok && without.value.personalData).toBeUndefined();
  });

  it('says to choose the organisation and the channel, and keys report problems as the form', () => {
    const checked = validateIntake(
      { orgId: '', channel: 'web' },
      { ...FILLED, title: '' },
      'uk',
      LABELS,
      missing,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.orgId).toBe(missing.orgId);
    // «Through Spilno» is not a channel of a report that came on paper.
    expect(checked.problems.channel).toBe(missing.channel);
    expect(checked.problems.title).toBe('Заповніть поле «Коротка назва».');
  });
});
