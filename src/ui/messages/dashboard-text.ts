// What the dashboard sidebar says. Vietnamese first; English complete (the `en` object must have
// every key `vi` has, checked by its type). Menu labels, round names and the documents' waiting
// sentence come from the catalogs that already say them, so the sidebar and the menu agree.

import type { RoundId } from '../../core/scoring/score-sheet';
import type { Locale } from '../locale';
import type { DocumentStatusId, StepId } from '../sidebar-contract';
import { documentsText } from './documents-text';
import { judgingText } from './judging-text';
import { moneyEn, moneyVi, numberEn, numberVi } from './message-params';
import { uiText } from './ui-text';

const numVi = (n: number): string => numberVi({ n }, 'n');
const numEn = (n: number): string => numberEn({ n }, 'n');

/** "vòng sơ khảo" as a heading: "Vòng sơ khảo". */
function headingCase(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

const menuVi = uiText.vi.menu;
const menuEn = uiText.en.menu;

const vi = {
  number: numVi,
  /** Whole đồng: "10.000.000 đồng". */
  money: (amount: number) => moneyVi({ amount }, 'amount'),
  loading: 'Đang tải…',
  header: {
    notSetUp: 'Bảng tính chưa có cuộc thi',
    notSetUpHint: 'Chọn một mẫu kế hoạch rồi sửa thông tin cuộc thi trong cửa sổ thiết lập.',
    untitled: 'Chưa đọc được tên cuộc thi',
    setUp: menuVi.setUp,
    refresh: 'Làm mới',
    configOk: 'Cấu hình hợp lệ',
    configLabel: 'Cấu hình:',
    errors: (n: number) => `${numVi(n)} lỗi`,
    warnings: (n: number) => `${numVi(n)} cảnh báo`,
    problemsHint: `Sửa trong "${menuVi.setUp}", hoặc chọn "${menuVi.check}" trong menu tiện ích để xem từng lỗi.`,
    wizardOpened: `Đã mở cửa sổ thiết lập. Lưu xong, bấm "Làm mới" để cập nhật bảng này.`,
  },
  intake: {
    heading: 'Nhận bài',
    none: `Chưa có sổ bài dự thi. Hãy chọn "${menuVi.createForm}" rồi "${menuVi.syncEntries}".`,
    total: (n: number) => `Tổng số: ${numVi(n)} bài`,
    recent: 'Bài mới nhận',
    byStatus: 'Theo trạng thái',
    status: 'Trạng thái',
    byCategory: 'Theo lĩnh vực',
    category: 'Lĩnh vực',
    byUnit: 'Theo đơn vị',
    byUnitCount: (units: number) => `Theo đơn vị (${numVi(units)} đơn vị)`,
    unit: 'Đơn vị',
    count: 'Số bài',
    short: 'chưa đủ',
    unitsShort: (n: number) => `${numVi(n)} đơn vị chưa có bài (hoặc chưa đủ số bài theo kế hoạch):`,
    allUnitsHaveEntries: uiText.vi.intake.allUnitsHaveEntries,
  },
  judging: {
    heading: 'Chấm điểm',
    none: `Chưa phân công giám khảo. Hãy chọn "${menuVi.assignJudges}".`,
    round: (round: RoundId) => headingCase(judgingText.vi.round(round), 'vi'),
    locked: 'Đã khóa',
    open: 'Đang chấm',
    sheetsComplete: (complete: number, assigned: number) => `${numVi(complete)}/${numVi(assigned)} phiếu đã chấm xong`,
    judge: 'Giám khảo',
    done: 'Xong',
    judgeDetail: (complete: number, partial: number, notStarted: number) =>
      `${numVi(complete)} phiếu xong, ${numVi(partial)} đang chấm, ${numVi(notStarted)} chưa chấm`,
    discrepancies: (n: number) => `Bài có điểm chênh lệch (${numVi(n)})`,
    noDiscrepancies: 'Không có bài nào chênh lệch điểm.',
    spread: (points: number) => `chênh ${numVi(points)} điểm`,
    level: { review: 'Trưởng Ban xem xét', escalate: 'Chấm lại hoặc thêm giám khảo' } satisfies Record<'review' | 'escalate', string>,
  },
  results: {
    heading: 'Kết quả',
    none: `Chưa tính kết quả. Chọn "${menuVi.computeResults}" khi đã có điểm.`,
    provisional: 'Tạm tính',
    final: 'Chính thức',
    provisionalHint: 'Còn vòng chấm chưa khóa: thứ hạng và giải còn có thể thay đổi.',
    ranked: (ranked: number, entries: number) => `Đã xếp hạng ${numVi(ranked)}/${numVi(entries)} bài`,
    prize: 'Giải',
    count: 'Số giải',
    money: 'Tiền thưởng',
    noPrizes: 'Chưa có giải nào được trao.',
    total: 'Tổng tiền thưởng',
  },
  documents: {
    heading: 'Văn bản',
    none: 'Chưa có văn bản nào.',
    status: {
      pending: 'Chờ tạo',
      made: 'Đã tạo',
      signed: 'Đã ký',
      failed: 'Lỗi',
      template: 'Mẫu',
    } satisfies Record<DocumentStatusId, string>,
    statusCount: (status: string, n: number) => `${status}: ${numVi(n)}`,
    version: (n: number) => `phiên bản ${numVi(n)}`,
    doc: 'Doc',
    pdf: 'PDF',
    list: (n: number) => `Danh sách (${numVi(n)} văn bản)`,
    folder: 'Mở thư mục văn bản',
    waiting: documentsText.vi.waiting,
    underWay: (step: StepId, done: number, total: number) => `Đang chạy "${menuVi[step]}": ${numVi(done)}/${numVi(total)}`,
  },
  steps: {
    heading: 'Các bước',
    groups: { intake: 'Nhận bài', judging: 'Chấm điểm', results: 'Kết quả và văn bản', replication: 'Nhân rộng sáng kiến' },
    label: (step: StepId) => menuVi[step],
    notSetUp: `Hãy "${menuVi.setUp}" trước khi chạy các bước.`,
    elapsed: (seconds: number) => `${numVi(seconds)} giây`,
    progress: (done: number, total: number) => `Đã xong ${numVi(done)}/${numVi(total)}`,
    done: (step: StepId) => `Đã chạy xong "${menuVi[step]}".`,
    failed: 'Chưa hoàn tất',
    question: 'Cần xác nhận',
    confirm: 'Đồng ý',
    cancel: 'Hủy',
    cancelled: (step: StepId) => `Đã hủy "${menuVi[step]}"; chưa thay đổi gì.`,
  },
  errors: {
    title: 'Không thực hiện được',
    titleFor: (action: string) => `Không thực hiện được "${action}"`,
    callFailed: (detail: string) =>
      `Máy chủ không trả lời hoặc báo lỗi: «${detail}».\nHãy kiểm tra kết nối mạng, đợi ít phút, bấm "Làm mới" rồi thử lại. Nếu vẫn lỗi, hãy gửi nội dung thông báo này cho người quản trị tiện ích.`,
    loadFailed: (detail: string) =>
      `Không tải được bảng điều khiển: «${detail}».\nHãy kiểm tra kết nối mạng rồi bấm "Thử lại". Nếu vẫn lỗi, hãy đóng thanh bên và mở lại từ menu tiện ích.`,
    retry: 'Thử lại',
  },
};

export type DashboardText = typeof vi;

const en: DashboardText = {
  number: numEn,
  money: (amount) => moneyEn({ amount }, 'amount'),
  loading: 'Loading…',
  header: {
    notSetUp: 'No contest in this spreadsheet yet',
    notSetUpHint: 'Choose a preset plan, then edit the contest in the set-up window.',
    untitled: 'The contest title cannot be read',
    setUp: menuEn.setUp,
    refresh: 'Refresh',
    configOk: 'Configuration valid',
    configLabel: 'Configuration:',
    errors: (n) => `${numEn(n)} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n) => `${numEn(n)} ${n === 1 ? 'warning' : 'warnings'}`,
    problemsHint: `Fix them in "${menuEn.setUp}", or choose "${menuEn.check}" in the add-on menu to see each one.`,
    wizardOpened: 'The set-up window is open. Once you have saved, press "Refresh" to update this panel.',
  },
  intake: {
    heading: 'Entries',
    none: `There is no register of entries yet. Choose "${menuEn.createForm}", then "${menuEn.syncEntries}".`,
    total: (n) => `Total: ${numEn(n)} ${n === 1 ? 'entry' : 'entries'}`,
    recent: 'Latest entries',
    byStatus: 'By status',
    status: 'Status',
    byCategory: 'By category',
    category: 'Category',
    byUnit: 'By unit',
    byUnitCount: (units) => `By unit (${numEn(units)} units)`,
    unit: 'Unit',
    count: 'Entries',
    short: 'short',
    unitsShort: (n) => `${numEn(n)} ${n === 1 ? 'unit has' : 'units have'} no entry (or fewer than the plan asks):`,
    allUnitsHaveEntries: uiText.en.intake.allUnitsHaveEntries,
  },
  judging: {
    heading: 'Judging',
    none: `No judges assigned yet. Choose "${menuEn.assignJudges}".`,
    round: (round) => headingCase(judgingText.en.round(round), 'en'),
    locked: 'Locked',
    open: 'Open',
    sheetsComplete: (complete, assigned) => `${numEn(complete)}/${numEn(assigned)} sheets complete`,
    judge: 'Judge',
    done: 'Done',
    judgeDetail: (complete, partial, notStarted) => `${numEn(complete)} complete, ${numEn(partial)} in progress, ${numEn(notStarted)} not started`,
    discrepancies: (n) => `Entries with diverging scores (${numEn(n)})`,
    noDiscrepancies: 'No entry has diverging scores.',
    spread: (points) => `spread ${numEn(points)} points`,
    level: { review: 'Chair of the panel decides', escalate: 'Re-score or add a judge' },
  },
  results: {
    heading: 'Results',
    none: `No results yet. Choose "${menuEn.computeResults}" once scores are in.`,
    provisional: 'Provisional',
    final: 'Final',
    provisionalHint: 'A judging round is not locked yet: ranks and prizes can still change.',
    ranked: (ranked, entries) => `Ranked ${numEn(ranked)} of ${numEn(entries)} entries`,
    prize: 'Prize',
    count: 'Awards',
    money: 'Prize money',
    noPrizes: 'No prize has been awarded.',
    total: 'Total prize money',
  },
  documents: {
    heading: 'Documents',
    none: 'No documents yet.',
    status: {
      pending: 'Waiting',
      made: 'Made',
      signed: 'Signed',
      failed: 'Failed',
      template: 'Template',
    },
    statusCount: (status, n) => `${status}: ${numEn(n)}`,
    version: (n) => `version ${numEn(n)}`,
    doc: 'Doc',
    pdf: 'PDF',
    list: (n) => `List (${numEn(n)} documents)`,
    folder: 'Open the documents folder',
    waiting: documentsText.en.waiting,
    underWay: (step, done, total) => `"${menuEn[step]}" under way: ${numEn(done)}/${numEn(total)}`,
  },
  steps: {
    heading: 'Steps',
    groups: { intake: 'Entries', judging: 'Judging', results: 'Results and documents', replication: 'Replicating initiatives' },
    label: (step) => menuEn[step],
    notSetUp: `"${menuEn.setUp}" first, then run the steps.`,
    elapsed: (seconds) => `${numEn(seconds)} s`,
    progress: (done, total) => `${numEn(done)}/${numEn(total)} done`,
    done: (step) => `"${menuEn[step]}" finished.`,
    failed: 'Not finished',
    question: 'Please confirm',
    confirm: 'OK',
    cancel: 'Cancel',
    cancelled: (step) => `"${menuEn[step]}" cancelled; nothing was changed.`,
  },
  errors: {
    title: 'Something went wrong',
    titleFor: (action) => `"${action}" could not be done`,
    callFailed: (detail) =>
      `The server did not answer or reported an error: "${detail}".\nCheck the network connection, wait a few minutes, press "Refresh" and try again. If it keeps failing, send this message to the add-on's administrator.`,
    loadFailed: (detail) =>
      `The dashboard could not be loaded: "${detail}".\nCheck the network connection and press "Try again". If it keeps failing, close the sidebar and open it again from the add-on menu.`,
    retry: 'Try again',
  },
};

export const dashboardText: Record<Locale, DashboardText> = { vi, en };
