/**
 * Virtual time of the emulated runtime. Modeled latency, `Utilities.sleep` and lock waits move it
 * forward; `new Date()` in the code under test reads it only when installed with `virtualDate`
 * (virtual-date.ts), otherwise the real clock.
 */
export class VirtualClock {
  private ms: number;

  constructor(start: number) {
    this.ms = start;
  }

  now(): number {
    return this.ms;
  }

  date(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`clock.advance needs a non-negative number, got ${ms}`);
    this.ms += ms;
  }
}
