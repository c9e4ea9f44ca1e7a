import fc from 'fast-check';
import {
  moneyInWords,
  numberToWords,
  wordsToNumber,
  type NumberWordsOptions,
} from '../../../src/core/vn';

// Worked examples: research/vietnamese-domain.md §4.1, §4.4 and the harness values of §4.2.
const EXAMPLES: [number | bigint, string][] = [
  [0, 'Không đồng'],
  [5, 'Năm đồng'],
  [10, 'Mười đồng'],
  [11, 'Mười một đồng'],
  [14, 'Mười bốn đồng'],
  [15, 'Mười lăm đồng'],
  [21, 'Hai mươi mốt đồng'],
  [24, 'Hai mươi bốn đồng'],
  [25, 'Hai mươi lăm đồng'],
  [55, 'Năm mươi lăm đồng'],
  [101, 'Một trăm linh một đồng'],
  [104, 'Một trăm linh bốn đồng'],
  [105, 'Một trăm linh năm đồng'],
  [110, 'Một trăm mười đồng'],
  [115, 'Một trăm mười lăm đồng'],
  [1_000, 'Một nghìn đồng'],
  [1_001, 'Một nghìn không trăm linh một đồng'],
  [1_005, 'Một nghìn không trăm linh năm đồng'],
  [1_010, 'Một nghìn không trăm mười đồng'],
  [10_000, 'Mười nghìn đồng'],
  [105_000, 'Một trăm linh năm nghìn đồng'],
  [702_000, 'Bảy trăm linh hai nghìn đồng'],
  [710_000, 'Bảy trăm mười nghìn đồng'],
  [1_404_000, 'Một triệu bốn trăm linh bốn nghìn đồng'],
  [1_000_001, 'Một triệu không trăm linh một đồng'],
  [1_500_000, 'Một triệu năm trăm nghìn đồng'],
  [2_000_000, 'Hai triệu đồng'],
  [2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng'],
  [3_000_000, 'Ba triệu đồng'],
  [7_000_000, 'Bảy triệu đồng'],
  [10_000_000, 'Mười triệu đồng'],
  [11_005_000, 'Mười một triệu không trăm linh năm nghìn đồng'],
  [12_345_678, 'Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng'],
  [1_000_000_000, 'Một tỷ đồng'],
  [1_000_000_005, 'Một tỷ không trăm linh năm đồng'],
  [10 ** 12, 'Một nghìn tỷ đồng'],
  [1_001_000_000_000, 'Một nghìn không trăm linh một tỷ đồng'],
  [10 ** 15, 'Một triệu tỷ đồng'],
  [10n ** 18n, 'Một tỷ tỷ đồng'],
  // Above 10^18 the "<high> tỷ <low>" reading of read-vietnamese-number (research §4.2).
  [10n ** 18n + 10n ** 9n, 'Một tỷ không trăm linh một tỷ đồng'],
  [10n ** 21n, 'Một nghìn tỷ tỷ đồng'],
];

const VARIANTS: fc.Arbitrary<NumberWordsOptions> = fc.record({
  four: fc.constantFrom<'bốn' | 'tư'>('bốn', 'tư'),
  odd: fc.constantFrom<'linh' | 'lẻ'>('linh', 'lẻ'),
  thousand: fc.constantFrom<'nghìn' | 'ngàn'>('nghìn', 'ngàn'),
  billion: fc.constantFrom<'tỷ' | 'tỉ'>('tỷ', 'tỉ'),
});

const ALL_VARIANTS: NumberWordsOptions[] = (['bốn', 'tư'] as const).flatMap((four) =>
  (['linh', 'lẻ'] as const).flatMap((odd) =>
    (['nghìn', 'ngàn'] as const).flatMap((thousand) =>
      (['tỷ', 'tỉ'] as const).map((billion) => ({ four, odd, thousand, billion })),
    ),
  ),
);

const DIGIT_WORDS = new Set(['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']);
const tokens = (s: string): string[] => s.split(' ');

describe('moneyInWords: worked examples', () => {
  it.each(EXAMPLES)('%s → %s', (n, expected) => {
    expect(moneyInWords(n)).toBe(expected);
  });

  it.each(EXAMPLES)('%s reads back from its words', (n, words) => {
    expect(wordsToNumber(words)).toBe(BigInt(n));
  });

  it('appends "chẵn" after "đồng" when asked (research §4.1: "… đồng chẵn")', () => {
    expect(moneyInWords(1_800_000, { suffixEven: true })).toBe('Một triệu tám trăm nghìn đồng chẵn');
  });

  it('writes negative amounts with "Âm", capitalised with Vietnamese rules', () => {
    expect(moneyInWords(-21)).toBe('Âm hai mươi mốt đồng');
    expect(numberToWords(-105)).toBe('âm một trăm linh năm');
  });

  it('can leave the first letter in lower case', () => {
    expect(moneyInWords(10_000_000, { capitalize: false })).toBe('mười triệu đồng');
  });
});

describe('numberToWords: variants', () => {
  it('reads 4 after tens ≥ 2 as "tư" only when asked; 14 and 104 never', () => {
    expect(numberToWords(24, { four: 'tư' })).toBe('hai mươi tư');
    expect(numberToWords(14, { four: 'tư' })).toBe('mười bốn');
    expect(numberToWords(104, { four: 'tư' })).toBe('một trăm linh bốn');
    expect(numberToWords(1_404_024, { four: 'tư' })).toBe(
      'một triệu bốn trăm linh bốn nghìn không trăm hai mươi tư',
    );
  });

  it('uses "lẻ", "ngàn" and "tỉ" when asked', () => {
    expect(numberToWords(1_001_005_000_101, { odd: 'lẻ', thousand: 'ngàn', billion: 'tỉ' })).toBe(
      'một ngàn không trăm lẻ một tỉ không trăm lẻ năm triệu một trăm lẻ một',
    );
    expect(numberToWords(101_000, { odd: 'lẻ', thousand: 'ngàn' })).toBe('một trăm lẻ một ngàn');
  });

  it('capitalises on request', () => {
    expect(numberToWords(21, { capitalize: true })).toBe('Hai mươi mốt');
  });

  it('gives the same words for a number and the equal bigint', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), VARIANTS, (n, options) => {
        expect(numberToWords(n, options)).toBe(numberToWords(BigInt(n), options));
      }),
    );
  });

  it('rejects numbers it cannot read exactly, in Vietnamese', () => {
    expect(() => numberToWords(1.5)).toThrow(/số nguyên/);
    expect(() => numberToWords(Number.NaN)).toThrow(/số nguyên/);
    expect(() => numberToWords(Number.POSITIVE_INFINITY)).toThrow(/số nguyên/);
    expect(() => numberToWords(2 ** 53)).toThrow(/bigint/);
    expect(numberToWords(2n ** 53n)).toBe(
      'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ ' +
        'hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi hai',
    );
  });
});

describe('numberToWords ∘ wordsToNumber round trip', () => {
  const big = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 18n }),
    fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
    // Sparse values exercise skipped all-zero groups and blocks.
    fc.array(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 999 })), {
      maxLength: 4,
    }).map((parts) => parts.reduce((sum, [exp, d]) => sum + BigInt(d) * 10n ** BigInt(exp), 0n)),
  );

  describe.each(ALL_VARIANTS)('with %j', (options) => {
    it('holds for 0 … 999.999.999.999', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
          expect(wordsToNumber(numberToWords(n, options))).toBe(BigInt(n));
        }),
        { numRuns: 1000 },
      );
    });

    it('holds for bigints up to 10^18 and beyond, signed, as money words', () => {
      fc.assert(
        fc.property(big, fc.boolean(), (n, even) => {
          expect(wordsToNumber(moneyInWords(n, { ...options, suffixEven: even }))).toBe(n);
        }),
        { numRuns: 500 },
      );
    });
  });

  it('holds for every integer below 100.000 (default variant)', () => {
    for (let n = 0; n < 100_000; n++) {
      if (wordsToNumber(numberToWords(n)) !== BigInt(n)) throw new Error(`round trip failed at ${n}`);
    }
  });
});

describe('numberToWords: word-level rules (research §4.1)', () => {
  const anyNumber = fc.oneof(
    fc.integer({ min: 0, max: 999_999_999_999 }).map(BigInt),
    fc.bigInt({ min: 0n, max: 10n ** 21n }),
  );

  it('uses mốt, lăm, tư, mười/mươi and linh/lẻ only where they belong', () => {
    fc.assert(
      fc.property(anyNumber, VARIANTS, (n, options) => {
        const w = tokens(numberToWords(n, options));
        w.forEach((word, i) => {
          const before = w[i - 1];
          const after = w[i + 1];
          if (word === 'mốt') expect(before).toBe('mươi');
          if (word === 'một') expect(before).not.toBe('mươi');
          if (word === 'lăm') expect(['mười', 'mươi']).toContain(before);
          if (word === 'năm') expect(['mười', 'mươi']).not.toContain(before);
          if (word === 'tư') expect(before).toBe('mươi');
          if (word === 'bốn' && options.four === 'tư') expect(before).not.toBe('mươi');
          if (word === 'mươi') expect(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']).toContain(before);
          if (word === 'mười') expect(DIGIT_WORDS.has(before)).toBe(false);
          if (word === 'linh' || word === 'lẻ') {
            expect(before).toBe('trăm');
            expect(DIGIT_WORDS.has(after) && after !== 'không').toBe(true);
          }
          if (word === 'không' && n !== 0n) expect(after).toBe('trăm');
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "không trăm" in every group after the first, and in no first group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const w = tokens(numberToWords(n));
        const groups = [Math.floor(n / 1e6), Math.floor(n / 1e3) % 1000, n % 1000].filter((g) => g > 0);
        const hundredsRead = w.filter((x) => x === 'trăm').length;
        const expected = groups.filter((g, i) => i > 0 || g >= 100).length;
        expect(hundredsRead).toBe(expected);
        expect(w[0]).not.toBe('không');
      }),
      { numRuns: 2000 },
    );
  });

  it('differs between variants only in the variant words', () => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        const base = tokens(numberToWords(n));
        const swap: Record<string, string> = { linh: 'lẻ', nghìn: 'ngàn', tỷ: 'tỉ' };
        const expectedOther = base.map((w, i) =>
          w === 'bốn' && base[i - 1] === 'mươi' ? 'tư' : (swap[w] ?? w),
        );
        const other = numberToWords(n, { four: 'tư', odd: 'lẻ', thousand: 'ngàn', billion: 'tỉ' });
        expect(tokens(other)).toEqual(expectedOther);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wordsToNumber', () => {
  it('accepts any case, spacing, NFD text and a trailing "đồng" / "đồng chẵn"', () => {
    expect(wordsToNumber('  MƯỜI   MỘT triệu không trăm linh năm nghìn  ')).toBe(11_005_000n);
    expect(wordsToNumber('Hai triệu ba trăm bốn mươi nghìn đồng'.normalize('NFD'))).toBe(2_340_000n);
    expect(wordsToNumber('Một triệu tám trăm nghìn đồng chẵn')).toBe(1_800_000n);
    expect(wordsToNumber('Không đồng')).toBe(0n);
    expect(wordsToNumber('một ngàn không trăm lẻ một tỉ')).toBe(1_001_000_000_000n);
    expect(wordsToNumber('âm hai mươi tư')).toBe(-24n);
  });

  it.each([
    ['', 'empty'],
    ['đồng', 'unit only'],
    ['chẵn', 'chẵn without đồng'],
    ['hai mươi một', 'một after tens ≥ 2'],
    ['mười năm', 'năm after mười'],
    ['mười tư', 'tư after mười'],
    ['mười mốt', 'mốt after mười'],
    ['một trăm linh tư', 'tư after linh'],
    ['một trăm lẻ lăm', 'lăm after lẻ'],
    ['ba mười', 'mười after a digit'],
    ['một mươi', 'mươi after một'],
    ['không trăm năm', 'leading không trăm'],
    ['một nghìn năm', 'missing không trăm linh'],
    ['một triệu không trăm nghìn', 'all-zero group written out'],
    ['một nghìn hai triệu', 'scales out of order'],
    ['một triệu hai triệu', 'repeated scale'],
    ['tỷ', 'scale without a number'],
    ['linh một', 'linh without hundreds'],
    ['âm', 'sign only'],
    ['âm không', 'negative zero'],
    ['một trăm hai', 'bare unit after hundreds'],
    ['hai mươi ba bốn', 'extra digit'],
    ['mười hai đô', 'unknown word'],
  ])('rejects "%s" (%s)', (text) => {
    expect(() => wordsToNumber(text)).toThrow(/Không đọc được số viết bằng chữ/);
  });
});
