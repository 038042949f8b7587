import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  deadlineState,
  DEFAULT_RESPONSE_TERM_DAYS,
  extendedDeadline,
  reminderDue,
  responseDeadline,
} from './deadlines.js';

const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

describe('response deadline', () => {
  it('is 30 days by default', () => {
    expect(DEFAULT_RESPONSE_TERM_DAYS).toBe(30);
  });

  it('ends at the end of the 30th Kyiv day after registration', () => {
    // Registered 10 March (Kyiv) → 9 April, summer time (UTC+3).
    expect(iso(responseDeadline(at('2026-03-10T09:00:00Z')))).toBe('2026-04-09T20:59:59.999Z');
  });

  it('counts from the Kyiv date, not the UTC date', () => {
    // 22:30 UTC on 31 January is 00:30 on 1 February in Kyiv → 3 March, winter time.
    expect(iso(responseDeadline(at('2026-01-31T22:30:00Z')))).toBe('2026-03-03T21:59:59.999Z');
    // Half an hour earlier it is still 31 January in Kyiv → 2 March.
    expect(iso(responseDeadline(at('2026-01-31T21:30:00Z')))).toBe('2026-03-02T21:59:59.999Z');
  });

  it('ends on winter time when the term crosses the October switch', () => {
    // 5 October + 30 days = 4 November.
    expect(iso(responseDeadline(at('2026-10-05T08:00:00Z')))).toBe('2026-11-04T21:59:59.999Z');
  });

  it('takes a configured term', () => {
    expect(iso(responseDeadline(at('2026-03-10T09:00:00Z'), 10))).toBe('2026-03-20T21:59:59.999Z');
    expect(iso(responseDeadline(at('2026-03-10T09:00:00Z'), 1))).toBe('2026-03-11T21:59:59.999Z');
  });

  it.each([0, -5, 1.5, Number.NaN])('refuses a term of %s days', (days) => {
    expect(() => responseDeadline(at('2026-03-10T09:00:00Z'), days)).toThrow(/positive integer/);
  });
});

describe('deadline extended by a pause', () => {
  const deadline = at('2026-04-09T20:59:59.999Z');

  it('adds the whole days begun while paused', () => {
    // 47 hours: two days begun.
    expect(
      iso(extendedDeadline(deadline, at('2026-03-15T10:00:00Z'), at('2026-03-17T09:00:00Z'))),
    ).toBe('2026-04-11T20:59:59.999Z');
    // Exactly 48 hours: two days.
    expect(
      iso(extendedDeadline(deadline, at('2026-03-15T10:00:00Z'), at('2026-03-17T10:00:00Z'))),
    ).toBe('2026-04-11T20:59:59.999Z');
    // 48 hours and a second: a third day has begun.
    expect(
      iso(extendedDeadline(deadline, at('2026-03-15T10:00:00Z'), at('2026-03-17T10:00:01Z'))),
    ).toBe('2026-04-12T20:59:59.999Z');
  });

  it('adds a whole day for a pause of a minute, and nothing for no pause', () => {
    expect(
      iso(extendedDeadline(deadline, at('2026-03-15T10:00:00Z'), at('2026-03-15T10:01:00Z'))),
    ).toBe('2026-04-10T20:59:59.999Z');
    expect(
      iso(extendedDeadline(deadline, at('2026-03-15T10:00:00Z'), at('2026-03-15T10:00:00Z'))),
    ).toBe('2026-04-09T20:59:59.999Z');
  });

  it('moves the end of day onto winter time when the extension crosses the October switch', () => {
    const octoberDeadline = at('2026-10-24T20:59:59.999Z');
    expect(
      iso(
        extendedDeadline(octoberDeadline, at('2026-10-01T08:00:00Z'), at('2026-10-02T07:00:00Z')),
      ),
    ).toBe('2026-10-25T21:59:59.999Z');
  });

  it('refuses a pause that ends before it starts', () => {
    expect(() =>
      extendedDeadline(deadline, at('2026-03-17T10:00:00Z'), at('2026-03-15T10:00:00Z')),
    ).toThrow();
  });
});

describe('days left and deadline state', () => {
  const deadline = at('2026-04-09T20:59:59.999Z'); // end of 9 April in Kyiv

  it('counts Kyiv calendar days to the deadline day', () => {
    expect(daysLeft(deadline, at('2026-04-02T10:00:00Z'))).toBe(7);
    expect(daysLeft(deadline, at('2026-04-08T20:30:00Z'))).toBe(1); // 23:30 on 8 April in Kyiv
    expect(daysLeft(deadline, at('2026-04-08T21:30:00Z'))).toBe(0); // 00:30 on 9 April in Kyiv
    expect(daysLeft(deadline, at('2026-04-09T20:59:59Z'))).toBe(0);
    expect(daysLeft(deadline, at('2026-04-10T05:00:00Z'))).toBe(-1);
    expect(daysLeft(deadline, at('2026-04-19T05:00:00Z'))).toBe(-10);
  });

  it('is on time more than a week out, due soon within a week, overdue after the last instant', () => {
    expect(deadlineState(deadline, at('2026-04-01T10:00:00Z'), false)).toBe('on_time'); // 8 days
    expect(deadlineState(deadline, at('2026-04-02T10:00:00Z'), false)).toBe('due_soon'); // 7 days
    expect(deadlineState(deadline, at('2026-04-09T20:59:59.999Z'), false)).toBe('due_soon');
    expect(deadlineState(deadline, at('2026-04-09T21:00:00Z'), false)).toBe('overdue');
  });

  it('is paused while paused, even past the deadline', () => {
    expect(deadlineState(deadline, at('2026-04-01T10:00:00Z'), true)).toBe('paused');
    expect(deadlineState(deadline, at('2026-05-01T10:00:00Z'), true)).toBe('paused');
  });

  it('takes a configured due-soon window', () => {
    expect(deadlineState(deadline, at('2026-04-04T10:00:00Z'), false, 3)).toBe('on_time'); // 5 days
    expect(deadlineState(deadline, at('2026-04-06T10:00:00Z'), false, 3)).toBe('due_soon'); // 3 days
  });
});

describe('reminder due', () => {
  const deadline = at('2026-04-09T20:59:59.999Z');
  const daysBefore = (days: number) => new Date(deadline.getTime() - days * 24 * 60 * 60 * 1000);

  it('is none while no threshold is reached', () => {
    expect(reminderDue(deadline, daysBefore(10), [])).toBeNull();
    expect(reminderDue(deadline, daysBefore(8), [])).toBeNull();
  });

  it('is the 7-day reminder a week before, once', () => {
    expect(reminderDue(deadline, daysBefore(7), [])).toBe(7);
    expect(reminderDue(deadline, daysBefore(5), [7])).toBeNull();
  });

  it('is the 3-day and then the 1-day reminder as the deadline nears', () => {
    expect(reminderDue(deadline, daysBefore(3), [7])).toBe(3);
    expect(reminderDue(deadline, daysBefore(2), [7, 3])).toBeNull();
    expect(reminderDue(deadline, daysBefore(1), [7, 3])).toBe(1);
    expect(reminderDue(deadline, at('2026-04-09T12:00:00Z'), [7, 3])).toBe(1); // the day itself
    expect(reminderDue(deadline, at('2026-04-09T12:00:00Z'), [7, 3, 1])).toBeNull();
  });

  it('sends only the nearest reminder after downtime, not the stale ones', () => {
    // Nothing was sent and only 2 days are left: the 3-day reminder, not the 7-day one.
    expect(reminderDue(deadline, daysBefore(2), [])).toBe(3);
    // The nearest was sent: an older, unsent 7-day reminder is not sent late.
    expect(reminderDue(deadline, daysBefore(2), [3])).toBeNull();
  });

  it('is none once the deadline has passed, even if nothing was sent', () => {
    expect(reminderDue(deadline, at('2026-04-09T21:00:00Z'), [])).toBeNull();
    expect(reminderDue(deadline, at('2026-04-20T09:00:00Z'), [])).toBeNull();
  });

  it('takes configured thresholds in any order', () => {
    expect(reminderDue(deadline, daysBefore(10), [], [2, 14])).toBe(14);
    expect(reminderDue(deadline, daysBefore(2), [14], [2, 14])).toBe(2);
  });
});
