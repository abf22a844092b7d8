/**
 * Calendar dates ("2026-12-01"), the only kind of time AliExit keeps. A date is the day on the
 * user's own calendar: a request sent at 23:30 in Auckland was sent that day, whatever UTC says.
 * All arithmetic runs on the date itself (through UTC, which has no daylight-saving jumps).
 */
export type CalendarDate = string & { readonly __calendarDate: true };

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written as YYYY-MM-DD (so "2027-02-29" is not one). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return (
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
  );
}

function parts(date: CalendarDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function fromUtc(utc: Date): CalendarDate {
  return utc.toISOString().slice(0, 10) as CalendarDate;
}

/** The day an instant falls on in a time zone (the system's own when none is given). */
export function calendarDateOf(instant: Date, timeZone?: string): CalendarDate {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const field = (type: string) =>
    format.formatToParts(instant).find((part) => part.type === type)?.value ?? '';
  return `${field('year')}-${field('month')}-${field('day')}` as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = parts(date);
  return fromUtc(new Date(Date.UTC(year, month - 1, day + days)));
}

/**
 * The same day `months` later; when that month is shorter, its last day (Jan 31 + 1 month =
 * Feb 28, or 29 in a leap year). This is how EU law counts a period in months (Regulation
 * 1182/71, Art. 3(2)(c)), which the GDPR's "one month" follows.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The instant the day after `date` begins in the system's time zone (when a deadline has passed). */
export function startOfDayAfter(date: CalendarDate): Date {
  const [year, month, day] = parts(date);
  return new Date(year, month - 1, day + 1);
}
