import { describe, expect, it } from 'vitest';
import {
  attachmentFrom,
  duplicatesFrom,
  messageFrom,
  peopleFrom,
  problemMessage,
  reportFrom,
  templateFrom,
} from './report-view.js';

const at = (ms: number) => ({ toMillis: () => ms });

describe('reading report documents defensively', () => {
  it('reads a registered report as the server wrote it', () => {
    const view = reportFrom('r1', {
      title: 'Затримання',
      status: 'in_review',
      number: 'ГО-2026-000001',
      violator: { kind: 'state_body', name: 'Поліція' },
      rights: ['liberty', 7],
      victimsCount: 2,
      vulnerableGroups: { children: true },
      assignees: ['u1'],
      responseDeadline: at(5000),
      deadlinePausedAt: null,
      decision: { forms: ['court'], rationale: 'Бо так', decidedAt: at(6000) },
      submissionProblems: [{ field: 'title', message: 'Коротко' }, { nonsense: true }],
    });
    expect(view).toMatchObject({
      id: 'r1',
      status: 'in_review',
      number: 'ГО-2026-000001',
      violator: { kind: 'state_body', name: 'Поліція' },
      rights: ['liberty'],
      victimsCount: 2,
      vulnerableGroups: { children: true, disabilities: false, deprivedOfLiberty: false },
      responseDeadline: 5000,
      deadlinePausedAt: null,
      decision: { forms: ['court'], rationale: 'Бо так', decidedAt: 6000 },
      submissionProblems: [{ field: 'title', message: 'Коротко' }],
    });
  });

  it('shows odd or missing fields as absent, never as something else', () => {
    const view = reportFrom('r2', { status: 'unknown', victimsCount: 1.5, number: '  ' });
    expect(view).toMatchObject({
      status: 'draft',
      victimsCount: null,
      number: null,
      decision: null,
      intake: 'web',
      assignees: [],
    });
  });

  it('reads messages, attachments, templates, people and possible duplicates', () => {
    expect(
      messageFrom(
        'm',
        { side: 'secretariat', kind: 'info_request', text: 'Надайте', createdAt: at(1) },
        true,
      ),
    ).toMatchObject({
      side: 'secretariat',
      kind: 'info_request',
      pending: true,
      createdAt: 1,
    });
    expect(messageFrom('m', { side: 'x', kind: 'y' })).toMatchObject({
      side: 'ngo',
      kind: 'message',
    });
    expect(attachmentFrom('a', { fileName: '', size: 'big' })).toMatchObject({
      fileName: 'a',
      size: 0,
    });
    expect(templateFrom('t', { title: 'Т', kind: 'decision', text: 'Текст' }).kind).toBe(
      'decision',
    );
    expect(peopleFrom([{ fullName: 'А Б', birthYear: 1990 }, 'x'])).toEqual([
      { fullName: 'А Б', birthYear: 1990, contact: null, notes: null },
      { fullName: '', birthYear: null, contact: null, notes: null },
    ]);
    expect(
      duplicatesFrom({
        possibleDuplicates: [
          { reportId: 'r9', number: 'ГО-2026-000009', score: 0.82, reasons: ['same_region'] },
          { reportId: '' },
        ],
      }),
    ).toEqual([
      { reportId: 'r9', number: 'ГО-2026-000009', score: 0.82, reasons: ['same_region'] },
    ]);
    expect(duplicatesFrom(null)).toEqual([]);
  });
});

describe('why a submission was sent back', () => {
  it('speaks the reader’s language where the server gave an English twin', () => {
    const view = reportFrom('r2', {
      status: 'draft',
      submissionProblems: [
        { field: 'title', message: 'Коротко' },
        {
          field: '',
          message: 'Організація ще не пройшла перевірку',
          messageEn: 'The organisation has not been verified yet',
        },
      ],
    });
    const [atField, whole] = view.submissionProblems;
    expect(problemMessage(whole!, 'en')).toBe('The organisation has not been verified yet');
    expect(problemMessage(whole!, 'uk')).toBe('Організація ще не пройшла перевірку');
    // Without a twin, the server's own words stand.
    expect(problemMessage(atField!, 'en')).toBe('Коротко');
  });
});
