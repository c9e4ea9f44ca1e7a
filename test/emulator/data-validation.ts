/** SpreadsheetApp.newDataValidation() and the check Sheets applies when a person types into a cell. */
import type { CellValue } from './cell-values';
import { gasEnum } from './enums';
import type { Runtime } from './runtime';

type GasCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export const DataValidationCriteria = gasEnum<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);

interface Rule {
  criteria: GasCriteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

type DataValidationApi = Pick<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'
>;

/** A built rule; immutable like the real one. */
export class DataValidationImpl implements DataValidationApi {
  constructor(
    private readonly rt: Runtime,
    readonly rule: Readonly<Rule>,
  ) {}

  getCriteriaType(): GasCriteria {
    this.rt.call('DataValidation.getCriteriaType');
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    this.rt.call('DataValidation.getCriteriaValues');
    return this.rule.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getAllowInvalid(): boolean {
    this.rt.call('DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }

  getHelpText(): string {
    this.rt.call('DataValidation.getHelpText');
    return this.rule.helpText ?? '';
  }

  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('DataValidation.copy');
    return new DataValidationBuilderImpl(this.rt, { ...this.rule }) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
}

type BuilderApi = Pick<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  | 'build'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireNumberBetween'
  | 'requireValueInList'
  | 'setAllowInvalid'
  | 'setHelpText'
>;

export class DataValidationBuilderImpl implements BuilderApi {
  constructor(
    private readonly rt: Runtime,
    // A new rule allows invalid data (shows a warning) until setAllowInvalid(false).
    private rule: Rule = { criteria: DataValidationCriteria.CUSTOM_FORMULA, values: [], allowInvalid: true, helpText: null },
  ) {}

  private self(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }

  private set(criteria: GasCriteria, values: unknown[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { ...this.rule, criteria, values };
    return this.self();
  }

  requireNumberBetween(start: number, end: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('DataValidationBuilder.requireNumberBetween');
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  requireValueInList(values: string[], showDropdown = true): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('DataValidationBuilder.requireValueInList');
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('DataValidationBuilder.requireCheckbox');
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set(DataValidationCriteria.CHECKBOX, values);
  }

  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('DataValidationBuilder.setAllowInvalid');
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return this.self();
  }

  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('DataValidationBuilder.setHelpText');
    this.rule = { ...this.rule, helpText };
    return this.self();
  }

  getAllowInvalid(): boolean {
    this.rt.call('DataValidationBuilder.getAllowInvalid');
    return this.rule.allowInvalid;
  }

  getCriteriaType(): GasCriteria {
    this.rt.call('DataValidationBuilder.getCriteriaType');
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    this.rt.call('DataValidationBuilder.getCriteriaValues');
    return [...this.rule.values];
  }

  getHelpText(): string | null {
    this.rt.call('DataValidationBuilder.getHelpText');
    return this.rule.helpText;
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    this.rt.call('DataValidationBuilder.build');
    return new DataValidationImpl(this.rt, { ...this.rule }) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}

/**
 * Why Sheets refuses or flags a typed value, or null when the value passes. Blank input always passes.
 * `display` is the value as the cell shows it (list items compare as text).
 */
export function violation(rule: Readonly<Rule>, value: CellValue | undefined, display: string): string | null {
  if (value === undefined || value === '') return null;
  const [a, b] = rule.values;
  switch (rule.criteria) {
    case DataValidationCriteria.NUMBER_BETWEEN: {
      const lo = Math.min(Number(a), Number(b));
      const hi = Math.max(Number(a), Number(b));
      return typeof value === 'number' && value >= lo && value <= hi ? null : `Input must be a number between ${lo} and ${hi}.`;
    }
    case DataValidationCriteria.VALUE_IN_LIST:
      return (a as string[]).includes(display) ? null : 'Input must be an item on the specified list.';
    case DataValidationCriteria.CHECKBOX: {
      const allowed = rule.values.length ? rule.values.map(String) : ['TRUE', 'FALSE'];
      return allowed.includes(display) ? null : `Input must be ${allowed.join(' or ')}.`;
    }
    default:
      return null;
  }
}
