// In-memory ports: the use cases' own computation with no service calls at all. A copy of the
// emulated workbook as it stood before a step (every sheet of the contest's spreadsheet and of the
// judges' spreadsheets, the document properties, the form's responses) is restored before each
// timed run, so every run does the same work on the same data.

import type { CellValue, Grid } from '../src/core/cell';
import type { DocumentModel, FillData } from '../src/core/documents/document-model';
import type { FormSpec } from '../src/core/intake/form-spec';
import type {
  ChartSpec,
  DocumentFilesPort,
  FormResponseData,
  FormsPort,
  JudgeSheetDraft,
  JudgeSheetsPort,
  LockPort,
  MailPort,
  SheetLocation,
  SheetTable,
  StatePort,
  StoredFile,
  TriggersPort,
  WorkbookPort,
} from '../src/app/ports';

/** Everything the steps read, as plain data. `books` keys: '' for the contest's spreadsheet, else a spreadsheet id. */
export interface WorkbookCopy {
  books: Map<string, Map<string, Grid>>;
  properties: Map<string, string>;
  responses: FormResponseData[];
  mailQuota: number;
  now: Date;
}

const copyGrid = (grid: Grid): Grid => grid.map((row) => [...row]);

export function cloneCopy(copy: WorkbookCopy): WorkbookCopy {
  const books = new Map([...copy.books].map(([id, sheets]) => [id, new Map([...sheets].map(([name, grid]) => [name, copyGrid(grid)]))]));
  return { ...copy, books, properties: new Map(copy.properties) };
}

function bookOf(copy: WorkbookCopy, id: string): Map<string, Grid> {
  let book = copy.books.get(id);
  if (!book) copy.books.set(id, (book = new Map()));
  return book;
}

/** Writes `block` at (row, column), 1-based, growing the grid as Sheets grows a sheet's data range. */
function put(grid: Grid, firstRow: number, firstColumn: number, block: readonly (readonly CellValue[])[]): void {
  block.forEach((cells, i) => {
    const r = firstRow - 1 + i;
    while (grid.length <= r) grid.push([]);
    const row = grid[r];
    cells.forEach((value, j) => {
      const c = firstColumn - 1 + j;
      while (row.length < c) row.push('');
      row[c] = value;
    });
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (const row of grid) while (row.length < width) row.push('');
}

export class MemoryWorkbook implements WorkbookPort {
  constructor(private readonly sheets: Map<string, Grid>) {}

  presentSheets(names: readonly string[]): string[] {
    return names.filter((n) => this.sheets.has(n));
  }

  readSheets(names: readonly string[]): Map<string, Grid> {
    const out = new Map<string, Grid>();
    for (const name of names) {
      const grid = this.sheets.get(name);
      if (grid) out.set(name, copyGrid(grid));
    }
    return out;
  }

  writeSheets(tables: readonly SheetTable[]): void {
    for (const t of tables) {
      const grid: Grid = [];
      put(grid, 1, 1, [t.header, ...t.rows]);
      this.sheets.set(t.name, grid);
    }
  }

  archiveSheets(names: readonly string[], suffix: string): string[] {
    return names.filter((n) => this.sheets.has(n)).map((n) => {
      const renamed = `${n} ${suffix}`;
      this.sheets.set(renamed, this.sheets.get(n)!);
      this.sheets.delete(n);
      return renamed;
    });
  }

  writeRows(name: string, header: readonly string[], firstRow: number, rows: readonly (readonly CellValue[])[]): void {
    let grid = this.sheets.get(name);
    if (!grid) this.sheets.set(name, (grid = [[...header]]));
    put(grid, firstRow, 1, rows);
  }

  writeCells(name: string, firstRow: number, firstColumn: number, block: readonly (readonly CellValue[])[]): void {
    const grid = this.sheets.get(name);
    if (grid) put(grid, firstRow, firstColumn, block);
  }

  protectSheets(): void {}

  appendRows(name: string, header: readonly string[], rows: readonly (readonly CellValue[])[]): void {
    const grid = this.sheets.get(name);
    this.writeRows(name, header, Math.max(grid?.length ?? 1, 1) + 1, rows);
  }

  replaceCharts(_sheetName: string, _charts: readonly ChartSpec[]): void {}

  flush(): void {}
}

export class MemoryJudgeSheets implements JudgeSheetsPort {
  private created = 0;

  constructor(private readonly copy: WorkbookCopy) {}

  private grid(location: SheetLocation): Grid | null {
    return this.copy.books.get(location.spreadsheetId ?? '')?.get(location.sheetName) ?? null;
  }

  create(draft: JudgeSheetDraft, privateSpreadsheet: boolean): SheetLocation & { url: string } {
    const spreadsheetId = privateSpreadsheet ? `memory-${++this.created}` : null;
    bookOf(this.copy, spreadsheetId ?? '').set(draft.title, copyGrid(draft.grid));
    return { spreadsheetId, sheetName: draft.title, url: `memory://${spreadsheetId ?? ''}/${draft.title}` };
  }

  read(locations: readonly SheetLocation[]): (Grid | null)[] {
    return locations.map((l) => {
      const grid = this.grid(l);
      return grid ? copyGrid(grid) : null;
    });
  }

  readRows(location: SheetLocation, firstRow: number, count: number): Grid {
    return copyGrid((this.grid(location) ?? []).slice(firstRow - 1, firstRow - 1 + count));
  }

  write(location: SheetLocation, firstRow: number, column: number, cells: Grid): void {
    const grid = this.grid(location);
    if (grid) put(grid, firstRow, column, cells);
  }

  validate(): void {}

  setJudgeCanEdit(): void {}

  url(location: SheetLocation): string {
    return `memory://${location.spreadsheetId ?? ''}/${location.sheetName}`;
  }
}

export class MemoryForms implements FormsPort {
  constructor(private readonly copy: WorkbookCopy) {}

  createLinkedForm(_spec: FormSpec<string>, _editors: readonly string[]): { id: string; url: string } {
    return { id: 'memory-form', url: 'memory://form' };
  }

  exists(): boolean {
    return true;
  }

  responses(): FormResponseData[] {
    return this.copy.responses.map((r) => ({ ...r, answers: { ...r.answers } }));
  }

  /** The form's questions are not copied: like exists(), every question is taken to be there. */
  setChoices(): string[] {
    return [];
  }
}

/** The submit, daily, open and edit triggers all exist already. */
export class MemoryTriggers implements TriggersPort {
  formSubmitTriggers(): number {
    return 1;
  }

  createFormSubmitTrigger(): void {}

  ensureDailyTrigger(): void {}

  setTimedTrigger(): void {}

  ensureOpenTrigger(): void {}

  ensureEditTrigger(): void {}
}

export class MemoryMail implements MailPort {
  constructor(private quota: number) {}

  remainingQuota(): number {
    return this.quota;
  }

  send(): void {
    this.quota -= 1;
  }
}

export class MemoryState implements StatePort {
  constructor(private readonly properties: Map<string, string>) {}

  get(key: string): string | null {
    return this.properties.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.properties.set(key, value);
  }
}

export const memoryLock: LockPort = { withLock: (fn) => fn() };

/** Drive and Docs as ids only: copying, filling and exporting are the services' work, not ours. */
export class MemoryFiles implements DocumentFilesPort {
  private next = 0;

  private file(kind: string): StoredFile {
    const id = `memory-${kind}-${++this.next}`;
    return { id, url: `memory://${id}` };
  }

  folder(id: string | null): StoredFile {
    return id ? { id, url: `memory://${id}` } : this.file('folder');
  }

  createDocument(_model: DocumentModel): StoredFile {
    return this.file('doc');
  }

  isAvailable(): boolean {
    return true;
  }

  textOf(): string {
    return '';
  }

  findInFolder(): StoredFile | null {
    return null;
  }

  copy(): StoredFile {
    return this.file('doc');
  }

  fill(_documentId: string, _fill: FillData): void {}

  exportPdf(): StoredFile {
    return this.file('pdf');
  }
}
