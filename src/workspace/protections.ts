// Who may edit a protected sheet or range. Apps Script's own sample: add the person running the
// script before removing the others, so an edit right that comes from a group cannot lock them
// out (research/apps-script-platform.md §4.4); the owner can always edit whatever the list says.

import { withRetry } from './retry';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

export function restrictTo(protection: Protection, editors: readonly string[]): Protection {
  const me = Session.getEffectiveUser().getEmail();
  withRetry(() => protection.addEditor(me));
  const wanted = new Set([me, ...editors].filter((e) => e !== '').map((e) => e.toLowerCase()));
  const others = withRetry(() => protection.getEditors()).map((u) => u.getEmail()).filter((e) => !wanted.has(e.toLowerCase()));
  if (others.length > 0) withRetry(() => protection.removeEditors(others));
  const add = [...wanted].filter((e) => e !== me.toLowerCase());
  if (add.length > 0) withRetry(() => protection.addEditors(add));
  if (withRetry(() => protection.canDomainEdit())) withRetry(() => protection.setDomainEdit(false));
  return protection;
}
