// "Kiểm tra cấu hình": read the configuration sheets as the secretariat left them and list
// every problem at once.

import { readConfiguration } from '../app/contest-configuration';
import type { WorkbookPort } from '../app/ports';
import type { Locale } from './locale';
import { uiText } from './messages/ui-text';
import { problemList } from './problem-list';
import type { Dialogs } from './dialogs';

export function runCheckFlow(dialogs: Dialogs, workbook: WorkbookPort, locale: Locale): void {
  const t = uiText[locale].check;
  const { found, problems } = readConfiguration(workbook);
  if (!found) {
    dialogs.tell(t.title, t.notSetUp);
    return;
  }
  if (problems.length === 0) {
    dialogs.tell(t.title, t.allGood);
    return;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  dialogs.tell(t.title, `${t.summary(errors, problems.length - errors)}\n\n${problemList(problems, locale)}`);
}
