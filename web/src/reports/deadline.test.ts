import { describe, expect, it } from 'vitest';
import { reportsEn } from '../i18n/sections/reports.en.js';
import { reportsUk } from '../i18n/sections/reports.uk.js';
import { deadlineInfo, deadlineText } from './deadline.js';

const uk = reportsUk.reports.deadline;
const NOW = new Date('2026-11-25T10:00:00Z');
/** The end of a Kyiv day (Kyiv is UTC+2 in winter). */
const endOfKyivDay = (date: string) => Date.parse(`${date}T21:59:59.999Z`);

function text(
  deadline: string,
  status: 'registered' | 'in_review' | 'info_requested' = 'in_review',
) {
  const info = deadlineInfo(
    { status, responseDeadline: endOfKyivDay(deadline), deadlinePausedAt: null },
    NOW,
  );
  return info ? deadlineText(info, uk, 'uk') : null;
}

describe('the response deadline in words', () => {
  it('says how many days are left, with Ukrainian plural forms', () => {
    expect(text('2026-12-25')).toEqual({
      text: 'Відповідь до 25 грудня 2026 р. — залишилось 30 днів',
      tag: null,
    });
    expect(text('2026-11-27')?.text).toBe('Відповідь до 27 листопада 2026 р. — залишилось 2 дні');
    expect(text('2026-11-26')?.text).toBe('Відповідь до 26 листопада 2026 р. — залишилось 1 день');
    expect(text('2026-11-26')?.tag).toEqual({ label: 'Строк спливає', kind: 'due-soon' });
    expect(text('2026-11-25')?.text).toContain('строк спливає сьогодні');
  });

  it('says how late an overdue report is', () => {
    expect(text('2026-11-20')).toEqual({
      text: 'Відповідь до 20 листопада 2026 р. — прострочено на 5 днів',
      tag: { label: 'Прострочено', kind: 'overdue' },
    });
  });

  it('says the deadline stopped while the Secretariat waits for the NGO', () => {
    expect(text('2026-11-20', 'info_requested')?.tag).toEqual({
      label: 'Строк зупинено',
      kind: 'paused',
    });
  });

  it('says nothing of a deadline once decided, or before registration', () => {
    expect(
      deadlineInfo({ status: 'decided', responseDeadline: 1, deadlinePausedAt: null }, NOW),
    ).toBeNull();
    expect(
      deadlineInfo({ status: 'registered', responseDeadline: null, deadlinePausedAt: null }, NOW),
    ).toBeNull();
  });

  it('speaks English', () => {
    const info = deadlineInfo(
      {
        status: 'registered',
        responseDeadline: endOfKyivDay('2026-11-26'),
        deadlinePausedAt: null,
      },
      NOW,
    );
    expect(info && deadlineText(info, reportsEn.reports.deadline, 'en').text).toBe(
      'Answer due 26 November 2026 — 1 day left',
    );
  });
});
