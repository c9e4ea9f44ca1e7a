// Everything the menu, prompts, alerts and toasts say. Vietnamese first; English complete
// (the `en` object must have every key `vi` has, checked by its type).

import type { Locale } from '../locale';

const vi = {
  addOnName: 'Cuộc thi CCHC',
  menu: {
    setUp: 'Thiết lập cuộc thi…',
    check: 'Kiểm tra cấu hình',
  },
  setUp: {
    title: 'Thiết lập cuộc thi',
    choosePreset: (list: string) =>
      `Chọn mẫu kế hoạch để bắt đầu (sau đó có thể sửa mọi nội dung trong các trang cấu hình).\nNhập số thứ tự của mẫu:\n\n${list}`,
    invalidChoice: (typed: string, count: number) =>
      `«${typed}» không phải số thứ tự của một mẫu. Hãy chọn lại menu và nhập một số từ 1 đến ${count}.`,
    confirmReplace: (sheets: string) =>
      `Bảng tính đã có cấu hình cuộc thi (${sheets}).\nNếu tiếp tục, các trang này được giữ lại dưới tên mới có chữ "(cũ …)" và các trang cấu hình mới được tạo từ mẫu.\n\nTiếp tục?`,
    archiveSuffix: (stamp: string) => `(cũ ${stamp})`,
    done: (title: string) => `Đã tạo các trang cấu hình cho: ${title}`,
    doneWithNotes: (count: number, notes: string) =>
      `Đã tạo cấu hình. Có ${count} điểm cần xem lại trước khi triển khai:\n\n${notes}`,
  },
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
  },
};

export type UiText = typeof vi;

const en: UiText = {
  addOnName: 'CCHC contest',
  menu: {
    setUp: 'Set up contest…',
    check: 'Check configuration',
  },
  setUp: {
    title: 'Set up contest',
    choosePreset: (list: string) =>
      `Choose a plan to start from (everything can be edited afterwards in the configuration sheets).\nType the number of the preset:\n\n${list}`,
    invalidChoice: (typed: string, count: number) =>
      `"${typed}" is not the number of a preset. Open the menu again and type a number from 1 to ${count}.`,
    confirmReplace: (sheets: string) =>
      `This spreadsheet already has a contest configuration (${sheets}).\nIf you continue, those sheets are kept under new names ending in "(cũ …)" and new configuration sheets are created from the preset.\n\nContinue?`,
    archiveSuffix: (stamp: string) => `(cũ ${stamp})`,
    done: (title: string) => `Configuration sheets created for: ${title}`,
    doneWithNotes: (count: number, notes: string) =>
      `Configuration created. ${count} points need a look before launch:\n\n${notes}`,
  },
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
  },
};

export const uiText: Record<Locale, UiText> = { vi, en };
