import fc from 'fast-check';
import {
  compareNames,
  forceFallbackCollator,
  joinFullName,
  splitFullName,
} from '../../../src/core/vn';
import { vietnameseName } from './arbitraries';

// research/vietnamese-domain.md §5.3: sorted by tên, then họ, then tên đệm.
const OFFICIAL_ORDER = [
  'Nguyễn Văn An', 'Hoàng Anh', 'Trần Thị Ánh', 'Bùi Thị Ân', 'Trần Văn Bảo', 'Lê Thị Bắc',
  'Phạm Minh Dũng', 'Lê Văn Đức', 'Nguyễn Thị Hà', 'Nguyễn Văn Hà', 'Võ Thị Ngọc Hà',
  'Đặng Văn Hải', 'Đỗ Văn Ôn', 'Lý Thị Ơn', 'Dương Tú', 'Nguyễn Anh Tuấn', 'Ngô Thanh Tùng',
];

afterEach(() => forceFallbackCollator(false));

describe('splitFullName and joinFullName', () => {
  it.each([
    ['Võ Thị Ngọc Hà', { family: 'Võ', middle: 'Thị Ngọc', given: 'Hà' }],
    ['Hoàng Anh', { family: 'Hoàng', middle: '', given: 'Anh' }],
    ['  Dương   Tú ', { family: 'Dương', middle: '', given: 'Tú' }],
    ['Hà', { family: '', middle: '', given: 'Hà' }],
    ['', { family: '', middle: '', given: '' }],
  ])('%j → %o', (full, expected) => {
    expect(splitFullName(full)).toEqual(expected);
  });

  it('returns NFC parts for NFD input', () => {
    expect(splitFullName('Nguyễn Thị Hằng'.normalize('NFD'))).toEqual({
      family: 'Nguyễn',
      middle: 'Thị',
      given: 'Hằng',
    });
  });

  it('joins the parts back, skipping empty ones', () => {
    expect(joinFullName({ family: 'Võ', middle: 'Thị Ngọc', given: 'Hà' })).toBe('Võ Thị Ngọc Hà');
    expect(joinFullName({ family: 'Dương', middle: '', given: 'Tú' })).toBe('Dương Tú');
  });

  it('round-trips any name', () => {
    fc.assert(
      fc.property(vietnameseName, (name) => {
        expect(joinFullName(splitFullName(name))).toBe(name.normalize('NFC'));
      }),
    );
  });
});

describe.each([
  ['intl', false],
  ['fallback', true],
])('compareNames (%s)', (_kind, forced) => {
  beforeEach(() => forceFallbackCollator(forced));

  it('sorts the research list into exactly the official order, from any permutation', () => {
    expect([...OFFICIAL_ORDER].reverse().sort(compareNames)).toEqual(OFFICIAL_ORDER);
    fc.assert(
      fc.property(fc.shuffledSubarray(OFFICIAL_ORDER, { minLength: OFFICIAL_ORDER.length }), (names) => {
        expect([...names].sort(compareNames)).toEqual(OFFICIAL_ORDER);
      }),
      { numRuns: 100 },
    );
  });

  it('sorts NFD names like their NFC forms', () => {
    const nfd = OFFICIAL_ORDER.map((n) => n.normalize('NFD'));
    expect([...nfd].reverse().sort(compareNames)).toEqual(nfd);
    expect(compareNames('Lê Văn Đức'.normalize('NFD'), 'Lê Văn Đức')).toBe(0);
  });

  it('accepts split names', () => {
    const a = { family: 'Nguyễn', middle: 'Thị', given: 'Hà' };
    const b = { family: 'Nguyễn', middle: 'Văn', given: 'Hà' };
    expect(compareNames(a, b)).toBeLessThan(0);
    expect(compareNames(b, 'Nguyễn Thị Hà')).toBeGreaterThan(0);
  });

  it('is antisymmetric and gives a consistent order', () => {
    fc.assert(
      fc.property(fc.array(vietnameseName, { minLength: 2, maxLength: 8 }), (names) => {
        const [a, b] = names;
        expect(Math.sign(compareNames(a, b))).toBe(-Math.sign(compareNames(b, a)) || 0);
        const sorted = [...names].sort(compareNames);
        for (let i = 1; i < sorted.length; i++) {
          expect(compareNames(sorted[i - 1], sorted[i])).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
