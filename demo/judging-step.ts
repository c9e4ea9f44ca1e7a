// The demo's judging, through the same menu items the secretariat uses: assignment (3 judges per
// entry), a private scoring spreadsheet per judge, simulated judges typing their scores into
// those sheets (one lenient, one harsh, one leaving blanks, one sometimes far from the others),
// scores brought in (matrix, progress, extra judges), the preliminary round locked, the defence
// round assigned to the shortlist and scored, then locked. Results are computed from what the
// judges' sheets hold.

import type { Emulator } from '../test/emulator';
import { columnToLetters } from '../test/emulator/a1';
import type { ContestConfig, Rubric } from '../src/core/config/model';
import { judgeSheetLayout } from '../src/core/judging/judge-sheet';
import { ASSIGNMENT_SHEET, JUDGE_SHEETS_SHEET, readAssignments, readJudgeSheetRecords } from '../src/core/judging/judging-sheets';
import type { RoundId, ScoreSheet } from '../src/core/scoring/score-sheet';
import { collectScoreSheets } from '../src/app/judging';
import { judgingWording } from '../src/ui/judging-flow';
import { appsScriptJudgingPorts } from '../src/workspace/judging-ports';
import { simulateSheets, type SimulatedContest } from './simulated-judging';
import { demoHabits } from './results-step';

export interface JudgingOutcome {
  sheets: ScoreSheet[];
  /** What each menu item told the secretariat, in order. */
  alerts: { step: string; message: string }[];
  judgeSheets: { round: RoundId; judge: string; url: string }[];
  cellsTyped: number;
}

type Measure = (step: string, action: () => void) => void;

/** Each judge types the simulated scores of the entries on their sheet, a row at a time. */
function judgesScore(emu: Emulator, config: ContestConfig, contest: SimulatedContest, round: RoundId, seed: number): number {
  const rubric: Rubric = round === 'defence' ? config.rounds.defence!.rubric : config.rounds.preliminary.rubric;
  const layout = judgeSheetLayout({ contestTitle: config.identity.title, round, rubric, judge: { name: '', email: '' } });
  const pairs = readAssignments(emu.inspect.values(ASSIGNMENT_SHEET)).filter((a) => a.round === round);
  const intended = simulateSheets(contest, [...new Set(pairs.map((p) => p.entryCode))], rubric, round, demoHabits(config), seed);
  const byPair = new Map(intended.map((s) => [`${s.entryCode} ${s.judge}`, s]));
  let typed = 0;
  for (const record of readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET)).filter((r) => r.round === round)) {
    const sheet = emu.openById(record.spreadsheetId ?? emu.activeSpreadsheet.getId()).getSheetByName(record.sheetName)!;
    const rows = emu.inspect.values(sheet);
    rows.forEach((row, i) => {
      const scores = byPair.get(`${String(row[layout.columns.code - 1])} ${record.judge}`)?.scores;
      const first = layout.columns.criteria[0];
      // A row already scored (an earlier pass) is left as the judge left it.
      if (!scores || i + 1 < layout.firstDataRow || row[first - 1] !== '') return;
      const values = [rubric.criteria.map((c) => scores[c.code] ?? '')];
      const range = `${columnToLetters(first)}${i + 1}:${columnToLetters(first + rubric.criteria.length - 1)}${i + 1}`;
      const result = emu.userPaste(sheet, range, values, record.judge);
      if (!result.accepted) throw new Error(`${record.judge} could not type into ${range}: ${result.message}`);
      typed += rubric.criteria.length;
    });
  }
  return typed;
}

export function runJudging(emu: Emulator, config: ContestConfig, contest: SimulatedContest, secretary: string, measure: Measure): JudgingOutcome {
  const alerts: JudgingOutcome['alerts'] = [];
  const click = (step: string, caption: string): void =>
    measure(step, () => {
      emu.clickMenu(caption, { user: secretary });
      alerts.push({ step, message: emu.ui.alerts[emu.ui.alerts.length - 1].prompt });
    });
  let cellsTyped = 0;
  const lock = (step: string): void => {
    emu.ui.answerAlert('YES');
    click(step, 'Khóa chấm điểm');
  };

  click('Phân công giám khảo (vòng sơ khảo, 3 giám khảo mỗi bài)', 'Phân công giám khảo');
  click('Tạo phiếu chấm: một bảng tính riêng cho mỗi giám khảo', 'Tạo / cập nhật phiếu chấm');
  cellsTyped += judgesScore(emu, config, contest, 'preliminary', 7);
  click('Cập nhật điểm, ma trận và tiến độ (giao thêm giám khảo khi chênh lệch lớn)', 'Cập nhật điểm và tiến độ chấm');
  cellsTyped += judgesScore(emu, config, contest, 'preliminary', 8);
  click('Cập nhật điểm sau khi giám khảo bổ sung chấm', 'Cập nhật điểm và tiến độ chấm');
  lock('Khóa vòng sơ khảo: chụp điểm kèm mã kiểm tra');
  if (config.rounds.defence) {
    click('Phân công vòng bảo vệ ý tưởng cho các bài vào vòng trong', 'Phân công giám khảo');
    click('Tạo phiếu chấm vòng bảo vệ', 'Tạo / cập nhật phiếu chấm');
    cellsTyped += judgesScore(emu, config, contest, 'defence', 11);
    click('Cập nhật điểm vòng bảo vệ', 'Cập nhật điểm và tiến độ chấm');
    lock('Khóa vòng bảo vệ');
  }

  const ports = appsScriptJudgingPorts(emu.activeSpreadsheet, judgingWording(), () => new Date(emu.clock.now()));
  let sheets: ScoreSheet[] = [];
  measure('Đọc điểm từ các phiếu chấm để tính kết quả', () => {
    sheets = emu.runAs(secretary, () => collectScoreSheets(config, ports).sheets);
  });
  const judgeSheets = readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET)).map((r) => ({ round: r.round, judge: r.judge, url: r.url }));
  return { sheets, alerts, judgeSheets, cellsTyped };
}
