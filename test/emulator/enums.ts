/**
 * Apps Script enums. Real enum members are objects whose `toString()` and `name()` give the member
 * name; here each member is that name as a string, so `===`, `switch`, `String(x)` and JSON behave
 * the same way for the code under test.
 */
export function gasEnum<E>(names: readonly string[]): E {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as E;
}

export const ProtectionType = gasEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(['RANGE', 'SHEET']);

export const Button = gasEnum<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = gasEnum<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

export const AuthMode = gasEnum<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = gasEnum<typeof GoogleAppsScript.Script.EventType>([
  'CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED',
]);
export const TriggerSource = gasEnum<typeof GoogleAppsScript.Script.TriggerSource>([
  'SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR',
]);
export const Weekday = gasEnum<typeof GoogleAppsScript.Base.Weekday>([
  'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
]);

export const DigestAlgorithm = gasEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm>([
  'MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512',
]);
export const Charset = gasEnum<typeof GoogleAppsScript.Utilities.Charset>(['US_ASCII', 'UTF_8']);

/** Enums of SpreadsheetApp that code may read besides DataValidationCriteria and ProtectionType. */
export const Dimension = gasEnum<typeof GoogleAppsScript.Spreadsheet.Dimension>(['COLUMNS', 'ROWS']);
export const WrapStrategy = gasEnum<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(['WRAP', 'OVERFLOW', 'CLIP']);
export const SheetType = gasEnum<typeof GoogleAppsScript.Spreadsheet.SheetType>(['GRID', 'OBJECT', 'DATASOURCE']);

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export const DestinationType = gasEnum<typeof GoogleAppsScript.Forms.DestinationType>(['SPREADSHEET']);
/** Research §5.4 lists the members; RATING and UNSUPPORTED are newer than the type definitions. */
export const ItemType = gasEnum<typeof GoogleAppsScript.Forms.ItemType>([
  'CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST', 'MULTIPLE_CHOICE', 'PAGE_BREAK',
  'PARAGRAPH_TEXT', 'RATING', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD', 'UNSUPPORTED',
]);
