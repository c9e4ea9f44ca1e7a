// The "Tính kết quả" menu item: computes the results from the judges' sheets and the board's
// decisions, writes the Results sheet and its charts, and sums up in one alert who won, the money,
// whether the results are still provisional, and what the board still has to decide.

import type { ContestConfig } from '../core/config/model';
import type { ResultsNotice } from '../core/results/results-model';
import { defenceUnits } from '../core/results/results-sheet';
import type { JudgingPorts } from '../app/judging';
import { writeResults, type ResultsPorts, type ResultsSummary, type ResultsWording } from '../app/results';
import type { Locale } from './locale';
import { describeNotice, entryExplainer } from './messages/results-text';
import { resultsSheetText, type ResultsSheetText } from './messages/results-sheet-text';
import type { Dialogs } from './dialogs';
import { configurationOrTell } from './configuration-or-tell';

/** The workbook's words are Vietnamese, whoever computes the results. */
export function resultsWording(): ResultsWording {
  const t = resultsSheetText.vi;
  return { ...t.sheet, boardSheetNotes: t.boardSheetNotes, explainer: (results, config) => entryExplainer(results, config, 'vi') };
}

/** The results use case's ports: the judging ports (the judges' sheets, the lock, the round locks) and the catalog's words. */
export function resultsPortsOf(judging: JudgingPorts): ResultsPorts {
  return { workbook: judging.workbook, judging, wording: resultsWording() };
}

/** Lines of a list in an alert: at most this many, then how many more. */
const LISTED = 10;

function listed(lines: readonly string[], more: (count: number) => string): string {
  const shown = lines.slice(0, LISTED);
  if (lines.length > LISTED) shown.push(more(lines.length - LISTED));
  return shown.join('\n');
}

export function runComputeResultsFlow(ports: ResultsPorts, dialogs: Dialogs, locale: Locale): void {
  const t = resultsSheetText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return;
  const lines = summaryLines(t, writeResults(config, ports), config, locale);
  dialogs.tell(t.title, lines.filter((l) => l !== '').join('\n\n'));
}

function summaryLines(t: ResultsSheetText, summary: ResultsSummary, config: ContestConfig, locale: Locale): string[] {
  const { results, entries, openRounds, boardProblems } = summary.contest;
  if (entries.length === 0) return [t.noEntries, summary.boardSheetCreated ? t.boardSheetCreated : ''];
  const tierName = new Map(config.prizes.tiers.map((tier) => [tier.code, tier.name]));
  const notice = (n: ResultsNotice): string => describeNotice(n, locale);
  const lines = [t.computed(entries.length, results.entries.filter((r) => r.rank !== null).length), openRounds.length > 0 ? t.provisional(openRounds) : t.final];

  const winners = results.entries.flatMap((r) => {
    const o = r.outcome;
    if (o.kind === 'prize') return [t.winnerLine(tierName.get(o.tierCode) ?? o.tierCode, r.entry.code, r.entry.title, t.money(o.amount))];
    if (o.kind === 'special') return [t.winnerLine(o.name, r.entry.code, r.entry.title, t.money(o.amount))];
    return [];
  });
  lines.push(winners.length > 0 ? t.winners(listed(winners, t.moreWinners)) : t.noWinners);
  const b = results.budget;
  lines.push(t.totals(t.money(b.awarded), b.special > 0 ? t.money(b.special) : null, b.pending > 0 ? t.money(b.pending) : null));

  const referred = results.notices.filter((n) => n.code === 'tieReferred').map((n) => t.noticeLine(notice(n)));
  if (referred.length > 0) lines.push(t.referred(listed(referred, t.moreNotices)));
  for (const n of results.notices.filter((x) => x.code === 'budgetExceeded')) lines.push(t.warning(notice(n)));
  const errors = results.notices.filter((n) => n.severity === 'error').map((n) => t.noticeLine(notice(n)));
  if (errors.length > 0) lines.push(t.errors(listed(errors, t.moreNotices)));
  if (boardProblems.length > 0) lines.push(t.boardProblems(listed(boardProblems.map((p) => t.noticeLine(t.boardProblem(p))), t.moreNotices)));

  if (config.rounds.defence) lines.push(t.defenceUnits(defenceUnits(config, results).length));
  if (summary.boardSheetCreated) lines.push(t.boardSheetCreated);
  lines.push(t.whereToLook);
  return lines;
}
