// "Kiểm tra cấu hình": read the configuration sheets as the secretariat left them and list
// every problem at once.

import { readConfiguration } from '../app/contest-configuration';
import type { WorkbookPort } from '../app/ports';
import type { Locale } from './locale';
import { uiText } from './messages/ui-text';
import { problemList } from './problem-list';

export function runCheckFlow(ui: GoogleAppsScript.Base.Ui, workbook: WorkbookPort, locale: Locale): void {
  const t = uiText[locale].check;
  const { found, problems } = readConfiguration(workbook);
  if (!found) {
    ui.alert(t.title, t.notSetUp, ui.ButtonSet.OK);
    return;
  }
  if (problems.length === 0) {
    ui.alert(t.title, t.allGood, ui.ButtonSet.OK);
    return;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  ui.alert(t.title, `${t.summary(errors, problems.length - errors)}\n\n${problemList(problems, locale)}`, ui.ButtonSet.OK);
}
