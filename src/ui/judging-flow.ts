// The judging menu items and triggers: assign judges, create or update scoring sheets, bring the
// scores in, lock a round, remind judges; the edit trigger's audit log and the daily check.
// Each item works on the current round: the preliminary round until it is locked, then the defence.

import type { ContestConfig } from '../core/config/model';
import type { RoundId } from '../core/scoring/score-sheet';
import { usableConfiguration } from '../app/contest-configuration';
import {
  assignRound,
  dailyJudgingCheck,
  isRoundLocked,
  JudgingRefused,
  lockRound,
  prepareScoringSheets,
  remindJudges,
  syncScores,
  type JudgingPorts,
  type JudgingWording,
  type SheetProblem,
  type SyncSummary,
} from '../app/judging';
import type { Locale } from './locale';
import { intakeStatusWord } from './messages/intake-text';
import { judgingText, type JudgingText } from './messages/judging-text';
import type { Dialogs } from './dialogs';
import { configurationOrTell } from './configuration-or-tell';

/** Judges' e-mails are Vietnamese; entries other than invalid ones are judged. */
export function judgingWording(): JudgingWording {
  const invalid = intakeStatusWord('invalid', 'vi');
  const t = judgingText.vi.reminder;
  return {
    isJudged: (status) => status !== invalid,
    reminder: (facts) => ({ subject: t.subject(facts.contest), body: t.body(facts) }),
  };
}

/** The round the menu works on: the first one not locked, or null when every round is. */
export function currentRound(config: ContestConfig, isLocked: (round: RoundId) => boolean): RoundId | null {
  if (!isLocked('preliminary')) return 'preliminary';
  return config.rounds.defence && !isLocked('defence') ? 'defence' : null;
}

interface Context {
  config: ContestConfig;
  round: RoundId;
  t: JudgingText;
}

/** The configuration and the current round, or null after telling the user why there is nothing to do. */
function contextOrAlert(ports: JudgingPorts, dialogs: Dialogs, locale: Locale): Context | null {
  const t = judgingText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return null;
  const round = currentRound(config, (r) => isRoundLocked(ports, r));
  if (!round) {
    dialogs.tell(t.title, t.allLocked);
    return null;
  }
  return { config, round, t };
}

/** Runs a judging step; a refusal becomes a sentence saying what to do first. */
function refusing(dialogs: Dialogs, t: JudgingText, step: () => string[]): void {
  let lines: string[];
  try {
    lines = step();
  } catch (error) {
    if (!(error instanceof JudgingRefused)) throw error;
    const r = error.refusal;
    lines = [r.kind === 'roundLocked' || r.kind === 'noSheets' ? t.refusal[r.kind](r.round) : t.refusal[r.kind]];
  }
  dialogs.tell(t.title, lines.filter((l) => l !== '').join('\n\n'));
}

export function runAssignFlow(ports: JudgingPorts, dialogs: Dialogs, locale: Locale): void {
  const c = contextOrAlert(ports, dialogs, locale);
  if (!c) return;
  const { t } = c;
  refusing(dialogs, t, () => {
    const s = assignRound(c.config, ports, c.round);
    const k = c.round === 'preliminary' ? c.config.judging.judgesPerEntry : c.config.judging.defenceJudgesPerEntry;
    const name = judgeNames(c.config);
    const lines = [
      t.assigned(c.round, s.entries, s.judges, k === undefined ? t.everyJudge : t.kPerEntry(k)),
      t.loads([...s.result.loads].map(([judge, n]) => t.loadLine(name(judge), n)).join('\n')),
    ];
    if (!s.result.balanced) lines.push(t.unbalanced);
    if (s.result.shortfalls.length > 0) lines.push(t.shortfalls(s.result.shortfalls.map((f) => t.shortfallLine(f.entryCode, f.eligible, f.wanted)).join('\n')));
    if (s.result.withdrawn.length > 0) lines.push(t.withdrawn(s.result.withdrawn.length, s.result.withdrawn.filter((w) => w.scored).length));
    lines.push(t.nextSheets);
    return lines;
  });
}

export function runScoringSheetsFlow(ports: JudgingPorts, dialogs: Dialogs, locale: Locale): void {
  const c = contextOrAlert(ports, dialogs, locale);
  if (!c) return;
  const { t } = c;
  refusing(dialogs, t, () => {
    const s = prepareScoringSheets(c.config, ports, c.round);
    return [
      t.sheetsDone(c.round, s.created.length, s.updated.length),
      s.privateSpreadsheets ? t.privateNote : t.sharedWarning,
      problemLines(t, s.problems, c.config),
    ];
  });
}

export function runSyncScoresFlow(ports: JudgingPorts, dialogs: Dialogs, locale: Locale): void {
  const t = judgingText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return;
  refusing(dialogs, t, () => syncLines(t, syncScores(config, ports), config));
}

function syncLines(t: JudgingText, s: SyncSummary, config: ContestConfig): string[] {
  const name = judgeNames(config);
  const lines = [t.synced(s.rounds.map((r) => t.roundLine(r.round, r.complete, r.assigned, r.locked)).join('\n'))];
  if (s.logged > 0) lines.push(t.logged(s.logged));
  if (s.extraJudges.length > 0) lines.push(t.extraJudges(s.extraJudges.map((x) => t.extraJudgeLine(x.entryCode, name(x.judge))).join('\n')));
  if (s.noExtraJudge.length > 0) lines.push(t.noExtraJudge(s.noExtraJudge.join(', ')));
  if (s.changedAfterLock.length > 0) lines.push(t.changedAfterLock(s.changedAfterLock.length));
  if (!s.snapshotIntact) lines.push(t.snapshotBroken);
  lines.push(problemLines(t, s.problems, config));
  return lines;
}

function judgeNames(config: ContestConfig): (email: string) => string {
  const names = new Map(config.members.map((m) => [m.email.trim().toLowerCase(), m.name]));
  return (email) => names.get(email) ?? email;
}

/** An alert stays readable: a judge who pasted a column of text would otherwise list every cell. */
const SHOWN_PROBLEMS = 15;

function problemLines(t: JudgingText, problems: readonly SheetProblem[], config: ContestConfig): string {
  if (problems.length === 0) return '';
  const name = judgeNames(config);
  const lines = problems.slice(0, SHOWN_PROBLEMS).map(({ judge, problem: p }) => {
    if (p.kind === 'duplicateEntry') return t.problem.duplicateEntry(name(judge), p.entryCode);
    if (p.kind === 'rowWithoutCode') return t.problem.rowWithoutCode(name(judge), p.row);
    if (p.kind === 'entryMissing') return t.problem.entryMissing(name(judge), p.entryCode);
    if (p.kind === 'invalidScore') return t.problem.invalidScore(name(judge), p.entryCode, p.criterion, p.value, p.reason, p.maxPoints, p.step);
    return t.problem[p.kind](name(judge));
  });
  if (problems.length > SHOWN_PROBLEMS) lines.push(t.moreProblems(problems.length - SHOWN_PROBLEMS));
  return t.sheetProblems(lines.join('\n'));
}

export function runLockFlow(ports: JudgingPorts, dialogs: Dialogs, locale: Locale): void {
  const c = contextOrAlert(ports, dialogs, locale);
  if (!c) return;
  const { t } = c;
  if (!dialogs.confirm(t.title, t.confirmLock(c.round))) {
    dialogs.tell(t.title, t.lockCancelled);
    return;
  }
  refusing(dialogs, t, () => {
    const s = lockRound(c.config, ports, c.round);
    return [t.locked(c.round, s.sheets, s.scores, s.checksum), ...syncLines(t, s.sync, c.config).slice(1)];
  });
}

export function runRemindFlow(ports: JudgingPorts, dialogs: Dialogs, locale: Locale): void {
  const t = judgingText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.title);
  if (!config) return;
  refusing(dialogs, t, () => {
    const s = remindJudges(config, ports);
    const name = judgeNames(config);
    const lines = [t.reminded(s.reminded.length, s.reminded.map((r) => t.remindedLine(name(r.judge), r.unfinished)).join('\n'))];
    if (s.deferred.length > 0) lines.push(t.remindersDeferred(s.deferred.length));
    return lines;
  });
}

/** The daily trigger's judging part (no UI: a locked round or a reminder is its own record). */
export function runDailyJudgingCheck(ports: JudgingPorts): void {
  const config = usableConfiguration(ports.workbook);
  if (config) dailyJudgingCheck(config, ports);
}
