// The intake menu items and triggers: create the entry form, sync entries, the units report, and
// the submit and daily triggers. Entries are written in Vietnamese (the register is a document of
// the contest); dialogs follow the user's language.

import type { ContestConfig } from '../core/config/model';
import { unitIntake } from '../core/intake/units-report';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../core/intake/entries-sheet';
import { BOOLEAN_WORDS, readWord } from '../core/config/workbook-vocabulary';
import { readConfiguration } from '../app/contest-configuration';
import { ensureSubmitTrigger, sendQueuedReceipts, setUpEntryForm, syncEntries, type IntakePorts, type IntakeWording } from '../app/intake';
import { hasErrors } from '../core/problem';
import type { Locale } from './locale';
import { describeIntakeReason, intakeStatusWord } from './messages/intake-text';
import { uiText } from './messages/ui-text';

/** What intake writes into the register and the receipts: always Vietnamese. */
export function intakeWording(config: ContestConfig): IntakeWording {
  return {
    status: (status) => intakeStatusWord(status, 'vi'),
    reasons: (check) => check.reasons.map((r) => describeIntakeReason(r, 'vi', config)).join('\n'),
    receipt: (facts) => ({ subject: uiText.vi.receipt.subject(facts.code), body: uiText.vi.receipt.body(facts) }),
  };
}

/** The configuration, or null after telling the user why it cannot be used. */
export function usableConfiguration(ports: IntakePorts, ui: GoogleAppsScript.Base.Ui, locale: Locale): ContestConfig | null {
  const { config, problems } = readConfiguration(ports.workbook);
  if (config && !hasErrors(problems)) return config;
  ui.alert(uiText[locale].intake.title, uiText[locale].intake.needsConfiguration, ui.ButtonSet.OK);
  return null;
}

export function runCreateFormFlow(ports: IntakePorts, ui: GoogleAppsScript.Base.Ui, locale: Locale): void {
  const t = uiText[locale].intake;
  const config = usableConfiguration(ports, ui, locale);
  if (!config) return;
  const result = setUpEntryForm(config, ports);
  ui.alert(t.title, result.formCreated ? t.formCreated(result.url) : t.formExists, ui.ButtonSet.OK);
}

export function runSyncFlow(ports: IntakePorts, ui: GoogleAppsScript.Base.Ui, locale: Locale): void {
  const t = uiText[locale].intake;
  const config = usableConfiguration(ports, ui, locale);
  if (!config) return;
  const lines: string[] = [];
  if (ensureSubmitTrigger(ports)) lines.push(t.triggerRecreated);
  const counts = syncEntries(config, ports, intakeWording(config));
  lines.push(t.synced(counts.created, counts.updated, counts.unchanged));
  const receipts = sendQueuedReceipts(config, ports, intakeWording(config));
  if (receipts.queued > 0) lines.push(t.receiptsQueued(receipts.queued));
  ui.alert(t.title, lines.join('\n'), ui.ButtonSet.OK);
}

export function runUnitsReportFlow(ports: IntakePorts, ui: GoogleAppsScript.Base.Ui, locale: Locale): void {
  const t = uiText[locale].intake;
  const config = usableConfiguration(ports, ui, locale);
  if (!config) return;
  const grid = ports.workbook.readSheets([ENTRIES_SHEET]).get(ENTRIES_SHEET) ?? [];
  const header = (grid[0] ?? []).map(String);
  const [unitColumn, markColumn] = [header.indexOf(ENTRY_COLUMNS.unit), header.indexOf(ENTRY_COLUMNS.preScreening)];
  const codeOf = new Map(config.units.map((u) => [u.name, u.code]));
  const rows = unitColumn < 0 ? [] : grid.slice(1);
  const unitOf = (row: (typeof rows)[number]): string => codeOf.get(String(row[unitColumn])) ?? String(row[unitColumn]);
  // The unit's pre-screening mark is typed in the register: "Có" (or "x") for an entry it sends forward.
  const chosen = rows.filter((row) => markColumn >= 0 && readWord(BOOLEAN_WORDS, String(row[markColumn])) === 'yes').map(unitOf);
  const report = unitIntake(config, rows.map(unitOf), chosen);
  const missing = report.filter((u) => u.missing);
  const lines = [missing.length === 0 ? t.allUnitsHaveEntries : t.unitsReport(missing.map((u) => `- ${u.unitName}`).join('\n'))];
  if (config.unitRules.preScreening) {
    lines.push(t.preScreening(report.filter((u) => u.entries > 0).map((u) => t.preScreeningLine(u.unitName || u.unitCode, u.entries, u.chosen)).join('\n')));
  }
  ui.alert(t.title, lines.join('\n\n'), ui.ButtonSet.OK);
}

/** The daily trigger: the submit trigger is still there, missed responses are in, receipts go out. */
export function runDailyIntakeCheck(ports: IntakePorts): void {
  const { config, problems } = readConfiguration(ports.workbook);
  if (!config || hasErrors(problems)) return;
  ensureSubmitTrigger(ports);
  syncEntries(config, ports, intakeWording(config));
  sendQueuedReceipts(config, ports, intakeWording(config));
}
