// Writes an emulated spreadsheet as a real .xlsx (exceljs) so a person can open it in LibreOffice
// or Excel. It reads through the emulated Apps Script API, after the demo has taken its figures.

import ExcelJS from 'exceljs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export async function writeXlsx(spreadsheet: Spreadsheet, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCHC contest add-on (demo)';
  for (const sheet of spreadsheet.getSheets()) {
    const frozen = sheet.getFrozenRows();
    const ws = workbook.addWorksheet(sheet.getName(), { views: frozen > 0 ? [{ state: 'frozen', ySplit: frozen }] : [] });
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    values.forEach((row, r) => {
      const xlRow = ws.getRow(r + 1);
      row.forEach((value, c) => {
        const formula = formulas[r][c];
        xlRow.getCell(c + 1).value = formula ? { formula: formula.slice(1), result: value } : value === '' ? null : value;
      });
      if (r < frozen) xlRow.font = { bold: true };
    });
    ws.columns.forEach((column) => {
      let longest = 8;
      column.eachCell?.({ includeEmpty: false }, (cell) => {
        longest = Math.max(longest, Math.min(60, String(cell.value ?? '').length + 2));
      });
      column.width = longest;
    });
  }
  await workbook.xlsx.writeFile(file);
}
