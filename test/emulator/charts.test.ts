import { CHART_COSTS, createEmulator, LATENCY, MESSAGES } from './index';

const OWNER = 'thuky@so.gov.vn';
const JUDGE = 'gk1@so.gov.vn';

function setup() {
  const emu = createEmulator({ owner: OWNER, editors: [JUDGE], firstSheetName: 'Kết quả' });
  const { SpreadsheetApp, Charts } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  sheet.getRange('A1:B4').setValues([
    ['Lĩnh vực', 'Số sáng kiến'],
    ['Thể chế', 4],
    ['TTHC', 7],
    ['Số hóa', 3],
  ]);
  return { emu, SpreadsheetApp, Charts, ss, sheet };
}

describe('embedded charts', () => {
  test('a built chart is inserted where setPosition put it, with its type, ranges and options', () => {
    const { emu, Charts, sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(2, 4, 10, 20)
      .setOption('title', 'Sáng kiến theo lĩnh vực')
      .build();
    expect(chart.getChartId()).toBeNull();
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(chart);

    const [stored] = sheet.getCharts();
    expect(typeof stored.getChartId()).toBe('number');
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(stored.getOptions().get('title')).toBe('Sáng kiến theo lĩnh vực');
    expect(stored.getOptions().get('legend')).toBeNull();
    const at = stored.getContainerInfo();
    expect([at.getAnchorRow(), at.getAnchorColumn(), at.getOffsetX(), at.getOffsetY()]).toEqual([2, 4, 10, 20]);
    expect(stored.modify().getChartType()).toBe(Charts.ChartType.COLUMN);
    expect(emu.inspect.charts('Kết quả')).toEqual([
      { id: stored.getChartId(), type: 'COLUMN', title: 'Sáng kiến theo lĩnh vực', ranges: ['A1:B4'], position: { anchorRow: 2, anchorCol: 4, offsetX: 10, offsetY: 20 } },
    ]);
  });

  test('modify() changes nothing until updateChart; chart objects are copies', () => {
    const { emu, Charts, sheet } = setup();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B4')).setOption('title', 'Cũ').build());
    const [old] = sheet.getCharts();
    const changed = old.modify().setOption('title', 'Mới').setChartType(Charts.ChartType.BAR).setPosition(8, 1, 0, 0).build();
    expect(emu.inspect.charts(sheet)[0].title).toBe('Cũ');
    sheet.updateChart(changed);
    expect(emu.inspect.charts(sheet)).toEqual([
      { id: old.getChartId(), type: 'BAR', title: 'Mới', ranges: ['A1:B4'], position: { anchorRow: 8, anchorCol: 1, offsetX: 0, offsetY: 0 } },
    ]);
    expect(old.getOptions().get('title')).toBe('Cũ');
    expect(sheet.getCharts()[0].getChartId()).toBe(old.getChartId());
  });

  test('removeChart takes a chart of this sheet; the same built object can be inserted twice', () => {
    const { emu, Charts, ss, sheet } = setup();
    const built = sheet.newChart().setChartType(Charts.ChartType.HISTOGRAM).addRange(sheet.getRange('B2:B4')).build();
    sheet.insertChart(built);
    sheet.insertChart(built);
    const ids = sheet.getCharts().map((c) => c.getChartId());
    expect(new Set(ids).size).toBe(2);
    expect(() => sheet.removeChart(built)).toThrow(/^emulator: removeChart: the chart is not on sheet "Kết quả"/);
    const other = ss.insertSheet('Biểu đồ');
    expect(() => other.removeChart(sheet.getCharts()[0])).toThrow(/^emulator: removeChart/);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(emu.inspect.charts(sheet).map((c) => c.id)).toEqual([ids[1]]);
  });

  test('ids are unique in the spreadsheet; ranges on another sheet carry its name; a deleted sheet takes its charts', () => {
    const { emu, Charts, ss, sheet } = setup();
    const other = ss.insertSheet('Biểu đồ');
    other.insertChart(other.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet.getRange('A1:A4')).addRange(sheet.getRange('B1:B4')).build());
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:B4')).build());
    const [onOther] = emu.inspect.charts('Biểu đồ');
    expect(onOther).toMatchObject({ type: 'LINE', title: null, ranges: ["'Kết quả'!A1:A4", "'Kết quả'!B1:B4"] });
    expect(emu.inspect.charts(sheet)[0].id).not.toBe(onOther.id);

    ss.deleteSheet(other);
    const again = ss.insertSheet('Biểu đồ');
    expect(again.getCharts()).toEqual([]);
    expect(emu.inspect.charts('Biểu đồ')).toEqual([]);
    expect(emu.inspect.charts(sheet)).toHaveLength(1);
  });

  test('builder misuse and unknown chart types are emulator errors', () => {
    const { Charts, sheet } = setup();
    expect(() => sheet.newChart().addRange(sheet.getRange('A1:B4')).build()).toThrow('emulator: call setChartType before build()');
    expect(() => sheet.newChart().setChartType('SCATTER' as unknown as GoogleAppsScript.Charts.ChartType)).toThrow(/^emulator: chart type SCATTER/);
    expect(Object.keys(Charts.ChartType).sort()).toEqual(['BAR', 'COLUMN', 'HISTOGRAM', 'LINE', 'PIE']);
    expect(() => sheet.insertChart({} as GoogleAppsScript.Spreadsheet.EmbeddedChart)).toThrow(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.insertChart.",
    );
  });

  test('custom functions may not add charts, nor may people who cannot edit a protected sheet', () => {
    const { emu, SpreadsheetApp, Charts, sheet } = setup();
    const scope = {
      DRAW: () => {
        const s = SpreadsheetApp.getActiveSheet();
        s.insertChart(s.newChart().setChartType(Charts.ChartType.PIE).build());
        return 1;
      },
    };
    emu.scope = scope;
    sheet.getRange('D1').setFormula('=DRAW()');
    SpreadsheetApp.flush();
    expect(emu.inspect.formulaError(sheet, 'D1')).toEqual({ code: '#ERROR!', message: MESSAGES.noPermission('insertChart') });

    sheet.protect().removeEditor(JUDGE);
    const chart = sheet.newChart().setChartType(Charts.ChartType.PIE).build();
    expect(() => emu.runAs(JUDGE, () => sheet.insertChart(chart))).toThrow(MESSAGES.protectedCell);
    sheet.insertChart(chart);
    expect(emu.inspect.charts(sheet)).toHaveLength(1);
  });
});

describe('chart metering', () => {
  test('chart changes are structural and commit pending writes first; builders cost nothing', () => {
    const { emu, Charts, SpreadsheetApp, sheet } = setup();
    SpreadsheetApp.flush();
    emu.meter.reset();
    const builder = sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:B4')).setOption('title', 'x');
    const chart = builder.build();
    expect(emu.meter.modeledMs).toBe(0);

    sheet.getRange('C1').setValue('pending');
    expect(emu.inspect.values(sheet, 'C1')).toEqual([['']]);
    sheet.insertChart(chart);
    expect(emu.inspect.values(sheet, 'C1')).toEqual([['pending']]);
    expect(emu.meter.byMethod['Sheet.insertChart'].modeledMs).toBe(LATENCY.flush.ms + LATENCY.flush.perCellMs + LATENCY.structural.ms);

    const [stored] = sheet.getCharts();
    sheet.updateChart(stored.modify().setOption('title', 'y').build());
    sheet.removeChart(sheet.getCharts()[0]);
    expect(emu.meter.byMethod['Sheet.updateChart'].modeledMs).toBe(LATENCY.structural.ms);
    expect(emu.meter.byMethod['Sheet.removeChart'].modeledMs).toBe(LATENCY.structural.ms);
    expect(emu.meter.byMethod['Sheet.getCharts']).toEqual({ calls: 2, modeledMs: 2 * LATENCY.metadata.ms });
    expect(emu.meter.count('EmbeddedChartBuilder.setOption')).toBe(2);
  });

  test('every method in CHART_COSTS exists on Sheet', () => {
    const { sheet } = setup();
    for (const key of Object.keys(CHART_COSTS)) {
      const [label, method] = key.split('.');
      expect([key, label, typeof (sheet as unknown as Record<string, unknown>)[method]]).toEqual([key, 'Sheet', 'function']);
    }
  });

  test('install puts Charts on the target with the other globals', () => {
    const { emu, Charts } = setup();
    const target: Record<string, unknown> = {};
    const restore = emu.install(target);
    expect(target.Charts).toBe(Charts);
    restore();
    expect('Charts' in target).toBe(false);
  });
});
