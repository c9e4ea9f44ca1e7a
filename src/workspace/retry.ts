// A service call that fails for a moment (a server error, a timeout, a burst over the rate limit)
// is tried again after a pause that doubles each time, plus up to a second of jitter so that
// executions failing together do not retry together: GASRetry's schedule, 2^n s + random ms
// (research/apps-script-platform.md §3.4), which also honours the quota message's "Try
// Utilities.sleep(1000) between calls" (§1.3). A daily quota is never retried: it comes back only
// 24 hours after the day's first call (§1.1). Wrap single service calls, never a use case's writes.

import { ServiceUnavailable } from '../app/ports';

/** Four tries: pauses of 1–2, 2–3 and 4–5 s, at most 10 s of an execution's 6 minutes. */
export const RETRY = { tries: 4, firstPauseMs: 1_000, jitterMs: 1_000 } as const;

// The texts Apps Script and the advanced services throw (test/emulator/faults.ts cites each).
const BUSY = [
  /server error occurred/i,
  /timed out/i,
  /too many times in a short time/i,
  /^Service error: /i,
  /internal error/i,
  /service is currently unavailable/i,
  /Quota exceeded for quota metric .* per minute/i,
];
const DAILY_QUOTA = [/too many times for one day/i, /^Service invoked too many times: /i, /too much computer time for one day/i];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a failed call says about the service: busy for a moment, out of its daily quota, or neither (a bug, bad data). */
export function failureOf(error: unknown): ServiceUnavailable['reason'] | null {
  if (error instanceof ServiceUnavailable) return error.reason;
  const message = messageOf(error);
  if (DAILY_QUOTA.some((p) => p.test(message))) return 'dailyQuota';
  return BUSY.some((p) => p.test(message)) ? 'busy' : null;
}

/** The pause before try `attempt + 1`. */
export function pauseBefore(attempt: number, random: () => number = Math.random): number {
  return RETRY.firstPauseMs * 2 ** (attempt - 1) + Math.round(random() * RETRY.jitterMs);
}

/**
 * Runs `call`; a busy service is tried again up to RETRY.tries times. Gives up with
 * ServiceUnavailable (the service is still busy, or its daily quota is spent); any other error
 * is thrown as it came.
 */
export function withRetry<T>(call: () => T, pause: (ms: number) => void = (ms) => Utilities.sleep(ms)): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (error instanceof ServiceUnavailable) throw error;
      const reason = failureOf(error);
      if (reason === null) throw error;
      if (reason === 'dailyQuota' || attempt >= RETRY.tries) throw new ServiceUnavailable(reason, messageOf(error));
      pause(pauseBefore(attempt));
    }
  }
}
