/**
 * DocumentApp search patterns. Research §5.2 quotes the reference: "The search pattern is passed as
 * a string, not a JavaScript regular expression object … This methods uses Google's RE2 regular
 * expression library, which limits the supported syntax. The provided regular expression pattern
 * is independently matched against each text block contained in the current element."
 *
 * The RE2 subset is translated to a JavaScript RegExp with the `u` flag. RE2 has no lookaround and
 * no backreferences: those patterns are refused as RE2 refuses them. Braces that do not form a
 * repetition (`{{name}}`) are literal in RE2, as countless mail-merge scripts rely on.
 */
import { GasException } from './errors';

/** JavaScript's syntax characters: the only ones a `u` RegExp lets you escape. */
const JS_SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/**
 * The text Apps Script shows for a pattern RE2 rejects is not documented: this one names the
 * emulator and carries RE2's own reason (e.g. `invalid perl operator: (?=`).
 */
export function invalidPattern(pattern: string, reason: string): GasException {
  return new GasException(`emulator: invalid RE2 pattern ${JSON.stringify(pattern)}: ${reason}`);
}

function literal(text: string, inClass: boolean): string {
  return [...text].map((ch) => (JS_SYNTAX.has(ch) || (inClass && ch === '-') ? `\\${ch}` : ch)).join('');
}

/** Compiles an RE2 pattern to a global, unicode JavaScript RegExp, or throws the RE2 refusal. */
export function compileRe2(pattern: string): RegExp {
  let flags = 'gu';
  let src = String(pattern);
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    if (lead[1].includes('U')) throw invalidPattern(pattern, 'the emulator does not translate the U (ungreedy) flag');
    for (const f of 'ims') if (lead[1].includes(f)) flags += f;
    src = src.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) throw invalidPattern(pattern, 'trailing \\');
      i++;
      if (/[1-9]/.test(n)) throw invalidPattern(pattern, `invalid escape sequence: \\${n}`);
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 1);
        out += literal(end < 0 ? src.slice(i + 1) : src.slice(i + 1, end), inClass);
        i = end < 0 ? src.length : end + 1;
      } else if (n === 'A' && !inClass) out += '^';
      else if (n === 'z' && !inClass) out += '$';
      else if (n === 'C' || n === 'Z') throw invalidPattern(pattern, `invalid escape sequence: \\${n}`);
      else if (n === 'x' && src[i + 1] === '{') {
        const m = /^\{([0-9A-Fa-f]+)\}/.exec(src.slice(i + 1));
        if (!m) throw invalidPattern(pattern, 'invalid escape sequence: \\x');
        out += `\\u{${m[1]}}`;
        i += m[0].length;
      } else if ((n === 'p' || n === 'P') && src[i + 1] !== '{') {
        out += `\\${n}{${src[i + 1] ?? ''}}`;
        i++;
      } else if (/[A-Za-z0-9]/.test(n)) out += `\\${n}`;
      else out += literal(n, inClass);
      continue;
    }
    if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
      if (posix) {
        const set = POSIX_CLASSES[posix[2]];
        if (!set) throw invalidPattern(pattern, `invalid character class range: ${posix[0]}`);
        if (posix[1]) throw invalidPattern(pattern, 'the emulator does not translate negated POSIX classes');
        out += set;
        i += posix[0].length - 1;
      } else if (c === ']') {
        inClass = false;
        out += c;
      } else out += c === '[' ? '\\[' : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      if (rest.startsWith(':')) {
        out += '(?:';
        i += 2;
        continue;
      }
      const op = /^(<=|<!|=|!|<|[a-zA-Z-]*:?)/.exec(rest)?.[0] ?? '';
      if (op === '=' || op === '!' || op === '<=' || op === '<!' || op === '<') throw invalidPattern(pattern, `invalid perl operator: (?${op}`);
      throw invalidPattern(pattern, `the emulator does not translate (?${op}`);
    }
    if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
      if (m && out !== '' && !out.endsWith('(') && !out.endsWith('|')) {
        out += m[0];
        i += m[0].length - 1;
      } else out += '\\{';
      continue;
    }
    out += c === '}' || c === ']' ? `\\${c}` : c;
  }
  if (inClass) throw invalidPattern(pattern, `missing ]: ${src}`);
  try {
    return new RegExp(out, flags);
  } catch (e) {
    throw invalidPattern(pattern, (e as Error).message);
  }
}

export interface TextMatch {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Every match of `re` in `text`, left to right, as RE2's global replace finds them. */
export function matchesIn(re: RegExp, text: string): TextMatch[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}
