// What "Tính kết quả" tells the secretariat, and the words it writes into the Results sheet, the
// charts sheet and the board's decisions sheet. Vietnamese first; English complete (the `en`
// object must have every key `vi` has, checked by its type). The workbook is Vietnamese whatever
// the interface language (config/workbook-vocabulary.ts), so `en` writes the same sheet words.

import { BOARD_DECISIONS_SHEET, type BoardSheetProblem } from '../../core/results/board-decisions-sheet';
import { RESULTS_CHARTS_SHEET, RESULTS_SHEET, type EntryFlag, type ResultsSheetWords } from '../../core/results/results-sheet';
import type { RoundId } from '../../core/scoring/score-sheet';
import { formatMoney, formatNumberVi } from '../../core/vn/money';
import type { Locale } from '../locale';
import { describeNotice } from './results-text';

const ROUND_VI: Record<RoundId, string> = { preliminary: 'vòng sơ khảo', defence: 'vòng bảo vệ ý tưởng' };
const ROUND_EN: Record<RoundId, string> = { preliminary: 'preliminary round', defence: 'defence round' };
const SHORT_ROUND_VI: Record<RoundId, string> = { preliminary: 'sơ khảo', defence: 'vòng bảo vệ' };

const numberVi = (n: number): string => formatNumberVi(n, { maximumFractionDigits: 3 });
const moneyEn = (n: number): string => `${n.toLocaleString('en-US')} đồng`;

function flagVi(f: EntryFlag): string {
  switch (f.kind) {
    case 'discrepancy':
      return f.level === 'escalate'
        ? `Điểm giám khảo chênh lệch lớn: chấm lại hoặc thêm giám khảo (${SHORT_ROUND_VI[f.round]})`
        : `Điểm giám khảo chênh lệch: Trưởng Ban Giám khảo xem xét (${SHORT_ROUND_VI[f.round]})`;
    case 'incompleteSheets':
      return `${f.count} phiếu chưa chấm đủ hoặc có điểm không hợp lệ (${SHORT_ROUND_VI[f.round]})`;
    case 'notEnoughJudges':
      return `Chưa đủ giám khảo: ${f.have}/${f.need} (${SHORT_ROUND_VI[f.round]})`;
    case 'notShortlisted':
      return 'Không vào vòng bảo vệ';
    case 'tieReferred':
      return `Bằng điểm ở ranh giới giải (${f.tiers.join(', ')}): chờ Ban Tổ chức quyết định`;
    case 'sharedPrize':
      return f.policy === 'shareMoney' ? `Đồng giải với ${f.tied - 1} bài khác, chia đều tiền thưởng` : `Đồng giải với ${f.tied - 1} bài khác, mỗi bài nhận đủ tiền thưởng`;
    case 'boardOrder':
      return 'Thứ tự do Ban Tổ chức quyết định';
    case 'belowMinimum':
      return `Chưa đạt điểm tối thiểu ${numberVi(f.minScore)} của ${f.tier}`;
    case 'unitLimit':
      return `Đơn vị đã có đủ ${f.limit} giải`;
    case 'categoryLimit':
      return `Lĩnh vực đã có đủ ${f.limit} giải`;
  }
}

const BOARD_PART_VI: Record<'special' | 'tie', string> = { special: 'giải đặc biệt', tie: 'thứ tự bằng điểm' };
const BOARD_PART_EN: Record<'special' | 'tie', string> = { special: 'special award', tie: 'tie order' };

function boardProblemVi(p: BoardSheetProblem): string {
  const at = `Trang "${BOARD_DECISIONS_SHEET}", hàng ${p.row}`;
  switch (p.kind) {
    case 'missingEntryCode':
      return `${at}: thiếu mã bài (${BOARD_PART_VI[p.part]}); dòng này chưa được tính.`;
    case 'unknownEntry':
      return `${at}: không có bài ${p.entryCode} trong danh sách bài dự thi được chấm (${BOARD_PART_VI[p.part]}); dòng này chưa được tính.`;
    case 'missingAwardName':
      return `${at}: giải đặc biệt của bài ${p.entryCode} chưa có tên giải; chưa được tính.`;
    case 'invalidAmount':
      return `${at}: tiền thưởng giải đặc biệt của bài ${p.entryCode} phải là số nguyên không âm (đồng), đang là «${p.amount}»; chưa được tính.`;
    case 'duplicateSpecialAward':
      return `${at}: bài ${p.entryCode} đã có giải đặc biệt ở hàng trên; hàng này không được tính.`;
    case 'invalidGroup':
      return `${at}: bài ${p.entryCode} cần số nhóm bằng điểm là số nguyên từ 1 (1, 2, 3…), đang là «${p.group}»; chưa được tính.`;
    case 'duplicateTieEntry':
      return `${at}: bài ${p.entryCode} đã có trong một nhóm bằng điểm ở hàng trên; hàng này không được tính.`;
  }
}

function boardProblemEn(p: BoardSheetProblem): string {
  const at = `Sheet "${BOARD_DECISIONS_SHEET}", row ${p.row}`;
  switch (p.kind) {
    case 'missingEntryCode':
      return `${at}: no entry code (${BOARD_PART_EN[p.part]}); the row is not counted.`;
    case 'unknownEntry':
      return `${at}: there is no judged entry ${p.entryCode} (${BOARD_PART_EN[p.part]}); the row is not counted.`;
    case 'missingAwardName':
      return `${at}: the special award of entry ${p.entryCode} has no name; it is not counted.`;
    case 'invalidAmount':
      return `${at}: the special award of entry ${p.entryCode} must be a whole, non-negative number of đồng, not "${p.amount}"; it is not counted.`;
    case 'duplicateSpecialAward':
      return `${at}: entry ${p.entryCode} already has a special award on a row above; this row is not counted.`;
    case 'invalidGroup':
      return `${at}: entry ${p.entryCode} needs a tie group number (1, 2, 3…), not "${p.group}"; it is not counted.`;
    case 'duplicateTieEntry':
      return `${at}: entry ${p.entryCode} is already in a tie group on a row above; this row is not counted.`;
  }
}

/** The words written into the Results and charts sheets (always Vietnamese). */
const sheet: ResultsSheetWords = {
  notice: (n) => describeNotice(n, 'vi'),
  boardProblem: boardProblemVi,
  flag: flagVi,
  severity: { error: 'Lỗi', warning: 'Cảnh báo' },
  columnNotes: {
    method: 'Cách tổng hợp điểm của các giám khảo ở vòng chấm sau cùng của bài: vòng bảo vệ với bài vào vòng bảo vệ, vòng sơ khảo với các bài khác.',
    judges: 'Số giám khảo đã chấm đủ mọi tiêu chí ở vòng chấm sau cùng của bài.',
    explanation: 'Điểm của từng giám khảo, cách tính, thứ hạng, tiêu chí phụ khi bằng điểm và lý do đạt hoặc không đạt giải.',
    amount: 'Tiền thưởng của bài (đồng); để trống nếu không có hoặc đang chờ Ban Tổ chức quyết định.',
  },
  summary: {
    title: 'TỔNG HỢP KẾT QUẢ',
    status: 'Tình trạng',
    provisional: (rounds) => `TẠM TÍNH: ${rounds.map((r) => ROUND_VI[r]).join(', ')} chưa khóa`,
    final: 'Mọi vòng chấm đã khóa',
    entries: 'Số bài dự thi được chấm',
    ranked: 'Số bài được xếp hạng',
    prizes: (pool) => (pool === null ? 'Cơ cấu giải' : `Cơ cấu giải: ${pool}`),
    tierHeader: ['Giải', 'Số giải theo kế hoạch', 'Đã trao', 'Chờ Ban Tổ chức quyết định', 'Chuyển xuống giải dưới', 'Để trống', 'Tiền thưởng (đồng)'],
    unlimited: 'Không giới hạn',
    specialAwards: 'Giải đặc biệt',
    specialHeader: ['Mã bài', 'Tên giải', 'Tiền thưởng (đồng)'],
    awarded: 'Tổng tiền thưởng đã trao (kể cả giải đặc biệt)',
    special: 'Trong đó giải đặc biệt',
    pending: 'Tiền thưởng các giải chờ Ban Tổ chức quyết định',
    cap: 'Tổng tiền thưởng tối đa',
    overCap: 'Vượt mức tối đa (kể cả các giải chờ quyết định)',
    defenceUnits: 'Đơn vị có bài vào vòng bảo vệ ý tưởng (được cộng điểm tiêu chí sáng kiến trong Chỉ số CCHC)',
    defenceUnitsHeader: ['Mã đơn vị', 'Tên đơn vị', 'Số bài vào vòng bảo vệ'],
    noDefenceUnits: 'Chưa có bài nào vào vòng bảo vệ.',
    notices: 'Lưu ý',
    noNotices: 'Không có lưu ý.',
  },
  charts: {
    scoreBucket: (from, to) => `${numberVi(from)}–${numberVi(to)}`,
    titles: { scores: 'Phân bố điểm chung cuộc', categories: 'Số bài dự thi theo lĩnh vực', units: 'Số bài dự thi theo đơn vị' },
    headers: { bucket: 'Khoảng điểm chung cuộc', category: 'Lĩnh vực', unit: 'Đơn vị', count: 'Số bài' },
  },
};

/** Notes on the header cells of the board's sheet: how to fill it in (one per header cell). */
const boardSheetNotes = [
  'Giải đặc biệt cho bài đặc biệt xuất sắc, theo ý kiến của người có thẩm quyền (ví dụ Chủ tịch UBND tỉnh): mỗi bài một hàng, ghi mã bài như ở trang "Bài dự thi". Giải đặc biệt thay cho giải thường của bài đó; các giải thường chuyển cho các bài xếp sau. Ghi xong, chọn lại "Tính kết quả".',
  'Tên giải, ví dụ: Giải Đặc biệt.',
  'Số tiền bằng số, ví dụ 15.000.000; ghi 0 nếu giải không kèm tiền thưởng.',
  '',
  `Các bài bằng điểm mà các tiêu chí phụ không phân định được (cột "Lưu ý" của trang "${RESULTS_SHEET}": chờ Ban Tổ chức quyết định): mỗi bài một hàng; các bài cùng một nhóm ghi cùng một số nhóm (1, 2, …).`,
  'Mã bài. Trong mỗi nhóm, bài xếp trên ghi ở hàng trên. Ghi xong, chọn lại "Tính kết quả".',
];

const vi = {
  title: 'Tính kết quả',
  money: (amount: number) => formatMoney(amount),
  noEntries: 'Chưa có bài dự thi nào để tính kết quả (trang "Bài dự thi" trống hoặc mọi bài đều không hợp lệ).',
  computed: (entries: number, ranked: number) => `Đã tính kết quả: ${entries} bài dự thi, ${ranked} bài được xếp hạng.`,
  provisional: (rounds: readonly RoundId[]) =>
    `KẾT QUẢ TẠM TÍNH: ${rounds.map((r) => ROUND_VI[r]).join(', ')} chưa khóa nên điểm còn có thể thay đổi. Hãy khóa chấm điểm ("Khóa chấm điểm") trước khi trình kết quả.`,
  final: 'Mọi vòng chấm đã khóa: kết quả tính từ điểm đã khóa.',
  winners: (lines: string) => `Các bài đạt giải:\n${lines}`,
  winnerLine: (prize: string, code: string, title: string, amount: string) => `- ${prize}: ${code} «${title}», ${amount}`,
  moreWinners: (count: number) => `- … và ${count} bài khác`,
  noWinners: 'Chưa có bài nào đạt giải.',
  totals: (awarded: string, special: string | null, pending: string | null) =>
    `Tổng tiền thưởng: ${awarded}${special === null ? '' : ` (trong đó giải đặc biệt ${special})`}.${pending === null ? '' : ` Chờ Ban Tổ chức quyết định: ${pending}.`}`,
  referred: (lines: string) =>
    `Bằng điểm ở ranh giới giải, trình Ban Tổ chức quyết định:\n${lines}\nGhi thứ tự Ban Tổ chức quyết định vào trang "${BOARD_DECISIONS_SHEET}" (cột "Nhóm bằng điểm" và "Mã bài", bài xếp trên ghi trước) rồi chọn lại "Tính kết quả".`,
  noticeLine: (text: string) => `- ${text}`,
  moreNotices: (count: number) => `- … và ${count} lưu ý khác`,
  warning: (text: string) => `CẢNH BÁO: ${text}`,
  errors: (lines: string) => `Lỗi về điểm hoặc phiếu chấm (các phiếu này chưa được tính):\n${lines}`,
  boardProblems: (lines: string) => `Trang "${BOARD_DECISIONS_SHEET}" có dòng chưa dùng được:\n${lines}`,
  boardProblem: boardProblemVi,
  boardSheetCreated: `Đã tạo trang "${BOARD_DECISIONS_SHEET}" để Ban Tổ chức ghi giải đặc biệt và thứ tự các bài bằng điểm.`,
  defenceUnits: (count: number) =>
    `${count} đơn vị có bài vào vòng bảo vệ ý tưởng (được cộng điểm tiêu chí sáng kiến trong Chỉ số CCHC): danh sách ở trang "${RESULTS_SHEET}".`,
  whereToLook: `Xem trang "${RESULTS_SHEET}" (bảng kết quả; tổng hợp, danh sách đơn vị và lưu ý ở các cột bên phải bảng) và trang "${RESULTS_CHARTS_SHEET}".`,
  sheet,
  boardSheetNotes,
};

export type ResultsSheetText = typeof vi;

const en: ResultsSheetText = {
  title: 'Compute results',
  money: moneyEn,
  noEntries: 'There are no entries to compute results for (the "Bài dự thi" sheet is empty or every entry is invalid).',
  computed: (entries, ranked) => `Results computed: ${entries} entries, ${ranked} ranked.`,
  provisional: (rounds) =>
    `PROVISIONAL RESULTS: the ${rounds.map((r) => ROUND_EN[r]).join(' and the ')} ${rounds.length > 1 ? 'are' : 'is'} not locked, so scores may still change. Lock scoring ("Khóa chấm điểm") before presenting the results.`,
  final: 'Every judging round is locked: the results come from the locked scores.',
  winners: (lines) => `Winners:\n${lines}`,
  winnerLine: (prize, code, title, amount) => `- ${prize}: ${code} "${title}", ${amount}`,
  moreWinners: (count) => `- … and ${count} more`,
  noWinners: 'No entry has won a prize yet.',
  totals: (awarded, special, pending) =>
    `Prize money: ${awarded}${special === null ? '' : ` (special awards ${special})`}.${pending === null ? '' : ` Awaiting the board's decision: ${pending}.`}`,
  referred: (lines) =>
    `Ties at a prize boundary, referred to the board:\n${lines}\nType the order the board decides into the "${BOARD_DECISIONS_SHEET}" sheet (columns "Nhóm bằng điểm" and "Mã bài", the higher-placed entry first), then choose "Compute results" again.`,
  noticeLine: (text) => `- ${text}`,
  moreNotices: (count) => `- … and ${count} more`,
  warning: (text) => `WARNING: ${text}`,
  errors: (lines) => `Problems with scores or scoring sheets (those sheets are not counted yet):\n${lines}`,
  boardProblems: (lines) => `Rows of the "${BOARD_DECISIONS_SHEET}" sheet that cannot be used:\n${lines}`,
  boardProblem: boardProblemEn,
  boardSheetCreated: `Created the "${BOARD_DECISIONS_SHEET}" sheet, where the board records special awards and the order of tied entries.`,
  defenceUnits: (count) => `${count} units have entries in the defence round (bonus points in the PAR Index initiative criterion): the list is on the "${RESULTS_SHEET}" sheet.`,
  whereToLook: `See the "${RESULTS_SHEET}" sheet (the results table; the summary, the units list and the notices are in the columns to its right) and the "${RESULTS_CHARTS_SHEET}" sheet.`,
  sheet: vi.sheet,
  boardSheetNotes: vi.boardSheetNotes,
};

export const resultsSheetText: Record<Locale, ResultsSheetText> = { vi, en };
