/**
 * Integers written in Vietnamese words ("mười một triệu không trăm linh năm nghìn") and the
 * inverse parser. Rules: research/vietnamese-domain.md §4.1; algorithm: §4.4. The output matches
 * `read-vietnamese-number` configured with "linh"/"tỷ" (§4.2), the only npm package found correct.
 */

/** Spelling variants that differ between regions and offices (research §4.1). */
export interface NumberWordsOptions {
  /** 4 after a tens digit ≥ 2: "hai mươi bốn" (default, usual in documents) or "hai mươi tư". */
  four?: 'bốn' | 'tư';
  /** Zero tens before a non-zero unit: "một trăm linh một" (default) or "một trăm lẻ một". */
  odd?: 'linh' | 'lẻ';
  /** 10^3: "nghìn" (default, official documents) or "ngàn". */
  thousand?: 'nghìn' | 'ngàn';
  /** 10^9: "tỷ" (default) or "tỉ". */
  billion?: 'tỷ' | 'tỉ';
  /** Capitalise the first letter ("Mười", "Âm"). Default false for numberToWords. */
  capitalize?: boolean;
}

export interface MoneyWordsOptions extends NumberWordsOptions {
  /** Append "chẵn" after the unit: "Một triệu tám trăm nghìn đồng chẵn" (research §4.1). */
  suffixEven?: boolean;
}

type Variants = Required<Omit<NumberWordsOptions, 'capitalize'>>;

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const THOUSAND = 1000n;
const BILLION = 1_000_000_000n;

function variantsOf(options: NumberWordsOptions): Variants {
  return {
    four: options.four ?? 'bốn',
    odd: options.odd ?? 'linh',
    thousand: options.thousand ?? 'nghìn',
    billion: options.billion ?? 'tỷ',
  };
}

/** Accepts a safe-integer number or any bigint; a float or an unsafe number would be misread. */
function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) {
    throw new Error(
      `Chỉ đọc được số nguyên trong khoảng ±9.007.199.254.740.991 (nhận được: ${String(n)}); ` +
        'số lớn hơn hãy truyền dưới dạng bigint.',
    );
  }
  return BigInt(n);
}

/** Capitalises with Vietnamese rules so that "đ" becomes "Đ" (research §4.4). */
function capitalizeFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/**
 * Reads a group of three digits (1–999). `full` forces the hundreds ("không trăm"), which every
 * group after the leading one needs (research §4.1: 1.001 → "một nghìn không trăm linh một").
 */
function readGroup(value: number, full: boolean, v: Variants): string[] {
  const h = Math.floor(value / 100);
  const t = Math.floor(value / 10) % 10;
  const u = value % 10;
  const words: string[] = [];
  const readsHundreds = full || h > 0;
  if (readsHundreds) words.push(DIGITS[h], 'trăm');
  if (t === 0) {
    // "linh/lẻ" only bridges a read hundreds digit and a unit; the unit keeps its plain form
    // (105 "linh năm", 104 "linh bốn").
    if (u > 0) {
      if (readsHundreds) words.push(v.odd);
      words.push(DIGITS[u]);
    }
  } else if (t === 1) {
    // 10–19 use "mười"; 15 is "mười lăm", 11 "mười một" and 14 always "mười bốn".
    words.push('mười');
    if (u > 0) words.push(u === 5 ? 'lăm' : DIGITS[u]);
  } else {
    words.push(DIGITS[t], 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push(v.four);
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]);
  }
  return words;
}

/** Reads 1 ≤ n < 10^9 as up to three groups (triệu, nghìn, units), skipping all-zero groups. */
function readBelowBillion(n: bigint, leading: boolean, v: Variants): string[] {
  const groups = [Number(n / 1_000_000n), Number((n / THOUSAND) % THOUSAND), Number(n % THOUSAND)];
  const scales = ['triệu', v.thousand, ''];
  const words: string[] = [];
  let full = !leading;
  groups.forEach((group, i) => {
    if (group === 0) return;
    words.push(...readGroup(group, full, v));
    if (scales[i] !== '') words.push(scales[i]);
    full = true;
  });
  return words;
}

/**
 * Reads n ≥ 1. Above 10^9 the scale repeats (research §4.1): n = high·10^9 + low reads as
 * "<high> tỷ <low>", so 10^12 is "một nghìn tỷ" and 10^18 "một tỷ tỷ".
 */
function readPositive(n: bigint, leading: boolean, v: Variants): string[] {
  if (n < BILLION) return readBelowBillion(n, leading, v);
  const words = [...readPositive(n / BILLION, leading, v), v.billion];
  const low = n % BILLION;
  if (low > 0n) words.push(...readBelowBillion(low, false, v));
  return words;
}

/**
 * Writes an integer in Vietnamese words, lower case unless `capitalize` is set:
 * 105 → "một trăm linh năm", -21 → "âm hai mươi mốt". A `number` must be a safe integer; pass a
 * bigint for anything larger (there is no upper bound).
 */
export function numberToWords(n: number | bigint, options: NumberWordsOptions = {}): string {
  const value = toBigInt(n);
  const v = variantsOf(options);
  let words: string;
  if (value === 0n) words = 'không';
  else if (value < 0n) words = ['âm', ...readPositive(-value, true, v)].join(' ');
  else words = readPositive(value, true, v).join(' ');
  return options.capitalize ? capitalizeFirst(words) : words;
}

/**
 * The "Bằng chữ" form of an amount of money (research §4.1 document convention):
 * 10000000 → "Mười triệu đồng"; with `suffixEven` → "Mười triệu đồng chẵn". Capitalised unless
 * `capitalize: false`. "chẵn" is added whenever asked: the caller decides which amounts get it.
 */
export function moneyInWords(amount: number | bigint, options: MoneyWordsOptions = {}): string {
  const words = numberToWords(amount, { ...options, capitalize: options.capitalize ?? true });
  return options.suffixEven ? `${words} đồng chẵn` : `${words} đồng`;
}

// ---------------------------------------------------------------------------------------------
// Inverse: a strict parser of exactly the forms above (any mix of variants), so that a round trip
// catches a wrong word rather than tolerating it.

const DIGIT_VALUES: ReadonlyMap<string, number> = new Map(DIGITS.map((w, i) => [w, i]));
const TENS_UNIT: ReadonlyMap<string, number> = new Map([
  ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['lăm', 5],
  ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9],
]);
const TEEN_UNIT: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['lăm', 5],
  ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9],
]);
const ODD_WORDS = new Set(['linh', 'lẻ']);
const THOUSAND_WORDS = new Set(['nghìn', 'ngàn']);
const BILLION_WORDS = new Set(['tỷ', 'tỉ']);

/** What is wrong with the words; wordsToNumber adds the whole text to the message. */
class WordsError extends Error {}

function unitDigit(word: string | undefined): number {
  const d = word === undefined ? undefined : DIGIT_VALUES.get(word);
  if (d === undefined || d === 0) throw new WordsError(`"${word ?? ''}" không phải chữ số 1–9`);
  return d;
}

/** Parses one group (1–999); `full` groups must start with "<digit> trăm". */
function parseGroup(tokens: string[], full: boolean): number {
  let i = 0;
  let value = 0;
  const hasHundreds = tokens[1] === 'trăm';
  if (hasHundreds) {
    const h = DIGIT_VALUES.get(tokens[0]);
    if (h === undefined) throw new WordsError(`"${tokens[0]}" không phải chữ số hàng trăm`);
    if (h === 0 && !full) throw new WordsError('số không được bắt đầu bằng "không trăm"');
    value = h * 100;
    i = 2;
  } else if (full) {
    throw new WordsError(`thiếu hàng trăm trước "${tokens.join(' ')}"`);
  }
  const rest = tokens.slice(i);
  if (rest.length === 0) {
    if (!hasHundreds) throw new WordsError('nhóm chữ số rỗng');
  } else if (ODD_WORDS.has(rest[0])) {
    if (!hasHundreds || rest.length !== 2) throw new WordsError(`"${rest[0]}" đặt sai chỗ`);
    value += unitDigit(rest[1]);
  } else if (rest[0] === 'mười') {
    if (rest.length > 2) throw new WordsError(`thừa chữ sau "${rest.slice(0, 2).join(' ')}"`);
    const u = rest.length === 2 ? TEEN_UNIT.get(rest[1]) : 0;
    if (u === undefined) throw new WordsError(`"mười ${rest[1]}" không đúng`);
    value += 10 + u;
  } else if (rest[1] === 'mươi') {
    const t = DIGIT_VALUES.get(rest[0]);
    if (t === undefined || t < 2) throw new WordsError(`"${rest[0]} mươi" không đúng`);
    if (rest.length > 3) throw new WordsError(`thừa chữ sau "${rest.slice(0, 3).join(' ')}"`);
    const u = rest.length === 3 ? TENS_UNIT.get(rest[2]) : 0;
    if (u === undefined) throw new WordsError(`"${rest[0]} mươi ${rest[2]}" không đúng`);
    value += t * 10 + u;
  } else {
    // A bare unit exists only as a leading group without hundreds ("năm nghìn").
    if (hasHundreds || rest.length !== 1) throw new WordsError(`"${rest.join(' ')}" không đúng`);
    value += unitDigit(rest[0]);
  }
  if (value === 0) throw new WordsError('nhóm toàn số không phải được bỏ qua');
  return value;
}

/** Parses a value below 10^9: "[G triệu] [G nghìn] [G]", scales in that order, each once. */
function parseBelowBillion(tokens: string[], leading: boolean): bigint {
  if (tokens.length === 0) throw new WordsError('thiếu chữ số');
  const scales: [(w: string) => boolean, bigint][] = [
    [(w) => w === 'triệu', 1_000_000n],
    [(w) => THOUSAND_WORDS.has(w), THOUSAND],
  ];
  let rest = tokens;
  let total = 0n;
  let full = !leading;
  for (const [isScale, multiplier] of scales) {
    const at = rest.findIndex(isScale);
    if (at === -1) continue;
    total += BigInt(parseGroup(rest.slice(0, at), full)) * multiplier;
    rest = rest.slice(at + 1);
    full = true;
  }
  if (rest.some((w) => w === 'triệu' || THOUSAND_WORDS.has(w))) {
    throw new WordsError('thứ tự triệu/nghìn không đúng');
  }
  if (rest.length > 0) total += BigInt(parseGroup(rest, full));
  return total;
}

/** Mirrors readPositive: the last "tỷ" splits "<high> tỷ <low>". */
function parsePositive(tokens: string[], leading: boolean): bigint {
  let at = -1;
  tokens.forEach((w, i) => {
    if (BILLION_WORDS.has(w)) at = i;
  });
  if (at === -1) return parseBelowBillion(tokens, leading);
  const high = tokens.slice(0, at);
  if (high.length === 0) throw new WordsError('thiếu số trước "tỷ"');
  const low = tokens.slice(at + 1);
  return parsePositive(high, leading) * BILLION + (low.length > 0 ? parseBelowBillion(low, false) : 0n);
}

/**
 * Inverse of numberToWords / moneyInWords: reads back "Mười một triệu không trăm linh năm nghìn
 * đồng chẵn" as 11005000n. Case, spacing and NFC/NFD form are free; a trailing "đồng" or
 * "đồng chẵn" is allowed; each spelling variant is accepted. Anything numberToWords would not
 * write (e.g. "hai mươi một", "mười năm", "một nghìn năm") is rejected with an Error.
 */
export function wordsToNumber(text: string): bigint {
  const tokens = text.normalize('NFC').toLocaleLowerCase('vi').trim().split(/\s+/).filter(Boolean);
  try {
    if (tokens[tokens.length - 1] === 'chẵn') {
      if (tokens[tokens.length - 2] !== 'đồng') throw new WordsError('"chẵn" chỉ đứng sau "đồng"');
      tokens.pop();
    }
    if (tokens[tokens.length - 1] === 'đồng') tokens.pop();
    if (tokens.length === 0) throw new WordsError('không có chữ số nào');
    if (tokens.length === 1 && tokens[0] === 'không') return 0n;
    const negative = tokens[0] === 'âm';
    const value = parsePositive(negative ? tokens.slice(1) : tokens, true);
    return negative ? -value : value;
  } catch (e) {
    // The inner parsers know what is wrong but not the whole text: add it to their message.
    if (e instanceof WordsError) e.message = `Không đọc được số viết bằng chữ "${text}": ${e.message}.`;
    throw e;
  }
}
