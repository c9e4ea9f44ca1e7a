// A list of problems as an alert can show it: errors first, at most a screenful.

import type { Problem } from '../core/problem';
import type { Locale } from './locale';
import { describeProblem } from './messages/problems';
import { uiText } from './messages/ui-text';

const SHOWN = 15;

export function problemList(problems: readonly Problem[], locale: Locale): string {
  const ordered = [...problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
  const lines = ordered.slice(0, SHOWN).map((p) => `${p.severity === 'error' ? '✖' : '•'} ${describeProblem(p, locale)}`);
  if (ordered.length > SHOWN) lines.push(uiText[locale].check.more(ordered.length - SHOWN));
  return lines.join('\n');
}
