/**
 * A person changing cells in the Sheets UI, by typing into one cell or pasting a block: edit
 * access, protections and data validation are enforced as Sheets does, values are parsed like
 * typed input, then `onEdit(e)` (simple trigger, AuthMode.LIMITED, as the editor) and installable
 * onEdit triggers (as their creator) run once for the whole change.
 */
import { cellA1, parseA1Range, type Rect } from './a1';
import { type CellValue, displayValue, eventText, parseUserEntered } from './cell-values';
import { violation } from './data-validation';
import { AuthMode } from './enums';
import { MESSAGES } from './errors';
import { FormulaError } from './formulas';
import { editDecision } from './protection';
import { RangeImpl } from './range';
import type { Runtime } from './runtime';
import { UserImpl } from './session';
import type { SheetData } from './sheet-model';
import { spreadsheetView } from './spreadsheet';
import type { FireOptions, FireResult, TriggerController } from './triggers';

export interface UserEditResult {
  accepted: boolean;
  reason?: 'no-access' | 'protected' | 'validation';
  /** What Sheets tells the person when it refuses the edit. */
  message?: string;
  /** Shown to the person while the edit is kept (warning-only protection, rule allowing invalid data). */
  warnings: string[];
  /** The onEdit handlers that ran. */
  results: FireResult[];
}

export const WARNING_ONLY_TEXT = "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.";

/** A change a person makes: `inputs` has the shape of `rect`. */
interface PersonEdit {
  sheet: SheetData;
  rect: Rect;
  inputs: unknown[][];
  user: string;
  /**
   * Sheets puts `value` and `oldValue` in the event only when one cell is typed into; a multi-cell
   * edit or a paste has neither (practitioner report: tanaikech, "Enhanced onEdit(e)", gist 73edaed1).
   */
  typed: boolean;
}

function committedValue(sheet: SheetData, row: number, col: number): CellValue | undefined {
  const ss = sheet.parent;
  ss.recalc.prepare(sheet, { row, col, numRows: 1, numCols: 1 });
  const v = ss.recalc.value(sheet, row, col);
  return v instanceof FormulaError || v === '' ? undefined : v;
}

function refused(reason: NonNullable<UserEditResult['reason']>, message: string, warnings: string[]): UserEditResult {
  return { accepted: false, reason, message, warnings, results: [] };
}

/**
 * What Sheets checks before it accepts the change, for the whole block at once: access, every
 * protection touching it, then each cell's validation rule in reading order, the first refusing
 * rule refusing the whole change. Returns the refusal, or the warnings to show.
 */
function check(rt: Runtime, edit: PersonEdit): UserEditResult | string[] {
  const { sheet, rect, user } = edit;
  const ss = sheet.parent;
  const warnings: string[] = [];
  if (!ss.canAccess(user)) return refused('no-access', 'You need edit access to change this spreadsheet.', warnings);
  const decision = editDecision(ss, sheet, rect, user);
  if (decision === 'denied') return refused('protected', MESSAGES.protectedCell, warnings);
  if (decision === 'warning') warnings.push(WARNING_ONLY_TEXT);
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numCols; j++) {
      const cell = sheet.cell(rect.row + i, rect.col + j);
      const rule = cell?.validation?.rule;
      if (!rule) continue;
      const parsed = parseUserEntered(edit.inputs[i][j], { format: cell?.format, locale: ss.locale, timeZone: ss.timeZone, now: rt.clock.now() });
      if (parsed.formula !== undefined) continue;
      const shown = parsed.value === undefined ? '' : displayValue(parsed.value, cell?.format ?? parsed.impliedFormat, ss.locale, ss.timeZone);
      const problem = violation(rule, parsed.value, shown);
      if (!problem) continue;
      const reason = rule.helpText || problem;
      if (!rule.allowInvalid) {
        const where = cellA1(rect.row + i, rect.col + j);
        return refused('validation', `The data you entered in cell ${where} violates the data validation rules set on this cell. ${reason}`, warnings);
      }
      warnings.push(`Invalid: ${reason}`);
    }
  }
  return warnings;
}

function perform(rt: Runtime, triggers: TriggerController, edit: PersonEdit, options: FireOptions): UserEditResult {
  const checked = check(rt, edit);
  if (!Array.isArray(checked)) return checked;
  const { sheet, rect, user } = edit;
  const ss = sheet.parent;

  const oldValue = edit.typed ? committedValue(sheet, rect.row, rect.col) : undefined;
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numCols; j++) sheet.store(rect.row + i, rect.col + j, edit.inputs[i][j], rt.clock.now());
  }
  ss.touch();
  const newValue = edit.typed ? committedValue(sheet, rect.row, rect.col) : undefined;

  const event = (authMode: 'LIMITED' | 'FULL', triggerUid?: string): object => {
    const e: Record<string, unknown> = {
      authMode: AuthMode[authMode],
      range: new RangeImpl(rt, sheet, { ...rect }),
      source: spreadsheetView(rt, ss),
      user: new UserImpl(rt, user),
    };
    if (triggerUid) e.triggerUid = triggerUid;
    if (newValue !== undefined) e.value = eventText(newValue, ss.timeZone);
    if (oldValue !== undefined) e.oldValue = eventText(oldValue, ss.timeZone);
    return e;
  };
  const results: FireResult[] = [];
  const scope = (options.scope ?? rt.scope) as Record<string, unknown>;
  if (typeof scope.onEdit === 'function') {
    results.push(triggers.invoke({ user, kind: 'simpleTrigger', authMode: 'LIMITED' }, 'onEdit', () => event('LIMITED'), options.scope));
  }
  results.push(...triggers.dispatch('ON_EDIT', ss.id, (t) => event('FULL', t.id), options.scope));
  return { accepted: true, warnings: checked, results: triggers.settle(results, options) };
}

/** A person types `input` into one cell. */
export function userEdit(
  rt: Runtime,
  triggers: TriggerController,
  sheet: SheetData,
  a1: string,
  input: unknown,
  user: string,
  options: FireOptions = {},
): UserEditResult {
  const rect = parseA1Range(a1, sheet.maxRows, sheet.maxCols);
  if (!rect || rect.numRows !== 1 || rect.numCols !== 1) throw new Error(`userEdit types into one cell; got ${a1}`);
  return perform(rt, triggers, { sheet, rect, inputs: [[input]], user, typed: true }, options);
}

/**
 * A person pastes a block of values: `a1` is the block's range, or the single cell where its
 * top-left corner lands, as when one cell is selected before pasting.
 */
export function userPaste(
  rt: Runtime,
  triggers: TriggerController,
  sheet: SheetData,
  a1: string,
  values: unknown[][],
  user: string,
  options: FireOptions = {},
): UserEditResult {
  const width = values[0]?.length ?? 0;
  if (width === 0 || values.some((r) => !Array.isArray(r) || r.length !== width)) {
    throw new Error('emulator: userPaste needs a non-empty rectangular block of values');
  }
  const at = parseA1Range(a1, sheet.maxRows, sheet.maxCols);
  if (!at) throw new Error(`emulator: userPaste got ${a1}, which is not A1 notation`);
  const single = at.numRows === 1 && at.numCols === 1;
  if (!single && (at.numRows !== values.length || at.numCols !== width)) {
    throw new Error(`emulator: userPaste into ${a1} needs ${at.numRows} × ${at.numCols} values; got ${values.length} × ${width}`);
  }
  const rect = { row: at.row, col: at.col, numRows: values.length, numCols: width };
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    throw new Error(`emulator: userPaste of ${values.length} × ${width} values at ${a1} goes past the sheet's edge`);
  }
  return perform(rt, triggers, { sheet, rect, inputs: values, user, typed: false }, options);
}
