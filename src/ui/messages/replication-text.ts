// What the replication menu items tell the secretariat, and the reminder agencies receive.
// Vietnamese first; English complete (the `en` object must have every key `vi` has, checked by
// its type). Sheet names stay Vietnamese in both: they are the workbook's own names.

import type { AgencyReminderFacts } from '../../app/replication';
import type { HeldReason } from '../../core/replication/status-reports';
import type { ReplicationStatus } from '../../core/replication/replication-model';
import { calendarDateOf, slashDate } from '../../core/vn/dates';
import type { Locale } from '../locale';

function day(iso: string): string {
  const date = calendarDateOf(iso);
  return date ? slashDate(date) : iso;
}

const vi = {
  titles: {
    initiatives: 'Danh mục sáng kiến được công nhận',
    tracking: 'Tiến độ nhân rộng',
    reminders: 'Nhắc đơn vị triển khai nhân rộng',
    yearly: 'Tổng hợp năm theo đơn vị',
    report: 'Báo cáo nhân rộng',
  },
  layoutChanged:
    'Chưa ghi gì: một cột của sheet dưới đây đã bị đổi tiêu đề hoặc bị xóa, nên ghi lại sheet sẽ làm mất dữ liệu của cột đó. Hãy khôi phục tiêu đề cột (Tệp > Nhật ký phiên bản nếu cần) rồi chạy lại.',
  initiatives: {
    provisional:
      'Kết quả cuộc thi còn tạm thời (còn vòng chấm chưa khóa), nên chưa đưa bài đạt giải vào danh mục. Hãy khóa chấm điểm và tính kết quả, rồi chạy lại bước này.',
    noWinners: 'Cuộc thi chưa có bài đạt giải; danh mục chỉ gồm các sáng kiến nhập tay.',
    added: (codes: string) => `Đã đưa vào danh mục các bài đạt giải: ${codes}.`,
    noneAdded: 'Các bài đạt giải đã có trong danh mục; không thêm dòng nào.',
    completed: (codes: string) => `Đã bổ sung thông tin còn trống cho: ${codes}.`,
    assignedCodes: (codes: string) => `Đã cấp mã cho sáng kiến nhập tay chưa có mã: ${codes}.`,
    total: (count: number) => `Danh mục hiện có ${count} sáng kiến (sheet "Sáng kiến được công nhận").`,
    created: (names: string) =>
      `Đã tạo sheet ${names}. Bước tiếp theo: nhập email đầu mối của các đơn vị, ghi kế hoạch nhân rộng (mã sáng kiến, đơn vị được giao, hạn hoàn thành), rồi chọn "Cập nhật tiến độ nhân rộng".`,
  },
  tracking: {
    missing: (names: string) =>
      `Chưa theo dõi được: sheet ${names} chưa có hoặc chưa có dòng nào. Hãy chọn "Cập nhật danh mục sáng kiến được công nhận" (tạo các sheet này), ghi danh mục đơn vị và kế hoạch nhân rộng, rồi chạy lại.`,
    summary: (pairs: number, added: number) => `Đang theo dõi ${pairs} lượt giao (sáng kiến × đơn vị)${added > 0 ? `, trong đó ${added} lượt mới giao` : ''}.`,
    totals: (t: Record<ReplicationStatus, number>) =>
      `Đã áp dụng: ${t.applied}; đang áp dụng: ${t.applying}; chưa triển khai: ${t.notStarted}; không phù hợp: ${t.notSuitable}.`,
    kept: (count: number) => `${count} lượt giao không còn trong kế hoạch nhưng đã có báo cáo nên vẫn được giữ (cột "Trong kế hoạch": Không).`,
    dropped: (count: number) => `${count} lượt giao chưa có tiến triển đã bỏ khỏi kế hoạch nên được xóa khỏi sheet theo dõi.`,
    applied: (count: number) => `Đã cập nhật ${count} báo cáo mới của các đơn vị.`,
    held: (lines: string) => `Các báo cáo sau chưa được ghi nhận (vẫn lưu trong biểu mẫu, không mất):\n${lines}`,
    heldLine: (reason: HeldReason, agency: string, initiative: string, email: string) => `- ${agency || '(trống)'} / ${initiative || '(trống)'} (${email || 'không rõ email'}): ${HELD_VI[reason]}`,
    overdue: (count: number) => (count === 0 ? 'Không có đơn vị nào quá hạn.' : `${count} lượt giao đã quá hạn: xem danh sách cuối sheet "Ma trận nhân rộng".`),
    formCreated: (url: string) => `Đã tạo biểu mẫu "Báo cáo tiến độ nhân rộng". Gửi đường dẫn này cho đầu mối các đơn vị: ${url}`,
    formReplaced: (url: string) =>
      `Không mở được biểu mẫu báo cáo tạo trước đây (đã bị xóa hoặc chưa được chia sẻ cho bạn), nên đã tạo biểu mẫu mới: ${url}\nCác báo cáo gửi vào biểu mẫu cũ vẫn nằm trong sheet câu trả lời của biểu mẫu đó; hãy nhập lại vào sheet "Tiến độ nhân rộng" nếu cần.`,
    formUrl: (url: string) => `Biểu mẫu báo cáo: ${url}`,
  },
  reminders: {
    confirm: (agencies: number, noContact: number, days: number) =>
      `Gửi email nhắc đến ${agencies} đơn vị có sáng kiến quá hạn hoặc sắp đến hạn (trong ${days} ngày tới)?${noContact > 0 ? `\n${noContact} đơn vị khác chưa có email đầu mối nên sẽ không được nhắc.` : ''}`,
    nothing: 'Không có đơn vị nào quá hạn hoặc sắp đến hạn; không cần nhắc.',
    noTracking: 'Chưa có sheet "Tiến độ nhân rộng". Hãy chọn "Cập nhật tiến độ nhân rộng" trước.',
    cancelled: 'Chưa gửi email nào.',
    reminded: (lines: string) => `Đã gửi email nhắc:\n${lines}`,
    remindedLine: (agency: string, overdue: number, dueSoon: number) => `- ${agency}: ${overdue} quá hạn, ${dueSoon} sắp đến hạn`,
    noContact: (names: string) => `Chưa có email đầu mối (sheet "Đơn vị nhân rộng") nên chưa nhắc được: ${names}.`,
    deferred: (names: string) => `Đã hết hạn mức email trong ngày, chưa nhắc: ${names}. Hãy chạy lại vào ngày mai.`,
  },
  yearly: {
    none: 'Chưa có bài dự thi hay sáng kiến nào để tổng hợp.',
    written: (lines: string) => `Đã lập bảng tổng hợp theo đơn vị:\n${lines}`,
    line: (sheet: string, units: number, bonus: number, basis: 'defenceRound' | 'recognised') =>
      `- "${sheet}": ${units} đơn vị; ${bonus} đơn vị được cộng điểm tiêu chí sáng kiến (${basis === 'defenceRound' ? 'có bài vào vòng bảo vệ ý tưởng' : 'có sáng kiến được công nhận trong năm'}).`,
  },
  report: {
    noTracking: 'Chưa có sheet "Tiến độ nhân rộng". Hãy chọn "Cập nhật tiến độ nhân rộng" trước.',
    created: (name: string, url: string, pdfUrl: string) => `Đã tạo "${name}" (Google Docs, sửa được trước khi trình ký):\n${url}\nBản PDF: ${pdfUrl}`,
  },
  reminder: {
    subject: (contest: string) => `Nhắc triển khai nhân rộng sáng kiến – ${contest}`,
    body: (f: AgencyReminderFacts) => {
      const lines: string[] = [`Kính gửi: ${f.agencyName},`, '', `Theo kế hoạch nhân rộng sáng kiến, mô hình cải cách hành chính (${f.contest}), đơn vị có các sáng kiến cần triển khai áp dụng:`];
      if (f.overdue.length > 0) {
        lines.push('', 'Đã quá hạn:');
        for (const o of f.overdue) lines.push(`- ${o.initiative}: hạn ${day(o.due)}, quá ${o.daysLate} ngày`);
      }
      if (f.dueSoon.length > 0) {
        lines.push('', 'Sắp đến hạn:');
        for (const d of f.dueSoon) lines.push(`- ${d.initiative}: hạn ${day(d.due)}`);
      }
      lines.push('', f.formUrl ? `Đề nghị đơn vị báo cáo tình hình triển khai (kèm kết quả, minh chứng) qua biểu mẫu: ${f.formUrl}` : 'Đề nghị đơn vị báo cáo tình hình triển khai (kèm kết quả, minh chứng) về Tổ giúp việc.');
      lines.push('', 'Đây là thư tự động, vui lòng không trả lời thư này.');
      return lines.join('\n');
    },
  },
};

const HELD_VI: Record<HeldReason, string> = {
  noStatus: 'chưa chọn tình hình triển khai',
  unknownAgency: 'đơn vị không có trong sheet "Đơn vị nhân rộng"',
  unknownInitiative: 'sáng kiến không có trong danh mục',
  notAssigned: 'đơn vị không được giao sáng kiến này trong kế hoạch',
  notContact: 'người gửi không phải email đầu mối của đơn vị (thêm email vào sheet "Đơn vị nhân rộng" nếu đúng)',
};

const HELD_EN: Record<HeldReason, string> = {
  noStatus: 'no progress chosen',
  unknownAgency: 'the agency is not in the "Đơn vị nhân rộng" sheet',
  unknownInitiative: 'the initiative is not in the register',
  notAssigned: 'the plan does not assign this initiative to this agency',
  notContact: 'the sender is not a contact address of the agency (add it to the "Đơn vị nhân rộng" sheet if it should be)',
};

export type ReplicationText = typeof vi;

const en: ReplicationText = {
  titles: {
    initiatives: 'Register of recognised initiatives',
    tracking: 'Replication progress',
    reminders: 'Remind agencies to replicate',
    yearly: 'Yearly summary by unit',
    report: 'Replication report',
  },
  layoutChanged:
    'Nothing was written: a column of the sheet below was renamed or deleted, and rewriting the sheet would lose that column’s cells. Restore the column header (File > Version history if needed) and run this again.',
  initiatives: {
    provisional: 'The results are still provisional (a round is not locked), so the winners were not added. Lock scoring, compute the results, then run this step again.',
    noWinners: 'The contest has no winners yet; the register holds only initiatives entered by hand.',
    added: (codes) => `Added the winners to the register: ${codes}.`,
    noneAdded: 'The winners are already in the register; no row was added.',
    completed: (codes) => `Filled the blank details of: ${codes}.`,
    assignedCodes: (codes) => `Gave codes to initiatives entered without one: ${codes}.`,
    total: (count) => `The register holds ${count} initiatives (sheet "Sáng kiến được công nhận").`,
    created: (names) =>
      `Created ${names}. Next: enter the agencies' contact e-mails, write the replication plan (initiative code, agencies, due date), then choose "Update replication progress".`,
  },
  tracking: {
    missing: (names) =>
      `Nothing tracked yet: sheet ${names} is missing or has no row. Choose "Update the register of recognised initiatives" (it makes these sheets), fill in the agencies and the replication plan, then run this again.`,
    summary: (pairs, added) => `Tracking ${pairs} assignments (initiative × agency)${added > 0 ? `, ${added} of them new` : ''}.`,
    totals: (t) => `Applied: ${t.applied}; applying: ${t.applying}; not started: ${t.notStarted}; not suitable: ${t.notSuitable}.`,
    kept: (count) => `${count} assignments are no longer planned but have reports, so they are kept ("Trong kế hoạch": Không).`,
    dropped: (count) => `${count} assignments without progress were removed from the plan and from the tracking sheet.`,
    applied: (count) => `Recorded ${count} new reports from agencies.`,
    held: (lines) => `These reports were not recorded (they stay in the form, nothing is lost):\n${lines}`,
    heldLine: (reason, agency, initiative, email) => `- ${agency || '(blank)'} / ${initiative || '(blank)'} (${email || 'no e-mail'}): ${HELD_EN[reason]}`,
    overdue: (count) => (count === 0 ? 'No agency is overdue.' : `${count} assignments are overdue: see the list at the end of the "Ma trận nhân rộng" sheet.`),
    formCreated: (url) => `Created the "Báo cáo tiến độ nhân rộng" form. Send this link to the agencies' contacts: ${url}`,
    formReplaced: (url) =>
      `The status form made earlier cannot be opened (deleted, or not shared with you), so a new one was made: ${url}\nReports sent to the old form stay in that form's responses sheet; copy them into "Tiến độ nhân rộng" if needed.`,
    formUrl: (url) => `Status form: ${url}`,
  },
  reminders: {
    confirm: (agencies, noContact, days) =>
      `E-mail ${agencies} agencies with overdue or soon-due initiatives (within the next ${days} days)?${noContact > 0 ? `\n${noContact} other agencies have no contact e-mail and will not be reminded.` : ''}`,
    nothing: 'No agency is overdue or due soon; nobody needs a reminder.',
    noTracking: 'The "Tiến độ nhân rộng" sheet does not exist yet. Choose "Update replication progress" first.',
    cancelled: 'No e-mail was sent.',
    reminded: (lines) => `Reminders sent:\n${lines}`,
    remindedLine: (agency, overdue, dueSoon) => `- ${agency}: ${overdue} overdue, ${dueSoon} due soon`,
    noContact: (names) => `No contact e-mail (sheet "Đơn vị nhân rộng"), not reminded: ${names}.`,
    deferred: (names) => `Today's e-mail quota is used up; not reminded: ${names}. Run it again tomorrow.`,
  },
  yearly: {
    none: 'There are no entries or initiatives to summarise yet.',
    written: (lines) => `Wrote the summary by unit:\n${lines}`,
    line: (sheet, units, bonus, basis) =>
      `- "${sheet}": ${units} units; ${bonus} units earn the initiative bonus (${basis === 'defenceRound' ? 'an entry in the defence round' : 'an initiative recognised in the year'}).`,
  },
  report: {
    noTracking: 'The "Tiến độ nhân rộng" sheet does not exist yet. Choose "Update replication progress" first.',
    created: (name, url, pdfUrl) => `Created "${name}" (a Google Doc you can edit before signing):\n${url}\nPDF: ${pdfUrl}`,
  },
  reminder: vi.reminder,
};

export const replicationText: Record<Locale, ReplicationText> = { vi, en };
