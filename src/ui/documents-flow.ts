// The "Tạo văn bản" menu item and the time-driven continuation of a batch.

import type { ContestConfig } from '../core/config/model';
import { usableConfiguration } from '../app/contest-configuration';
import { continueDocuments, DocumentsRefused, generateDocuments, type DocumentsPorts, type DocumentsSummary } from '../app/documents';
import type { ComputedContest } from '../app/results';
import type { Locale } from './locale';
import { documentsText, type DocumentsText } from './messages/documents-text';
import type { Dialogs } from './dialogs';
import { configurationOrTell } from './configuration-or-tell';

function summaryLines(summary: DocumentsSummary, t: DocumentsText): string[] {
  const total = summary.made + summary.waiting;
  return [
    summary.planned ? t.planned : t.continued,
    summary.templatesCreated.length > 0 ? t.templatesCreated(t.kinds(summary.templatesCreated)) : '',
    t.made(summary.madeNow, summary.made, total),
    summary.waiting > 0 ? t.waiting(summary.waiting) : t.allDone,
    summary.signed.length > 0 ? t.signed(summary.signed.join(', ')) : '',
    summary.failed.length > 0 ? t.failed(summary.failed.map((f) => t.failedLine(f.key, f.note)).join('\n')) : '',
    summary.referred.length > 0 ? t.referred(summary.referred.join(', ')) : '',
    t.folder(summary.folderUrl),
  ];
}

function refusalText(error: DocumentsRefused, t: DocumentsText, timeOf: (d: Date) => string): string {
  const r = error.refusal;
  switch (r.kind) {
    case 'busy':
      return t.refusal.busy(timeOf(r.until));
    case 'provisional':
      return t.refusal.provisional;
    case 'unknownPlaceholders':
      return t.refusal.unknownPlaceholders(
        r.templates.map((x) => t.refusal.unknownLine(x.kind, [...x.names.map((n) => `{{${n}}}`), ...x.malformed].join(', '), x.url)).join('\n'),
      );
  }
}

export function runGenerateDocumentsFlow(
  ports: DocumentsPorts,
  dialogs: Dialogs,
  locale: Locale,
  contest: (config: ContestConfig) => ComputedContest,
  timeOf: (d: Date) => string,
): void {
  const t = documentsText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return;
  let lines: string[];
  try {
    lines = summaryLines(generateDocuments(config, ports, () => contest(config)), t);
  } catch (error) {
    if (!(error instanceof DocumentsRefused)) throw error;
    lines = [refusalText(error, t, timeOf)];
  }
  dialogs.tell(t.title, lines.filter((l) => l !== '').join('\n\n'));
}

/** The time-driven trigger's share: goes on with waiting documents, silently (the sheet shows progress). */
export function runDocumentsContinuation(ports: DocumentsPorts, started: number): void {
  const config = usableConfiguration(ports.workbook);
  if (!config) return;
  try {
    continueDocuments(config, ports, started);
  } catch (error) {
    // A menu run is making them right now: nothing for the trigger to do this hour.
    if (!(error instanceof DocumentsRefused && error.refusal.kind === 'busy')) throw error;
  }
}
