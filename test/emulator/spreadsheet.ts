/** SpreadsheetApp and Spreadsheet. */
import { parseA1Range, splitSheetName } from './a1';
import { DataValidationBuilderImpl, DataValidationCriteria } from './data-validation';
import { Dimension, ProtectionType, SheetType, WrapStrategy } from './enums';
import { fail, MESSAGES } from './errors';
import { editDecision } from './protection';
import { type Runtime, SCOPES } from './runtime';
import { UserImpl } from './session';
import { rangeOn, sheetDataOf, sheetView } from './sheet';
import type { SpreadsheetData } from './sheet-model';
import type { UiService } from './ui';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasUser = GoogleAppsScript.Base.User;

const views = new WeakMap<SpreadsheetData, SpreadsheetImpl>();

export function spreadsheetView(rt: Runtime, data: SpreadsheetData): GasSpreadsheet {
  let v = views.get(data);
  if (!v) views.set(data, (v = new SpreadsheetImpl(rt, data)));
  return v as unknown as GasSpreadsheet;
}

export function spreadsheetDataOf(ss: unknown): SpreadsheetData {
  if (!(ss instanceof SpreadsheetImpl)) fail("The parameters (Object) don't match the method signature for this method.");
  return ss.data;
}

type SpreadsheetApi = Pick<
  GasSpreadsheet,
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'toast'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getOwner'
  | 'getEditors'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'getRange'
>;

function emailOf(userOrEmail: string | GasUser): string {
  return typeof userOrEmail === 'string' ? userOrEmail : userOrEmail.getEmail();
}

export class SpreadsheetImpl implements SpreadsheetApi {
  constructor(
    private readonly rt: Runtime,
    readonly data: SpreadsheetData,
  ) {}

  private self(): GasSpreadsheet {
    return this as unknown as GasSpreadsheet;
  }

  getId(): string {
    this.rt.call('Spreadsheet.getId');
    return this.data.id;
  }

  getName(): string {
    this.rt.call('Spreadsheet.getName');
    return this.data.name;
  }

  rename(newName: string): void {
    this.rt.call('Spreadsheet.rename');
    this.rt.requireWrite('Spreadsheet.rename');
    this.data.name = newName;
  }

  getUrl(): string {
    this.rt.call('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.data.id}/edit`;
  }

  getSheets(): GasSheet[] {
    this.rt.call('Spreadsheet.getSheets');
    return this.data.sheets.map((s) => sheetView(this.rt, s));
  }

  getNumSheets(): number {
    this.rt.call('Spreadsheet.getNumSheets');
    return this.data.sheets.length;
  }

  getSheetByName(name: string): GasSheet | null {
    this.rt.call('Spreadsheet.getSheetByName');
    const s = this.data.sheetNamed(String(name));
    return s ? sheetView(this.rt, s) : null;
  }

  private defaultSheetName(): string {
    for (let n = this.data.sheets.length + 1; ; n++) if (!this.data.sheetNamed(`Sheet${n}`)) return `Sheet${n}`;
  }

  /** insertSheet(), (index), (name), (name, index); the new sheet becomes the active sheet. */
  insertSheet(a?: unknown, b?: unknown): GasSheet {
    this.rt.call('Spreadsheet.insertSheet');
    this.rt.requireWrite('Spreadsheet.insertSheet');
    const name = typeof a === 'string' ? a : this.defaultSheetName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.data.sheets.length;
    if (this.data.sheetNamed(name)) fail(MESSAGES.sheetExists(name));
    const sheet = this.data.addSheet(name, index);
    this.data.activeSheet = sheet;
    return sheetView(this.rt, sheet);
  }

  deleteSheet(sheet: GasSheet): void {
    this.rt.call('Spreadsheet.deleteSheet');
    this.rt.requireWrite('Spreadsheet.deleteSheet');
    const data = sheetDataOf(sheet);
    if (this.data.sheets.length <= 1) fail(MESSAGES.lastSheet);
    const whole = { row: 1, col: 1, numRows: data.maxRows, numCols: data.maxCols };
    if (editDecision(this.data, data, whole, this.rt.current().effectiveUser) === 'denied') fail(MESSAGES.protectedCell);
    this.data.sheets.splice(this.data.sheets.indexOf(data), 1);
    this.data.protections = this.data.protections.filter((p) => p.sheet !== data);
    if (this.data.activeSheet === data) this.data.activeSheet = this.data.sheets[0];
    this.data.touch();
  }

  getActiveSheet(): GasSheet {
    this.rt.call('Spreadsheet.getActiveSheet');
    return sheetView(this.rt, this.data.activeSheet);
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    this.rt.call('Spreadsheet.setActiveSheet');
    this.data.activeSheet = sheetDataOf(sheet);
    return sheet;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.rt.call('Spreadsheet.toast');
    this.rt.ui.toasts.push({
      spreadsheetId: this.data.id,
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  getSpreadsheetTimeZone(): string {
    this.rt.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.data.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.rt.call('Spreadsheet.setSpreadsheetTimeZone');
    this.data.timeZone = timezone;
    this.data.touch();
  }

  getSpreadsheetLocale(): string {
    this.rt.call('Spreadsheet.getSpreadsheetLocale');
    return this.data.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.rt.call('Spreadsheet.setSpreadsheetLocale');
    this.data.locale = locale;
    this.data.touch();
  }

  getOwner(): GasUser {
    this.rt.call('Spreadsheet.getOwner');
    return new UserImpl(this.rt, this.data.owner) as unknown as GasUser;
  }

  /** The owner first, then everyone with edit access. */
  getEditors(): GasUser[] {
    this.rt.call('Spreadsheet.getEditors');
    return [this.data.owner, ...this.data.editors].map((e) => new UserImpl(this.rt, e) as unknown as GasUser);
  }

  addEditor(emailAddress: string | GasUser): GasSpreadsheet {
    this.rt.call('Spreadsheet.addEditor');
    this.data.editors.add(emailOf(emailAddress));
    return this.self();
  }

  addEditors(emailAddresses: string[]): GasSpreadsheet {
    this.rt.call('Spreadsheet.addEditors');
    emailAddresses.forEach((e) => this.data.editors.add(e));
    return this.self();
  }

  removeEditor(emailAddress: string | GasUser): GasSpreadsheet {
    this.rt.call('Spreadsheet.removeEditor');
    this.data.editors.delete(emailOf(emailAddress));
    return this.self();
  }

  /** `Sheet!A1:B2`, or a range of the active sheet. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    this.rt.call('Spreadsheet.getRange');
    const { sheetName, ref } = splitSheetName(a1Notation);
    const sheet = sheetName === undefined ? this.data.activeSheet : this.data.sheetNamed(sheetName);
    const rect = sheet && parseA1Range(ref, sheet.maxRows, sheet.maxCols);
    if (!sheet || !rect) fail(MESSAGES.rangeNotFound);
    return rangeOn(this.rt, sheet, rect);
  }
}

type SpreadsheetAppApi = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'openById'
  | 'openByUrl'
  | 'create'
  | 'flush'
  | 'getUi'
  | 'newDataValidation'
  | 'DataValidationCriteria'
  | 'ProtectionType'
  | 'Dimension'
  | 'WrapStrategy'
  | 'SheetType'
>;

export class SpreadsheetAppImpl implements SpreadsheetAppApi {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly Dimension = Dimension;
  readonly WrapStrategy = WrapStrategy;
  readonly SheetType = SheetType;

  constructor(
    private readonly rt: Runtime,
    private readonly ui: UiService,
  ) {}

  private active(method: string): GasSpreadsheet {
    this.rt.call(method);
    if (this.rt.current().authMode === 'NONE') fail(MESSAGES.noPermissionScoped(method, SCOPES.spreadsheets));
    return spreadsheetView(this.rt, this.rt.activeSpreadsheet);
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return this.active('SpreadsheetApp.getActiveSpreadsheet');
  }

  getActive(): GasSpreadsheet {
    return this.active('SpreadsheetApp.getActive');
  }

  getActiveSheet(): GasSheet {
    this.active('SpreadsheetApp.getActiveSheet');
    return sheetView(this.rt, this.rt.activeSpreadsheet.activeSheet);
  }

  private open(method: string, id: string | undefined): GasSpreadsheet {
    this.rt.call(method);
    this.rt.requireFullAuth(method, SCOPES.spreadsheets);
    const data = id === undefined ? undefined : this.rt.spreadsheets.get(id);
    if (!data) fail(method === 'SpreadsheetApp.openById' ? MESSAGES.openByIdFailed : 'Invalid argument: url');
    if (!data.canAccess(this.rt.current().effectiveUser)) fail(MESSAGES.noDocumentAccess);
    return spreadsheetView(this.rt, data);
  }

  openById(id: string): GasSpreadsheet {
    return this.open('SpreadsheetApp.openById', id);
  }

  openByUrl(url: string): GasSpreadsheet {
    return this.open('SpreadsheetApp.openByUrl', /\/spreadsheets\/d\/([^/]+)/.exec(url)?.[1]);
  }

  create(name: string, rows?: number, columns?: number): GasSpreadsheet {
    this.rt.call('SpreadsheetApp.create');
    this.rt.requireFullAuth('SpreadsheetApp.create', SCOPES.spreadsheets);
    return spreadsheetView(this.rt, this.rt.createSpreadsheet(name, this.rt.current().effectiveUser, rows, columns));
  }

  /** Commits this execution's buffered writes (the cost is what the call pays). */
  flush(): void {
    this.rt.call('SpreadsheetApp.flush');
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.rt.call('SpreadsheetApp.getUi');
    const kind = this.rt.current().kind;
    if (kind === 'trigger' || kind === 'customFunction') fail(MESSAGES.getUiContext);
    return this.ui as unknown as GoogleAppsScript.Base.Ui;
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('SpreadsheetApp.newDataValidation');
    return new DataValidationBuilderImpl(this.rt) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
}
