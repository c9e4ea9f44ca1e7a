/**
 * What Google Forms does to the spreadsheet a form is linked to: creates the response sheet with
 * its header row, copies the responses already given, and writes each new or edited response.
 * These writes are Forms', not the script's: they reach the committed state at once.
 */
import type { Answer, FormData, ResponseData } from './form-model';
import { ensureHeaders, newResponseSheetName, type ResponseRow, responseSheetLabels, writeResponseRow } from './response-sheet';
import type { Runtime } from './runtime';
import type { SpreadsheetData } from './sheet-model';

/**
 * Links a form to a spreadsheet. The response sheet is inserted first [assumed: where Forms puts
 * it is not in the research]; relinking to the spreadsheet it already writes to keeps that sheet.
 */
export function linkDestination(rt: Runtime, form: FormData, ss: SpreadsheetData, locale: string): void {
  const current = form.destination;
  if (current && current.spreadsheet === ss && ss.sheets.includes(current.sheet)) return;
  const labels = responseSheetLabels(locale);
  const sheet = ss.addSheet(newResponseSheetName(ss, labels.sheetPrefix), 0);
  form.destination = { spreadsheet: ss, sheet, labels };
  writeHeaderRow(form);
  for (const r of form.responses) {
    delete r.destinationRow;
    writeResponse(rt, form, r);
  }
}

/** Timestamp, the e-mail column when the form collects addresses, then one column per question in item order. */
function writeHeaderRow(form: FormData): string[] {
  const dest = form.destination;
  if (!dest) return [];
  const answerHeaders = [...(form.collectEmail ? [dest.labels.email] : []), ...form.questions().map((q) => q.title)];
  return ensureHeaders(dest.sheet, dest.labels.timestamp, answerHeaders);
}

/** The cells Forms owns in a response's row: the e-mail column and one per question (null: unanswered). */
export function responseColumns(form: FormData, r: ResponseData): Map<string, Answer | null> {
  const cells = new Map<string, Answer | null>();
  if (form.collectEmail && form.destination) cells.set(form.destination.labels.email, r.respondentEmail);
  for (const q of form.questions()) cells.set(q.title, r.answers.get(q.id) ?? null);
  return cells;
}

/**
 * Writes a response to the linked sheet: a new response below the last row, an edited one over
 * its earlier row. Returns null when the form has no destination; a deleted response sheet
 * unlinks the form [assumed].
 */
export function writeResponse(rt: Runtime, form: FormData, r: ResponseData): ResponseRow | null {
  const dest = form.destination;
  if (!dest) return null;
  if (!dest.spreadsheet.sheets.includes(dest.sheet)) {
    form.destination = null;
    return null;
  }
  const headers = writeHeaderRow(form);
  const earlier = r.destinationRow?.sheet === dest.sheet ? r.destinationRow.row : undefined;
  const written = writeResponseRow(rt, dest.sheet, headers, new Date(r.timestamp), responseColumns(form, r), earlier);
  r.destinationRow = { sheet: dest.sheet, row: written.row };
  return written;
}
