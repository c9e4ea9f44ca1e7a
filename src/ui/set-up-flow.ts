// "Thiết lập cuộc thi…": choose a preset, confirm before replacing an existing configuration,
// write the configuration sheets and say what needs a look.

import { PRESETS } from '../core/config/presets';
import { existingConfigurationSheets, writeConfiguration } from '../app/contest-configuration';
import type { WorkbookPort } from '../app/ports';
import type { Locale } from './locale';
import { uiText } from './messages/ui-text';
import { problemList } from './problem-list';

export interface SetUpEnvironment {
  ui: GoogleAppsScript.Base.Ui;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  workbook: WorkbookPort;
  locale: Locale;
  /** "dd/MM/yyyy HH:mm" of now, in the spreadsheet's time zone. */
  timestamp: string;
}

export function runSetUpFlow({ ui, spreadsheet, workbook, locale, timestamp }: SetUpEnvironment): void {
  const t = uiText[locale].setUp;
  const list = PRESETS.map((p, i) => `${i + 1}. ${p.name}`).join('\n');
  const answer = ui.prompt(t.title, t.choosePreset(list), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const typed = answer.getResponseText().trim();
  const preset = /^\d+$/.test(typed) ? PRESETS[Number(typed) - 1] : undefined;
  if (!preset) {
    ui.alert(t.title, t.invalidChoice(typed, PRESETS.length), ui.ButtonSet.OK);
    return;
  }
  const existing = existingConfigurationSheets(workbook);
  if (existing.length > 0 && ui.alert(t.title, t.confirmReplace(existing.join(', ')), ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    return;
  }
  const config = preset.build();
  const result = writeConfiguration(config, workbook, t.archiveSuffix(timestamp));
  spreadsheet.toast(t.done(config.identity.title), uiText[locale].addOnName, 10);
  if (result.problems.length > 0) {
    ui.alert(t.title, t.doneWithNotes(result.problems.length, problemList(result.problems, locale)), ui.ButtonSet.OK);
  }
}
