/**
 * Text normalisation. Unikey's "Unicode tổ hợp" mode types NFD, so the same name can arrive as
 * two different strings; everything we store or compare goes through NFC first
 * (research/vietnamese-domain.md §5.2).
 */

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** NFC, trimmed, every run of whitespace (including no-break spaces) made one space. */
export function tidy(s: string): string {
  return nfc(s).trim().replace(/\s+/g, ' ');
}

/**
 * A key for duplicate detection and fuzzy name matching: "  Nguyễn Văn ĐỨC," and "nguyen van duc"
 * fold to the same "nguyen van duc". Lower-cases with Vietnamese rules, drops tones and the
 * breve/circumflex/horn marks, maps đ (and its look-alike ð, U+00F0) to d, turns punctuation into spaces (so "Sở Nội vụ-Hậu Giang"
 * keeps its word breaks) and collapses spaces. Old and new tone placement ("Hoà"/"Hòa", §5.2)
 * fold alike because every mark is dropped.
 */
export function foldForMatching(s: string): string {
  return nfc(s)
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đð]/g, 'd')
    .replace(/\p{Cf}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
