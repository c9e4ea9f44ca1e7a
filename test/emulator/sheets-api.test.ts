// The Sheets advanced service (sheets-api.ts) as scripts see it, and SpreadsheetWorkbook.readSheets
// built on it: every sheet reads exactly as getDataRange().getValues() gives it, in a few requests
// whatever the number of sheets and rows.

import fc from 'fast-check';
import { createEmulator, type Emulator, LATENCY, SHEETS_API_COSTS } from './index';
import { dateToSerial, serialToDate } from './dates';
import * as entryPoints from '../../src/main';
import type { CellValue, Grid } from '../../src/core/cell';
import { readConfiguration } from '../../src/app/contest-configuration';
import { announceResults, compareWithAnnouncement } from '../../src/app/announced-results';
import { SHEET_NAMES } from '../../src/core/config/workbook-vocabulary';
import { JUDGE_SHEETS_SHEET, readJudgeSheetRecords } from '../../src/core/judging/judging-sheets';
import { SpreadsheetWorkbook } from '../../src/workspace/spreadsheet-workbook';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';
import { runIntake } from '../../demo/intake-step';
import { runJudging } from '../../demo/judging-step';
import { correctedResults, judgeContest } from '../../demo/results-step';
import { withQuality } from '../../demo/simulated-judging';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const OWNER = 'thuky@so.example';

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ owner: OWNER, latency: 'model', ...options });
  const { SpreadsheetApp, Sheets } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { emu, Sheets, ss, sheet: ss.getSheets()[0], id: ss.getId() };
}

const UNFORMATTED = { valueRenderOption: 'UNFORMATTED_VALUE' };

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  it('reads several ranges of several sheets in one request, each answered as its own range', () => {
    const { emu, Sheets, ss, sheet, id } = setup();
    sheet.getRange('A1:B2').setValues([['Mã bài', 'Điểm'], ['CT2026-001', 87.5]]);
    ss.insertSheet('Bài dự thi').getRange('A1:C1').setValues([['x', 'y', 'z']]);
    emu.endExecution();
    emu.meter.reset();
    const response = Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1', "'Bài dự thi'!B1:C2"], ...UNFORMATTED });
    expect(response.valueRanges).toEqual([
      { range: 'Sheet1!A1:Z1000', majorDimension: 'ROWS', values: [['Mã bài', 'Điểm'], ['CT2026-001', 87.5]] },
      { range: "'Bài dự thi'!B1:C2", majorDimension: 'ROWS', values: [['y', 'z']] },
    ]);
    // One request: §2.1's 150 ms and 0.025 ms for each of the 6 cells returned.
    expect(emu.meter.snapshot().byMethod).toEqual({ 'Sheets.Spreadsheets.Values.batchGet': { calls: 1, modeledMs: 150 + 6 * 0.025 } });
  });

  it('leaves out trailing empty rows and cells, keeps the gaps between, and has no values for an empty range', () => {
    const { emu, Sheets, sheet, id } = setup();
    sheet.getRange('A1:C4').setValues([['a', '', 'c'], ['', '', ''], [1, '', ''], ['', '', '']]);
    sheet.getRange('E9').setFormula('=""');
    emu.endExecution();
    const [whole, block, empty] = Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1!A1:C4', 'Sheet1!A1:F9', 'Sheet1!G1:H2'], ...UNFORMATTED }).valueRanges!;
    expect(whole.values).toEqual([['a', '', 'c'], [], [1]]);
    // A formula showing "" is a filled cell, as getDataRange counts it.
    expect(block.values).toEqual([['a', '', 'c'], [], [1], [], [], [], [], [], ['', '', '', '', '']]);
    expect(empty).toEqual({ range: 'Sheet1!G1:H2', majorDimension: 'ROWS' });
  });

  it('renders cells as the options ask: shown text, plain values, formulas, dates as serials or text, by rows or columns', () => {
    const { emu, Sheets, sheet, id } = setup();
    const reception = new Date('2024-07-01T08:00:00+07:00');
    sheet.getRange('A1:D1').setValues([[1234.5, true, reception, '=A1*2']]);
    sheet.getRange('A1').setNumberFormat('#,##0.0');
    emu.endExecution();
    const read = (options: object): unknown[][] => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1'], ...options }).valueRanges![0].values!;
    const shown = sheet.getRange('A1:D1').getDisplayValues()[0];
    expect(read({})).toEqual([shown]);
    expect(shown.slice(0, 2)).toEqual(['1.234,5', 'TRUE']);
    // 01/07/2024 08:00 in the spreadsheet's zone is day 45,474 after 30/12/1899, and a third of a day.
    expect(read(UNFORMATTED)).toEqual([[1234.5, true, 45474 + 1 / 3, 2469]]);
    expect(read({ ...UNFORMATTED, dateTimeRenderOption: 'FORMATTED_STRING' })).toEqual([[1234.5, true, shown[2], 2469]]);
    expect(read({ valueRenderOption: 'FORMULA' })).toEqual([[1234.5, true, 45474 + 1 / 3, '=A1*2']]);
    expect(read({ ...UNFORMATTED, majorDimension: 'COLUMNS' })).toEqual([[1234.5], [true], [45474 + 1 / 3], [2469]]);
  });

  it('fails the whole request when one range names no sheet', () => {
    const { emu, Sheets, id } = setup();
    emu.meter.reset();
    const request = (): unknown => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1', "'Giám khảo 9'"] });
    expect(request).toThrow("API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'Giám khảo 9'");
    expect(request).toThrow(expect.objectContaining({ name: 'GoogleJsonResponseException' }));
    expect(emu.meter.count('Sheets.Spreadsheets.Values.batchGet')).toBe(2);
  });

  it('sees committed cells only: what SpreadsheetApp buffered in the same run shows after flush()', () => {
    const { emu, Sheets, sheet, id } = setup();
    sheet.getRange('A1').setValue('cũ');
    emu.endExecution();
    const seen = (): unknown => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1!A1'] }).valueRanges![0].values![0][0];
    emu.runAs(OWNER, () => {
      sheet.getRange('A1').setValue('mới');
      expect(seen()).toBe('cũ');
      // The request sent nothing: the write is still only in this run's buffer.
      expect(emu.inspect.values('Sheet1', 'A1')).toEqual([['cũ']]);
      emu.globals.SpreadsheetApp.flush();
      expect(seen()).toBe('mới');
    });
  });

  it('refuses an id that names no spreadsheet, a spreadsheet the user may not open, and custom functions', () => {
    const { emu, Sheets, id } = setup();
    const other = emu.createSpreadsheet('Phiếu chấm riêng', { owner: 'giamkhao@so.example' }).getId();
    expect(() => Sheets.Spreadsheets.Values.batchGet('khong-co', { ranges: ['A1'] })).toThrow(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    );
    expect(() => Sheets.Spreadsheets.get(other)).toThrow('API call to sheets.spreadsheets.get failed with error: The caller does not have permission');
    expect(() => emu.runExecution({ kind: 'customFunction', authMode: 'CUSTOM_FUNCTION' }, () => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1'] }))).toThrow(
      'You do not have permission to call Sheets.Spreadsheets.Values.batchGet. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });
});

describe('Sheets.Spreadsheets.get', () => {
  it('returns only the fields the mask names, leaving out zeros as the API\'s JSON does', () => {
    const { emu, Sheets, ss, id } = setup({ timeZone: 'Asia/Bangkok' });
    ss.insertSheet('Bài dự thi');
    emu.endExecution();
    expect(Sheets.Spreadsheets.get(id, { fields: 'properties.timeZone,sheets.properties.title' })).toEqual({
      properties: { timeZone: 'Asia/Bangkok' },
      sheets: [{ properties: { title: 'Sheet1' } }, { properties: { title: 'Bài dự thi' } }],
    });
    const ids = Sheets.Spreadsheets.get(id, { fields: 'sheets(properties(sheetId,index)), sheets.properties.gridProperties/rowCount' }).sheets!;
    expect(ids[0]).toEqual({ properties: { gridProperties: { rowCount: 1000 } } });
    expect(ids[1].properties).toEqual({ sheetId: ss.getSheetByName('Bài dự thi')!.getSheetId(), index: 1, gridProperties: { rowCount: 1000 } });
    expect(emu.meter.snapshot().byMethod['Sheets.Spreadsheets.get']).toEqual({ calls: 2, modeledMs: 2 * LATENCY.sheetsApiMetadata.ms });
  });

  it('prices only methods the Sheets global has', () => {
    const { Sheets } = setup();
    for (const key of Object.keys(SHEETS_API_COSTS)) {
      const path = key.split('.').slice(1);
      const owner = path.slice(0, -1).reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, Sheets as unknown as Record<string, unknown>);
      expect([key, typeof owner[path[path.length - 1]]]).toEqual([key, 'function']);
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** What getDataRange().getValues() gives for every sheet of the spreadsheet, in one run of its owner. */
function valuesOfEverySheet(emu: Emulator, ss: Spreadsheet): Map<string, Grid> {
  return emu.runAs(emu.owner, () => new Map(ss.getSheets().map((s) => [s.getName(), s.getDataRange().getValues() as Grid])));
}

function readEverySheet(emu: Emulator, ss: Spreadsheet): Map<string, Grid> {
  return emu.runAs(emu.owner, () => new SpreadsheetWorkbook(ss).readSheets(ss.getSheets().map((s) => s.getName())));
}

const kindOf = (v: CellValue): string => (v instanceof Date ? 'date' : typeof v);

describe('SpreadsheetWorkbook.readSheets', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });
  const installed = (options: Parameters<typeof createEmulator>[0] = {}) => {
    restore?.();
    const s = setup(options);
    restore = s.emu.install();
    return s;
  };

  it('reads any number of sheets of any length in the same five calls', () => {
    const calls = (sheets: number, rows: number): Record<string, number> => {
      const { emu, ss } = installed();
      emu.runAs(OWNER, () => {
        for (let k = 0; k < sheets; k++) {
          const sheet = ss.insertSheet(`Giám khảo ${k + 1}`);
          sheet.insertRowsAfter(1000, rows);
          sheet.getRange(1, 1, rows, 3).setValues(Array.from({ length: rows }, (_, r) => [`CT-${r}`, r % 10, r % 100 ? '' : new Date(Date.UTC(2026, 6, 1 + (r % 28)))]));
        }
      });
      emu.meter.reset();
      const grids = emu.runAs(OWNER, () => new SpreadsheetWorkbook(ss).readSheets(Array.from({ length: sheets }, (_, k) => `Giám khảo ${k + 1}`)));
      expect(grids.size).toBe(sheets);
      const by = emu.meter.snapshot().byMethod;
      restore?.();
      return Object.fromEntries(Object.keys(by).filter((m) => m !== 'Execution.start').map((m) => [m, by[m].calls]));
    };
    const few = calls(2, 10);
    expect(few).toEqual({
      'SpreadsheetApp.flush': 1,
      'Spreadsheet.getId': 1,
      'Sheets.Spreadsheets.get': 1,
      'Sheets.Spreadsheets.Values.batchGet': 2,
    });
    expect(calls(15, 1200)).toEqual(few);
  });

  it('reads what the same run has just written, and leaves out sheets that do not exist, finding names whatever their case', () => {
    const { emu, ss } = installed();
    const grids = emu.runAs(OWNER, () => {
      const workbook = new SpreadsheetWorkbook(ss);
      workbook.writeSheets([{ name: 'Kết quả', header: ['Mã bài', 'Điểm'], rows: [['CT2026-001', 91.5]] }]);
      return workbook.readSheets(['kết QUẢ', 'Không có', 'Kết quả']);
    });
    expect([...grids.keys()]).toEqual(['kết QUẢ', 'Kết quả']);
    expect(grids.get('Kết quả')).toEqual([['Mã bài', 'Điểm'], ['CT2026-001', 91.5]]);
    expect(grids.get('kết QUẢ')).toEqual(grids.get('Kết quả'));
  });

  it('gives every sheet of the demo contest, the judges\' spreadsheets included, exactly as getValues does', () => {
    const emu = demoContest();
    restore = emu.install();
    const spreadsheets = [emu.activeSpreadsheet, ...judgesSpreadsheets(emu)];
    const kinds = new Set<string>();
    let sheets = 0;
    for (const ss of spreadsheets) {
      const expected = valuesOfEverySheet(emu, ss);
      expect(readEverySheet(emu, ss)).toStrictEqual(expected);
      sheets += expected.size;
      for (const grid of expected.values()) for (const v of grid.flat()) kinds.add(kindOf(v));
    }
    // Not a vacuous comparison: registers with reception times, scores, checkboxes, text.
    expect(sheets).toBeGreaterThan(25);
    expect([...kinds].sort()).toEqual(['boolean', 'date', 'number', 'string']);
  });

  it('gives what getValues gives for any cells, number formats and time zone', () => {
    const zones = ['Asia/Ho_Chi_Minh', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/London'];
    const formats = [undefined, '@', '0.00', '#,##0', 'dd/MM/yyyy', 'H:mm', 'd/M/yyyy H:mm:ss', '0%'];
    // What people type or scripts write: numbers, booleans, Dates (DST switches among them), text that
    // reads as a date or a time, formulas with and without errors, and blanks anywhere.
    const typed = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 100 }),
      fc.boolean(),
      fc.date({ min: new Date('1899-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom(new Date('2026-03-08T07:30:00Z'), new Date('2026-11-01T05:59:59Z'), new Date('2026-04-04T15:30:00Z')),
      fc.constantFrom('8/5', '8:30', '2024-07-01', '16/8/2024 17:00', 'TRUE', "'0123", '1.234,5', '50%'),
      fc.constantFrom('=1/0', '=A1', '=""', '=ROUND(2.675,2)', '=Z99'),
      fc.string({ maxLength: 8 }),
      fc.constant(''),
    );
    const sheetName = fc.constantFrom('Bài dự thi', "Nhóm 1's", 'A1', 'Sheet_2', 'Kết quả (cũ)', 'TRUE', 'Vòng 2!');
    const contents = fc.record({
      zone: fc.constantFrom(...zones),
      name: sheetName,
      columns: fc.array(fc.constantFrom(...formats), { minLength: 1, maxLength: 5 }),
      rows: fc.array(fc.array(typed, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 6 }),
    });
    fc.assert(
      fc.property(contents, ({ zone, name, columns, rows }) => {
        const { emu, ss } = installed({ timeZone: zone, latency: 'off' });
        // Sheets keeps a date as wall-clock time in its zone, so a Date written in an hour a clock
        // change repeats or skips reads back as the one instant that time stands for; the emulator
        // keeps the instant written, so the property writes those instants.
        const wallClock = (v: unknown): unknown => (v instanceof Date ? serialToDate(dateToSerial(v, zone), zone) : v);
        emu.runAs(OWNER, () => {
          const sheet = ss.insertSheet(name);
          columns.forEach((format, c) => format && sheet.getRange(1, c + 1, 10, 1).setNumberFormat(format));
          rows.forEach((row, r) => row.length && sheet.getRange(r + 1, 1, 1, row.length).setValues([row.map(wallClock)]));
        });
        const expected = valuesOfEverySheet(emu, ss);
        expect(readEverySheet(emu, ss)).toStrictEqual(expected);
        restore?.();
        restore = undefined;
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/**
 * The demo's contest (`npm start`) up to the announcement: set up through the wizard's server
 * functions, forty entries through the form, judges scoring both rounds in their own
 * spreadsheets, results computed, announced, and a correction compared with the announcement.
 */
function demoContest(): Emulator {
  const secretary = 'yen.nt@demo.example';
  const emu = createEmulator({ owner: secretary, latency: 'off', scope: entryPoints });
  const undo = emu.install();
  try {
    emu.triggers.open(secretary);
    emu.clickMenu('Thiết lập cuộc thi…', { user: secretary });
    const draft = JSON.parse(JSON.stringify(emu.runAs(secretary, () => entryPoints.wizardPreset('hauGiang2024')))) as ReturnType<typeof entryPoints.wizardPreset>;
    draft.units = [...draft.units, ...DEMO_UNITS];
    draft.members = [...draft.members, ...DEMO_MEMBERS];
    emu.runAs(secretary, () => entryPoints.wizardSave(JSON.parse(JSON.stringify(draft)) as typeof draft));
    emu.runAs(secretary, () => {
      const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET_NAMES.settings)!;
      const keys = settings.getRange(1, 1, settings.getLastRow(), 1).getValues().map((r) => r[0]);
      settings.getRange(keys.indexOf('judging.judgesPerEntry') + 1, 3).setValue(3);
    });
    const config = emu.runAs(secretary, () => readConfiguration(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()))).config!;
    const none = (_step: string, action: () => void): void => action();
    const intake = runIntake(emu, config, secretary, none);
    const judging = runJudging(emu, config, withQuality(intake.entries), secretary, none);
    emu.clickMenu('Tính kết quả', { user: secretary });
    const judged = judgeContest(config, withQuality(intake.entries), judging.sheets);
    const workbook = (): SpreadsheetWorkbook => new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    emu.runAs(secretary, () => announceResults(workbook(), judged.results, '16/08/2024 09:00', '(cũ)'));
    emu.runAs(secretary, () => compareWithAnnouncement(workbook(), correctedResults(config, judged)));
  } finally {
    undo();
  }
  return emu;
}

function judgesSpreadsheets(emu: Emulator): Spreadsheet[] {
  const records = readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET));
  const ids = [...new Set(records.map((r) => r.spreadsheetId).filter((id): id is string => id !== null))];
  return ids.map((id) => emu.openById(id));
}
