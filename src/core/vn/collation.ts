/**
 * Vietnamese dictionary order: letters first (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
 * v x y), then tones (none < huyền < hỏi < ngã < sắc < nặng), then case
 * (research/vietnamese-domain.md §5.1). Intl.Collator('vi') implements it in Node, but Apps
 * Script's ICU data is unverified (§5.4), so the collator is checked once and replaced by our own
 * comparator if it sorts wrongly.
 */

export type CollatorKind = 'intl' | 'fallback';

type Compare = (a: string, b: string) => number;

// CLDR vi.txt makes ă â đ ê ô ơ ư separate letters (primary differences); f j w z are kept in
// their Latin places for foreign names (§5.1).
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';

/** Base letter + breve/circumflex/horn → the Vietnamese letter it spells. */
const LETTER_MARKS: ReadonlyMap<string, string> = new Map([
  ['a\u0306', 'ă'], ['a\u0302', 'â'], ['e\u0302', 'ê'],
  ['o\u0302', 'ô'], ['o\u031B', 'ơ'], ['u\u031B', 'ư'],
]);

/** Tones in CLDR's secondary order `&̀<<̉<<̃<<́<<̣`; 0 is the bare letter (§5.1). */
const TONE_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['\u0300', 1], ['\u0309', 2], ['\u0303', 3], ['\u0301', 4], ['\u0323', 5],
]);
const OTHER_MARK_WEIGHT = 6;

// Primary bands, in ICU's order: spaces < punctuation and symbols < digits < letters.
const SPACE_BAND = 0;
const SYMBOL_BAND = 1;
const DIGIT_BAND = 0x200000;
const LETTER_BAND = 0x300000;
const OTHER_LETTER_BAND = 0x400000;

interface SortKey {
  primary: number[];
  secondary: number[];
  tertiary: number[];
}

function primaryWeight(letter: string): number {
  const index = ALPHABET.indexOf(letter);
  if (letter.length === 1 && index >= 0) return LETTER_BAND + index;
  const cp = letter.codePointAt(0) ?? 0;
  if (/^\s$/u.test(letter)) return SPACE_BAND;
  if (/^\p{Nd}$/u.test(letter)) return DIGIT_BAND + cp;
  if (/^\p{L}/u.test(letter)) return OTHER_LETTER_BAND + cp;
  return SYMBOL_BAND + cp;
}

/**
 * The collation key of research §5.4: NFD, fold the letter marks into ă â ê ô ơ ư, then one
 * primary weight per letter, the secondary sequence as ICU builds it (a common weight per letter
 * and one weight per tone mark, so "Hoà" < "Hòa" as in ICU), and one case weight per letter.
 */
function sortKey(s: string): SortKey {
  const key: SortKey = { primary: [], secondary: [], tertiary: [] };
  const chars = Array.from(s.normalize('NFD'));
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i++];
    if (/^\p{M}$/u.test(ch)) {
      // A mark with no letter before it has no primary weight.
      key.secondary.push(TONE_WEIGHTS.get(ch) ?? OTHER_MARK_WEIGHT);
      continue;
    }
    let letter = ch.toLowerCase();
    const marks: number[] = [];
    while (i < chars.length && /^\p{M}$/u.test(chars[i])) {
      const mark = chars[i++];
      const folded = LETTER_MARKS.get(letter + mark);
      if (folded !== undefined) letter = folded;
      else marks.push(TONE_WEIGHTS.get(mark) ?? OTHER_MARK_WEIGHT);
    }
    key.primary.push(primaryWeight(letter));
    key.secondary.push(0, ...marks);
    key.tertiary.push(ch === ch.toLowerCase() ? 0 : 1);
  }
  return key;
}

function compareWeights(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}

/** Our own comparator (research §5.4), used when the runtime's Intl.Collator('vi') fails the check. */
export function compareVietnameseFallback(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return (
    compareWeights(ka.primary, kb.primary) ||
    compareWeights(ka.secondary, kb.secondary) ||
    compareWeights(ka.tertiary, kb.tertiary)
  );
}

function sortsTo(compare: Compare, expected: string[]): boolean {
  const sorted = [...expected].reverse().sort(compare);
  return sorted.every((s, i) => s === expected[i]);
}

/**
 * The start-up check of research §5.4, widened: đ after d, ă/â after a, ô/ơ after o, the tone
 * order, and NFD input equal to NFC. A collator without Vietnamese data (root or 'en' rules)
 * fails every one of the ordering checks.
 */
export function vietnameseCollationSelfTest(compare: Compare): boolean {
  return (
    sortsTo(compare, ['Dũng', 'Duy', 'Đức']) &&
    sortsTo(compare, ['Anh', 'Ăn', 'Ân']) &&
    sortsTo(compare, ['On', 'Ôn', 'Ơn']) &&
    sortsTo(compare, ['a', 'à', 'ả', 'ã', 'á', 'ạ']) &&
    compare('Nguyễn', 'Nguyễn'.normalize('NFD')) === 0
  );
}

let intlChecked = false;
let intlCompare: Compare | null = null;
let forceFallback = false;

function checkedIntlCompare(): Compare | null {
  if (!intlChecked) {
    intlChecked = true;
    try {
      const collator = new Intl.Collator('vi');
      intlCompare = vietnameseCollationSelfTest(collator.compare) ? collator.compare : null;
    } catch {
      intlCompare = null;
    }
  }
  return intlCompare;
}

/** Which comparator compareVietnamese uses: the runtime's checked Intl.Collator('vi') or ours. */
export function collatorKind(): CollatorKind {
  return !forceFallback && checkedIntlCompare() !== null ? 'intl' : 'fallback';
}

/** Makes compareVietnamese use our comparator even where Intl passes (for tests and diagnosis). */
export function forceFallbackCollator(force: boolean): void {
  forceFallback = force;
}

/** Compares two strings in Vietnamese dictionary order; NFC and NFD forms compare equal. */
export function compareVietnamese(a: string, b: string): number {
  const intl = forceFallback ? null : checkedIntlCompare();
  return intl !== null ? intl(a, b) : compareVietnameseFallback(a, b);
}
