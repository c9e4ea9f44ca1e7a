/**
 * A person typing into a cell in the Sheets UI: edit access, protections and data validation are
 * enforced as Sheets does, the value is parsed like typed input, then `onEdit(e)` (simple trigger,
 * AuthMode.LIMITED, as the editor) and installable onEdit triggers (as their creator) run.
 */
import { cellA1, parseA1Range } from './a1';
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

function committedValue(sheet: SheetData, row: number, col: number): CellValue | undefined {
  const ss = sheet.parent;
  ss.recalc.prepare(sheet, { row, col, numRows: 1, numCols: 1 });
  const v = ss.recalc.value(sheet, row, col);
  return v instanceof FormulaError || v === '' ? undefined : v;
}

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
  const { row, col } = rect;
  const ss = sheet.parent;
  const warnings: string[] = [];
  if (!ss.canAccess(user)) {
    return { accepted: false, reason: 'no-access', message: 'You need edit access to change this spreadsheet.', warnings, results: [] };
  }
  const decision = editDecision(ss, sheet, rect, user);
  if (decision === 'denied') return { accepted: false, reason: 'protected', message: MESSAGES.protectedCell, warnings, results: [] };
  if (decision === 'warning') warnings.push(WARNING_ONLY_TEXT);

  const cell = sheet.cell(row, col);
  const parsed = parseUserEntered(input, { format: cell?.format, locale: ss.locale, timeZone: ss.timeZone, now: rt.clock.now() });
  const rule = cell?.validation?.rule;
  if (rule && parsed.formula === undefined) {
    const shown = parsed.value === undefined ? '' : displayValue(parsed.value, cell?.format ?? parsed.impliedFormat, ss.locale, ss.timeZone);
    const problem = violation(rule, parsed.value, shown);
    if (problem && !rule.allowInvalid) {
      const message = `The data you entered in cell ${cellA1(row, col)} violates the data validation rules set on this cell. ${rule.helpText || problem}`;
      return { accepted: false, reason: 'validation', message, warnings, results: [] };
    }
    if (problem) warnings.push(`Invalid: ${rule.helpText || problem}`);
  }

  const oldValue = committedValue(sheet, row, col);
  sheet.store(row, col, input, rt.clock.now());
  ss.touch();
  const newValue = committedValue(sheet, row, col);

  const event = (authMode: 'LIMITED' | 'FULL', triggerUid?: string): object => {
    const e: Record<string, unknown> = {
      authMode: AuthMode[authMode],
      range: new RangeImpl(rt, sheet, { row, col, numRows: 1, numCols: 1 }),
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
  return { accepted: true, warnings, results: triggers.settle(results, options) };
}
