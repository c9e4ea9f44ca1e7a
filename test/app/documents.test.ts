// "Tạo văn bản" on the emulator: templates created on first use, every placeholder filled, the
// annex listing the winners, a hostile title kept as text, versions on re-runs, signed documents
// left alone, and a batch of 200 certificates made exactly once across executions, including one
// that Apps Script kills in the middle of a document.

import { generateDocuments, continueDocuments, RUN_BUDGET_MS, TIMED_HANDLER, type DocumentsPorts, type DocumentsSummary } from '../../src/app/documents';
import type { ComputedContest } from '../../src/app/results';
import { writeConfiguration } from '../../src/app/contest-configuration';
import type { CellValue } from '../../src/core/cell';
import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { DOCUMENT_COLUMN, DOCUMENTS_SHEET, readDocumentRecords } from '../../src/core/documents/documents-sheet';
import type { Entry } from '../../src/core/entry';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../../src/core/intake/entries-sheet';
import { computeResults } from '../../src/core/results/compute-results';
import type { ScoreSheet } from '../../src/core/scoring/score-sheet';
import { formatNumberVi, moneyInWords } from '../../src/core/vn';
import { appsScriptDocumentsPorts } from '../../src/workspace/documents-ports';
import { SpreadsheetWorkbook } from '../../src/workspace/spreadsheet-workbook';
import { createEmulator, type Emulator } from '../emulator';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';

const SECRETARY = 'yen.nt@demo.example';
const HOSTILE_TITLE = '{{so_ky_hieu}} =IMPORTXML("http://x") <b>đậm</b>\nhàng hai';
const JUDGES = DEMO_MEMBERS.filter((m) => m.role === 'judge').map((m) => m.email);

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** Đakrông's one-round contest with the demo's units and people; `certifyAll` makes every entry win a certificate. */
function contestConfig(certifyAll: boolean): ContestConfig {
  const base = presetById('dakrong2020').build();
  // Đakrông's plan gives money without a reward form; here each prize also carries a Giấy khen.
  const config: ContestConfig = {
    ...base,
    units: DEMO_UNITS,
    members: DEMO_MEMBERS,
    prizes: { ...base.prizes, tiers: base.prizes.tiers.map((t) => ({ ...t, award: 'giayKhen' as const, awardIssuer: 'Chủ tịch UBND huyện Đakrông' })) },
  };
  if (certifyAll) {
    config.prizes = {
      ...base.prizes,
      tiers: [{ code: 'CN', name: 'Chứng nhận', award: 'certificate', awardIssuer: 'Chủ tịch UBND huyện Đakrông', amount: 0, minScore: 0, gift: '' }],
    };
  }
  return config;
}

function entriesOf(config: ContestConfig, count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `DK-${String(i + 1).padStart(3, '0')}`,
    title: i === 0 ? HOSTILE_TITLE : `Sáng kiến số ${i + 1}`,
    unitCode: DEMO_UNITS[i % DEMO_UNITS.length].code,
    categoryCode: config.categories[i % config.categories.length].code,
    kind: 'individual',
    submittedAt: new Date(Date.UTC(2020, 6, 1 + (i % 28), 3)).toISOString(),
  }));
}

/** Every judge scores every entry; the first entry scores highest, so the hostile title wins. */
function sheetsOf(config: ContestConfig, entries: readonly Entry[]): ScoreSheet[] {
  const criteria = config.rounds.preliminary.rubric.criteria;
  return entries.flatMap((e, i) =>
    JUDGES.map((judge) => ({
      round: 'preliminary' as const,
      judge,
      entryCode: e.code,
      scores: Object.fromEntries(criteria.map((c) => [c.code, Math.max(0, c.maxPoints - ((i * 0.5) % c.maxPoints))])),
    })),
  );
}

function registerGrid(config: ContestConfig, entries: readonly Entry[]): CellValue[][] {
  const header = Object.values(ENTRY_COLUMNS);
  const rows = entries.map((e) => {
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: e.code,
      [ENTRY_COLUMNS.status]: 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(e.submittedAt),
      [ENTRY_COLUMNS.authors]: `Nguyễn Văn ${e.code}; Trần Thị ${e.code}`,
      [ENTRY_COLUMNS.unit]: config.units.find((u) => u.code === e.unitCode)!.name,
      [ENTRY_COLUMNS.category]: config.categories.find((c) => c.code === e.categoryCode)!.name,
      [ENTRY_COLUMNS.title]: e.title,
    };
    return header.map((h) => cells[h] ?? '');
  });
  return [header, ...rows];
}

interface Contest {
  emu: Emulator;
  config: ContestConfig;
  contest: ComputedContest;
  ports: DocumentsPorts;
  /** Meter readings at each document made. */
  ticks: number[];
}

function setUp(entryCount: number, certifyAll = false): Contest {
  const emu = createEmulator({ owner: SECRETARY, startTime: new Date('2020-09-20T02:00:00Z') });
  uninstall = emu.install(globalThis, { virtualDate: true });
  const config = contestConfig(certifyAll);
  const entries = entriesOf(config, entryCount);
  const register = registerGrid(config, entries);
  emu.runAs(SECRETARY, () => {
    const workbook = new SpreadsheetWorkbook(emu.activeSpreadsheet);
    writeConfiguration(config, workbook, '(cũ)');
    workbook.writeSheets([{ name: ENTRIES_SHEET, header: register[0].map(String), rows: register.slice(1), textColumns: [9] }]);
  });
  const results = computeResults({ config, entries, sheets: sheetsOf(config, entries) });
  const contest: ComputedContest = { entries, results, register, provisional: false, openRounds: [], boardProblems: [], boardSheetFound: false };
  const ticks: number[] = [];
  const ports = appsScriptDocumentsPorts(emu.activeSpreadsheet, () => void ticks.push(emu.meter.calls));
  return { emu, config, contest, ports, ticks };
}

const generate = (c: Contest): DocumentsSummary => c.emu.runAs(SECRETARY, () => generateDocuments(c.config, c.ports, () => c.contest));

function rows(emu: Emulator) {
  return readDocumentRecords(emu.inspect.values(DOCUMENTS_SHEET));
}

function documentRows(emu: Emulator) {
  return rows(emu).filter((r) => !r.key.startsWith('MAU-'));
}

describe('generating the documents', () => {
  it('makes every document with a PDF beside it, every placeholder filled, the annex listing each winner', () => {
    const c = setUp(12);
    const summary = generate(c);
    expect(summary).toMatchObject({ planned: true, waiting: 0, failed: [] });
    const winners = c.contest.results.entries.filter((r) => r.outcome.kind === 'prize');
    expect(winners).toHaveLength(3);
    const docs = documentRows(c.emu);
    // One decision, proposal, minutes and notice, a certificate per winner and a receipt per entry.
    expect(docs.map((d) => d.key).sort()).toEqual(
      ['QD', 'TTR', 'BB', 'TB', ...winners.map((w) => `BK-${w.entry.code}`), ...c.contest.entries.map((e) => `BN-${e.code}`)].sort(),
    );
    const files = c.emu.documents.files();
    for (const d of docs) {
      expect(d).toMatchObject({ status: 'made', version: 1 });
      const text = c.emu.documents.text(d.docId);
      // The hostile title carries "{{so_ky_hieu}}" as typed; no other placeholder may be left.
      expect(text.replaceAll('{{so_ky_hieu}} =IMPORTXML', '')).not.toMatch(/\{\{[a-z0-9_]+\}\}/);
      expect(files.find((f) => f.id === d.pdfId)).toMatchObject({ mimeType: 'application/pdf' });
      expect(c.emu.documents.pdfBytes(d.pdfId).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const decision = c.emu.documents.content(docs.find((d) => d.key === 'QD')!.docId);
    const tables = decision.body.filter((b) => b.kind === 'table');
    const annex = tables[tables.length - 1];
    if (annex.kind !== 'table') throw new Error('no annex');
    const cellText = (row: number, col: number): string => annex.rows[row].cells[col].paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
    // Header, one row per winner, the total.
    expect(annex.rows).toHaveLength(winners.length + 2);
    const total = winners.reduce((sum, w) => sum + (w.outcome.kind === 'prize' ? w.outcome.amount : 0), 0);
    const lastRow = annex.rows.length - 1;
    expect(annex.rows[lastRow].cells.map((_, i) => cellText(lastRow, i)).join(' ')).toContain(formatNumberVi(total));
    expect(c.emu.documents.text(docs.find((d) => d.key === 'QD')!.docId)).toContain(moneyInWords(total).replace(/^./, (ch) => ch.toUpperCase()));
    winners.forEach((w, i) => expect(annex.rows[i + 1].cells.map((_, col) => cellText(i + 1, col)).join(' | ')).toContain(w.entry.code === 'DK-001' ? '{{so_ky_hieu}}' : w.entry.title));
  });

  it('keeps a hostile title as literal text on one line and fills the real number around it', () => {
    const c = setUp(6);
    generate(c);
    const certificate = documentRows(c.emu).find((d) => d.key === 'BK-DK-001')!;
    const text = c.emu.documents.text(certificate.docId);
    expect(text).toContain('{{so_ky_hieu}} =IMPORTXML("http://x") <b>đậm</b> hàng hai');
    expect(text).not.toContain('hàng hai\n');
    expect(text.match(/\{\{/g)).toHaveLength(1);
  });

  it('makes a new version on a second run, never a second row, and leaves a signed document alone', () => {
    const c = setUp(6);
    generate(c);
    const first = documentRows(c.emu);
    const decision = first.find((d) => d.key === 'QD')!;
    c.emu.runAs(SECRETARY, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(DOCUMENTS_SHEET)!;
      sheet.getRange(decision.row, DOCUMENT_COLUMN.status + 1).setValue('Đã ký');
      sheet.getRange(decision.row, DOCUMENT_COLUMN.number + 1).setValue('125/QĐ-UBND');
    });
    const summary = generate(c);
    expect(summary.signed).toEqual(['QD']);
    const second = documentRows(c.emu);
    expect(second.map((d) => d.key)).toEqual(first.map((d) => d.key));
    expect(second.find((d) => d.key === 'QD')).toMatchObject({ status: 'signed', version: 1, docId: decision.docId });
    for (const d of second.filter((x) => x.key !== 'QD')) {
      const before = first.find((x) => x.key === d.key)!;
      expect(d).toMatchObject({ status: 'made', version: 2, previousUrl: before.docUrl });
      expect(d.docId).not.toBe(before.docId);
    }
    // The certificates cite the signed decision's number now.
    const certificate = second.find((d) => d.key.startsWith('BK-'))!;
    expect(c.emu.documents.text(certificate.docId)).toContain('125/QĐ-UBND');
    // Templates are made once.
    expect(rows(c.emu).filter((r) => r.key.startsWith('MAU-'))).toHaveLength(new Set(second.map((d) => d.key.split('-')[0])).size);
  });

  it('costs the same service calls for every certificate, whatever the document', () => {
    const c = setUp(30, true);
    generate(c);
    const certificates = documentRows(c.emu).filter((d) => d.key.startsWith('BK-'));
    expect(certificates).toHaveLength(30);
    const first = documentRows(c.emu).findIndex((d) => d.key.startsWith('BK-'));
    const perDocument = c.ticks.slice(first + 1, first + 30).map((t, i) => t - c.ticks[first + i]);
    expect(new Set(perDocument).size).toBe(1);
  });
});

describe('a batch longer than one execution', () => {
  function finish(c: Contest): number {
    let executions = 1;
    while (documentRows(c.emu).some((d) => d.status === 'pending')) {
      expect(c.emu.triggers.list().filter((t) => t.handler === TIMED_HANDLER).map((t) => t.schedule?.everyHours)).toEqual([1]);
      // The hourly trigger's next run.
      c.emu.clock.advance(3_600_000);
      c.emu.runAs(SECRETARY, () => continueDocuments(c.config, c.ports));
      executions += 1;
      if (executions > 40) throw new Error('the batch does not end');
    }
    return executions;
  }

  function expectEachDocumentOnce(c: Contest): void {
    const names = c.emu.documents.files().map((f) => f.name);
    for (const d of documentRows(c.emu)) {
      expect(d.status).toBe('made');
      expect(names.filter((n) => n.startsWith(`${d.key} – `) && !n.endsWith('.pdf'))).toHaveLength(1);
      expect(names.filter((n) => n.startsWith(`${d.key} – `) && n.endsWith('.pdf'))).toHaveLength(1);
    }
  }

  it('makes 200 certificates exactly once across executions, each stopping before the 6-minute limit', () => {
    const c = setUp(200, true);
    const summary = generate(c);
    expect(summary.waiting).toBeGreaterThan(0);
    expect(c.emu.meter.snapshot().modeledMs).toBeLessThan(360_000);
    const executions = finish(c);
    expect(executions).toBeGreaterThan(2);
    expect(documentRows(c.emu).filter((d) => d.key.startsWith('BK-'))).toHaveLength(200);
    expectEachDocumentOnce(c);
    // Back to one daily run once nothing waits.
    expect(c.emu.triggers.list().filter((t) => t.handler === TIMED_HANDLER).map((t) => t.schedule?.everyDays)).toEqual([1]);
  });

  it('goes on after Apps Script kills a run in the middle of a document, without a duplicate or a gap', () => {
    // Other work took most of the execution before the run began, so the run's own budget outlasts
    // the 6 minutes and Apps Script ends it. Shifting that work by fractions of a document lands
    // the end at every step of making one: copying, filling, saving, exporting the PDF.
    let halfMade = 0;
    for (let shift = 0; shift < 6_000; shift += 500) {
      const c = setUp(40, true);
      expect(() =>
        c.emu.runAs(SECRETARY, () => {
          Utilities.sleep(360_000 - RUN_BUDGET_MS / 2 + shift);
          generateDocuments(c.config, c.ports, () => c.contest);
        }),
      ).toThrow('Exceeded maximum execution time');
      expect(documentRows(c.emu).filter((d) => d.status === 'made').length).toBeGreaterThan(0);
      // The document being made when the run ended may already be in Drive, its row still waiting.
      const interrupted = documentRows(c.emu).find((d) => d.status === 'pending')!;
      if (c.emu.documents.files().some((f) => f.name.startsWith(`${interrupted.key} – `))) halfMade += 1;
      finish(c);
      expectEachDocumentOnce(c);
      uninstall?.();
    }
    expect(halfMade).toBeGreaterThan(0);
  });
});
