// The add-on menu. Each item names a global function that src/main.ts exports.

import type { Locale } from './locale';
import { uiText } from './messages/ui-text';

/** Menu item → the global function Apps Script calls for it. */
export const MENU_HANDLERS = {
  setUp: 'menuSetUpContest',
  check: 'menuCheckConfiguration',
} as const;

export function addAddOnMenu(ui: GoogleAppsScript.Base.Ui, locale: Locale): void {
  const labels = uiText[locale].menu;
  ui.createAddonMenu()
    .addItem(labels.setUp, MENU_HANDLERS.setUp)
    .addItem(labels.check, MENU_HANDLERS.check)
    .addToUi();
}
