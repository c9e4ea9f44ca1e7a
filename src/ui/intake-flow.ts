// The intake menu items and triggers: create the entry form, sync entries, the units report, and
// the submit and daily triggers. Entries are written in Vietnamese (the register is a document of
// the contest); dialogs follow the user's language.

import type { ContestConfig } from '../core/config/model';
import { unitIntake } from '../core/intake/units-report';
import { ENTRIES_SHEET, unitsOfRegister } from '../core/intake/entries-sheet';
import { usableConfiguration } from '../app/contest-configuration';
import { sendQueuedReceipts, setUpEntryForm, syncEntries, type IntakePorts, type IntakeWording } from '../app/intake';
import type { Locale } from './locale';
import { describeIntakeReasons, intakeStatusWord } from './messages/intake-text';
import { uiText } from './messages/ui-text';
import type { Dialogs } from './dialogs';
import { configurationOrTell } from './configuration-or-tell';

/** What intake writes into the register and the receipts: always Vietnamese. */
export function intakeWording(config: ContestConfig): IntakeWording {
  return {
    status: (status) => intakeStatusWord(status, 'vi'),
    reasons: (check) => describeIntakeReasons(check.reasons, 'vi', config),
    receipt: (facts) => ({ subject: uiText.vi.receipt.subject(facts.code), body: uiText.vi.receipt.body(facts) }),
  };
}

export function runCreateFormFlow(ports: IntakePorts, dialogs: Dialogs, locale: Locale): void {
  const t = uiText[locale].intake;
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return;
  let result = setUpEntryForm(config, ports);
  if (result.kind === 'unreachable') {
    if (!dialogs.confirm(t.title, t.confirmReplaceForm)) {
      dialogs.tell(t.title, t.formKept);
      return;
    }
    result = setUpEntryForm(config, ports, true);
  }
  if (result.kind === 'ready') dialogs.tell(t.title, result.formCreated ? t.formCreated(result.url) : t.formExists);
}

export function runSyncFlow(ports: IntakePorts, dialogs: Dialogs, locale: Locale): void {
  const t = uiText[locale].intake;
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return;
  const counts = syncEntries(config, ports, intakeWording(config));
  if (counts.formUnreachable) {
    dialogs.tell(t.title, t.formUnreachable);
    return;
  }
  const lines: string[] = [];
  if (counts.triggerRecreated) lines.push(t.triggerRecreated);
  lines.push(t.synced(counts.created, counts.updated, counts.unchanged));
  const receipts = sendQueuedReceipts(config, ports, intakeWording(config));
  if (receipts.queued > 0) lines.push(t.receiptsQueued(receipts.queued));
  dialogs.tell(t.title, lines.join('\n'));
}

export function runUnitsReportFlow(ports: IntakePorts, dialogs: Dialogs, locale: Locale): void {
  const t = uiText[locale].intake;
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return;
  const entries = unitsOfRegister(ports.workbook.readSheets([ENTRIES_SHEET]).get(ENTRIES_SHEET) ?? [], config);
  const report = unitIntake(
    config,
    entries.map((e) => e.unitCode),
    entries.filter((e) => e.chosen).map((e) => e.unitCode),
  );
  const missing = report.filter((u) => u.missing);
  const lines = [missing.length === 0 ? t.allUnitsHaveEntries : t.unitsReport(missing.map((u) => `- ${u.unitName}`).join('\n'))];
  if (config.unitRules.preScreening) {
    lines.push(t.preScreening(report.filter((u) => u.entries > 0).map((u) => t.preScreeningLine(u.unitName || u.unitCode, u.entries, u.chosen)).join('\n')));
  }
  dialogs.tell(t.title, lines.join('\n\n'));
}

/** The daily trigger: the submit trigger is still there, missed responses are in, receipts go out. */
export function runDailyIntakeCheck(ports: IntakePorts): void {
  const config = usableConfiguration(ports.workbook);
  if (!config) return;
  syncEntries(config, ports, intakeWording(config));
  sendQueuedReceipts(config, ports, intakeWording(config));
}
