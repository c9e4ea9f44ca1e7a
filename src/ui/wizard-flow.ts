// The set-up wizard's server side: what it starts from, the presets, and saving its draft into
// the configuration sheets. The draft arrives from the browser, so it is read back through the
// sheets' own format and validated here again: the page's inline checks are a convenience, this
// is the rule.

import type { ContestConfig } from '../core/config/model';
import { blankConfig, PRESETS, type PresetId } from '../core/config/presets';
import { throughSheets, type DecodeResult } from '../core/config/sheet-codec';
import { validateConfig } from '../core/config/validation';
import { hasErrors, type Problem } from '../core/problem';
import { existingConfigurationSheets, readConfiguration, writeConfiguration } from '../app/contest-configuration';
import type { WorkbookPort } from '../app/ports';
import type { Locale } from './locale';
import { describeProblem } from './messages/problems';
import { uiText } from './messages/ui-text';
import type { ProblemView, WizardSaveOutcome, WizardStart } from './sidebar-contract';

export function wizardStartView(workbook: WorkbookPort, locale: Locale): WizardStart {
  const { config, problems } = readConfiguration(workbook);
  return {
    locale,
    presets: PRESETS.map((p) => ({ id: p.id, name: p.name, source: p.source })),
    current: config && !hasErrors(problems) ? config : null,
    existingSheets: existingConfigurationSheets(workbook),
  };
}

/** A preset's configuration, or the blank one; `year` is this year, for the blank one. */
export function wizardStartingPoint(id: PresetId | 'blank', year: number, locale: Locale): ContestConfig {
  if (id === 'blank') return blankConfig(year);
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(uiText[locale].wizard.unknownPreset(String(id)));
  return preset.build();
}

function problemViews(problems: readonly Problem[], locale: Locale): ProblemView[] {
  const ordered = [...problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
  return ordered.map((p) => ({ path: p.path, severity: p.severity, message: describeProblem(p, locale) }));
}

/**
 * Writes the draft when it has no errors; earlier configuration sheets are kept under names ending
 * in `archiveSuffix`. Returns the problems that stopped it, or the warnings it was saved with.
 */
export function saveWizardDraft(workbook: WorkbookPort, draft: unknown, locale: Locale, archiveSuffix: string): WizardSaveOutcome {
  const refused = (problems: ProblemView[]): WizardSaveOutcome => ({ saved: false, problems, written: [], archived: [] });
  let read: DecodeResult;
  try {
    read = throughSheets(draft as ContestConfig);
  } catch {
    return refused([{ path: '', severity: 'error', message: uiText[locale].wizard.unreadableDraft }]);
  }
  const config = read.config;
  if (!config) return refused(problemViews(read.problems, locale));
  // Reading it back validated it; the messages are made again to number list items as the page
  // does (1, 2, 3 …), not by rows of the sheets the draft was read through.
  if (hasErrors(read.problems)) return refused(problemViews(validateConfig(config), locale));
  const written = writeConfiguration(config, workbook, archiveSuffix);
  return { saved: true, problems: problemViews(written.problems, locale), written: written.written, archived: written.archived };
}
