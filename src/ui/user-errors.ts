// Errors reach users as a sentence in their language with what to do next, never a stack trace;
// the full error goes to the execution log for whoever maintains the add-on.

import type { Locale } from './locale';
import { uiText } from './messages/ui-text';

export function reportingErrors<T>(ui: GoogleAppsScript.Base.Ui, locale: Locale, action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    const detail = error instanceof Error ? error.message : String(error);
    ui.alert(uiText[locale].addOnName, uiText[locale].errors.failed(detail), ui.ButtonSet.OK);
    return undefined;
  }
}
