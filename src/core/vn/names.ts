/**
 * Vietnamese personal names and the order of official lists: by tên (given name), then họ
 * (family name), then tên đệm (middle name) (research/vietnamese-domain.md §5.3).
 */
import { compareVietnamese } from './collation';
import { tidy } from './text';

export interface PersonName {
  /** họ: "Nguyễn" */
  family: string;
  /** tên đệm, possibly several syllables or empty: "Thị Ngọc" */
  middle: string;
  /** tên: "Hà" */
  given: string;
}

/**
 * "Võ Thị Ngọc Hà" → { family: "Võ", middle: "Thị Ngọc", given: "Hà" }: first syllable = họ,
 * last = tên, the rest = tên đệm. A compound tên cannot be told apart from a tên đệm here, which
 * is why forms should collect the parts separately (§5.3). A single word is taken as the tên.
 * The parts are NFC with single spaces.
 */
export function splitFullName(full: string): PersonName {
  const words = tidy(full).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return {
    family: words[0],
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1],
  };
}

/** "Nguyễn Thị Hà" from its parts; empty parts are left out. */
export function joinFullName(name: PersonName): string {
  return tidy([name.family, name.middle, name.given].join(' '));
}

function asName(name: PersonName | string): PersonName {
  return typeof name === 'string' ? splitFullName(name) : name;
}

/**
 * Orders people as official lists do: tên, then họ, then tên đệm, each compared in Vietnamese
 * dictionary order (§5.3). Full names are split with splitFullName.
 */
export function compareNames(a: PersonName | string, b: PersonName | string): number {
  const x = asName(a);
  const y = asName(b);
  return (
    compareVietnamese(x.given, y.given) ||
    compareVietnamese(x.family, y.family) ||
    compareVietnamese(x.middle, y.middle)
  );
}
