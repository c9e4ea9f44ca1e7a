import fc from 'fast-check';
import { formatMoney, formatMoneyWithWords, formatNumberVi } from '../../../src/core/vn';

describe('formatMoney', () => {
  it.each([
    [0, '0 đồng'],
    [999, '999 đồng'],
    [1_000, '1.000 đồng'],
    [1_500_000, '1.500.000 đồng'],
    [2_340_000, '2.340.000 đồng'],
    [10_000_000, '10.000.000 đồng'],
    [-500_000, '-500.000 đồng'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 đồng'],
  ])('%s → %s', (amount, expected) => {
    expect(formatMoney(amount)).toBe(expected);
  });

  it('accepts bigints beyond the safe range', () => {
    expect(formatMoney(10n ** 18n)).toBe('1.000.000.000.000.000.000 đồng');
    expect(formatMoney(-1234n)).toBe('-1.234 đồng');
  });

  it('rejects non-integers, non-finite and imprecise numbers with a Vietnamese message', () => {
    expect(() => formatMoney(1.5)).toThrow('Số tiền phải là số nguyên đồng (nhận được: 1.5).');
    expect(() => formatMoney(Number.NaN)).toThrow('Số tiền không hợp lệ: NaN.');
    expect(() => formatMoney(Number.NEGATIVE_INFINITY)).toThrow(/Số tiền không hợp lệ/);
    expect(() => formatMoney(2 ** 53)).toThrow(/bigint/);
  });
});

describe('formatMoneyWithWords', () => {
  it('writes the document form "digits (Words)" (DESIGN.md §4)', () => {
    expect(formatMoneyWithWords(10_000_000)).toBe('10.000.000 đồng (Mười triệu đồng)');
    expect(formatMoneyWithWords(1_800_000, { suffixEven: true })).toBe(
      '1.800.000 đồng (Một triệu tám trăm nghìn đồng chẵn)',
    );
  });

  it('rejects what formatMoney rejects', () => {
    expect(() => formatMoneyWithWords(0.5)).toThrow(/số nguyên/);
  });
});

describe('formatNumberVi', () => {
  it.each<[number | bigint, string]>([
    [0, '0'],
    [7, '7'],
    [1234567, '1.234.567'],
    [85.5, '85,5'],
    [1234567.891, '1.234.567,89'],
    [-1234.5, '-1.234,5'],
    [0.001, '0'],
    [-0.001, '0'],
    [-0, '0'],
    [-12_000n, '-12.000'],
  ])('%s → %s', (n, expected) => {
    expect(formatNumberVi(n)).toBe(expected);
  });

  it('rounds to maximumFractionDigits', () => {
    expect(formatNumberVi(85.5, { maximumFractionDigits: 0 })).toBe('86');
    expect(formatNumberVi(2 / 3, { maximumFractionDigits: 4 })).toBe('0,6667');
  });

  it('rejects what it cannot print exactly', () => {
    expect(() => formatNumberVi(Number.NaN)).toThrow(/hữu hạn/);
    expect(() => formatNumberVi(1e21)).toThrow(/bigint/);
    expect(() => formatNumberVi(1, { maximumFractionDigits: 1.5 })).toThrow(/thập phân/);
  });

  it('groups every safe integer by threes and loses no digit', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const s = formatNumberVi(n);
        expect(s).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
        expect(s.replace(/\./g, '')).toBe(String(n));
      }),
    );
  });
});
