import { calendarDateOf, isIsoDate, slashDate } from '../../../src/core/vn';

describe('ISO calendar days', () => {
  it('reads a real day and writes it as a sheet date with two-digit day and month', () => {
    expect(calendarDateOf('2024-08-16')).toEqual({ year: 2024, month: 8, day: 16 });
    expect(slashDate({ year: 2025, month: 7, day: 1 })).toBe('01/07/2025');
  });

  it.each(['2023-02-29', '2024-04-31', '2024-13-01', '16/08/2024', '2024-8-16', ''])('rejects %j', (text) => {
    expect(calendarDateOf(text)).toBeUndefined();
    expect(isIsoDate(text)).toBe(false);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
