// `npm start`: a contest run end to end in the emulator, no Google account needed. Today it sets up
// Hậu Giang 2024 through the same menu handlers Apps Script calls, adds the demo's units and
// members as the secretariat would type them, checks the configuration, prints a Vietnamese
// summary and writes out/summary.json and out/contest.xlsx.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEmulator } from '../test/emulator';
import type { MeterSnapshot } from '../test/emulator/meter';
import * as entryPoints from '../src/main';
import { readConfiguration } from '../src/app/contest-configuration';
import { SpreadsheetWorkbook } from '../src/workspace/spreadsheet-workbook';
import { MEMBER_ROLE_WORDS, SHEET_NAMES, wordFor } from '../src/core/config/workbook-vocabulary';
import { literalCell } from '../src/core/sheet-text';
import { DEMO_MEMBERS, DEMO_UNITS } from './fixtures';
import { contestSummary } from './summary-text';
import { writeXlsx } from './xlsx-export';

const outDir = path.resolve(__dirname, '../out');
const SECRETARY = 'yen.nt@demo.example';

interface Step {
  step: string;
  calls: number;
  modeledMs: number;
}

async function main(): Promise<void> {
  const emu = createEmulator({ owner: SECRETARY, spreadsheetName: 'Cuộc thi CCHC Hậu Giang 2024 (demo)' });
  emu.install();
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
  measure('Thiết lập cuộc thi từ mẫu Hậu Giang 2024', () => {
    emu.ui.answerPrompt('1');
    emu.clickMenu('Thiết lập cuộc thi…', { user: SECRETARY });
  });
  measure('Tổ giúp việc nhập đơn vị và thành viên vào trang cấu hình', () =>
    emu.runAs(SECRETARY, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const units = ss.getSheetByName(SHEET_NAMES.units)!;
      const unitRows = DEMO_UNITS.map((u) => [u.code, u.name].map(literalCell));
      units.getRange(units.getLastRow() + 1, 1, unitRows.length, 2).setValues(unitRows);
      const members = ss.getSheetByName(SHEET_NAMES.members)!;
      const memberRows = DEMO_MEMBERS.map((m) =>
        [m.name, m.email, wordFor(MEMBER_ROLE_WORDS, m.role), m.unit, m.position].map(literalCell),
      );
      members.getRange(members.getLastRow() + 1, 1, memberRows.length, 5).setValues(memberRows);
    }),
  );
  measure('Kiểm tra cấu hình', () => emu.clickMenu('Kiểm tra cấu hình', { user: SECRETARY }));

  let read: ReturnType<typeof readConfiguration> = { found: false, config: null, problems: [] };
  measure('Đọc lại cấu hình để tóm tắt', () => {
    read = emu.runAs(SECRETARY, () => readConfiguration(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet())));
  });
  const { config, problems } = read;
  if (!config) throw new Error(`The demo's configuration did not read back: ${JSON.stringify(problems)}`);
  const total = emu.meter.snapshot();
  const checkAlert = emu.ui.alerts[emu.ui.alerts.length - 1];

  console.log(contestSummary(config, problems));
  console.log('\nKết quả "Kiểm tra cấu hình" (hộp thoại):\n' + checkAlert.prompt);
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
