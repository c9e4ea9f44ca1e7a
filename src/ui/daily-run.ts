// The daily checks run once a day even when the time-driven trigger runs hourly (while documents
// wait to be made): the day of the last run is kept with the document.

import type { StatePort } from '../app/ports';

const LAST_DAILY_RUN_KEY = 'daily.lastRunOn';

/** True the first time it is asked on `today` (and records it); false after that on the same day. */
export function firstRunToday(state: StatePort, today: string): boolean {
  if (state.get(LAST_DAILY_RUN_KEY) === today) return false;
  state.set(LAST_DAILY_RUN_KEY, today);
  return true;
}
