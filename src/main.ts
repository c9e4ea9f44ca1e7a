// The Apps Script surface: every export here becomes a top-level function in build/Code.js
// (scripts/build.mjs), and nothing else does. google.script.run can call any global function,
// so nothing is exported that a user should not be able to run.

import { SpreadsheetWorkbook } from './workspace/spreadsheet-workbook';
import { localeFromTag, type Locale } from './ui/locale';
import { addAddOnMenu } from './ui/menu';
import { runCheckFlow } from './ui/check-flow';
import { runSetUpFlow } from './ui/set-up-flow';
import { reportingErrors } from './ui/user-errors';

export { CCHC_AGGREGATE, CCHC_MONEY, CCHC_MONEY_WORDS, CCHC_PRIZE, CCHC_RANK } from './functions';

function userLocale(): Locale {
  // An add-on's onOpen may run before authorisation (AuthMode.NONE); if the locale cannot be read
  // there, the menu still appears, in Vietnamese.
  try {
    return localeFromTag(Session.getActiveUserLocale());
  } catch {
    return 'vi';
  }
}

/** Adds the add-on menu when the spreadsheet opens (the menu is the same in every auth mode). */
export function onOpen(): void {
  addAddOnMenu(SpreadsheetApp.getUi(), userLocale());
}

/** Runs when the add-on is installed: shows the menu at once, without reopening the file. */
export function onInstall(): void {
  onOpen();
}

/** Menu: "Thiết lập cuộc thi…". */
export function menuSetUpContest(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  reportingErrors(ui, locale, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const timestamp = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'dd/MM/yyyy HH:mm');
    runSetUpFlow({ ui, spreadsheet, workbook: new SpreadsheetWorkbook(spreadsheet), locale, timestamp });
  });
}

/** Menu: "Kiểm tra cấu hình". */
export function menuCheckConfiguration(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  reportingErrors(ui, locale, () => {
    runCheckFlow(ui, new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), locale);
  });
}
