// The one rounding rule for published scores: half away from zero, in decimal.

/**
 * The most decimals a score is rounded to. Measurements that decide something (a spread between
 * judges, a judge's spread of totals) are compared at this precision, so that binary noise such as
 * 64.4 − 59.4 = 5.000000000000007 never flips a decision.
 */
export const FINEST_DECIMALS = 6;

/**
 * Significant digits of the decimal form that is rounded. A double holds any decimal of up to 15
 * significant digits exactly, and the noise of a sum or a mean of a few totals sits in the 16th and
 * 17th: (70.1 + 70.8) / 2 is 70.44999999999999 in binary, 70.45 here, so 70.5 at one decimal as a
 * secretariat computes it by hand.
 */
const SIGNIFICANT_DIGITS = 15;

/** Code of the character '5': a first dropped digit of 5 or more rounds the magnitude up. */
const FIVE = 53;

// Bound once: every published number passes here, and inside a vm context (jest, the bundle's
// tests) each lookup of a global such as Math costs as much as a digit operation.
const { abs, min, max } = Math;
const { isFinite: isFiniteNumber, isInteger } = Number;

/**
 * Half away from zero, in decimal: roundScore(1.005, 2) === 1.01, roundScore(2.675, 2) === 2.68,
 * roundScore(-1.005, 2) === -1.01. Works on the number's decimal form to 15 significant digits,
 * which is its shortest form unless arithmetic left binary noise in the last two digits (then the
 * noise is gone): binary floating-point error never decides a rank. decimals is an integer 0..6.
 * A result of zero is +0; NaN and ±Infinity are returned as they are.
 */
export function roundScore(value: number, decimals: number): number {
  if (!isInteger(decimals) || decimals < 0 || decimals > FINEST_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${FINEST_DECIMALS}, not ${decimals}`);
  }
  if (!isFiniteNumber(value)) return value;
  // "ddd.dddd", "0.000ddd", "ddd" (15 digits, no point) or "d.ddd…e±x": 15 significant digits.
  const [mantissa, exponent] = abs(value).toPrecision(SIGNIFICANT_DIGITS).split('e');
  const dot = mantissa.indexOf('.');
  const point = dot < 0 ? mantissa.length : dot;
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Position of the decimal point within `digits`, and how many leading digits the result keeps.
  const integerDigits = point + (exponent === undefined ? 0 : +exponent);
  const keep = integerDigits + decimals;
  const kept = min(max(keep, 0), digits.length);
  const roundsUp = keep >= 0 && keep < digits.length && digits.charCodeAt(keep) >= FIVE;
  // At most 15 digits (at most 7 below 1, whose form has leading zeros), so an exact integer.
  const units = (kept === 0 ? 0 : +digits.slice(0, kept)) + (roundsUp ? 1 : 0);
  const magnitude = +`${units}e${integerDigits - kept}`;
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}
