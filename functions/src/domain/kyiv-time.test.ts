import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  endOfKyivDay,
  kyivClock,
  kyivDate,
  kyivInstant,
  kyivOffsetMinutes,
  kyivYear,
} from './kyiv-time.js';

const at = (iso: string) => new Date(iso);

describe('Kyiv calendar date', () => {
  it('turns the day at Kyiv midnight, two hours before UTC midnight in winter', () => {
    expect(kyivDate(at('2026-01-14T21:59:59Z'))).toBe('2026-01-14');
    expect(kyivDate(at('2026-01-14T22:00:00Z'))).toBe('2026-01-15');
    expect(kyivDate(at('2026-01-15T00:30:00Z'))).toBe('2026-01-15');
  });

  it('turns the day three hours before UTC midnight in summer', () => {
    expect(kyivDate(at('2026-07-15T20:59:59Z'))).toBe('2026-07-15');
    expect(kyivDate(at('2026-07-15T21:00:00Z'))).toBe('2026-07-16');
  });

  it('belongs to the new year from Kyiv midnight on 1 January', () => {
    expect(kyivYear(at('2026-12-31T21:59:59Z'))).toBe(2026);
    expect(kyivYear(at('2026-12-31T22:30:00Z'))).toBe(2027);
    expect(kyivDate(at('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });

  it('switches to summer time at 03:00 on the last Sunday of March (29 March 2026)', () => {
    expect(kyivOffsetMinutes(at('2026-03-29T00:59:59Z'))).toBe(120);
    expect(kyivOffsetMinutes(at('2026-03-29T01:00:00Z'))).toBe(180);
    // The evening of the switch day is already on summer time.
    expect(kyivDate(at('2026-03-29T20:59:59Z'))).toBe('2026-03-29');
    expect(kyivDate(at('2026-03-29T21:00:00Z'))).toBe('2026-03-30');
    // The previous midnight was still on winter time.
    expect(kyivDate(at('2026-03-28T21:59:59Z'))).toBe('2026-03-28');
    expect(kyivDate(at('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
  });

  it('switches back at 04:00 on the last Sunday of October (25 October 2026)', () => {
    expect(kyivOffsetMinutes(at('2026-10-25T00:59:59Z'))).toBe(180);
    expect(kyivOffsetMinutes(at('2026-10-25T01:00:00Z'))).toBe(120);
    expect(kyivDate(at('2026-10-24T20:59:59Z'))).toBe('2026-10-24');
    expect(kyivDate(at('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
    expect(kyivDate(at('2026-10-25T21:59:59Z'))).toBe('2026-10-25');
    expect(kyivDate(at('2026-10-25T22:00:00Z'))).toBe('2026-10-26');
  });

  it('ignores milliseconds when measuring the offset', () => {
    expect(kyivOffsetMinutes(at('2026-01-14T10:00:00.999Z'))).toBe(120);
  });
});

describe('end of a Kyiv day', () => {
  it.each([
    ['2026-01-15', '2026-01-15T21:59:59.999Z'],
    ['2026-07-15', '2026-07-15T20:59:59.999Z'],
    ['2026-03-28', '2026-03-28T21:59:59.999Z'],
    ['2026-03-29', '2026-03-29T20:59:59.999Z'],
    ['2026-10-24', '2026-10-24T20:59:59.999Z'],
    ['2026-10-25', '2026-10-25T21:59:59.999Z'],
    ['2026-12-31', '2026-12-31T21:59:59.999Z'],
    ['2028-02-29', '2028-02-29T21:59:59.999Z'],
  ])('ends %s at %s', (day, instant) => {
    expect(endOfKyivDay(day).toISOString()).toBe(instant);
  });

  it('is the last instant still on that Kyiv date', () => {
    const end = endOfKyivDay('2026-03-29');
    expect(kyivDate(end)).toBe('2026-03-29');
    expect(kyivDate(new Date(end.getTime() + 1))).toBe('2026-03-30');
  });
});

describe('calendar days', () => {
  it('adds days across months, years and leap days', () => {
    expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addCalendarDays('2028-01-31', 30)).toBe('2028-03-01');
    expect(addCalendarDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
  });

  it('counts days between dates, negative backwards, unaffected by DST', () => {
    expect(calendarDaysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(calendarDaysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(calendarDaysBetween('2026-04-09', '2026-04-02')).toBe(-7);
    expect(calendarDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(calendarDaysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });
});

describe('a Kyiv wall-clock time as an instant', () => {
  it.each([
    // July is summer time (UTC+3), December winter time (UTC+2).
    ['2026-07-15', '10:00', '2026-07-15T07:00:00.000Z'],
    ['2026-12-15', '10:00', '2026-12-15T08:00:00.000Z'],
    ['2027-01-01', '00:30', '2026-12-31T22:30:00.000Z'],
    // The evening before the spring switch is still winter; the morning after, summer.
    ['2026-03-28', '23:00', '2026-03-28T21:00:00.000Z'],
    ['2026-03-29', '10:00', '2026-03-29T07:00:00.000Z'],
    ['2026-10-25', '10:00', '2026-10-25T08:00:00.000Z'],
  ])('%s %s in Kyiv is %s', (date, time, instant) => {
    const at = kyivInstant(date, time);
    expect(at.toISOString()).toBe(instant);
    expect(kyivDate(at)).toBe(date);
    expect(kyivClock(at)).toBe(time);
  });

  it('moves a time the spring switch skips an hour on, as the clocks do', () => {
    // 03:30 on 29 March 2026 does not exist in Kyiv: clocks jump from 03:00 to 04:00.
    expect(kyivClock(kyivInstant('2026-03-29', '03:30'))).toBe('04:30');
  });

  it('takes the second pass of the hour the autumn switch repeats', () => {
    expect(kyivInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });
});
