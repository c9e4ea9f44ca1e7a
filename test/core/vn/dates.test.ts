import fc from 'fast-check';
import {
  dateInTimeZone,
  documentDate,
  placeAndDate,
  shortDate,
  shortDateRange,
} from '../../../src/core/vn';

// ND 30/2020: zero before days < 10 and the months 1 and 2 only (research/vietnamese-domain.md §1.5).
const DAY_TEXT = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
  '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31',
];
const MONTH_TEXT = ['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const DAYS_IN_2024 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

describe('documentDate', () => {
  it.each([
    [{ year: 2024, month: 2, day: 5 }, 'ngày 05 tháng 02 năm 2024'],
    [{ year: 2024, month: 8, day: 16 }, 'ngày 16 tháng 8 năm 2024'],
    [{ year: 2024, month: 12, day: 1 }, 'ngày 01 tháng 12 năm 2024'],
    [{ year: 2020, month: 1, day: 5 }, 'ngày 05 tháng 01 năm 2020'],
    [{ year: 2019, month: 6, day: 29 }, 'ngày 29 tháng 6 năm 2019'],
  ])('%o → %s', (date, expected) => {
    expect(documentDate(date)).toBe(expected);
  });

  it('pads days below 10 and months 1–2, for every day of a leap year', () => {
    MONTH_TEXT.forEach((monthText, m) => {
      for (let d = 1; d <= DAYS_IN_2024[m]; d++) {
        const date = { year: 2024, month: m + 1, day: d };
        expect(documentDate(date)).toBe(`ngày ${DAY_TEXT[d - 1]} tháng ${monthText} năm 2024`);
        expect(shortDate(date)).toBe(`${DAY_TEXT[d - 1]}/${monthText}/2024`);
      }
    });
  });

  it.each([
    { year: 2024, month: 4, day: 31 },
    { year: 2023, month: 2, day: 29 },
    { year: 1900, month: 2, day: 29 },
    { year: 2024, month: 13, day: 1 },
    { year: 2024, month: 0, day: 1 },
    { year: 2024, month: 1, day: 0 },
    { year: 2024, month: 1, day: 1.5 },
    { year: 0, month: 1, day: 1 },
  ])('rejects %o with a Vietnamese message', (date) => {
    expect(() => documentDate(date)).toThrow(/^Ngày không hợp lệ/);
    expect(() => shortDate(date)).toThrow(/^Ngày không hợp lệ/);
  });

  it('accepts 29 February in 2000 (divisible by 400)', () => {
    expect(documentDate({ year: 2000, month: 2, day: 29 })).toBe('ngày 29 tháng 02 năm 2000');
  });
});

describe('placeAndDate', () => {
  it('writes "<địa danh>, ngày … tháng … năm …"', () => {
    expect(placeAndDate('Hậu Giang', { year: 2024, month: 8, day: 16 })).toBe(
      'Hậu Giang, ngày 16 tháng 8 năm 2024',
    );
    expect(placeAndDate('  Thành phố   Hồ Chí Minh ', { year: 2019, month: 6, day: 29 })).toBe(
      'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019',
    );
  });

  it('normalises the place name to NFC', () => {
    const line = placeAndDate('Cần Thơ'.normalize('NFD'), { year: 2026, month: 2, day: 5 });
    expect(line).toBe('Cần Thơ, ngày 05 tháng 02 năm 2026');
    expect(line).toBe(line.normalize('NFC'));
  });

  it('refuses an empty place name', () => {
    expect(() => placeAndDate('  ', { year: 2024, month: 8, day: 16 })).toThrow(/địa danh/);
  });
});

describe('shortDate and shortDateRange', () => {
  it.each([
    [{ year: 2021, month: 1, day: 29 }, '29/01/2021'],
    [{ year: 2024, month: 3, day: 5 }, '05/3/2024'],
    [{ year: 2023, month: 3, day: 16 }, '16/3/2023'],
    [{ year: 2020, month: 9, day: 1 }, '01/9/2020'],
    [{ year: 2024, month: 10, day: 31 }, '31/10/2024'],
  ])('%o → %s (as the seed plans write it)', (date, expected) => {
    expect(shortDate(date)).toBe(expected);
  });

  it('writes a period as the seeds do, repeating the year only when it changes', () => {
    expect(shortDateRange({ year: 2024, month: 7, day: 1 }, { year: 2024, month: 8, day: 16 })).toBe(
      '01/7–16/8/2024',
    );
    expect(shortDateRange({ year: 2023, month: 12, day: 15 }, { year: 2024, month: 1, day: 15 })).toBe(
      '15/12/2023–15/01/2024',
    );
    expect(() =>
      shortDateRange({ year: 2024, month: 2, day: 30 }, { year: 2024, month: 3, day: 1 }),
    ).toThrow(/Ngày không hợp lệ/);
  });
});

describe('dateInTimeZone', () => {
  it('gives the Vietnamese calendar day by default: 31/12 23:30 UTC is already 01/01', () => {
    const instant = new Date(Date.UTC(2024, 11, 31, 23, 30));
    expect(dateInTimeZone(instant)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(dateInTimeZone(instant, 'UTC')).toEqual({ year: 2024, month: 12, day: 31 });
    expect(documentDate(dateInTimeZone(instant))).toBe('ngày 01 tháng 01 năm 2025');
  });

  it('changes day at 17:00 UTC, midnight in Vietnam', () => {
    expect(dateInTimeZone(new Date(Date.UTC(2024, 7, 15, 16, 59, 59, 999)))).toEqual({
      year: 2024,
      month: 8,
      day: 15,
    });
    expect(dateInTimeZone(new Date(Date.UTC(2024, 7, 15, 17)))).toEqual({
      year: 2024,
      month: 8,
      day: 16,
    });
  });

  it('agrees with UTC+7 (Vietnam has kept UTC+7 without daylight saving since 1975)', () => {
    const from = Date.UTC(1976, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const shifted = new Date(ms + 7 * 3600 * 1000);
        expect(dateInTimeZone(new Date(ms))).toEqual({
          year: shifted.getUTCFullYear(),
          month: shifted.getUTCMonth() + 1,
          day: shifted.getUTCDate(),
        });
      }),
    );
  });

  it('follows other zones too', () => {
    expect(dateInTimeZone(new Date(Date.UTC(2024, 0, 1, 3)), 'America/New_York')).toEqual({
      year: 2023,
      month: 12,
      day: 31,
    });
  });

  it('rejects an unknown zone and an invalid Date in Vietnamese', () => {
    expect(() => dateInTimeZone(new Date(), 'Mars/Olympus')).toThrow('Múi giờ không hợp lệ: "Mars/Olympus".');
    expect(() => dateInTimeZone(new Date(Number.NaN))).toThrow(/Thời điểm không hợp lệ/);
  });
});
