// Everything the menu, prompts, alerts and toasts say. Vietnamese first; English complete
// (the `en` object must have every key `vi` has, checked by its type).

import type { Locale } from '../locale';

const vi = {
  addOnName: 'Cuộc thi CCHC',
  menu: {
    openDashboard: 'Mở bảng điều khiển',
    setUp: 'Thiết lập cuộc thi…',
    check: 'Kiểm tra cấu hình',
    createForm: 'Tạo biểu mẫu dự thi',
    syncEntries: 'Đồng bộ bài dự thi',
    unitsReport: 'Báo cáo đơn vị chưa có bài',
    assignJudges: 'Phân công giám khảo',
    scoringSheets: 'Tạo / cập nhật phiếu chấm',
    syncScores: 'Cập nhật điểm và tiến độ chấm',
    lockScoring: 'Khóa chấm điểm',
    remindJudges: 'Nhắc giám khảo chấm bài',
    computeResults: 'Tính kết quả',
    createDocuments: 'Tạo văn bản',
    updateInitiatives: 'Cập nhật danh mục sáng kiến được công nhận',
    updateReplication: 'Cập nhật tiến độ nhân rộng',
    remindAgencies: 'Nhắc đơn vị triển khai nhân rộng',
    yearlySummary: 'Tổng hợp năm theo đơn vị',
    replicationReport: 'Tạo báo cáo nhân rộng',
  },
  intake: {
    title: 'Nhận bài dự thi',
    needsConfiguration: 'Chưa đọc được cấu hình cuộc thi. Hãy chọn "Kiểm tra cấu hình", sửa các lỗi rồi thử lại.',
    formCreated: (url: string) => `Đã tạo biểu mẫu dự thi và gắn với bảng tính này.\nĐường dẫn gửi cho thí sinh: ${url}\n\nMuốn nhận tệp đính kèm, hãy tự thêm câu hỏi "Tải tệp lên" trong Google Biểu mẫu (FormApp không tạo được loại câu hỏi này); biểu mẫu đã có ô đường liên kết.`,
    formExists: 'Biểu mẫu dự thi đã có; không tạo thêm biểu mẫu mới.',
    confirmReplaceForm:
      'Tài khoản này không mở được biểu mẫu dự thi đã tạo trước đây: có thể biểu mẫu do người khác trong Tổ giúp việc tạo mà chưa chia sẻ cho bạn, hoặc biểu mẫu đã bị xóa.\nNếu biểu mẫu vẫn còn, đừng tạo mới: các bài đã và sẽ gửi vào biểu mẫu đó sẽ không được đồng bộ nữa. Hãy nhờ người đã tạo chia sẻ quyền chỉnh sửa biểu mẫu cho bạn.\n\nChỉ tạo biểu mẫu mới khi biểu mẫu cũ đã bị xóa. Tạo biểu mẫu mới?',
    formKept: 'Chưa tạo biểu mẫu mới; biểu mẫu đã ghi nhận được giữ nguyên.',
    formUnreachable:
      'Chưa đồng bộ được bài nào: tài khoản này không mở được biểu mẫu dự thi (có thể biểu mẫu do người khác trong Tổ giúp việc tạo mà chưa chia sẻ cho bạn, hoặc đã bị xóa).\nHãy nhờ người đã tạo biểu mẫu chia sẻ quyền chỉnh sửa cho bạn, hoặc chạy bước này thay bạn. Bài dự thi gửi đến vẫn được ghi vào sổ mỗi ngày.',
    triggerRecreated: 'Trình kích hoạt nhận bài đã bị mất và vừa được tạo lại.',
    synced: (created: number, updated: number, unchanged: number) =>
      `Đồng bộ xong: ${created} bài mới, ${updated} bài được cập nhật, ${unchanged} bài không đổi.`,
    noForm: 'Chưa có biểu mẫu dự thi. Hãy chọn "Tạo biểu mẫu dự thi" trước.',
    receiptsQueued: (count: number) => `${count} biên nhận đang chờ gửi vì đã hết hạn mức email trong ngày; sẽ gửi tiếp vào ngày mai.`,
    unitsReport: (lines: string) => `Đơn vị chưa có bài dự thi:\n${lines}`,
    allUnitsHaveEntries: 'Tất cả các đơn vị đã có bài dự thi.',
    preScreening: (lines: string) => `Sơ loại của đơn vị (cột "Sơ loại của đơn vị": Có = chọn gửi dự thi):\n${lines}`,
    preScreeningLine: (unit: string, entries: number, chosen: number) => `- ${unit}: ${entries} bài, chọn ${chosen}`,
  },
  receipt: {
    subject: (code: string) => `Biên nhận bài dự thi ${code}`,
    body: (f: { code: string; title: string; statusText: string; reasonsText: string; contest: string }) =>
      `Ban Tổ chức cuộc thi "${f.contest}" đã nhận bài dự thi của Quý vị.\n\nMã bài: ${f.code}\nTên bài: ${f.title}\nKết quả kiểm tra: ${f.statusText}${f.reasonsText ? `\n${f.reasonsText}` : ''}\n\nQuý vị có thể sửa bài bằng đường liên kết "Chỉnh sửa câu trả lời" của Google Biểu mẫu trước khi hết hạn nhận bài.\nĐây là thư tự động, vui lòng không trả lời thư này.`,
  },
  setUp: {
    archiveSuffix: (stamp: string) => `(cũ ${stamp})`,
  },
  dashboard: {
    title: 'Bảng điều khiển cuộc thi',
    unknownStep: (step: string) => `Bảng điều khiển gửi một bước không có («${step}»). Hãy đóng rồi mở lại bảng điều khiển từ menu tiện ích.`,
  },
  wizard: {
    title: 'Thiết lập cuộc thi',
    unknownPreset: (id: string) => `Không có mẫu kế hoạch «${id}». Hãy đóng trình thiết lập rồi mở lại từ menu tiện ích.`,
    unreadableDraft: 'Không đọc được cấu hình trình thiết lập gửi lên, nên chưa lưu gì. Hãy đóng trình thiết lập, mở lại từ menu tiện ích và nhập lại.',
  },
  progress: (done: number, total: number) => `Đã xong ${done}/${total}…`,
  check: {
    title: 'Kiểm tra cấu hình',
    notSetUp: 'Bảng tính chưa có cấu hình cuộc thi. Hãy chọn "Thiết lập cuộc thi…" trong menu tiện ích.',
    allGood: 'Cấu hình hợp lệ, không có lỗi nào.',
    summary: (errors: number, warnings: number) =>
      `Có ${errors} lỗi cần sửa và ${warnings} điểm cần xem lại:`,
    more: (count: number) => `… và ${count} điểm khác.`,
  },
  errors: {
    failed: (detail: string) =>
      `Thao tác chưa hoàn tất do lỗi: «${detail}».\nHãy thử lại sau ít phút. Nếu vẫn gặp lỗi, hãy gửi nội dung thông báo này cho người quản trị tiện ích.`,
    busy: (detail: string) =>
      `Thao tác đã dừng: dịch vụ của Google đang bận, đã thử lại nhiều lần vẫn chưa được («${detail}»).\nHãy chạy lại thao tác sau ít phút.`,
    dailyQuota: (detail: string) =>
      `Thao tác đã dừng: tài khoản đã dùng hết hạn mức trong ngày mà Google cho phép («${detail}»).\nHạn mức được cấp lại 24 giờ sau lần dùng đầu tiên trong ngày: hãy chạy lại thao tác vào ngày mai.`,
    locked: () =>
      'Chưa làm được vì đang có một thao tác khác chạy trên bảng tính này (một người khác trong Tổ giúp việc, hoặc tiện ích đang nhận bài dự thi).\nHãy chờ khoảng một phút rồi chạy lại.',
  },
};

export type UiText = typeof vi;

const en: UiText = {
  addOnName: 'CCHC contest',
  menu: {
    openDashboard: 'Open dashboard',
    setUp: 'Set up contest…',
    check: 'Check configuration',
    createForm: 'Create entry form',
    syncEntries: 'Sync entries',
    unitsReport: 'Units without entries',
    assignJudges: 'Assign judges',
    scoringSheets: 'Create or update scoring sheets',
    syncScores: 'Bring in scores and progress',
    lockScoring: 'Lock scoring',
    remindJudges: 'Remind judges',
    computeResults: 'Compute results',
    createDocuments: 'Create documents',
    updateInitiatives: 'Update the register of recognised initiatives',
    updateReplication: 'Update replication progress',
    remindAgencies: 'Remind agencies to replicate',
    yearlySummary: 'Yearly summary by unit',
    replicationReport: 'Create replication report',
  },
  intake: {
    title: 'Entries',
    needsConfiguration: 'The contest configuration cannot be read. Choose "Check configuration", fix the errors and try again.',
    formCreated: (url: string) => `The entry form was created and linked to this spreadsheet.\nLink for entrants: ${url}\n\nTo receive attachments, add a "File upload" question in Google Forms by hand (FormApp cannot create one); the form already has a link field.`,
    formExists: 'The entry form already exists; no new form was created.',
    confirmReplaceForm:
      'This account cannot open the entry form created earlier: another member of the secretariat may have created it without sharing it with you, or it was deleted.\nIf the form still exists, do not create a new one: entries sent to it would no longer be synced. Ask whoever created it to share it with you (edit access).\n\nCreate a new form only if the old one was deleted. Create a new form?',
    formKept: 'No new form was created; the recorded form is kept.',
    formUnreachable:
      'No entry was synced: this account cannot open the entry form (another member of the secretariat may have created it without sharing it with you, or it was deleted).\nAsk whoever created the form to share it with you (edit access), or to run this step. Entries that arrive are still filed into the register every day.',
    triggerRecreated: 'The submission trigger had gone and was created again.',
    synced: (created: number, updated: number, unchanged: number) => `Sync finished: ${created} new entries, ${updated} updated, ${unchanged} unchanged.`,
    noForm: 'There is no entry form yet. Choose "Create entry form" first.',
    receiptsQueued: (count: number) => `${count} receipts are waiting: today's e-mail quota is spent; they go out tomorrow.`,
    unitsReport: (lines: string) => `Units without an entry:\n${lines}`,
    allUnitsHaveEntries: 'Every unit has an entry.',
    preScreening: (lines: string) => `Units' pre-screening (column "Sơ loại của đơn vị": Có = sent forward):\n${lines}`,
    preScreeningLine: (unit: string, entries: number, chosen: number) => `- ${unit}: ${entries} entries, ${chosen} chosen`,
  },
  receipt: {
    subject: (code: string) => `Receipt for entry ${code}`,
    body: (f: { code: string; title: string; statusText: string; reasonsText: string; contest: string }) =>
      `The organisers of "${f.contest}" have received your entry.\n\nEntry code: ${f.code}\nTitle: ${f.title}\nCheck: ${f.statusText}${f.reasonsText ? `\n${f.reasonsText}` : ''}\n\nYou can change your entry with Google Forms' "Edit your response" link until the closing date.\nThis is an automatic message; please do not reply.`,
  },
  setUp: {
    archiveSuffix: (stamp: string) => `(cũ ${stamp})`,
  },
  dashboard: {
    title: 'Contest dashboard',
    unknownStep: (step: string) => `The dashboard asked for a step that does not exist ("${step}"). Close the dashboard and open it again from the add-on menu.`,
  },
  wizard: {
    title: 'Set up contest',
    unknownPreset: (id: string) => `There is no preset "${id}". Close the set-up wizard and open it again from the add-on menu.`,
    unreadableDraft: 'The configuration the wizard sent cannot be read, so nothing was saved. Close the wizard, open it again from the add-on menu and enter it again.',
  },
  progress: (done: number, total: number) => `${done}/${total} done…`,
  check: {
    title: 'Check configuration',
    notSetUp: 'This spreadsheet has no contest configuration yet. Choose "Set up contest…" in the add-on menu.',
    allGood: 'The configuration is valid: no problems found.',
    summary: (errors: number, warnings: number) => `${errors} errors to fix and ${warnings} points to review:`,
    more: (count: number) => `… and ${count} more.`,
  },
  errors: {
    failed: (detail: string) =>
      `The operation did not finish because of an error: "${detail}".\nTry again in a few minutes. If it keeps failing, send this message to the add-on's administrator.`,
    busy: (detail: string) => `The operation stopped: a Google service is busy and still failed after several tries ("${detail}").\nRun it again in a few minutes.`,
    dailyQuota: (detail: string) =>
      `The operation stopped: the account has used up what Google allows it in a day ("${detail}").\nThe quota comes back 24 hours after the day's first use: run the operation again tomorrow.`,
    locked: () =>
      'Nothing was done: another operation is running on this spreadsheet (someone else in the secretariat, or the add-on filing an entry).\nWait about a minute and run it again.',
  },
};

export const uiText: Record<Locale, UiText> = { vi, en };
