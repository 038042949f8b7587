import { describe, expect, it } from 'vitest';
import {
  attachmentFrom,
  messageFrom,
  peopleFrom,
  problemMessage,
  reportFrom,
  templateFrom,
} from './report-view.js';

const at = (ms: number) => ({ toMillis: () => ms });

describe('a report as the pages show it, from what its schema gives', () => {
  it('shows a registered report’s times in milliseconds and its absent fields as null', () => {
    const view = reportFrom('r1', {
      title: 'Затримання',
      status: 'in_review',
      number: 'ГО-2026-000001',
      violator: { kind: 'state_body', name: 'Поліція' },
      rights: ['liberty'],
      victimsCount: 2,
      vulnerableGroups: { children: true, disabilities: false, deprivedOfLiberty: false },
      assignees: ['u1'],
      responseDeadline: at(5000),
      deadlinePausedAt: null,
      decision: { forms: ['court'], rationale: 'Бо так', decidedBy: 'u1', decidedAt: at(6000) },
      submissionProblems: [{ field: 'title', message: 'Коротко' }],
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
      submissionProblems: [{ field: 'title', message: 'Коротко', messageEn: null }],
      closingNote: null,
      linkedReports: [],
    });
  });

  it('shows what a draft has not filled in yet as blank, never as something else', () => {
    const view = reportFrom('r2', {
      orgId: 'o1',
      status: 'draft',
      intake: 'web',
      createdBy: 'u1',
      createdAt: at(1000),
      updatedAt: at(2000),
      title: 'Без дати',
    });
    expect(view).toMatchObject({
      title: 'Без дати',
      description: '',
      regionCode: '',
      area: '',
      violator: { kind: '', name: '' },
      status: 'draft',
      victimsCount: null,
      number: null,
      decision: null,
      intake: 'web',
      assignees: [],
      createdAt: 1000,
      updatedAt: 2000,
      submittedAt: null,
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
