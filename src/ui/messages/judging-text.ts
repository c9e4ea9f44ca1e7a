// What the judging menu items tell the secretariat, and the reminder judges receive. Vietnamese
// first; English complete (the `en` object must have every key `vi` has, checked by its type).

import type { CellValue } from '../../core/cell';
import { isDate } from '../../core/cell-grid';
import { dayOfDateCell } from '../../core/day-cells';
import type { RoundId } from '../../core/scoring/score-sheet';
import type { ScoreProblemReason } from '../../core/scoring/score-value';
import { slashDate } from '../../core/vn/dates';
import { formatNumberVi } from '../../core/vn/money';
import type { Locale } from '../locale';

/** A cell as quoted in a sentence: one line of at most 40 characters; a number as `number` writes it, a day as dd/mm/yyyy. */
function cellShown(value: CellValue, number: (n: number) => string): string {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) < 1e21 ? number(value) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : slashDate(dayOfDateCell(value));
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
}

const numberVi = (n: number): string => formatNumberVi(n, { maximumFractionDigits: 6 });

const SCORE_REASON_VI: Record<ScoreProblemReason, string> = {
  notANumber: 'không phải là số',
  negative: 'là số âm',
  aboveMaximum: 'vượt điểm tối đa',
  offStep: 'không đúng bước điểm',
};

const SCORE_REASON_EN: Record<ScoreProblemReason, string> = {
  notANumber: 'is not a number',
  negative: 'is negative',
  aboveMaximum: 'is above the maximum',
  offStep: 'is not a multiple of the step',
};

const ROUND_VI: Record<RoundId, string> = { preliminary: 'vòng sơ khảo', defence: 'vòng bảo vệ ý tưởng' };
const ROUND_EN: Record<RoundId, string> = { preliminary: 'preliminary round', defence: 'defence round' };

const vi = {
  title: 'Chấm điểm',
  round: (round: RoundId) => ROUND_VI[round],
  allLocked: 'Mọi vòng chấm đã khóa; không còn vòng nào để phân công hay cập nhật phiếu chấm.',
  refusal: {
    noJudges: 'Trang "Thành viên" chưa có giám khảo nào có email. Hãy thêm giám khảo (vai trò "Giám khảo", có tài khoản Google) rồi thử lại.',
    noDefenceRound: 'Cuộc thi này không có vòng bảo vệ ý tưởng.',
    preliminaryNotLocked: 'Hãy khóa vòng sơ khảo trước ("Khóa chấm điểm"): danh sách vào vòng bảo vệ lấy từ điểm sơ khảo đã khóa.',
    noEntries: 'Chưa có bài dự thi nào để chấm. Hãy chọn "Đồng bộ bài dự thi" trước.',
    roundLocked: (round: RoundId) => `Đã khóa ${ROUND_VI[round]}; không thay đổi phân công hay phiếu chấm của vòng này nữa.`,
    noSheets: (round: RoundId) => `Chưa có phân công cho ${ROUND_VI[round]}. Hãy chọn "Phân công giám khảo" trước.`,
  },
  assigned: (round: RoundId, entries: number, judges: number, perEntry: string) =>
    `Đã phân công ${ROUND_VI[round]}: ${entries} bài, ${judges} giám khảo, ${perEntry}.`,
  everyJudge: 'mỗi bài do mọi giám khảo không có xung đột lợi ích chấm',
  kPerEntry: (k: number) => `mỗi bài ${k} giám khảo`,
  loads: (lines: string) => `Số bài của từng giám khảo:\n${lines}`,
  loadLine: (name: string, count: number) => `- ${name}: ${count} bài`,
  unbalanced:
    'Không chia đều được số bài (chênh nhau quá 1) vì các phiếu đã chấm phải giữ nguyên hoặc vì xung đột lợi ích; xem trang "Phân công chấm".',
  shortfalls: (lines: string) => `Bài không đủ giám khảo vì xung đột lợi ích hoặc cùng đơn vị:\n${lines}`,
  shortfallLine: (code: string, eligible: number, wanted: number) => `- ${code}: chỉ ${eligible}/${wanted} giám khảo được chấm`,
  withdrawn: (count: number, scored: number) =>
    `${count} phân công cũ được rút (xung đột lợi ích, cùng đơn vị, bài không còn, hoặc để chia đều)${scored > 0 ? `; ${scored} phiếu đã có điểm vẫn giữ trên phiếu, ghi "Không còn giao chấm" và không được tính` : ''}.`,
  nextSheets: 'Bước tiếp theo: "Tạo / cập nhật phiếu chấm".',
  sheetsDone: (round: RoundId, created: number, updated: number) =>
    `Phiếu chấm ${ROUND_VI[round]}: tạo mới ${created}, cập nhật ${updated}. Danh sách và đường liên kết ở trang "Phiếu chấm".`,
  privateNote:
    'Mỗi giám khảo có một bảng tính riêng, chỉ chia sẻ với giám khảo đó và Tổ thư ký; phiếu không có tên tác giả và đơn vị.',
  sharedWarning:
    'Lưu ý: ở chế độ bảng tính chung, giám khảo được quyền sửa bảng tính này nên MỞ XEM được mọi trang, kể cả danh sách bài dự thi có tên tác giả và phiếu của giám khảo khác; họ chỉ sửa được phiếu của mình. Muốn chấm kín, hãy chọn "Mỗi giám khảo một bảng tính riêng" trong trang Cấu hình trước khi tạo phiếu.',
  sheetProblems: (lines: string) => `Phiếu cần xem lại:\n${lines}`,
  problem: {
    sheetMissing: (judge: string) => `- Phiếu của ${judge} không còn (đã xóa, đổi tên hoặc không còn được chia sẻ). Điểm trên phiếu đó chưa được tính.`,
    layoutChanged: (judge: string) =>
      `- Phiếu của ${judge} đã bị đổi cột hoặc tiêu chí; tiện ích không ghi vào phiếu này để không làm mất điểm. Hãy khôi phục tiêu đề cột (Tệp > Lịch sử phiên bản).`,
    duplicateEntry: (judge: string, code: string) => `- Phiếu của ${judge} có bài ${code} ở nhiều hàng; chưa tính hàng nào của bài này.`,
    rowWithoutCode: (judge: string, row: number) => `- Phiếu của ${judge}, hàng ${row}: có điểm nhưng không có mã bài.`,
    entryMissing: (judge: string, code: string) =>
      `- Phiếu của ${judge} chưa có hàng của bài ${code} được giao (phiếu chưa được cập nhật, hoặc hàng đã bị xóa). Hãy chọn "Tạo / cập nhật phiếu chấm" để thêm lại hàng; điểm đã bị xóa có thể lấy lại ở Tệp > Lịch sử phiên bản.`,
    invalidScore: (judge: string, code: string, criterion: string, value: CellValue, reason: ScoreProblemReason, maxPoints: number, step: number) =>
      `- Phiếu của ${judge}, bài ${code}, tiêu chí ${criterion}: “${cellShown(value, numberVi)}” ${SCORE_REASON_VI[reason]}; điểm này chưa được tính. Hãy sửa thành số từ 0 đến ${numberVi(maxPoints)}, bước ${numberVi(step)} (để trống nếu chưa chấm).`,
  },
  moreProblems: (count: number) => `- … và ${count} điểm khác; số ô điểm không hợp lệ của từng giám khảo ở các trang "Tiến độ chấm".`,
  synced: (lines: string) => `Đã cập nhật điểm, ma trận điểm và tiến độ chấm.\n${lines}`,
  roundLine: (round: RoundId, complete: number, assigned: number, locked: boolean) =>
    `- ${ROUND_VI[round]}: ${complete}/${assigned} phiếu đã chấm xong${locked ? ' (đã khóa)' : ''}`,
  logged: (count: number) => `${count} thay đổi điểm mới được ghi vào "Nhật ký chấm điểm".`,
  extraJudges: (lines: string) => `Đã giao thêm giám khảo cho bài có điểm chênh lệch lớn:\n${lines}`,
  extraJudgeLine: (code: string, judge: string) => `- ${code}: ${judge}`,
  noExtraJudge: (codes: string) => `Bài chênh lệch lớn nhưng không còn giám khảo nào để giao thêm: ${codes}. Trưởng Ban Giám khảo cần quyết định.`,
  changedAfterLock: (count: number) => `CẢNH BÁO: ${count} điểm khác với bản chụp lúc khóa. Xem "Nhật ký chấm điểm" để biết ai đã sửa.`,
  snapshotBroken: 'CẢNH BÁO: trang "Điểm khi khóa" không còn khớp mã kiểm tra: trang này đã bị sửa sau khi khóa.',
  confirmLock: (round: RoundId) =>
    `Khóa ${ROUND_VI[round]}? Mọi phiếu chấm của vòng này sẽ chỉ còn xem được, điểm được chụp lại kèm mã kiểm tra. Không mở khóa bằng menu được.`,
  locked: (round: RoundId, sheets: number, scores: number, checksum: string) =>
    `Đã khóa ${ROUND_VI[round]}: ${sheets} phiếu chấm, ${scores} ô điểm được chụp lại vào trang "Điểm khi khóa" (mã kiểm tra ${checksum}).`,
  lockCancelled: 'Chưa khóa.',
  reminded: (count: number, lines: string) => (count === 0 ? 'Mọi giám khảo đã chấm xong; không cần nhắc.' : `Đã gửi email nhắc ${count} giám khảo:\n${lines}`),
  remindedLine: (judge: string, unfinished: number) => `- ${judge}: còn ${unfinished} bài`,
  remindersDeferred: (count: number) => `${count} giám khảo chưa được nhắc vì đã hết hạn mức email hôm nay; hãy thử lại ngày mai.`,
  reminder: {
    subject: (contest: string) => `Nhắc chấm bài: ${contest}`,
    body: (f: { judgeName: string; contest: string; round: RoundId; unfinished: number; deadline: string; url: string }) =>
      [
        `Kính gửi ${f.judgeName},`,
        '',
        `Phiếu chấm ${ROUND_VI[f.round]} của ${f.contest} còn ${f.unfinished} bài chưa chấm xong${f.deadline ? `; hạn hoàn thành chấm bài là ngày ${f.deadline}` : ''}.`,
        `Phiếu chấm của Quý vị: ${f.url}`,
        '',
        'Ô điểm để trống là chưa chấm. Nếu Quý vị có liên quan đến một bài, hãy đánh dấu cột "Xung đột lợi ích" để Tổ thư ký giao bài đó cho giám khảo khác.',
        '',
        'Trân trọng,',
        'Tổ thư ký cuộc thi',
      ].join('\n'),
  },
};

export type JudgingText = typeof vi;

const en: JudgingText = {
  title: 'Judging',
  round: (round) => ROUND_EN[round],
  allLocked: 'Every judging round is locked; there is no round left to assign or to update sheets for.',
  refusal: {
    noJudges: 'The "Thành viên" (Members) sheet has no judge with an e-mail address. Add the judges (role "Giám khảo", with a Google account) and try again.',
    noDefenceRound: 'This contest has no defence round.',
    preliminaryNotLocked: 'Lock the preliminary round first ("Lock scoring"): the defence shortlist comes from the locked preliminary scores.',
    noEntries: 'There are no entries to judge yet. Choose "Sync entries" first.',
    roundLocked: (round) => `The ${ROUND_EN[round]} is locked; its assignment and sheets no longer change.`,
    noSheets: (round) => `The ${ROUND_EN[round]} has no assignment yet. Choose "Assign judges" first.`,
  },
  assigned: (round, entries, judges, perEntry) => `Assigned the ${ROUND_EN[round]}: ${entries} entries, ${judges} judges, ${perEntry}.`,
  everyJudge: 'every judge without a conflict of interest scores every entry',
  kPerEntry: (k) => `${k} judges per entry`,
  loads: (lines) => `Entries per judge:\n${lines}`,
  loadLine: (name, count) => `- ${name}: ${count}`,
  unbalanced: 'The loads could not be evened out (they differ by more than one) because scored sheets must stay or because of conflicts of interest; see the "Phân công chấm" sheet.',
  shortfalls: (lines) => `Entries short of judges because of conflicts of interest or shared units:\n${lines}`,
  shortfallLine: (code, eligible, wanted) => `- ${code}: only ${eligible} of ${wanted} judges may score it`,
  withdrawn: (count, scored) =>
    `${count} earlier assignments were withdrawn (conflict of interest, same unit, entry gone, or to even the loads)${scored > 0 ? `; ${scored} already scored stay on their sheets, marked "Không còn giao chấm", and do not count` : ''}.`,
  nextSheets: 'Next: "Create or update scoring sheets".',
  sheetsDone: (round, created, updated) => `Scoring sheets of the ${ROUND_EN[round]}: ${created} created, ${updated} updated. The list and links are in the "Phiếu chấm" sheet.`,
  privateNote: "Each judge has a spreadsheet of their own, shared with that judge and the secretariat only; sheets show no author and no unit.",
  sharedWarning:
    'Note: in the shared-workbook mode judges can edit this spreadsheet, so they can OPEN every tab, including the entries list with the authors and the other judges\' sheets; they can change only their own sheet. For confidential judging choose "Mỗi giám khảo một bảng tính riêng" (a spreadsheet per judge) in the configuration before creating sheets.',
  sheetProblems: (lines) => `Sheets to look at:\n${lines}`,
  problem: {
    sheetMissing: (judge) => `- ${judge}'s sheet is gone (deleted, renamed or no longer shared). Its scores are not counted.`,
    layoutChanged: (judge) => `- ${judge}'s sheet has changed columns or criteria; the add-on does not write into it so that no score is lost. Restore the column headers (File > Version history).`,
    duplicateEntry: (judge, code) => `- ${judge}'s sheet has entry ${code} on several rows; none of them counts.`,
    rowWithoutCode: (judge, row) => `- ${judge}'s sheet, row ${row}: scores without an entry code.`,
    entryMissing: (judge, code) =>
      `- ${judge}'s sheet has no row for entry ${code}, assigned to them (the sheet is not updated yet, or the row was deleted). Choose "Create or update scoring sheets" to add it back; deleted scores can be recovered from File > Version history.`,
    invalidScore: (judge, code, criterion, value, reason, maxPoints, step) =>
      `- ${judge}'s sheet, entry ${code}, criterion ${criterion}: “${cellShown(value, String)}” ${SCORE_REASON_EN[reason]}; this score does not count yet. Correct it to a number from 0 to ${maxPoints} in steps of ${step} (blank if not scored yet).`,
  },
  moreProblems: (count) => `- … and ${count} more; the number of invalid score cells per judge is on the "Tiến độ chấm" sheets.`,
  synced: (lines) => `Scores, the score matrix and judging progress are up to date.\n${lines}`,
  roundLine: (round, complete, assigned, locked) => `- ${ROUND_EN[round]}: ${complete} of ${assigned} sheets complete${locked ? ' (locked)' : ''}`,
  logged: (count) => `${count} new score changes were written to "Nhật ký chấm điểm" (the audit log).`,
  extraJudges: (lines) => `An extra judge was assigned to entries whose judges disagree widely:\n${lines}`,
  extraJudgeLine: (code, judge) => `- ${code}: ${judge}`,
  noExtraJudge: (codes) => `Entries with wide disagreement but no judge left to add: ${codes}. The chair of the panel must decide.`,
  changedAfterLock: (count) => `WARNING: ${count} scores differ from the snapshot taken at the lock. See the audit log for who changed them.`,
  snapshotBroken: 'WARNING: the "Điểm khi khóa" sheet no longer matches its checksum: it was edited after the lock.',
  confirmLock: (round) => `Lock the ${ROUND_EN[round]}? Every scoring sheet of the round becomes read-only and the scores are snapshotted with a checksum. The menu cannot unlock it.`,
  locked: (round, sheets, scores, checksum) => `Locked the ${ROUND_EN[round]}: ${sheets} scoring sheets, ${scores} scores copied to "Điểm khi khóa" (checksum ${checksum}).`,
  lockCancelled: 'Not locked.',
  reminded: (count, lines) => (count === 0 ? 'Every judge has finished; nobody needs a reminder.' : `Reminded ${count} judges by e-mail:\n${lines}`),
  remindedLine: (judge, unfinished) => `- ${judge}: ${unfinished} entries left`,
  remindersDeferred: (count) => `${count} judges were not reminded because today's e-mail quota is used up; try again tomorrow.`,
  reminder: vi.reminder,
};

export const judgingText: Record<Locale, JudgingText> = { vi, en };
