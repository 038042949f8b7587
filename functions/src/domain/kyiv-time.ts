/**
 * Calendar arithmetic in Kyiv time. Terms and registration years follow the Ukrainian
 * calendar day, not UTC: a report sent at 00:30 on 1 January in Kyiv belongs to the new year.
 */
export const KYIV_TIME_ZONE = 'Europe/Kyiv';
const DAY_MS = 24 * 60 * 60 * 1000;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: KYIV_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface KyivParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function kyivParts(at: Date): KyivParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as unknown as KyivParts;
}

/** Minutes Kyiv is ahead of UTC at that instant (120 in winter, 180 in summer). */
export function kyivOffsetMinutes(at: Date): number {
  const p = kyivParts(at);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The Kyiv calendar date of an instant, as `YYYY-MM-DD`. */
export function kyivDate(at: Date): string {
  const p = kyivParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function kyivYear(at: Date): number {
  return kyivParts(at).year;
}

/** Adds calendar days to a `YYYY-MM-DD` date. */
export function addCalendarDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from one `YYYY-MM-DD` date to another (negative if earlier). */
export function calendarDaysBetween(fromIsoDate: string, toIsoDate: string): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(toIsoDate) - toUtc(fromIsoDate)) / DAY_MS);
}

/** The Kyiv wall-clock time of an instant, as `HH:MM`. */
export function kyivClock(at: Date): string {
  const p = kyivParts(at);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/**
 * The instant a Kyiv wall-clock time names: `kyivInstant('2026-07-15', '10:00')` is 07:00 UTC
 * (summer, UTC+3), `kyivInstant('2026-12-15', '10:00')` is 08:00 UTC (winter, UTC+2).
 * A time skipped by the spring switch (03:00–04:00 on the last Sunday of March) comes out an
 * hour later, as clocks show it; the repeated hour in October resolves to its second pass.
 */
export function kyivInstant(isoDate: string, time = '00:00', milliseconds = 0): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  const wallClock = Date.UTC(y, m - 1, d, hh, mm, ss, milliseconds);
  // The offset at the wall-clock guess is right except within hours of a DST switch; one
  // correction from the guessed instant settles it.
  const guess = new Date(wallClock - kyivOffsetMinutes(new Date(wallClock)) * 60_000);
  return new Date(wallClock - kyivOffsetMinutes(guess) * 60_000);
}

/** The last millisecond of a Kyiv calendar day, as an instant. */
export function endOfKyivDay(isoDate: string): Date {
  return kyivInstant(isoDate, '23:59:59', 999);
}
