// The demo's results and papers: "Tính kết quả" writes the Results sheet and its charts, "Tạo văn
// bản" makes the decision, proposal, minutes, notice, certificates and receipts as emulated Google
// Docs with PDFs; what one run leaves waiting is made by the hourly trigger, as in Apps Script.
// Every document is then written to out/documents/ as a real .docx, and converted to PDF when
// LibreOffice is installed (optional: the demo never needs it).

import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENTS_SHEET, isTemplateKey, readDocumentRecords } from '../src/core/documents/documents-sheet';
import type { Emulator } from '../test/emulator';

export interface DocumentsStep {
  alerts: { step: string; message: string }[];
  /** Executions that made documents: the menu run, then the trigger's. */
  runs: number;
  documents: { key: string; kind: string; status: string; version: number; docx: string; pdf: string | null }[];
  /** How the PDFs were made: by LibreOffice from the .docx, or not at all. */
  pdf: 'libreoffice' | 'none';
}

function libreOffice(): string | null {
  for (const command of ['soffice', 'libreoffice']) {
    try {
      execFileSync(command, ['--version'], { stdio: 'ignore' });
      return command;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

/** Drive names are already free of control characters and slashes (document-plan.ts); Windows also refuses these. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_');
}

export async function runDocuments(emu: Emulator, secretary: string, outDir: string, measure: (step: string, action: () => void) => void): Promise<DocumentsStep> {
  const alerts: DocumentsStep['alerts'] = [];
  const lastAlert = (step: string): void => void alerts.push({ step, message: emu.ui.alerts[emu.ui.alerts.length - 1].prompt });
  measure('Tính kết quả (menu): trang Kết quả, biểu đồ, trang Quyết định của Ban Tổ chức', () => emu.clickMenu('Tính kết quả', { user: secretary }));
  lastAlert('Tính kết quả');
  measure('Tạo văn bản (menu): mẫu, quyết định, tờ trình, biên bản, thông báo, bằng khen, biên nhận', () => emu.clickMenu('Tạo văn bản', { user: secretary }));
  lastAlert('Tạo văn bản');
  const records = () => readDocumentRecords(emu.inspect.values(DOCUMENTS_SHEET));
  let runs = 1;
  while (records().some((r) => r.status === 'pending') && runs < 20) {
    measure(`Trình kích hoạt theo giờ tạo tiếp văn bản (lần ${runs})`, () => void emu.triggers.advance(3_600_000, { throwOnError: true }));
    runs += 1;
  }

  const dir = path.join(outDir, 'documents');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = new Map(emu.documents.files().map((f) => [f.id, f.name]));
  const documents: DocumentsStep['documents'] = [];
  for (const r of records()) {
    if (r.docId === '') continue;
    const docx = path.join(dir, `${safeFileName(names.get(r.docId) ?? r.key)}.docx`);
    writeFileSync(docx, await emu.documents.exportDocx(r.docId));
    documents.push({ key: r.key, kind: r.kind, status: r.status ?? '', version: r.version, docx: path.relative(process.cwd(), docx), pdf: null });
  }
  const office = libreOffice();
  if (office) {
    const pdfDir = path.join(dir, 'pdf');
    // One LibreOffice start for every file: the templates need no PDF.
    const papers = documents.filter((d) => !isTemplateKey(d.key));
    execFileSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...papers.map((d) => d.docx)], { stdio: 'ignore' });
    for (const d of papers) d.pdf = path.relative(process.cwd(), path.join(pdfDir, `${path.basename(d.docx, '.docx')}.pdf`));
  }
  return { alerts, runs, documents, pdf: office ? 'libreoffice' : 'none' };
}
