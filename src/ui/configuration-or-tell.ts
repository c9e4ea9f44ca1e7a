// Every step starts from a usable configuration; without one it tells the person why, under the
// step's own title, and does nothing.

import type { ContestConfig } from '../core/config/model';
import { usableConfiguration } from '../app/contest-configuration';
import type { WorkbookPort } from '../app/ports';
import type { Dialogs } from './dialogs';
import type { Locale } from './locale';
import { uiText } from './messages/ui-text';

/** The configuration, or null after telling the user to check it. */
export function configurationOrTell(workbook: WorkbookPort, dialogs: Dialogs, locale: Locale, title: string): ContestConfig | null {
  const config = usableConfiguration(workbook);
  if (!config) dialogs.tell(title, uiText[locale].intake.needsConfiguration);
  return config;
}
