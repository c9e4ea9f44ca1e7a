import fc from 'fast-check';
import { nextEntryCode } from '../../../src/core/intake/entry-codes';

const numberOf = (code: string): bigint => BigInt(code.slice(code.lastIndexOf('-') + 1));

describe('nextEntryCode', () => {
  it('starts at 001 and pads to three digits', () => {
    expect(nextEntryCode('HG2024', [])).toBe('HG2024-001');
    expect(nextEntryCode('HG2024', ['HG2024-001', 'HG2024-007'])).toBe('HG2024-008');
  });

  it('goes on past 999 with four digits', () => {
    expect(nextEntryCode('HG2024', ['HG2024-999'])).toBe('HG2024-1000');
    expect(nextEntryCode('HG2024', ['HG2024-1000', 'HG2024-999'])).toBe('HG2024-1001');
  });

  it('never reuses the code of a deleted row: it follows the highest, not the count', () => {
    expect(nextEntryCode('DK2020', ['DK2020-003'])).toBe('DK2020-004');
  });

  it('ignores other contests’ codes and malformed ones, and reads hand-typed ones', () => {
    expect(nextEntryCode('HG2024', ['DK2020-050', 'HG2024-abc', 'HG2024-', 'HG2024-12a', 'HG2024–020', 'xHG2024-030', '', 'HG2024-002'])).toBe('HG2024-003');
    expect(nextEntryCode('HG2024', [' HG2024-010 ', 'hg2024-12'])).toBe('HG2024-013');
  });

  it('never returns an existing code, and exceeds every code with the prefix', () => {
    const code = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 22n }).map((n) => `HG2024-${n.toString().padStart(3, '0')}`),
      fc.nat({ max: 1200 }).map((n) => `HG2024-${n}`),
      fc.nat({ max: 1200 }).map((n) => `TA2024-${String(n).padStart(3, '0')}`),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(code, { maxLength: 40 }), (codes) => {
        const next = nextEntryCode('HG2024', codes);
        expect(codes).not.toContain(next);
        expect(next).toMatch(/^HG2024-\d{3,}$/);
        for (const c of codes) if (/^HG2024-\d+$/.test(c)) expect(numberOf(next) > numberOf(c)).toBe(true);
      }),
    );
  });

  it('gives increasing codes as entries arrive one after another', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2000 }).map((n) => `PT2023-${String(n).padStart(3, '0')}`), { maxLength: 20 }), fc.integer({ min: 1, max: 30 }), (start, arrivals) => {
        const codes = [...start];
        let previous = -1n;
        for (let i = 0; i < arrivals; i++) {
          const next = nextEntryCode('PT2023', codes);
          expect(numberOf(next) > previous).toBe(true);
          previous = numberOf(next);
          codes.push(next);
        }
        expect(new Set(codes.slice(start.length)).size).toBe(arrivals);
      }),
      { numRuns: 100 },
    );
  });
});
