// One contest from set-up to documents in the emulator, with the latency model on. Each menu step
// runs as the secretary clicks it (emu.clickMenu: the global function, the flow, the use case and
// the src/workspace adapters, in a menu execution) and is measured alone: its service calls and
// modeled time from the meter, the naive baseline of its sheet reads and writes, and the wall time
// of its own computation over in-memory ports. Everything between two steps (configuration
// written, entrants submitting, judges pasting their points) happens outside the measured windows.
//
// The execution time limit is lifted (executionTimeLimitMs: Infinity) so that a step longer than
// 6 minutes is measured in full and reported as such, instead of being killed half-way.

import { createEmulator, type Emulator } from '../test/emulator';
import * as entryPoints from '../src/main';
import { usableConfiguration, writeConfiguration } from '../src/app/contest-configuration';
import { dashboardView } from '../src/app/dashboard';
import { receiveResponse } from '../src/app/intake';
import { computeContest } from '../src/app/results';
import { DOCUMENTS_SHEET, readDocumentRecords } from '../src/core/documents/documents-sheet';
import type { RoundId } from '../src/core/scoring/score-sheet';
import { runCheckFlow } from '../src/ui/check-flow';
import { runGenerateDocumentsFlow } from '../src/ui/documents-flow';
import { intakeWording, runCreateFormFlow, runSyncFlow, runUnitsReportFlow } from '../src/ui/intake-flow';
import { runAssignFlow, runLockFlow, runRemindFlow, runScoringSheetsFlow, runSyncScoresFlow } from '../src/ui/judging-flow';
import { uiText } from '../src/ui/messages/ui-text';
import { resultsPortsOf, runComputeResultsFlow } from '../src/ui/results-flow';
import { SpreadsheetWorkbook } from '../src/workspace/spreadsheet-workbook';
import { addCosts, EXECUTION_LIMIT_MS, metered, topMethods, type Cost } from './cost';
import { estimatedShare } from './estimates';
import { judgesScore, panelHabits } from './judges-at-work';
import type { NaiveFigures, OperationLine, ScenarioFacts } from './lines';
import { naiveFigures, recordingBlocks, type RecordedAccesses } from './naive-baseline';
import { copyOfEmulator, medianWallMs, silentDialogs, type MemoryPorts } from './pure-runs';
import type { Scenario } from './scenarios';
import { submissions, type Submission } from './submissions';

type MenuItem = keyof typeof uiText.vi.menu;

/** Each printed line's calls by method, kept out of the output (targets.ts compares them). */
export const callsByMethod = new WeakMap<OperationLine, Record<string, number>>();

const callsOf = (cost: Cost): Record<string, number> => Object.fromEntries(Object.entries(cost.byMethod).map(([method, stats]) => [method, stats.calls]));

/** Responses filed one by one by the submit trigger, after the others came in by "sync entries". */
const TRIGGERED = 10;
/** A safety stop for the documents' continuation runs. */
const MAX_DOCUMENT_RUNS = 60;

class ScenarioRun {
  readonly lines: OperationLine[] = [];
  private readonly facts: ScenarioFacts;

  constructor(
    private readonly emu: Emulator,
    private readonly s: Scenario,
    private readonly bundleBytes: number,
  ) {
    const rounds = s.config.rounds.defence ? 2 : 1;
    this.facts = { scenario: s.name, entries: s.entries, judges: s.judges.length, criteria: s.config.rounds.preliminary.rubric.criteria.length, rounds };
  }

  private menu(item: MenuItem): void {
    this.emu.clickMenu(uiText.vi.menu[item], { user: this.s.secretary });
  }

  private naiveOf(step: Cost, accesses: RecordedAccesses): NaiveFigures | null {
    if (accesses.empty) return null;
    const baseline = accesses.prepare(this.emu, this.s.secretary);
    return naiveFigures(step, metered(this.emu, baseline).cost, accesses.cells);
  }

  private push(operation: string, cost: Cost, extra: Partial<OperationLine>): OperationLine {
    const line: OperationLine = {
      ...this.facts,
      operation,
      calls: cost.calls,
      modeledMs: Math.round(cost.modeledMs),
      estimatedShare: estimatedShare(cost),
      sheetsCalls: cost.sheetsCalls,
      naive: null,
      wallMs: null,
      bundleBytes: this.bundleBytes,
      ...extra,
      top: topMethods(cost),
    };
    callsByMethod.set(line, callsOf(cost));
    this.lines.push(line);
    return line;
  }

  /** A step that runs in one execution: measured, its naive baseline, its own computation. */
  private step(operation: string, action: () => void, pure: (p: MemoryPorts) => unknown): OperationLine {
    const copy = copyOfEmulator(this.emu, this.s.secretary);
    const { result: recorded, cost } = metered(this.emu, () => recordingBlocks(action));
    const naive = this.naiveOf(cost, recorded.accesses);
    const written = recorded.accesses.largestWrites();
    return this.push(operation, cost, {
      naive,
      wallMs: medianWallMs(copy, pure),
      withinLimit: cost.modeledMs < EXECUTION_LIMIT_MS,
      ...(written.length > 0 ? { detail: { largestWrites: written } } : {}),
    });
  }

  private setUp(): void {
    const { emu, s } = this;
    emu.runAs(s.secretary, () => writeConfiguration(s.config, new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), '(cũ)'));
    emu.triggers.open(s.secretary);
  }

  private intake(): void {
    const { emu, s } = this;
    this.step('Kiểm tra cấu hình', () => this.menu('check'), (p) => runCheckFlow(silentDialogs, p.intake.workbook, 'vi'));
    this.step('Tạo biểu mẫu dự thi', () => this.menu('createForm'), (p) => runCreateFormFlow(p.intake, silentDialogs, 'vi'));
    const form = emu.forms.list()[0];
    const all = submissions(s.config, s.entries, s.firstSubmission, s.spacingMs);
    const respond = (sub: Submission, defer: boolean): void => void emu.forms.respond(form, sub.answers, { respondent: sub.respondent, timestamp: sub.timestamp, defer });
    // Entrants submit; the trigger is held back, as when it was lost (research §3.2), and the menu's sync files them all.
    for (const sub of all.slice(0, -TRIGGERED)) respond(sub, true);
    const sync = this.step('Đồng bộ bài dự thi', () => this.menu('syncEntries'), (p) => runSyncFlow(p.intake, silentDialogs, 'vi'));
    sync.detail = { responses: all.length - TRIGGERED, ...sync.detail };
    this.submitTrigger(all.slice(-TRIGGERED), (sub) => respond(sub, false));
    this.step('Báo cáo đơn vị chưa có bài', () => this.menu('unitsReport'), (p) => runUnitsReportFlow(p.intake, silentDialogs, 'vi'));
  }

  /** The last responses, each filed by the submit trigger in its own execution: per-response figures. */
  private submitTrigger(last: readonly Submission[], respond: (sub: Submission) => void): void {
    const costs: Cost[] = [];
    let naive: NaiveFigures | null = null;
    let wallMs: number | null = null;
    last.forEach((sub, i) => {
      const final = i === last.length - 1;
      const copy = final ? copyOfEmulator(this.emu, this.s.secretary) : null;
      const { result: recorded, cost } = metered(this.emu, () => recordingBlocks(() => respond(sub)));
      costs.push(cost);
      if (!copy) return;
      naive = this.naiveOf(cost, recorded.accesses);
      const response = { responseId: 'bench-response', timestamp: sub.timestamp, respondentEmail: sub.respondent, answers: sub.answers };
      wallMs = medianWallMs(copy, (p) => {
        const config = usableConfiguration(p.intake.workbook);
        return config && receiveResponse(config, p.intake, intakeWording(config), response);
      });
    });
    const total = addCosts(costs);
    const mean = (n: number): number => Math.round(n / costs.length);
    const worst = Math.max(...costs.map((c) => c.modeledMs));
    this.lines.push({
      ...this.facts,
      operation: `Trình kích hoạt nhận bài (mỗi bài; ${costs.length} bài cuối)`,
      calls: mean(total.calls),
      modeledMs: mean(total.modeledMs),
      estimatedShare: estimatedShare(total),
      sheetsCalls: mean(total.sheetsCalls),
      naive,
      wallMs,
      bundleBytes: this.bundleBytes,
      withinLimit: worst < EXECUTION_LIMIT_MS,
      detail: { responses: costs.length, totalCalls: total.calls, totalModeledMs: Math.round(total.modeledMs), maxModeledMs: Math.round(worst), naiveAndWallMsOf: 'the last response' },
      top: topMethods(total),
    });
  }

  private judging(round: RoundId, seed: number): void {
    const label = round === 'preliminary' ? 'vòng sơ khảo' : 'vòng bảo vệ';
    this.step(`Phân công giám khảo (${label})`, () => this.menu('assignJudges'), (p) => runAssignFlow(p.judging, silentDialogs, 'vi'));
    this.step(`Tạo phiếu chấm (${label})`, () => this.menu('scoringSheets'), (p) => runScoringSheetsFlow(p.judging, silentDialogs, 'vi'));
    if (round === 'preliminary') this.step('Nhắc giám khảo chấm bài', () => this.menu('remindJudges'), (p) => runRemindFlow(p.judging, silentDialogs, 'vi'));
    judgesScore(this.emu, this.s.config, round, panelHabits(this.s.judges), seed);
    this.step(`Cập nhật điểm và tiến độ chấm (${label})`, () => this.menu('syncScores'), (p) => runSyncScoresFlow(p.judging, silentDialogs, 'vi'));
    this.emu.ui.answerAlert('YES');
    this.step(`Khóa chấm điểm (${label})`, () => this.menu('lockScoring'), (p) => runLockFlow(p.judging, silentDialogs, 'vi'));
  }

  private documents(): void {
    const { emu } = this;
    const copy = copyOfEmulator(emu, this.s.secretary);
    const runs: Cost[] = [metered(emu, () => this.menu('createDocuments')).cost];
    const records = () => readDocumentRecords(emu.inspect.values(DOCUMENTS_SHEET));
    // The hourly trigger the run left makes the rest, one execution an hour.
    while (records().some((r) => r.status === 'pending') && runs.length < MAX_DOCUMENT_RUNS) {
      runs.push(metered(emu, () => emu.triggers.advance(3_600_000, { throwOnError: true })).cost);
    }
    const total = addCosts(runs);
    const byStatus: Record<string, number> = {};
    for (const r of records()) byStatus[r.status ?? ''] = (byStatus[r.status ?? ''] ?? 0) + 1;
    const longest = Math.max(...runs.map((r) => r.modeledMs));
    const timeOf = (d: Date): string => d.toISOString();
    const wallMs = medianWallMs(copy, (p) =>
      runGenerateDocumentsFlow(p.documents, silentDialogs, 'vi', (config) => computeContest(config, resultsPortsOf(p.judging)), timeOf),
    );
    this.push('Tạo văn bản (menu, rồi trình kích hoạt theo giờ)', total, {
      wallMs,
      resumable: true,
      detail: {
        executions: runs.length,
        documents: byStatus,
        stillPending: records().some((r) => r.status === 'pending'),
        perExecution: {
          meanCalls: Math.round(total.calls / runs.length),
          maxCalls: Math.max(...runs.map((r) => r.calls)),
          meanModeledMs: Math.round(total.modeledMs / runs.length),
          maxModeledMs: Math.round(longest),
          everyWithinLimit: longest < EXECUTION_LIMIT_MS,
        },
      },
    });
  }

  run(): OperationLine[] {
    this.setUp();
    this.intake();
    this.judging('preliminary', 7);
    if (this.s.config.rounds.defence) this.judging('defence', 11);
    this.step('Tính kết quả', () => this.menu('computeResults'), (p) => runComputeResultsFlow(resultsPortsOf(p.judging), silentDialogs, 'vi'));
    this.step(
      'Bảng điều khiển: đọc dữ liệu (sidebarDashboard)',
      () => this.emu.runExecution({ user: this.s.secretary }, () => entryPoints.sidebarDashboard()),
      (p) => dashboardView(p.dashboard, 'vi'),
    );
    this.documents();
    return this.lines;
  }
}

export function runScenario(s: Scenario, bundleBytes: number): OperationLine[] {
  const emu = createEmulator({
    owner: s.secretary,
    spreadsheetName: s.config.identity.title,
    latency: 'model',
    startTime: s.startTime,
    executionTimeLimitMs: Infinity,
    scope: entryPoints,
  });
  // Documents stop on their time budget, measured with `new Date()`: it must read the virtual clock.
  const undo = emu.install(globalThis, { virtualDate: true });
  try {
    return new ScenarioRun(emu, s, bundleBytes).run();
  } finally {
    undo();
  }
}
