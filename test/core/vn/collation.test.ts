import fc from 'fast-check';
import {
  collatorKind,
  compareVietnamese,
  compareVietnameseFallback,
  forceFallbackCollator,
  vietnameseCollationSelfTest,
} from '../../../src/core/vn';
import { TONE_MARKS, vietnameseName } from './arbitraries';

const intlVi = new Intl.Collator('vi');

// research/vietnamese-domain.md §5.2, the word sample sorted by Intl.Collator('vi').
const WORDS = [
  'An', 'Anh', 'Ánh', 'Ân', 'Ấn', 'Ất', 'Bảo', 'Bắc', 'Dũng', 'Duy', 'Đức', 'Hà', 'Hải', 'Hạnh',
  'Hằng', 'Hân', 'Hùng', 'Hưng', 'Nhi', 'Nhung', 'Như', 'On', 'Ôn', 'Ơn', 'Tú', 'Tuấn', 'Tùng',
  'Uyên', 'Ưng', 'Ý', 'Yến',
];
const ALPHABET = Array.from('aăâbcdđeêghiklmnoôơpqrstuưvxy');

afterEach(() => forceFallbackCollator(false));

describe('collator selection', () => {
  it("uses Intl.Collator('vi') on this Node (full ICU), and the fallback when forced", () => {
    expect(collatorKind()).toBe('intl');
    forceFallbackCollator(true);
    expect(collatorKind()).toBe('fallback');
    forceFallbackCollator(false);
    expect(collatorKind()).toBe('intl');
  });

  it('the self-test passes for the vi collator and our fallback', () => {
    expect(vietnameseCollationSelfTest(intlVi.compare)).toBe(true);
    expect(vietnameseCollationSelfTest(compareVietnameseFallback)).toBe(true);
  });

  it('the self-test fails for collators without Vietnamese rules (research §5.2)', () => {
    expect(vietnameseCollationSelfTest(new Intl.Collator('en').compare)).toBe(false);
    expect(vietnameseCollationSelfTest(new Intl.Collator('und').compare)).toBe(false);
    expect(vietnameseCollationSelfTest((a, b) => a.localeCompare(b))).toBe(false);
    expect(vietnameseCollationSelfTest((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toBe(false);
  });
});

describe.each([
  ['intl', false],
  ['fallback', true],
])('compareVietnamese (%s)', (_kind, forced) => {
  beforeEach(() => forceFallbackCollator(forced));

  const sorted = (xs: string[]): string[] => [...xs].sort(compareVietnamese);

  it('orders the letters of the Vietnamese alphabet', () => {
    expect(sorted([...ALPHABET].reverse())).toEqual(ALPHABET);
  });

  it('orders tones none < huyền < hỏi < ngã < sắc < nặng on every vowel', () => {
    for (const vowel of Array.from('aăâeêioôơuưy')) {
      const toned = TONE_MARKS.map((t) => (vowel + t).normalize('NFC'));
      expect(sorted([...toned].reverse())).toEqual(toned);
    }
  });

  it('sorts the research word sample exactly', () => {
    expect(sorted([...WORDS].reverse())).toEqual(WORDS);
    fc.assert(
      fc.property(fc.shuffledSubarray(WORDS, { minLength: WORDS.length }), (words) => {
        expect(sorted(words)).toEqual(WORDS);
      }),
      { numRuns: 50 },
    );
  });

  it('compares letters before tones and tones before case', () => {
    expect(compareVietnamese('Ánh', 'Ăn')).toBeLessThan(0); // a < ă outweighs the tone
    expect(compareVietnamese('bà', 'Ba')).toBeGreaterThan(0); // tone outweighs case
    expect(compareVietnamese('ba', 'Ba')).toBeLessThan(0); // lower case first
    expect(compareVietnamese('đa', 'Đa')).toBeLessThan(0);
    expect(compareVietnamese('An Bình', 'Anh')).toBeLessThan(0); // space sorts first
  });

  it('treats NFD input as equal to NFC', () => {
    fc.assert(
      fc.property(vietnameseName, (name) => {
        expect(compareVietnamese(name.normalize('NFD'), name.normalize('NFC'))).toBe(0);
      }),
    );
  });

  it('puts the old tone placement before the new one, as ICU does ("Hoà" < "Hòa")', () => {
    expect(compareVietnamese('Hoà', 'Hòa')).toBeLessThan(0);
    expect(compareVietnamese('Thuý', 'Thúy')).toBeLessThan(0);
  });
});

describe('compareVietnameseFallback', () => {
  it("agrees in sign with Intl.Collator('vi') on random names (NFC and NFD)", () => {
    fc.assert(
      fc.property(vietnameseName, vietnameseName, (a, b) => {
        expect(Math.sign(compareVietnameseFallback(a, b))).toBe(Math.sign(intlVi.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on near-identical pairs: one letter, tone or case changed', () => {
    const variant = (s: string): fc.Arbitrary<string> =>
      fc
        .tuple(fc.nat(), fc.constantFrom(...TONE_MARKS), fc.constantFrom('upper', 'lower', 'tone'))
        .map(([i, tone, how]) => {
          const chars = Array.from(s.normalize('NFC'));
          const k = i % chars.length;
          const c = chars[k];
          chars[k] =
            how === 'upper' ? c.toLocaleUpperCase('vi')
            : how === 'lower' ? c.toLocaleLowerCase('vi')
            : (c.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '') + tone).normalize('NFC');
          return chars.join('');
        });
    fc.assert(
      fc.property(
        vietnameseName.chain((a) => fc.tuple(fc.constant(a), variant(a))),
        ([a, b]) => {
          expect(Math.sign(compareVietnameseFallback(a, b))).toBe(Math.sign(intlVi.compare(a, b)));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
