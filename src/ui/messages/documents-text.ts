// What "Tạo văn bản" tells the secretariat. Vietnamese first; English complete (the `en` object
// must have every key `vi` has, checked by its type).

import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, type DocumentKind } from '../../core/documents/document-kinds';
import type { Locale } from '../locale';

const KIND_VI: Record<DocumentKind, string> = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, DOCUMENT_KIND_INFO[k].name])) as Record<DocumentKind, string>;

const KIND_EN: Record<DocumentKind, string> = {
  decision: 'award decision',
  proposal: 'proposal (tờ trình)',
  minutes: "judges' meeting minutes",
  notice: 'results notice',
  certificate: 'certificates',
  praise: 'letters of praise',
  receipt: 'entry receipts',
};

const vi = {
  title: 'Tạo văn bản',
  refusal: {
    busy: (until: string) => `Một lần tạo văn bản khác đang chạy (chậm nhất đến ${until}). Hãy đợi nó xong rồi xem trang "Văn bản đã tạo".`,
    provisional: 'Kết quả còn tạm tính: còn vòng chấm chưa khóa. Hãy "Khóa chấm điểm" và "Tính kết quả" trước khi tạo văn bản.',
    unknownPlaceholders: (lines: string) =>
      `Mẫu văn bản có ô điền không rõ (có thể gõ nhầm khi sửa mẫu); chưa tạo văn bản nào:\n${lines}\nHãy sửa các ô này trong mẫu (đúng như tên trong README) rồi thử lại.`,
    unknownLine: (kind: DocumentKind, names: string, url: string) => `- ${KIND_VI[kind]}: ${names} (${url})`,
  },
  planned: 'Đã lập danh sách văn bản cần tạo ở trang "Văn bản đã tạo".',
  continued: 'Tiếp tục tạo các văn bản còn chờ ở trang "Văn bản đã tạo".',
  made: (now: number, made: number, total: number) => `Lần này tạo ${now} văn bản; đã xong ${made}/${total}. Mỗi văn bản có bản PDF bên cạnh.`,
  waiting: (count: number) =>
    `Còn ${count} văn bản chờ tạo (mỗi lần chạy dừng trước giới hạn 6 phút của Google). Tiện ích sẽ tự tạo tiếp khoảng mỗi giờ; muốn nhanh hơn, chọn lại "Tạo văn bản".`,
  allDone: 'Đã tạo xong mọi văn bản.',
  folder: (url: string) => `Thư mục văn bản: ${url}`,
  templatesCreated: (kinds: string) =>
    `Đã tạo mẫu văn bản (Google Docs, sửa được; giữ nguyên các ô {{…}}): ${kinds}. Liên kết ở các dòng "Mẫu: …" của trang "Văn bản đã tạo".`,
  signed: (keys: string) => `Không tạo lại văn bản đã ký: ${keys}.`,
  failed: (lines: string) => `Văn bản chưa tạo được:\n${lines}`,
  failedLine: (key: string, note: string) => `- ${key}: ${note}`,
  referred: (codes: string) =>
    `Bài đồng điểm đang chờ Ban Tổ chức quyết định (chưa có trong quyết định, chưa có bằng khen): ${codes}. Ghi quyết định vào trang "Quyết định của Ban Tổ chức", chọn "Tính kết quả" rồi "Tạo văn bản" lại.`,
  kinds: (kinds: readonly DocumentKind[]) => kinds.map((k) => KIND_VI[k]).join(', '),
};

export type DocumentsText = typeof vi;

const en: DocumentsText = {
  title: 'Create documents',
  refusal: {
    busy: (until) => `Another run is making documents (until ${until} at the latest). Wait for it to finish, then look at the "Văn bản đã tạo" sheet.`,
    provisional: 'The results are provisional: a round is not locked yet. Choose "Lock scoring" and "Compute results" before creating documents.',
    unknownPlaceholders: (lines) =>
      `A template has placeholders the add-on does not know (perhaps mistyped while editing it); no document was made:\n${lines}\nCorrect them in the template (names as listed in the README) and try again.`,
    unknownLine: (kind, names, url) => `- ${KIND_EN[kind]}: ${names} (${url})`,
  },
  planned: 'The documents to make are listed in the "Văn bản đã tạo" sheet.',
  continued: 'Going on with the documents waiting in the "Văn bản đã tạo" sheet.',
  made: (now, made, total) => `This run made ${now} documents; ${made}/${total} are done. Each has its PDF beside it.`,
  waiting: (count) =>
    `${count} documents are still waiting (each run stops before Google's 6-minute limit). The add-on goes on by itself about every hour; choose "Create documents" again to go faster.`,
  allDone: 'Every document has been made.',
  folder: (url) => `Documents folder: ${url}`,
  templatesCreated: (kinds) =>
    `Templates created (Google Docs you may edit; keep the {{…}} placeholders): ${kinds}. Links are in the "Mẫu: …" rows of the "Văn bản đã tạo" sheet.`,
  signed: (keys) => `Signed documents were not made again: ${keys}.`,
  failed: (lines) => `Documents not made:\n${lines}`,
  failedLine: (key, note) => `- ${key}: ${note}`,
  referred: (codes) =>
    `Tied entries are waiting for the organising board (not in the decision, no certificate yet): ${codes}. Record the board's decision in the "Quyết định của Ban Tổ chức" sheet, choose "Compute results", then "Create documents" again.`,
  kinds: (kinds) => kinds.map((k) => KIND_EN[k]).join(', '),
};

export const documentsText: Record<Locale, DocumentsText> = { vi, en };
