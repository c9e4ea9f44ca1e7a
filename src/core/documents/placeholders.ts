// The placeholder catalogue: every `{{name}}` a template may contain, and which of them each
// kind's fill data provides. Templates are the secretariat's to edit, so a name, once published,
// keeps its meaning.

import type { DocumentKind } from './document-kinds';
import { placeholder } from './document-model';

/** Placeholders replaced by text (a '\n' in the text starts a new paragraph with the same style). */
export const VALUE_FIELDS = [
  /** Parent body line above the issuer (cơ quan chủ quản), upper case; '' when there is none. */
  'co_quan_chu_quan',
  /** Issuing body (cơ quan ban hành), upper case. */
  'co_quan_ban_hanh',
  /** What follows "Số: ": the registered number, else blanks and the symbol for the văn thư. */
  'so_ky_hieu',
  /** Place and date line: "Hậu Giang, ngày 16 tháng 8 năm 2024", or blanks to date by hand. */
  'dia_danh_ngay',
  /** Summary under the type name (trích yếu), e.g. "Về việc khen thưởng …". */
  'trich_yeu',
  /** Authority line of a decision, upper case: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …". */
  'tham_quyen',
  /** Preamble of a decision: one "Căn cứ …;" per line, then "Theo đề nghị của … ." */
  'can_cu',
  /** Text of Article 1 after "Điều 1. ": who is awarded what, "(có danh sách kèm theo)". */
  'dieu_1',
  /** Text of Article 2 after "Điều 2. ": the prize money, in digits and words, and its source. */
  'dieu_2',
  /** Subtitle of the annexed list: "Tập thể, cá nhân đạt giải Cuộc thi …". */
  'tieu_de_danh_sach',
  /** Reference line of the annex: "(Kèm theo Quyết định số … ngày … của …)". */
  'kem_theo',
  /** Total prize money in words, for "(Bằng chữ: …)". */
  'tong_tien_bang_chu',
  /** Addressee of a proposal (Kính gửi), e.g. "Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang". */
  'kinh_gui',
  /** Opening paragraph of a proposal or notice: the plan it follows and what it reports. */
  'mo_dau',
  /** What the contest received, ranked and awarded, in one paragraph. */
  'ket_qua',
  /** The awards proposed, one line per prize, then the total in digits and words. */
  'de_xuat',
  /** Start of the judges' meeting: "… giờ …, ngày …", blanks where not known. */
  'thoi_gian',
  /** Participants of the judges' meeting, one per line: name, position, unit. */
  'thanh_phan',
  /** Chair of the meeting with position (minutes body). */
  'chu_toa',
  /** Secretary of the meeting with position (minutes body). */
  'thu_ky',
  /** How the scores were combined: rounds, judges, method, rounding; one point per line. */
  'cach_tinh_diem',
  /** Discrepancies between judges and ties referred to the board, one per line. */
  'ghi_nhan',
  /** Chair's name under the CHỦ TỌA signature. */
  'ten_chu_toa',
  /** Secretary's name under the THƯ KÝ signature. */
  'ten_thu_ky',
  /** Recipients (Nơi nhận): "- …;" per line, the last "- Lưu: VT, … ." */
  'noi_nhan',
  /** Signing authority and title, upper case, one per line: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  'chuc_danh_ky',
  /** Signer's name (blank when the configuration has none). */
  'nguoi_ky',
  /** The contest's name in running text: "Cuộc thi “…” năm 2024". */
  'ten_cuoc_thi',
  /** Entry code, e.g. "HG2024-007". */
  'ma_bai',
  /** Title of the entry (initiative or solution), as registered. */
  'ten_bai',
  /** Authors of the entry, comma-separated. */
  'tac_gia',
  /** Who a certificate or letter is for: the authors, or "Tập thể <unit>" for a collective entry. */
  'nguoi_nhan',
  /** The entry's unit (cơ quan, đơn vị). */
  'don_vi',
  /** The entry's category (lĩnh vực). */
  'linh_vuc',
  /** The prize in running text: "giải Nhất". */
  'giai',
  /** Who awards a certificate, upper case: "CHỦ TỊCH UBND TỈNH HẬU GIANG". */
  'nguoi_khen',
  /** The award's name, upper case: "BẰNG KHEN", "GIẤY KHEN", "GIẤY CHỨNG NHẬN". */
  'hinh_thuc_khen',
  /** The awarding decision: "Quyết định số … ngày … của …", dots until it is registered. */
  'quyet_dinh',
  /** When the entry was received: "09 giờ 30 phút, ngày 15 tháng 7 năm 2024". */
  'thoi_diem_nhan',
  /** The organiser in running text, e.g. "Ủy ban nhân dân xã Tân An" (letters of praise). */
  'co_quan_khen',
  /** The entry's result in a letter of praise: its score and recognition. */
  'thanh_tich',
] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/** Placeholders replaced by a table; each stands alone in its paragraph. */
export const TABLE_FIELDS = [
  /** Winners: STT, name, unit, title, prize, amount, with a "Tổng cộng" row. */
  'danh_sach_giai',
  /** Scores of every entry with a final score: round scores, final score, rank, prize. */
  'bang_diem',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/** Which placeholders each kind's fill data provides (values and tables). A template may use any subset. */
export const TEMPLATE_FIELDS = {
  decision: {
    values: [
      'co_quan_chu_quan', 'co_quan_ban_hanh', 'so_ky_hieu', 'dia_danh_ngay', 'trich_yeu', 'tham_quyen', 'can_cu',
      'dieu_1', 'dieu_2', 'noi_nhan', 'chuc_danh_ky', 'nguoi_ky', 'tieu_de_danh_sach', 'kem_theo', 'tong_tien_bang_chu',
    ],
    tables: ['danh_sach_giai'],
  },
  proposal: {
    values: [
      'co_quan_chu_quan', 'co_quan_ban_hanh', 'so_ky_hieu', 'dia_danh_ngay', 'trich_yeu', 'kinh_gui', 'mo_dau', 'ket_qua',
      'de_xuat', 'noi_nhan', 'chuc_danh_ky', 'nguoi_ky',
    ],
    tables: ['danh_sach_giai'],
  },
  minutes: {
    values: [
      'co_quan_chu_quan', 'co_quan_ban_hanh', 'so_ky_hieu', 'trich_yeu', 'thoi_gian', 'thanh_phan', 'chu_toa', 'thu_ky',
      'cach_tinh_diem', 'ghi_nhan', 'ten_thu_ky', 'ten_chu_toa', 'noi_nhan',
    ],
    tables: ['bang_diem'],
  },
  notice: {
    values: [
      'co_quan_chu_quan', 'co_quan_ban_hanh', 'so_ky_hieu', 'dia_danh_ngay', 'trich_yeu', 'mo_dau', 'ket_qua',
      'tong_tien_bang_chu', 'noi_nhan', 'chuc_danh_ky', 'nguoi_ky',
    ],
    tables: ['danh_sach_giai'],
  },
  certificate: {
    values: [
      'so_ky_hieu', 'nguoi_khen', 'hinh_thuc_khen', 'nguoi_nhan', 'don_vi', 'giai', 'ten_cuoc_thi', 'ten_bai', 'quyet_dinh',
      'dia_danh_ngay', 'chuc_danh_ky', 'nguoi_ky',
    ],
    tables: [],
  },
  praise: {
    values: [
      'co_quan_chu_quan', 'co_quan_ban_hanh', 'so_ky_hieu', 'dia_danh_ngay', 'nguoi_nhan', 'co_quan_khen', 'don_vi',
      'ten_bai', 'linh_vuc', 'thanh_tich', 'ten_cuoc_thi', 'noi_nhan', 'chuc_danh_ky', 'nguoi_ky',
    ],
    tables: [],
  },
  receipt: {
    values: [
      'co_quan_chu_quan', 'co_quan_ban_hanh', 'so_ky_hieu', 'dia_danh_ngay', 'ten_cuoc_thi', 'ma_bai', 'ten_bai', 'tac_gia',
      'don_vi', 'linh_vuc', 'thoi_diem_nhan', 'noi_nhan', 'chuc_danh_ky', 'nguoi_ky',
    ],
    tables: [],
  },
} as const satisfies Record<DocumentKind, { values: readonly ValueField[]; tables: readonly TableField[] }>;

/** The value placeholders of a kind, as a type: a kind's fill values must name exactly these. */
export type ValuesOf<K extends DocumentKind> = (typeof TEMPLATE_FIELDS)[K]['values'][number];
/** The table placeholders of a kind, as a type. */
export type TablesOf<K extends DocumentKind> = (typeof TEMPLATE_FIELDS)[K]['tables'][number];

/** `{{name}}` of a catalogued placeholder (a typo is a compile error). */
export function field(name: ValueField | TableField): string {
  return placeholder(name);
}
