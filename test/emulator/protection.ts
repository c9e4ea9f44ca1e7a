/** Protected sheets and ranges, and who may edit a cell. */
import type { Rect } from './a1';
import { ProtectionType } from './enums';
import { fail } from './errors';
import { RangeImpl } from './range';
import type { Runtime } from './runtime';
import type { ProtectionData, SheetData, SpreadsheetData } from './sheet-model';
import { UserImpl } from './session';

export type EditDecision = 'allowed' | 'warning' | 'denied';

function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

function coversAnyCell(p: ProtectionData, rect: Rect): boolean {
  if (p.type === 'RANGE') return intersects(p.rect as Rect, rect);
  if (!p.unprotected.length) return true;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.col; c < rect.col + rect.numCols; c++) {
      if (!p.unprotected.some((u) => r >= u.row && r < u.row + u.numRows && c >= u.col && c < u.col + u.numCols)) return true;
    }
  }
  return false;
}

/**
 * Whether `email` may change the cells of `rect`: the owner always may; other users need edit
 * access to the file and, for each protection covering the cells, to be one of its editors unless
 * it only warns.
 */
export function editDecision(ss: SpreadsheetData, sheet: SheetData, rect: Rect, email: string): EditDecision {
  if (email === ss.owner) return 'allowed';
  if (!ss.editors.has(email)) return 'denied';
  let warning = false;
  for (const p of ss.protections) {
    if (p.sheet !== sheet || !coversAnyCell(p, rect)) continue;
    if (p.warningOnly) warning = true;
    else if (!p.editors.has(email)) return 'denied';
  }
  return warning ? 'warning' : 'allowed';
}

/** A new protection starts with the spreadsheet's editors, as in Apps Script (see README). */
export function createProtection(sheet: SheetData, type: 'RANGE' | 'SHEET', rect?: Rect): ProtectionData {
  const ss = sheet.parent;
  const p: ProtectionData = {
    id: ss.newProtectionId(),
    sheet,
    type,
    rect: rect && { ...rect },
    description: '',
    editors: new Set([ss.owner, ...ss.editors]),
    warningOnly: false,
    unprotected: [],
    removed: false,
  };
  ss.protections.push(p);
  ss.touch();
  return p;
}

type ProtectionApi = Pick<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'setDescription'
  | 'getDescription'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'getEditors'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'canEdit'
  | 'remove'
  | 'getRange'
  | 'getProtectionType'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
  | 'canDomainEdit'
  | 'setDomainEdit'
>;

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

function emailOf(userOrEmail: string | GoogleAppsScript.Base.User): string {
  return typeof userOrEmail === 'string' ? userOrEmail : userOrEmail.getEmail();
}

export class ProtectionImpl implements ProtectionApi {
  constructor(
    private readonly rt: Runtime,
    readonly data: ProtectionData,
  ) {}

  private self(): GasProtection {
    return this as unknown as GasProtection;
  }

  private changed(): GasProtection {
    this.data.sheet.parent.touch();
    return this.self();
  }

  setDescription(description: string): GasProtection {
    this.rt.call('Protection.setDescription');
    this.data.description = String(description);
    return this.changed();
  }

  getDescription(): string {
    this.rt.call('Protection.getDescription');
    return this.data.description;
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GasProtection {
    this.rt.call('Protection.addEditor');
    this.data.editors.add(emailOf(emailAddress));
    return this.changed();
  }

  addEditors(emailAddresses: string[]): GasProtection {
    this.rt.call('Protection.addEditors');
    emailAddresses.forEach((e) => this.data.editors.add(e));
    return this.changed();
  }

  /** Neither the owner nor the user running the script can be removed. */
  private dropEditor(email: string): void {
    if (email === this.data.sheet.parent.owner || email === this.rt.current().effectiveUser) return;
    this.data.editors.delete(email);
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GasProtection {
    this.rt.call('Protection.removeEditor');
    this.dropEditor(emailOf(emailAddress));
    return this.changed();
  }

  removeEditors(emailAddresses: Array<string | GoogleAppsScript.Base.User>): GasProtection {
    this.rt.call('Protection.removeEditors');
    emailAddresses.forEach((e) => this.dropEditor(emailOf(e)));
    return this.changed();
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.rt.call('Protection.getEditors');
    if (!this.userCanEdit()) fail('You do not have permission to perform that action.');
    return [...this.data.editors].map((e) => new UserImpl(this.rt, e) as unknown as GoogleAppsScript.Base.User);
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.rt.call('Protection.setWarningOnly');
    this.data.warningOnly = !!warningOnly;
    return this.changed();
  }

  isWarningOnly(): boolean {
    this.rt.call('Protection.isWarningOnly');
    return this.data.warningOnly;
  }

  private userCanEdit(): boolean {
    const email = this.rt.current().effectiveUser;
    return email === this.data.sheet.parent.owner || this.data.warningOnly || this.data.editors.has(email);
  }

  canEdit(): boolean {
    this.rt.call('Protection.canEdit');
    return this.userCanEdit();
  }

  /** The emulated spreadsheets belong to no Google Workspace domain, so no domain-wide right exists. */
  canDomainEdit(): boolean {
    this.rt.call('Protection.canDomainEdit');
    return false;
  }

  setDomainEdit(): GasProtection {
    this.rt.call('Protection.setDomainEdit');
    return this.self();
  }

  remove(): void {
    this.rt.call('Protection.remove');
    const list = this.data.sheet.parent.protections;
    const i = list.indexOf(this.data);
    if (i >= 0) list.splice(i, 1);
    this.data.removed = true;
    this.changed();
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.rt.call('Protection.getRange');
    const s = this.data.sheet;
    const rect = this.data.rect ?? { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols };
    return new RangeImpl(this.rt, s, rect) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.rt.call('Protection.getProtectionType');
    return ProtectionType[this.data.type];
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GasProtection {
    this.rt.call('Protection.setUnprotectedRanges');
    if (this.data.type === 'SHEET') {
      this.data.unprotected = ranges.map((r) => ({ ...(r as unknown as RangeImpl).rect }));
    }
    return this.changed();
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.rt.call('Protection.getUnprotectedRanges');
    return this.data.unprotected.map(
      (r) => new RangeImpl(this.rt, this.data.sheet, { ...r }) as unknown as GoogleAppsScript.Spreadsheet.Range,
    );
  }
}
