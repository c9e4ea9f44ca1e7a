// Text that goes into documents: user text made safe, and the phrases the decree's layout needs
// (numbers, dates, signatures, recipients, legal bases, names in running text) built from the
// configuration. Everything here returns plain text for FillData values.

import type { EntrantKind, IsoDate, LegalBasis, Signer } from '../config/model';
import { calendarDateOf, dateInTimeZone, documentDate, placeAndDate, VIETNAM_TIME_ZONE } from '../vn';

// Private-use characters (U+E000–U+F8FF) are removed because the filler (src/workspace) uses them
// as internal markers while it replaces placeholders: a title containing "{{so_ky_hieu}}" is
// protected with them so that it stays literal text, and a marker typed by a user could break that.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
// Controls (tab, CR, LF, U+0085 …) and the Unicode line and paragraph separators: a value's '\n'
// means "new paragraph" to the filler, so user text must not carry one.
const CONTROL_OR_BREAK = /[\p{Cc}\u2028\u2029]/gu;

/**
 * User text (titles, names, units, configuration wording) made safe for a document: NFC; every
 * line break, tab and other control character becomes one space; runs of spaces collapse; trimmed;
 * private-use characters removed (see above). Nothing else changes: quotes, "<", "=" and "{{…}}"
 * stay as typed, and the filler writes them literally.
 */
export function documentText(text: string): string {
  return text.normalize('NFC').replace(PRIVATE_USE, '').replace(CONTROL_OR_BREAK, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Room left for the văn thư to write a number or a day by hand (Nghị định 30/2020: numbered and dated at issue). */
export const HAND_BLANK = '      ';

/** Stands for data the configuration or the register does not have, to be completed on paper. */
export const DOTS = '…………';

/** The text, or dots when it is empty. */
export function orDots(text: string): string {
  return text === '' ? DOTS : text;
}

/** Upper case for the decree's upper-case lines (issuer, authority, signature titles). */
export function upper(text: string): string {
  return documentText(text).toUpperCase();
}

/** "01", "09", "12": counts in decisions are written with two digits ("01 tập thể và 11 cá nhân", research §1.10). */
export function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "a", "a và b", "a, b và c". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/**
 * What follows "Số: ": the number the văn thư registered when the secretariat recorded it, else a
 * blank for the number and the symbol ("      /QĐ-UBND"), as the văn thư numbers a paper once it
 * is signed (Nghị định 30/2020, Điều 15).
 */
export function documentNumber(registered: string | undefined, symbol: string): string {
  const number = documentText(registered ?? '');
  return number !== '' ? number : `${HAND_BLANK}/${symbol}`;
}

/** "QĐ-UBND": the type abbreviation, then the issuer's symbol when it has one (research §1.6). */
export function documentSymbol(abbreviation: string, issuerSymbol: string): string {
  const symbol = documentText(issuerSymbol);
  return symbol === '' ? abbreviation : `${abbreviation}-${symbol}`;
}

/**
 * The place and date line: "Hậu Giang, ngày 16 tháng 8 năm 2024" for a known day, else
 * "Hậu Giang, ngày      tháng      năm 2024" to be dated by hand when the paper is signed.
 */
export function dateLine(placeName: string, date: IsoDate | null | undefined, year: number): string {
  const place = orDots(documentText(placeName));
  const day = date ? calendarDateOf(date) : undefined;
  return day ? placeAndDate(place, day) : `${place}, ngày${HAND_BLANK}tháng${HAND_BLANK}năm ${year}`;
}

let timeOfDay: Intl.DateTimeFormat | undefined;

/** "09 giờ 30 phút, ngày 15 tháng 7 năm 2024" in Vietnam's time; dots for an invalid instant. */
export function instantText(at: Date): string {
  if (Number.isNaN(at.getTime())) return DOTS;
  if (timeOfDay === undefined) {
    timeOfDay = new Intl.DateTimeFormat('en-US', { timeZone: VIETNAM_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
  const parts = timeOfDay.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')} giờ ${part('minute')} phút, ${documentDate(dateInTimeZone(at))}`;
}

/**
 * The signer's authority and title lines (Nghị định 30/2020, Phụ lục I khoản 7; research §1.4):
 * "TM. <collective>" when signing for a collective, then the head's title, "KT. <head>" and the
 * deputy's own title, or "Q. <head>" for an acting head. `forCollective: false` drops the TM.
 * line for papers under the head's personal authority (a Bằng khen of the Chủ tịch).
 */
export function signatureTitle(signer: Signer, forCollective = true): string {
  const head = upper(signer.headTitle);
  const lines: string[] = [];
  if (forCollective && upper(signer.onBehalfOf) !== '') lines.push(`TM. ${upper(signer.onBehalfOf)}`);
  switch (signer.mode) {
    case 'head':
      lines.push(head);
      break;
    case 'deputy':
      lines.push(`KT. ${head}`, upper(signer.position));
      break;
    case 'acting':
      lines.push(`Q. ${head}`);
      break;
  }
  return lines.filter((line) => line !== '' && line !== 'KT. ' && line !== 'Q. ').join('\n');
}

function isArchiveLine(line: string): boolean {
  return line.toLowerCase().startsWith('lưu');
}

/**
 * "Nơi nhận" lines (research §1.3): "- …;" each, the archive line "- Lưu: …." last. Lines come
 * without their dash; a leading dash or trailing punctuation typed by the user is not doubled, and
 * an archive line is added when none is given.
 */
export function recipientLines(lines: readonly string[], archive = 'Lưu: VT'): string {
  const clean = lines
    .map((line) => documentText(line).replace(/^[-–+•]\s*/, '').replace(/[;.,\s]+$/, ''))
    .filter((line) => line !== '');
  const others = clean.filter((line) => !isArchiveLine(line));
  const archived = clean.find(isArchiveLine) ?? archive;
  return [...others.map((line) => `- ${line};`), `- ${archived}.`].join('\n');
}

/** The legal bases in force on a day: validFrom ≤ day ≤ validUntil, either bound optional. */
export function basesInForce(bases: readonly LegalBasis[], day: IsoDate): string[] {
  return bases
    .filter((b) => (!b.validFrom || b.validFrom <= day) && (!b.validUntil || day <= b.validUntil))
    .map((b) => documentText(b.text))
    .filter((text) => text !== '');
}

/**
 * A decision's preamble (research §1.3, §1.10): one "Căn cứ …;" per line, then "Theo đề nghị của
 * … ." so that every line ends with ";" and the last with ".". Bases typed with their own "Căn cứ"
 * or final punctuation are not doubled.
 */
export function preamble(bases: readonly string[], proposedBy: string): string {
  const lines = bases.map((b) => `Căn cứ ${b.replace(/^căn cứ\s+/i, '').replace(/[;.,\s]+$/, '')};`);
  return [...lines, `Theo đề nghị của ${proposedBy}.`].join('\n');
}

// Running-text names of bodies (Nghị định 30/2020, Phụ lục II; research §1.9 and §1.5).
const BODY_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['ủy ban nhân dân', 'Ủy ban nhân dân'],
  ['uỷ ban nhân dân', 'Ủy ban nhân dân'],
  ['hội đồng nhân dân', 'Hội đồng nhân dân'],
  ['ubnd', 'UBND'],
  ['hđnd', 'HĐND'],
];
/** Agencies whose type word and first word of field are capitalised: "Sở Nội vụ", "Ban Tổ chức". */
const AGENCY_WORDS = ['văn phòng', 'chi cục', 'trung tâm', 'sở', 'bộ', 'ban', 'phòng', 'cục'];
/** Administrative units: the generic noun stays lower case, the name is capitalised ("tỉnh Hậu Giang"). */
const PLACE_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function phraseAt(words: readonly string[], at: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((part, i) => words[at + i] === part);
}

/**
 * A name written in upper case for a header or a signature, as running text writes it:
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG" → "Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang",
 * "GIÁM ĐỐC SỞ NỘI VỤ" → "Giám đốc Sở Nội vụ", "UBND HUYỆN VĨNH CỬU" → "UBND huyện Vĩnh Cửu".
 * Text that is not all upper case is taken as already written for running text.
 */
export function runningName(name: string): string {
  const text = documentText(name);
  if (text !== text.toUpperCase()) return text;
  const words = text.toLowerCase().split(' ');
  const out: string[] = [];
  let inPlaceName = false;
  let capitaliseNext = false;
  for (let i = 0; i < words.length; ) {
    const body = BODY_PHRASES.find(([phrase]) => phraseAt(words, i, phrase));
    const agency = AGENCY_WORDS.find((phrase) => phraseAt(words, i, phrase));
    const place = PLACE_WORDS.find((phrase) => phraseAt(words, i, phrase));
    if (body) {
      out.push(body[1]);
      i += body[0].split(' ').length;
      inPlaceName = capitaliseNext = false;
    } else if (place) {
      const length = place.split(' ').length;
      // "Quận 1", "Phường 3": a unit named by a number keeps its noun capitalised (§1.5).
      out.push(/^\d/.test(words[i + length] ?? '') ? capitalise(place) : place);
      i += length;
      inPlaceName = true;
      capitaliseNext = false;
    } else if (agency) {
      out.push(capitalise(agency));
      i += agency.split(' ').length;
      inPlaceName = false;
      capitaliseNext = true;
    } else {
      out.push(inPlaceName || capitaliseNext ? capitalise(words[i]) : words[i]);
      capitaliseNext = false;
      i += 1;
    }
  }
  // The one unit whose generic noun is capitalised by name (§1.5).
  return capitalise(out.join(' ')).replace('thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh');
}

/**
 * A prize's name inside a sentence: "Giải Nhất" → "giải Nhất", capitalising the rank only
 * (research §1.9). A name starting with an acronym keeps its case.
 */
export function prizeInText(name: string): string {
  const text = documentText(name);
  if (text.length < 2 || text.charAt(1) !== text.charAt(1).toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Authors as the register lists them ("A; B") written for a document: "A, B". */
export function authorNames(authors: string): string {
  return authors
    .split(';')
    .map(documentText)
    .filter((name) => name !== '')
    .join(', ');
}

/** Who an award goes to: "Tập thể <unit>" for a collective entry, else its authors. */
export function recipientName(kind: EntrantKind, authors: string, unitName: string): string {
  if (kind === 'collective') return `Tập thể ${orDots(documentText(unitName))}`;
  return orDots(authorNames(authors));
}
