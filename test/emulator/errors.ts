/**
 * Apps Script surfaces service failures as `Exception` objects: `e.message` is the bare text and
 * `String(e)` reads `Exception: <text>`. Tests compare `e.message` with the real strings.
 */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function fail(message: string): never {
  throw new GasException(message);
}

/** Exact texts a user or a test can see (research §1.3, §3.1, §5.1; README.md names those without a source). */
export const MESSAGES = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rangeNotFound: 'Range not found',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  hideLastSheet: "You can't hide all the sheets in a document.",
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  openByIdFailed: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  noDocumentAccess: 'You do not have permission to access the requested document.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  getUiContext: 'Cannot call SpreadsheetApp.getUi() from this context.',
  noPermission: (method: string) => `You do not have permission to call ${method}`,
  noPermissionScoped: (method: string, scope: string) =>
    `You do not have permission to call ${method}. Required permissions: ${scope}`,
  functionNotFound: (name: string) => `Script function not found: ${name}`,
} as const;
