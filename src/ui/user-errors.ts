// Errors reach users as a sentence in their language with what to do next, never a stack trace;
// the full error goes to the execution log for whoever maintains the add-on.

import { ServiceUnavailable } from '../app/ports';
import type { Locale } from './locale';
import { uiText } from './messages/ui-text';
import type { Dialogs } from './dialogs';

/** Logs `error` in full and tells the user, in their language, that the step failed and what to do. */
export function reportError(dialogs: Dialogs, locale: Locale, error: unknown): void {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  const detail = error instanceof Error ? error.message : String(error);
  const t = uiText[locale].errors;
  // A busy or exhausted Google service says when to try again; anything else is reported as it is.
  dialogs.tell(uiText[locale].addOnName, error instanceof ServiceUnavailable ? t[error.reason](detail) : t.failed(detail));
}

export function reportingErrors<T>(dialogs: Dialogs, locale: Locale, action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    reportError(dialogs, locale, error);
    return undefined;
  }
}
