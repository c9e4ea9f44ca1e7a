// Entry codes (mã bài dự thi): the contest's prefix, a hyphen and a running number of at least
// three digits, "HG2024-007". A code is given once and never again, even after its row is deleted,
// because receipts and the judges' sheets quote it.

const MIN_DIGITS = 3;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The next code after the highest existing one with this prefix: HG2024-001 … HG2024-999, then
 * HG2024-1000. Codes of other prefixes and malformed ones are ignored; the prefix is matched
 * without regard to case, and a hand-typed "hg2024-12" counts as number 12, so no number is
 * handed out twice in any spelling.
 */
export function nextEntryCode(prefix: string, existingCodes: readonly string[]): string {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}-(\\d+)$`, 'i');
  // BigInt: a hand-typed code with twenty digits must still be exceeded exactly.
  let highest = 0n;
  for (const code of existingCodes) {
    const m = pattern.exec(code.trim());
    if (m) {
      const n = BigInt(m[1]);
      if (n > highest) highest = n;
    }
  }
  return `${prefix}-${(highest + 1n).toString().padStart(MIN_DIGITS, '0')}`;
}
