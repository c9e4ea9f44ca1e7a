// The demo after the prizes: the văn thư records the award decision's number, the winners join the
// register of recognised initiatives, the secretariat assigns them to agencies (BR-VT 2022's way),
// agencies report through the status form over the following weeks, one reports for an agency it
// is not the contact of, deadlines pass, late agencies are reminded by e-mail, the yearly summary
// and the replication report are made. Everything goes through the menu, as the secretariat would.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue } from '../src/core/cell';
import { DOCUMENT_COLUMN, DOCUMENTS_SHEET, readDocumentRecords } from '../src/core/documents/documents-sheet';
import { AGENCIES_SHEET, readAgencies } from '../src/core/replication/agencies-sheet';
import { INITIATIVES_SHEET, readInitiatives } from '../src/core/replication/initiatives-sheet';
import { PLAN_SHEET } from '../src/core/replication/plan-sheet';
import { MATRIX_SHEET } from '../src/core/replication/progress-matrix';
import { STATUS_FORM_TITLES } from '../src/core/replication/status-form';
import { TRACKING_SHEET, readTracking } from '../src/core/replication/tracking-sheet';
import { YEARLY_SUMMARY_PREFIX } from '../src/core/replication/yearly-summary';
import { dateInTimeZone, slashDate } from '../src/core/vn/dates';
import type { Emulator } from '../test/emulator';

const DAY_MS = 86_400_000;

export interface ReplicationStep {
  alerts: { step: string; message: string }[];
  initiatives: { code: string; title: string; ownerUnit: string; prize: string; decision: string }[];
  pairs: number;
  byStatus: Record<string, number>;
  overdue: number;
  reminders: { to: string; subject: string }[];
  yearlySheets: string[];
  report: { name: string; docx: string } | null;
}

function columnLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export async function runReplication(
  emu: Emulator,
  secretary: string,
  outDir: string,
  measure: (step: string, action: () => void) => void,
): Promise<ReplicationStep> {
  const alerts: ReplicationStep['alerts'] = [];
  const menu = (label: string, step: string): void => {
    measure(step, () => emu.clickMenu(label, { user: secretary }));
    alerts.push({ step: label, message: emu.ui.alerts[emu.ui.alerts.length - 1].prompt });
  };
  const day = (offset: number): string => slashDate(dateInTimeZone(new Date(emu.clock.now() + offset * DAY_MS)));

  // The văn thư numbered the award decision the chairman signed (the demo's number and day); the
  // secretariat records them in "Văn bản đã tạo", as its column notes ask.
  const decision = readDocumentRecords(emu.inspect.values(DOCUMENTS_SHEET)).find((r) => r.key === 'QD');
  if (decision) {
    emu.userEdit(DOCUMENTS_SHEET, `${columnLetter(DOCUMENT_COLUMN.number)}${decision.row}`, '215/QĐ-UBND', secretary);
    emu.userEdit(DOCUMENTS_SHEET, `${columnLetter(DOCUMENT_COLUMN.signedOn)}${decision.row}`, '30/08/2024', secretary);
  }
  menu('Cập nhật danh mục sáng kiến được công nhận', 'Danh mục sáng kiến được công nhận: đưa bài đạt giải vào, tạo trang đơn vị và kế hoạch');
  const initiatives = readInitiatives(emu.inspect.values(INITIATIVES_SHEET)).initiatives;

  // Contacts for every agency but two (they will be listed as unreachable by e-mail).
  const agencies = readAgencies(emu.inspect.values(AGENCIES_SHEET)).agencies;
  const contact = (code: string): string => `cchc.${code.toLowerCase()}@demo.example`;
  const emails: CellValue[][] = agencies.map((a, i) => [i >= agencies.length - 2 ? '' : contact(a.code)]);
  emu.userPaste(AGENCIES_SHEET, `C2:C${agencies.length + 1}`, emails, secretary);

  // The plan: the first prize to every agency, the others to a few, each with its own due date.
  const others = (owner: string): string[] => agencies.filter((a) => a.name !== owner).map((a) => a.code);
  const winners = initiatives.filter((x) => x.source === 'contest');
  const plan: CellValue[][] = winners.map((w, i) => {
    if (i === 0) return [w.code, 'Tất cả', day(30), 'Áp dụng tại bộ phận một cửa'];
    const pick = others(w.ownerUnit).filter((_, k) => (k + i) % 4 === 0).slice(0, i === 1 ? 3 : 2);
    return [w.code, pick.join('; '), day(i === 1 ? 14 : 21 + i), ''];
  });
  emu.userPaste(PLAN_SHEET, `A2:D${plan.length + 1}`, plan, secretary);
  menu('Cập nhật tiến độ nhân rộng', 'Tiến độ nhân rộng lần 1: tạo biểu mẫu báo cáo, trang theo dõi và ma trận');

  // Over the next ten days some agencies report; one colleague reports for an agency whose contact she is not.
  const form = emu.forms.list().find((f) => emu.inspect.form(f).items.some((item) => item.title === STATUS_FORM_TITLES.status))!;
  const items = emu.inspect.form(form).items;
  const choice = (title: string, code: string): string => items.find((i) => i.title === title)!.choices!.find((c) => c.startsWith(`${code} – `))!;
  const tracking = readTracking(emu.inspect.values(TRACKING_SHEET)).assignments;
  const statuses = ['Đã áp dụng', 'Đang áp dụng', 'Đang áp dụng', 'Không phù hợp'];
  const reporting = tracking.filter((_, i) => i % 3 === 0);
  reporting.forEach((a, i) => {
    emu.clock.advance(DAY_MS / 2);
    const status = statuses[i % statuses.length];
    emu.forms.respond(
      form,
      {
        [STATUS_FORM_TITLES.agency]: choice(STATUS_FORM_TITLES.agency, a.agencyCode),
        [STATUS_FORM_TITLES.initiative]: choice(STATUS_FORM_TITLES.initiative, a.initiativeCode),
        [STATUS_FORM_TITLES.status]: status,
        [STATUS_FORM_TITLES.evidence]: status === 'Đã áp dụng' ? `Kế hoạch số ${40 + i}/KH-UBND; ${120 + 7 * i} hồ sơ giải quyết theo mô hình` : status === 'Không phù hợp' ? 'Đơn vị không có bộ phận một cửa' : '',
        [STATUS_FORM_TITLES.reporter]: 'Chuyên viên phụ trách CCHC',
      },
      { respondent: i === 1 ? 'dongnghiep@demo.example' : contact(a.agencyCode) },
    );
  });
  menu('Cập nhật tiến độ nhân rộng', 'Tiến độ nhân rộng lần 2: ghi nhận báo cáo của các đơn vị');

  // Three and a half weeks later the earliest due dates have passed.
  emu.clock.advance(25 * DAY_MS);
  menu('Cập nhật tiến độ nhân rộng', 'Tiến độ nhân rộng lần 3: sau hạn, danh sách quá hạn');
  const sentBefore = emu.mail.sent.length;
  emu.ui.answerAlert('YES');
  menu('Nhắc đơn vị triển khai nhân rộng', 'Nhắc các đơn vị quá hạn hoặc sắp đến hạn bằng email');
  menu('Tổng hợp năm theo đơn vị', 'Tổng hợp năm theo đơn vị (báo cáo CCHC năm, danh sách cộng điểm Chỉ số CCHC)');
  menu('Tạo báo cáo nhân rộng', 'Báo cáo tình hình nhân rộng (Google Docs và PDF)');

  const final = readTracking(emu.inspect.values(TRACKING_SHEET)).assignments.filter((a) => !a.droppedFromPlan);
  const byStatus: Record<string, number> = {};
  for (const a of final) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  const matrix = emu.inspect.values(MATRIX_SHEET).map((r) => r.map(String));
  const listAt = matrix.findIndex((r) => r[0] === 'DANH SÁCH QUÁ HẠN');
  const overdue = listAt < 0 ? 0 : matrix.slice(listAt + 2).filter((r) => r[0] !== '').length;
  const reportFile = emu.documents.files().find((f) => f.name.startsWith('Báo cáo nhân rộng sáng kiến') && f.mimeType === 'application/vnd.google-apps.document');
  let report: ReplicationStep['report'] = null;
  if (reportFile) {
    const docx = path.join(outDir, 'documents', `${reportFile.name}.docx`);
    writeFileSync(docx, await emu.documents.exportDocx(reportFile.id));
    report = { name: reportFile.name, docx: path.relative(process.cwd(), docx) };
  }
  return {
    alerts,
    initiatives: readInitiatives(emu.inspect.values(INITIATIVES_SHEET)).initiatives.map((x) => ({ code: x.code, title: x.title, ownerUnit: x.ownerUnit, prize: x.prize, decision: x.decision })),
    pairs: final.length,
    byStatus,
    overdue,
    reminders: emu.mail.sent.slice(sentBefore).map((m) => ({ to: m.to, subject: m.subject })),
    yearlySheets: emu.inspect.sheetNames().filter((n) => n.startsWith(YEARLY_SUMMARY_PREFIX)),
    report,
  };
}
