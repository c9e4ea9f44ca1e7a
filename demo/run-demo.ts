// `npm start`: a contest run end to end in the emulator, no Google account needed. It sets up
// Hậu Giang 2024 through the set-up wizard's server functions (the preset, plus the demo's units
// and members as the secretariat would enter them), checks the configuration, has simulated judges score
// both rounds, computes the results, checks them against the custom functions in a sheet, announces
// them and shows what a later score correction would change. It prints a Vietnamese summary and
// writes out/summary.json and out/contest.xlsx.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEmulator } from '../test/emulator';
import type { MeterSnapshot } from '../test/emulator/meter';
import * as entryPoints from '../src/main';
import { readConfiguration } from '../src/app/contest-configuration';
import { SpreadsheetWorkbook } from '../src/workspace/spreadsheet-workbook';
import { SHEET_NAMES } from '../src/core/config/workbook-vocabulary';
import { DEMO_MEMBERS, DEMO_UNITS } from './fixtures';
import { contestSummary } from './summary-text';
import { writeXlsx } from './xlsx-export';
import { announceResults, compareWithAnnouncement, type AnnouncementComparison } from '../src/app/announced-results';
import { ANNOUNCED_SHEET } from '../src/core/results/announced-sheet';
import { runIntake } from './intake-step';
import { runJudging } from './judging-step';
import { withQuality } from './simulated-judging';
import { correctedResults, crossCheckSheet, expectedCrossCheck, judgeContest, noticesOf, winnersOf } from './results-step';
import { formatMoney, formatNumberVi } from '../src/core/vn';
import { runDocuments } from './documents-step';
import { lookAtDashboard } from './dashboard-step';
import { runReplication } from './replication-step';
import { performance } from 'node:perf_hooks';

const CROSS_CHECK_SHEET = 'Kiểm tra kết quả (hàm)';

const outDir = path.resolve(__dirname, '../out');
const SECRETARY = 'yen.nt@demo.example';

interface Step {
  step: string;
  calls: number;
  modeledMs: number;
}

async function main(): Promise<void> {
  const emu = createEmulator({ owner: SECRETARY, spreadsheetName: 'Cuộc thi CCHC Hậu Giang 2024 (demo)' });
  // Time as Apps Script's own clock sees it: long runs (documents) stop on their time budget.
  emu.install(globalThis, { virtualDate: true });
  // Apps Script makes every export of src/main.ts a global; the menu calls them by name.
  Object.assign(globalThis, entryPoints);
  const steps: Step[] = [];
  let before: MeterSnapshot = emu.meter.snapshot();
  const measure = (step: string, action: () => void): void => {
    action();
    const after = emu.meter.snapshot();
    steps.push({ step, calls: after.calls - before.calls, modeledMs: Math.round(after.modeledMs - before.modeledMs) });
    before = after;
  };

  measure('Mở bảng tính (onOpen): menu tiện ích', () => emu.triggers.open(SECRETARY));
  // The set-up wizard's page calls these server functions through google.script.run; the demo
  // calls them as the page would, with what the page sends (JSON), as the secretary.
  const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  measure('Trình thiết lập: mẫu Hậu Giang 2024, thêm đơn vị và thành viên, lưu', () => {
    emu.clickMenu('Thiết lập cuộc thi…', { user: SECRETARY });
    const draft = overTheWire(emu.runAs(SECRETARY, () => entryPoints.wizardPreset('hauGiang2024')));
    draft.units = [...draft.units, ...DEMO_UNITS];
    draft.members = [...draft.members, ...DEMO_MEMBERS];
    const saved = emu.runAs(SECRETARY, () => entryPoints.wizardSave(overTheWire(draft)));
    if (!saved.saved) throw new Error(`The wizard did not save: ${JSON.stringify(saved.problems)}`);
  });
  measure('Tổ giúp việc đặt 3 giám khảo mỗi bài trong trang cấu hình', () =>
    emu.runAs(SECRETARY, () => {
      // Three judges per entry: the panel's loads are balanced and a wide disagreement gets a fourth.
      // The wizard leaves judging rules to the configuration sheet, where they are typed.
      const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET_NAMES.settings)!;
      const keys = settings.getRange(1, 1, settings.getLastRow(), 1).getValues().map((r) => r[0]);
      settings.getRange(keys.indexOf('judging.judgesPerEntry') + 1, 3).setValue(3);
    }),
  );
  measure('Kiểm tra cấu hình', () => emu.clickMenu('Kiểm tra cấu hình', { user: SECRETARY }));

  let read: ReturnType<typeof readConfiguration> = { found: false, config: null, problems: [] };
  measure('Đọc lại cấu hình để tóm tắt', () => {
    read = emu.runAs(SECRETARY, () => readConfiguration(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet())));
  });
  const { config, problems } = read;
  if (!config) throw new Error(`The demo's configuration did not read back: ${JSON.stringify(problems)}`);
  // Judging and results. The scores stay in memory until the judging workbooks exist; the
  // cross-check sheet is written through the emulated Sheets API and its formulas run there.
  const intake = runIntake(emu, config, SECRETARY, measure);
  const contest = withQuality(intake.entries);
  const judging = runJudging(emu, config, contest, SECRETARY, measure);
  const computeStart = performance.now();
  const judged = judgeContest(config, contest, judging.sheets);
  const computeMs = Math.round(performance.now() - computeStart);
  const { results } = judged;
  emu.registerCustomFunctions({ CCHC_RANK: entryPoints.CCHC_RANK, CCHC_PRIZE: entryPoints.CCHC_PRIZE } as Record<string, (...a: unknown[]) => unknown>);
  const check = crossCheckSheet(config, results);
  let shown: unknown[][] = [];
  measure('Bảng kiểm tra kết quả bằng hàm CCHC_RANK và CCHC_PRIZE', () =>
    emu.runAs(SECRETARY, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet(CROSS_CHECK_SHEET);
      sheet.getRange(1, 1, check.cells.length, check.cells[0].length).setValues(check.cells);
      sheet.setFrozenRows(1);
      shown = sheet.getRange(2, check.rankColumn, check.rows, 3).getValues();
    }),
  );
  const expected = expectedCrossCheck(config, results);
  if (JSON.stringify(shown) !== JSON.stringify(expected)) {
    throw new Error(`The custom functions disagree with the rules engine:\n${JSON.stringify(shown)}\n${JSON.stringify(expected)}`);
  }
  const winners = winnersOf(config, results);
  measure('Công bố kết quả: lưu bản đã công bố', () =>
    emu.runAs(SECRETARY, () => announceResults(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), results, '16/08/2024 09:00', '(cũ)')),
  );
  const corrected = correctedResults(config, judged);
  let announcement: AnnouncementComparison = { announcement: null, changes: [] };
  measure('Giám khảo sửa điểm: so sánh với kết quả đã công bố', () => {
    announcement = emu.runAs(SECRETARY, () => compareWithAnnouncement(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), corrected));
  });

  const documents = await runDocuments(emu, SECRETARY, outDir, measure);
  const replication = await runReplication(emu, SECRETARY, outDir, measure);
  const dashboard = await lookAtDashboard(emu, SECRETARY, outDir, measure);

  const total = emu.meter.snapshot();
  const checkAlert = emu.ui.alerts[emu.ui.alerts.length - 1];

  console.log(contestSummary(config, problems));
  console.log('\nKết quả "Kiểm tra cấu hình" (hộp thoại):\n' + checkAlert.prompt);
  console.log(`\nNHẬN BÀI: biểu mẫu ${intake.formItems} mục; ${intake.received} bài: ${Object.entries(intake.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}; ${intake.receiptsSent} biên nhận đã gửi.`);
  for (const f of intake.flagged) console.log(`  - ${f.code} (${f.status}): ${f.reasons.replace(/\n/g, ' ')}`);
  console.log(`  ${intake.unitsWithoutEntries.replace(/\n/g, ' ')}`);
  console.log(`\nCHẤM ĐIỂM: ${judging.judgeSheets.length} phiếu chấm (bảng tính riêng của từng giám khảo), ${judging.cellsTyped} ô điểm do giám khảo mô phỏng nhập.`);
  for (const a of judging.alerts) console.log(`  [${a.step}]\n    ${a.message.replace(/\n+/g, '\n    ')}`);
  console.log(`\nKẾT QUẢ (${judged.contest.entries.length} bài, ${config.members.filter((m) => m.role === 'judge').length} giám khảo mô phỏng, tính trong ${computeMs} ms):`);
  for (const w of winners) console.log(`  - ${w.tier}: ${w.code} «${w.title}», ${w.finalScore === null ? '' : formatNumberVi(w.finalScore)} điểm, ${w.amountText}`);
  console.log(`  Tổng tiền thưởng: ${formatMoney(results.budget.awarded)}`);
  for (const notice of noticesOf(results)) console.log(`  ! ${notice}`);
  console.log(`  Hàm CCHC_RANK và CCHC_PRIZE trong trang "${CROSS_CHECK_SHEET}" cho cùng thứ hạng và giải như bộ tính kết quả.`);
  console.log(`  Sau khi công bố, một giám khảo sửa điểm: ${announcement.changes.length} thay đổi so với kết quả đã công bố, chờ Ban Tổ chức phê duyệt.`);
  console.log(`\nVĂN BẢN: ${documents.documents.length} tệp .docx trong out/documents/ (${documents.runs === 1 ? 'một lần chạy từ menu' : `${documents.runs} lần chạy: menu rồi trình kích hoạt theo giờ`})${documents.pdf === 'libreoffice' ? ', bản PDF do LibreOffice chuyển trong out/documents/pdf/' : '; không có LibreOffice nên không chuyển PDF'}.`);
  for (const a of documents.alerts) console.log(`  [${a.step}]\n    ${a.message.replace(/\n+/g, '\n    ')}`);
  console.log(
    `\nNHÂN RỘNG: ${replication.initiatives.length} sáng kiến trong danh mục; ${replication.pairs} lượt giao cho đơn vị; ` +
      `${Object.entries(replication.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}; ${replication.overdue} lượt quá hạn; ` +
      `${replication.reminders.length} email nhắc; ${replication.yearlySheets.join(', ')}` +
      (replication.report ? `; báo cáo ${replication.report.docx}.` : '.'),
  );
  for (const x of replication.initiatives) console.log(`  - ${x.code} ${x.prize ? `(${x.prize}) ` : ''}«${x.title}», ${x.ownerUnit}; ${x.decision}`);
  for (const a of replication.alerts) console.log(`  [${a.step}]\n    ${a.message.replace(/\n+/g, '\n    ')}`);
  const d = dashboard.view;
  const rounds = d.rounds.map((r) => `${r.round === 'preliminary' ? 'sơ khảo' : 'bảo vệ'} ${r.complete}/${r.assigned} phiếu${r.locked ? ' (đã khóa)' : ''}, ${r.discrepancies.length} bài chênh lệch`);
  console.log(
    `\nBẢNG ĐIỀU KHIỂN: ${d.intake?.total ?? 0} bài; ${rounds.join('; ')}; kết quả ${d.results?.provisional ? 'tạm tính' : 'chính thức'}, ${d.results?.prizes.reduce((n, p) => n + p.count, 0) ?? 0} giải, ${formatMoney(d.results?.money ?? 0)}; ${d.documents.length} văn bản.` +
      (dashboard.screenshot ? ` Ảnh thanh bên: ${path.relative(process.cwd(), dashboard.screenshot)}.` : ' (Không có Chromium nên không chụp ảnh thanh bên.)'),
  );
  console.log('\nChi phí dịch vụ Apps Script (mô phỏng):');
  for (const s of steps) console.log(`  - ${s.step}: ${s.calls} lệnh gọi, ~${s.modeledMs} ms`);
  console.log(`  Tổng: ${total.calls} lệnh gọi, ~${Math.round(total.modeledMs)} ms`);

  mkdirSync(outDir, { recursive: true });
  const summary = {
    contest: config.identity.title,
    preset: 'hauGiang2024',
    menu: emu.ui.menuItems().map((i) => ({ label: i.path[i.path.length - 1], function: i.functionName })),
    sheets: SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName()),
    units: config.units.length,
    members: config.members.length,
    prizeTiers: config.prizes.tiers.map((t) => ({ name: t.name, count: t.count, amount: t.amount, award: t.award })),
    problems: problems.map((p) => ({ severity: p.severity, code: p.code, path: p.path })),
    intake: {
      formItems: intake.formItems,
      received: intake.received,
      byStatus: intake.byStatus,
      flagged: intake.flagged,
      unitsWithoutEntries: intake.unitsWithoutEntries,
      receiptsSent: intake.receiptsSent,
      judged: intake.entries.length,
    },
    judging: {
      sheets: judging.judgeSheets,
      cellsTyped: judging.cellsTyped,
      menuMessages: judging.alerts,
    },
    results: {
      entries: judged.contest.entries.length,
      judges: config.members.filter((m) => m.role === 'judge').map((m) => m.name),
      method: config.scoring.aggregation,
      shortlisted: results.entries.filter((r) => r.shortlisted).map((r) => r.entry.code),
      winners,
      budget: results.budget,
      discrepancies: results.entries
        .flatMap((r) => [r.preliminary, r.defence].filter((x) => x !== null && x.discrepancy.level !== 'none').map((x) => ({ code: r.entry.code, round: x!.round, spread: x!.discrepancy.spread, level: x!.discrepancy.level }))),
      notices: noticesOf(results),
      crossCheck: { sheet: CROSS_CHECK_SHEET, functionsAgreeWithEngine: true, rows: check.rows },
      computeMs,
      announcement: { sheet: ANNOUNCED_SHEET, state: announcement.announcement?.kind ?? 'none', changesAfterCorrection: announcement.changes },
    },
    documents,
    replication,
    dashboard: { view: dashboard.view, screenshot: dashboard.screenshot && path.relative(outDir, dashboard.screenshot) },
    steps,
    calls: total.calls,
    modeledMs: Math.round(total.modeledMs),
    byMethod: total.byMethod,
  };
  writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  await writeXlsx(SpreadsheetApp.getActiveSpreadsheet(), path.join(outDir, 'contest.xlsx'));
  console.log(`\nĐã ghi ${path.relative(process.cwd(), path.join(outDir, 'summary.json'))} và ${path.relative(process.cwd(), path.join(outDir, 'contest.xlsx'))}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
