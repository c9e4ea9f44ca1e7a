/**
 * Embedded charts: `Sheet.newChart()` builders, the charts a sheet holds, and the `Charts` global's
 * ChartType. A chart is a spec (type, ranges, position, options) stored on its sheet. As in Apps
 * Script, an EmbeddedChart object is a copy: changing a chart means `modify()`, `build()` and
 * `sheet.updateChart(chart)`.
 */
import { rectToA1 } from './a1';
import { gasEnum } from './enums';
import { fail } from './errors';
import type { Behaviour } from './latency';
import { RangeImpl } from './range';
import type { Runtime } from './runtime';
import { type ChartData, type ChartSpec, copyChartSpec, type SheetData } from './sheet-model';

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** The types the add-on draws; the real enum has more members (TIMELINE, AREA, SCATTER…). */
export const ChartType = gasEnum<typeof GoogleAppsScript.Charts.ChartType>(['BAR', 'COLUMN', 'HISTOGRAM', 'LINE', 'PIE']);

/** The `Charts` global: only its ChartType enum (the standalone chart builders are not emulated). */
export class ChartsImpl implements Pick<GoogleAppsScript.Charts.Charts, 'ChartType'> {
  readonly ChartType = ChartType;
}

const structural: Behaviour = { kind: 'flushFirst', figure: 'structural' };

/**
 * Chart changes cost what other structural changes do (insertSheet, protect); listing a sheet's
 * charts reads its metadata, like getProtections. Builder and chart getters answer from the object
 * (`local`). A table of its own, as FORMS_AND_MAIL_COSTS is, checked against Sheet in charts.test.ts.
 */
export const CHART_COSTS: Record<string, Behaviour> = {
  'Sheet.insertChart': structural,
  'Sheet.updateChart': structural,
  'Sheet.removeChart': structural,
  'Sheet.getCharts': { kind: 'flushFirst', figure: 'metadata' },
};

/** Where a chart without setPosition goes [unverified: Sheets' own default is not documented]. */
function emptySpec(): ChartSpec {
  return { type: null, ranges: [], anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0, options: new Map() };
}

function signatureError(method: string): never {
  fail(`The parameters (Object) don't match the method signature for SpreadsheetApp.${method}.`);
}

type BuilderApi = Pick<
  GasBuilder,
  | 'addRange'
  | 'removeRange'
  | 'clearRanges'
  | 'getRanges'
  | 'setChartType'
  | 'getChartType'
  | 'setPosition'
  | 'getContainer'
  | 'setOption'
  | 'build'
>;

export class EmbeddedChartBuilderImpl implements BuilderApi {
  private readonly spec: ChartSpec;

  constructor(
    private readonly rt: Runtime,
    spec: ChartSpec,
    /** The chart `modify()` was called on; null for `newChart()`. */
    private readonly chartId: number | null,
  ) {
    this.spec = copyChartSpec(spec);
  }

  private step(method: string, change: () => void): GasBuilder {
    this.rt.call(`EmbeddedChartBuilder.${method}`);
    change();
    return this as unknown as GasBuilder;
  }

  addRange(range: GasRange): GasBuilder {
    return this.step('addRange', () => {
      if (!(range instanceof RangeImpl)) signatureError('EmbeddedChartBuilder.addRange');
      this.spec.ranges.push({ sheet: range.sheet, rect: { ...range.rect } });
    });
  }

  removeRange(range: GasRange): GasBuilder {
    return this.step('removeRange', () => {
      if (!(range instanceof RangeImpl)) signatureError('EmbeddedChartBuilder.removeRange');
      const a = range.rect;
      this.spec.ranges = this.spec.ranges.filter(
        ({ sheet, rect: b }) => !(sheet === range.sheet && a.row === b.row && a.col === b.col && a.numRows === b.numRows && a.numCols === b.numCols),
      );
    });
  }

  clearRanges(): GasBuilder {
    return this.step('clearRanges', () => {
      this.spec.ranges = [];
    });
  }

  getRanges(): GasRange[] {
    this.rt.call('EmbeddedChartBuilder.getRanges');
    return rangesOf(this.rt, this.spec);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasBuilder {
    return this.step('setChartType', () => {
      const name = String(type);
      if (!Object.keys(ChartType).includes(name)) {
        throw new Error(`emulator: chart type ${name} is not emulated (${Object.keys(ChartType).join(', ')})`);
      }
      this.spec.type = name;
    });
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.rt.call('EmbeddedChartBuilder.getChartType');
    return this.spec.type as unknown as GoogleAppsScript.Charts.ChartType;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasBuilder {
    return this.step('setPosition', () => {
      if (![anchorRowPos, anchorColPos, offsetX, offsetY].every((n) => typeof n === 'number' && Number.isFinite(n))) {
        signatureError('EmbeddedChartBuilder.setPosition');
      }
      Object.assign(this.spec, { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY });
    });
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.rt.call('EmbeddedChartBuilder.getContainer');
    return new ContainerInfoImpl(this.rt, { ...this.spec }) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }

  setOption(option: string, value: unknown): GasBuilder {
    return this.step('setOption', () => this.spec.options.set(String(option), value));
  }

  build(): GasChart {
    this.rt.call('EmbeddedChartBuilder.build');
    if (this.spec.type === null) throw new Error('emulator: call setChartType before build()');
    return new EmbeddedChartImpl(this.rt, this.spec, this.chartId) as unknown as GasChart;
  }
}

function rangesOf(rt: Runtime, spec: ChartSpec): GasRange[] {
  return spec.ranges.map((r) => new RangeImpl(rt, r.sheet, { ...r.rect }) as unknown as GasRange);
}

type ChartApi = Pick<GasChart, 'getChartId' | 'getRanges' | 'getOptions' | 'getContainerInfo' | 'modify'>;

export class EmbeddedChartImpl implements ChartApi {
  readonly spec: ChartSpec;

  constructor(
    private readonly rt: Runtime,
    spec: ChartSpec,
    /** Null for a chart built but not taken from a sheet (getChartId: "null if the chart is not in a spreadsheet"). */
    readonly id: number | null,
  ) {
    this.spec = copyChartSpec(spec);
  }

  getChartId(): number | null {
    this.rt.call('EmbeddedChart.getChartId');
    return this.id;
  }

  getRanges(): GasRange[] {
    this.rt.call('EmbeddedChart.getRanges');
    return rangesOf(this.rt, this.spec);
  }

  /** "The returned options are immutable"; an option never set reads null [unverified]. */
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.rt.call('EmbeddedChart.getOptions');
    const options = new Map(this.spec.options);
    return {
      get: (option: string): unknown => {
        this.rt.call('ChartOptions.get');
        return options.has(option) ? options.get(option) : null;
      },
    } as GoogleAppsScript.Charts.ChartOptions;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.rt.call('EmbeddedChart.getContainerInfo');
    return new ContainerInfoImpl(this.rt, { ...this.spec }) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }

  /** A builder for this chart; the sheet keeps the old chart until `updateChart`. */
  modify(): GasBuilder {
    this.rt.call('EmbeddedChart.modify');
    return new EmbeddedChartBuilderImpl(this.rt, this.spec, this.id) as unknown as GasBuilder;
  }
}

type Position = Pick<ChartSpec, 'anchorRow' | 'anchorCol' | 'offsetX' | 'offsetY'>;

class ContainerInfoImpl implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  private readonly at: Position;

  constructor(
    private readonly rt: Runtime,
    at: Position,
  ) {
    this.at = { anchorRow: at.anchorRow, anchorCol: at.anchorCol, offsetX: at.offsetX, offsetY: at.offsetY };
  }

  getAnchorColumn(): number {
    this.rt.call('ContainerInfo.getAnchorColumn');
    return this.at.anchorCol;
  }

  getAnchorRow(): number {
    this.rt.call('ContainerInfo.getAnchorRow');
    return this.at.anchorRow;
  }

  getOffsetX(): number {
    this.rt.call('ContainerInfo.getOffsetX');
    return this.at.offsetX;
  }

  getOffsetY(): number {
    this.rt.call('ContainerInfo.getOffsetY');
    return this.at.offsetY;
  }
}

// ---------------------------------------------------------------------------------------------
// A sheet's charts. Sheet methods meter and authorize the call, then use these.

export function newChartBuilder(rt: Runtime): GasBuilder {
  return new EmbeddedChartBuilderImpl(rt, emptySpec(), null) as unknown as GasBuilder;
}

function chartOf(chart: unknown, method: string): EmbeddedChartImpl {
  if (!(chart instanceof EmbeddedChartImpl)) signatureError(`Sheet.${method}`);
  return chart;
}

/** The stored chart a chart object stands for; updateChart and removeChart need one from this sheet. */
function storedChart(sheet: SheetData, chart: EmbeddedChartImpl, method: string): ChartData {
  const stored = chart.id === null ? undefined : sheet.charts.find((c) => c.id === chart.id);
  if (!stored) {
    throw new Error(
      `emulator: ${method}: the chart is not on sheet "${sheet.name}" (take it from this sheet's getCharts(), or modify() one of those) [real behaviour unverified]`,
    );
  }
  return stored;
}

/** Adds a new chart with its own id; the object passed in stays as it was (id null when built). */
export function insertChart(sheet: SheetData, chart: unknown): void {
  const c = chartOf(chart, 'insertChart');
  sheet.charts.push({ id: sheet.parent.newChartId(), spec: copyChartSpec(c.spec) });
}

export function updateChart(sheet: SheetData, chart: unknown): void {
  const c = chartOf(chart, 'updateChart');
  storedChart(sheet, c, 'updateChart').spec = copyChartSpec(c.spec);
}

export function removeChart(sheet: SheetData, chart: unknown): void {
  const c = chartOf(chart, 'removeChart');
  sheet.charts.splice(sheet.charts.indexOf(storedChart(sheet, c, 'removeChart')), 1);
}

export function chartsOf(rt: Runtime, sheet: SheetData): GasChart[] {
  return sheet.charts.map((c) => new EmbeddedChartImpl(rt, c.spec, c.id) as unknown as GasChart);
}

/** A chart as someone looking at the sheet sees it (emu.inspect.charts). */
export interface ChartInfo {
  id: number;
  type: string;
  /** The 'title' option; null when not set. */
  title: string | null;
  /** A1 notation; ranges on another sheet carry its quoted name (`'Điểm'!A1:B9`). */
  ranges: string[];
  position: Position;
}

export function chartInfo(sheet: SheetData): ChartInfo[] {
  return sheet.charts.map(({ id, spec }) => ({
    id,
    type: spec.type as string,
    title: spec.options.has('title') ? String(spec.options.get('title')) : null,
    ranges: spec.ranges.map((r) => (r.sheet === sheet ? '' : `'${r.sheet.name}'!`) + rectToA1(r.rect)),
    position: { anchorRow: spec.anchorRow, anchorCol: spec.anchorCol, offsetX: spec.offsetX, offsetY: spec.offsetY },
  }));
}
