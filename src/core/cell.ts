// What a spreadsheet cell holds as Apps Script reads it (getValues): never null or undefined;
// an empty cell is ''. Core code that parses sheet data takes these and nothing else.
export type CellValue = string | number | boolean | Date;

export type Grid = CellValue[][];
