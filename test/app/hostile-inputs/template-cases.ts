// Hostile and malformed input on its way into the documents: text users typed (titles, authors,
// the contest's own wording) that must come out literally, and the secretariat's edits of the
// templates, whose placeholders must be ones the add-on fills or be refused before any document
// is made with a placeholder left in it.

import type { DocumentKind } from '../../../src/core/documents/document-kinds';
import type { HostileCase } from './catalogue';

export type TemplateTarget =
  /** The input is an entry's title or authors: its receipt must show it as typed. */
  | { entry: 'title' | 'authors' }
  /** The input is in the configuration (set up with the contest): the award decision or the receipts must show it. */
  | { config: 'contestTitle' | 'signerName' | 'legalBasis' | 'unitName' }
  /** The secretariat adds the input as a paragraph of a kind's template. */
  | { template: DocumentKind }
  /** The secretariat puts a kind's template in the trash. */
  | { trash: DocumentKind };

export interface TemplateCase extends HostileCase<'templates', string> {
  into: TemplateTarget;
  /** Flagged or rejected: what "Tạo văn bản" says. */
  says?: string[];
  /** Stored: what the document shows (the input itself when absent). */
  shows?: string;
}

const template = (name: string, into: TemplateTarget, input: string, expect: TemplateCase['expect'], more: Partial<TemplateCase> = {}): TemplateCase => ({
  surface: 'templates',
  name,
  into,
  input,
  expect,
  ...more,
});

/** What the refusal says of a template it will not fill. */
const REFUSED = (kindName: string, shown: string): string[] => ['chưa tạo văn bản nào', `${kindName}: ${shown}`, 'Hãy sửa các ô này trong mẫu'];

export const TEMPLATE_CASES: readonly TemplateCase[] = [
  // Placeholders and markup inside what users typed: written literally, never filled.
  template('a placeholder as an entry’s title', { entry: 'title' }, '{{so_ky_hieu}}', 'stored'),
  template('placeholders of the receipt itself in a title', { entry: 'title' }, 'Tên {{ten_bai}} lồng {{ma_bai}}', 'stored'),
  template('malformed placeholders in a title', { entry: 'title' }, '{{ }} và {{so_ky_hieu', 'stored'),
  template('a formula as a title', { entry: 'title' }, '=IMPORTXML("http://x.example";"//a")', 'stored'),
  template('HTML as a title', { entry: 'title' }, '<script>alert(1)</script><b>đậm</b>', 'stored'),
  template('line breaks and a tab in a title', { entry: 'title' }, 'Dòng một\nDòng hai\tcột', 'stored', { shows: 'Dòng một Dòng hai cột' }),
  template('the filler’s own markers in a title', { entry: 'title' }, 'Giải \uE000 0 \uE001 pháp', 'stored', { shows: 'Giải 0 pháp' }),
  template('replacement patterns in a title', { entry: 'title' }, '$& $1 $$ và $` mẫu', 'stored'),
  template('a title with combining diacritics (NFD)', { entry: 'title' }, 'Số hóa một cửa'.normalize('NFD'), 'stored', { shows: 'Số hóa một cửa' }),
  template('emoji in a title', { entry: 'title' }, '🚀 Một cửa 👩‍👩‍👧 số', 'stored'),
  template('a title of 48,000 characters', { entry: 'title' }, 'Tiêu đề dài '.repeat(4_000), 'stored', { shows: 'Tiêu đề dài '.repeat(4_000).trim() }),
  template('a placeholder in the authors', { entry: 'authors' }, '{{nguoi_ky}} Nguyễn Văn An', 'stored'),
  template('a placeholder and HTML in the contest’s title', { config: 'contestTitle' }, 'Sáng kiến {{so_ky_hieu}} <i>CCHC</i>', 'stored'),
  template('a placeholder and a formula as the signer’s name', { config: 'signerName' }, '{{nguoi_ky}} =1+1', 'stored'),
  template('a placeholder in a legal basis', { config: 'legalBasis' }, 'Căn cứ {{can_cu}} Luật Thi đua, khen thưởng', 'stored'),
  template('a placeholder and HTML as a unit’s name', { config: 'unitName' }, '<b>Phòng</b> {{don_vi}}', 'stored'),
  // The secretariat's edits of the templates.
  template('an unknown placeholder in the decision', { template: 'decision' }, 'Số quyết định: {{so_quyet_dinh}}', 'rejected', {
    says: REFUSED('Quyết định trao giải', '{{so_quyet_dinh}}'),
  }),
  template('another kind’s table placeholder in the receipt', { template: 'receipt' }, '{{danh_sach_giai}}', 'rejected', {
    says: REFUSED('Giấy biên nhận bài dự thi', '{{danh_sach_giai}}'),
  }),
  template('an empty placeholder', { template: 'certificate' }, 'Kính gửi {{ }}', 'rejected', { says: REFUSED('Bằng khen, giấy khen', '{{ }}') }),
  template('an unclosed placeholder', { template: 'certificate' }, 'Số: {{so_ky_hieu', 'rejected', { says: REFUSED('Bằng khen, giấy khen', '{{so_ky_hieu') }),
  template('nested braces', { template: 'receipt' }, 'Số {{{{so_ky_hieu}}}}', 'rejected', { says: REFUSED('Giấy biên nhận bài dự thi', '{{{{so_ky_hieu}}}}') }),
  template('spaces inside the braces', { template: 'receipt' }, 'Số {{ so_ky_hieu }}', 'rejected', { says: REFUSED('Giấy biên nhận bài dự thi', '{{ so_ky_hieu }}') }),
  template('a placeholder in capitals', { template: 'notice' }, 'Tên: {{Ten_Bai}}', 'rejected', { says: REFUSED('Thông báo kết quả', '{{Ten_Bai}}') }),
  template('a placeholder with diacritics', { template: 'proposal' }, 'Số {{số_ký_hiệu}}', 'rejected', { says: REFUSED('Tờ trình đề nghị khen thưởng', '{{số_ký_hiệu}}') }),
  template('a closing pair without its opening', { template: 'minutes' }, 'Số so_ky_hieu}} ngày', 'rejected', { says: REFUSED('Biên bản họp Ban Giám khảo', 'so_ky_hieu}}') }),
  template('single braces, which are no placeholder', { template: 'receipt' }, 'Ghi chú {so_ky_hieu} của thư ký', 'stored'),
  template('a known placeholder added again', { template: 'receipt' }, 'Nhắc lại tên bài: {{ten_bai}}', 'stored', { shows: 'Nhắc lại tên bài: Giải pháp số 1' }),
  template('a template put in the trash', { trash: 'certificate' }, '', 'flagged', { says: ['Đã tạo mẫu văn bản', 'Bằng khen, giấy khen'] }),
];
