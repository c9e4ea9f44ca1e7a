/** fast-check generators of Vietnamese text, shared by the collation, name and text tests. */
import fc from 'fast-check';

export const VIETNAMESE_LETTERS = Array.from('aăâbcdđeêghiklmnoôơpqrstuưvxy');
const VOWELS = new Set(Array.from('aăâeêioôơuưy'));
/** Bare, huyền, hỏi, ngã, sắc, nặng (research/vietnamese-domain.md §5.1). */
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** A letter, with a random tone when it is a vowel and random case. */
function letterFrom(pool: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...pool), fc.constantFrom(...TONE_MARKS), fc.boolean())
    .map(([letter, tone, upper]) => {
      const toned = VOWELS.has(letter) ? (letter + tone).normalize('NFC') : letter;
      return upper ? toned.toLocaleUpperCase('vi') : toned;
    });
}

/**
 * A syllable of 1–5 letters, tones on any vowels (so both old and new tone placements occur).
 * The narrow pool makes near-identical pairs (a/ă/â, d/đ, o/ô/ơ, differing only in tone or case)
 * common, which is where comparators disagree.
 */
export const syllable: fc.Arbitrary<string> = fc.oneof(
  fc.array(letterFrom(VIETNAMESE_LETTERS), { minLength: 1, maxLength: 5 }).map((l) => l.join('')),
  fc.array(letterFrom(Array.from('aăâdđoôơnh')), { minLength: 1, maxLength: 3 }).map((l) => l.join('')),
);

/** A name of 1–3 syllables, in NFC or NFD (Unikey's "Unicode tổ hợp" types NFD, §5.2). */
export const vietnameseName: fc.Arbitrary<string> = fc
  .tuple(fc.array(syllable, { minLength: 1, maxLength: 3 }), fc.constantFrom('NFC', 'NFD'))
  .map(([syllables, form]) => syllables.join(' ').normalize(form));
