/**
 * A `Date` that tells the virtual time. Code under test measures its time budget with
 * `new Date()` or `Date.now()`, which in Apps Script is real time; in the emulator real time barely
 * moves while the virtual clock advances by each call's modeled latency, so only a Date reading
 * the virtual clock lets such a budget run out.
 */
import type { VirtualClock } from './clock';

type DateHolder = { Date?: DateConstructor };

/**
 * Replaces `target.Date` with a subclass whose `new Date()`, `Date()` and `Date.now()` read
 * `clock`; every other form (`new Date(ms)`, `Date.UTC`, `Date.parse`…) is the original's. Dates
 * made by the original constructor (the emulator's own values) stay `instanceof Date`. Returns a
 * function restoring what was there.
 */
export function installVirtualDate(target: object, clock: VirtualClock): () => void {
  const holder = target as DateHolder;
  const saved = Object.getOwnPropertyDescriptor(target, 'Date');
  const Original: DateConstructor = typeof holder.Date === 'function' ? holder.Date : Date;

  function VirtualDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new Original(clock.now()).toString();
    return Reflect.construct(Original, args.length ? args : [clock.now()], new.target) as Date;
  }
  Object.setPrototypeOf(VirtualDate, Original);
  VirtualDate.prototype = Object.create(Original.prototype, {
    constructor: { value: VirtualDate, writable: true, configurable: true },
  }) as Date;
  Object.defineProperties(VirtualDate, {
    name: { value: 'Date' },
    length: { value: Original.length },
    now: { value: () => clock.now(), writable: true, configurable: true },
    [Symbol.hasInstance]: { value: (x: unknown) => x instanceof Original },
  });

  holder.Date = VirtualDate as unknown as DateConstructor;
  return () => {
    if (saved) Object.defineProperty(target, 'Date', saved);
    else delete holder.Date;
  };
}
