// Days typed into sheets come back as Dates at their midnight in Vietnam; they are read as that
// day, and typed times as Vietnam's clock, whatever time zone the script runs in.

import { dayOfDateCell, dayText, readDay, readInstant } from '../../src/core/day-cells';
import { daysBetween } from '../../src/core/vn/dates';

describe('day cells', () => {
  it('reads a Date cell as its day in Vietnam, and dd/mm/yyyy text as that day', () => {
    expect(dayOfDateCell(new Date('2024-08-29T17:00:00Z'))).toEqual({ year: 2024, month: 8, day: 30 });
    expect(readDay(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(readDay(' 5/9/2024 ')).toBe('2024-09-05');
    expect([readDay(''), readDay(undefined)]).toEqual([null, null]);
    expect([readDay('31/02/2024'), readDay('2024-09-05'), readDay(new Date(Number.NaN))]).toEqual([undefined, undefined, undefined]);
    expect(readDay(dayText('2024-09-05'))).toBe('2024-09-05');
  });

  it('reads typed times as Vietnam’s clock and keeps a Date cell’s instant', () => {
    expect(readInstant('04/10/2024 09:05')).toEqual(new Date('2024-10-04T09:05:00+07:00'));
    expect(readInstant('4/10/2024')).toEqual(new Date('2024-10-04T00:00:00+07:00'));
    const at = new Date('2024-10-04T02:05:00Z');
    expect(readInstant(at)).toBe(at);
    expect([readInstant('04/10/2024 24:00'), readInstant('hôm qua')]).toEqual([undefined, undefined]);
  });

  it('counts whole days between two days', () => {
    expect(daysBetween('2024-10-05', '2024-10-20')).toBe(15);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
  });
});
