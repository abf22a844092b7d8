import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateOf,
  daysBetween,
  isCalendarDate,
  startOfDayAfter,
  type CalendarDate,
} from '../../core/request/calendar';
import { deadlineOf, requestStatus } from '../../core/request/status';

const date = (value: string) => value as CalendarDate;

describe('deadline arithmetic on calendar dates', () => {
  it.each([
    ['2027-01-31', '2027-02-28'], // a month end into a shorter month
    ['2028-01-31', '2028-02-29'], // ... in a leap year
    ['2028-01-29', '2028-02-29'],
    ['2028-02-29', '2028-03-29'], // from a leap day: the same day number
    ['2027-03-31', '2027-04-30'],
    ['2027-08-31', '2027-09-30'],
    ['2027-12-15', '2028-01-15'], // into the next year
    ['2027-12-31', '2028-01-31'],
  ])('%s + one month = %s (GDPR, Art. 12(3))', (sent, deadline) => {
    expect(deadlineOf({ sentOn: date(sent), law: 'gdpr' })).toBe(deadline);
    expect(addMonths(date(sent), 1)).toBe(deadline);
  });

  it('counts three months for the longest GDPR extension from a month end', () => {
    expect(addMonths(date('2027-11-30'), 3)).toBe('2028-02-29');
    expect(addMonths(date('2026-11-30'), 3)).toBe('2027-02-28');
  });

  it.each([
    ['2027-12-01', '2028-01-15'], // across a year end
    ['2028-01-20', '2028-03-05'], // across a leap February (29 days)
    ['2027-01-20', '2027-03-06'], // ... and a common one (28 days)
  ])('%s + 45 days = %s (CCPA)', (sent, deadline) => {
    expect(deadlineOf({ sentOn: date(sent), law: 'ccpa' })).toBe(deadline);
    expect(daysBetween(date(sent), date(deadline))).toBe(45);
  });

  it('counts whole days across a daylight-saving change', () => {
    // Europe moves its clocks on 2027-03-28 and 2027-10-31: a day is still a day.
    expect(daysBetween(date('2027-03-27'), date('2027-03-29'))).toBe(2);
    expect(addDays(date('2027-10-30'), 2)).toBe('2027-11-01');
  });

  it('accepts real days only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
    expect(isCalendarDate('2027-01-01T00:00')).toBe(false);
    expect(isCalendarDate(20270101)).toBe(false);
  });
});

describe('the day a request was sent, in the user’s own time zone', () => {
  // One instant: late on Jan 31 in California, already Feb 1 in Berlin and Auckland.
  const instant = new Date('2027-02-01T07:30:00Z');

  it.each([
    ['America/Los_Angeles', '2027-01-31', '2027-02-28'],
    ['Europe/Berlin', '2027-02-01', '2027-03-01'],
    ['Pacific/Auckland', '2027-02-01', '2027-03-01'],
    ['UTC', '2027-02-01', '2027-03-01'],
  ])('in %s it is %s, so a GDPR deadline of %s', (zone, day, deadline) => {
    const sentOn = calendarDateOf(instant, zone);
    expect(sentOn).toBe(day);
    expect(deadlineOf({ sentOn, law: 'gdpr' })).toBe(deadline);
  });

  it('the deadline day itself is in time; the day after is overdue', () => {
    const sent = { sentOn: date('2027-01-31'), law: 'gdpr' } as const;
    expect(requestStatus(sent, date('2027-02-01'))).toEqual({
      deadline: '2027-02-28',
      daysLeft: 27,
      overdue: false,
    });
    expect(requestStatus(sent, date('2027-02-28'))).toMatchObject({ daysLeft: 0, overdue: false });
    expect(requestStatus(sent, date('2027-03-01'))).toMatchObject({ daysLeft: -1, overdue: true });
  });

  it('the deadline has passed at local midnight after its day', () => {
    const after = startOfDayAfter(date('2027-02-28'));
    expect([after.getFullYear(), after.getMonth(), after.getDate(), after.getHours()]).toEqual([
      2027, 2, 1, 0,
    ]);
    expect(calendarDateOf(after)).toBe('2027-03-01');
    expect(calendarDateOf(new Date(after.getTime() - 1))).toBe('2027-02-28');
  });
});
