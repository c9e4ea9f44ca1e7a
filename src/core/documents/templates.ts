// The default template of each kind of document: Nghị định 30/2020/NĐ-CP layout with placeholders
// where the contest's data goes, and only fixed wording otherwise, so that a template created once
// still fits after the configuration changes. Layouts: research/vietnamese-domain.md §1.7 (Mẫu 1.2
// decision, 1.4 proposal and notice, 1.9 minutes), §1.8 (annex) and §1.10 (award decision).

import { DOCUMENT_KIND_INFO, type DocumentKind } from './document-kinds';
import type { Block, DocumentModel } from './document-model';
import { field } from './placeholders';
import {
  PARAGRAPH_SPACING,
  RULE,
  SIZE,
  article,
  bodyParagraph,
  bodyValue,
  centred,
  certificateFoot,
  decreeDocument,
  header,
  legalBases,
  minutesSignatures,
  recipientsAndSignature,
  recipientsBlock,
  tablePlaceholder,
  title,
} from './templates/blocks';

const dated = { issuer: true, dated: true };

/** Mẫu 1.2 with the award decision's articles (§1.10), then the annexed list on a new page (§1.8). */
function decision(): Block[] {
  return [
    header(dated),
    ...title('QUYẾT ĐỊNH', field('trich_yeu')),
    centred(field('tham_quyen'), { size: SIZE.text, bold: true }, PARAGRAPH_SPACING),
    legalBases('can_cu'),
    centred('QUYẾT ĐỊNH:', { size: SIZE.text, bold: true }, 2 * PARAGRAPH_SPACING),
    article(1, field('dieu_1')),
    article(2, field('dieu_2')),
    article(
      3,
      'Quyết định này có hiệu lực kể từ ngày ký. Ban Tổ chức Cuộc thi, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ),
    recipientsAndSignature(),
    { kind: 'pageBreak' },
    centred('DANH SÁCH', { size: SIZE.text, bold: true }),
    centred(field('tieu_de_danh_sach'), { size: SIZE.text, bold: true }),
    centred(field('kem_theo'), { size: SIZE.text, italic: true }),
    centred(RULE.summary, { size: SIZE.text }),
    tablePlaceholder('danh_sach_giai'),
    centred(`(Bằng chữ: ${field('tong_tien_bang_chu')})`, { size: SIZE.text, italic: true }, PARAGRAPH_SPACING),
  ];
}

/** Mẫu 1.4 as a tờ trình: "Kính gửi:" and "Nơi nhận: - Như trên;" (§1.7). */
function proposal(): Block[] {
  return [
    header(dated),
    ...title('TỜ TRÌNH', field('trich_yeu')),
    centred(`Kính gửi: ${field('kinh_gui')}`, { size: SIZE.text }, PARAGRAPH_SPACING),
    bodyValue('mo_dau'),
    bodyValue('ket_qua'),
    bodyValue('de_xuat'),
    bodyParagraph('Danh sách đề nghị khen thưởng:'),
    tablePlaceholder('danh_sach_giai'),
    bodyParagraph(`Ban Tổ chức Cuộc thi kính trình ${field('kinh_gui')} xem xét, quyết định./.`),
    recipientsAndSignature(),
  ];
}

/** Mẫu 1.9: times, participants, chair and secretary, content, closing line, two signatures. */
function minutes(): Block[] {
  return [
    header({ issuer: true, dated: false }),
    ...title('BIÊN BẢN', field('trich_yeu')),
    bodyParagraph(`Thời gian bắt đầu: ${field('thoi_gian')}.`),
    bodyParagraph('Địa điểm: …………………………………………………….'),
    bodyParagraph('Thành phần tham dự:', { bold: true }),
    bodyValue('thanh_phan'),
    bodyParagraph(`Chủ trì (chủ tọa): ${field('chu_toa')}.`),
    bodyParagraph(`Thư ký (người ghi biên bản): ${field('thu_ky')}.`),
    bodyParagraph('Nội dung:', { bold: true }),
    bodyValue('cach_tinh_diem'),
    bodyParagraph('Kết quả chấm điểm như sau:'),
    tablePlaceholder('bang_diem'),
    bodyValue('ghi_nhan'),
    bodyParagraph(
      'Ban Giám khảo thống nhất kết quả chấm điểm nêu trên và đề nghị Ban Tổ chức Cuộc thi xem xét, trình cấp có thẩm quyền khen thưởng theo quy định.',
    ),
    bodyParagraph('Cuộc họp kết thúc vào …… giờ …… cùng ngày./.'),
    minutesSignatures(),
    ...recipientsBlock(),
  ];
}

/** Mẫu 1.4 as a thông báo of the organising board. */
function notice(): Block[] {
  return [
    header(dated),
    ...title('THÔNG BÁO', field('trich_yeu')),
    bodyValue('mo_dau'),
    bodyValue('ket_qua'),
    bodyParagraph('Danh sách các tập thể, cá nhân đạt giải:'),
    tablePlaceholder('danh_sach_giai'),
    centred(`(Bằng chữ: ${field('tong_tien_bang_chu')})`, { size: SIZE.text, italic: true }, PARAGRAPH_SPACING),
    bodyParagraph('Ban Tổ chức Cuộc thi trân trọng thông báo và chúc mừng các tập thể, cá nhân đạt giải./.'),
    recipientsAndSignature(),
  ];
}

/**
 * The wording of a Bằng khen, Giấy khen or Giấy chứng nhận: who awards it, "TẶNG", the award, the
 * recipient and unit, the achievement; at the foot the awarding decision, the date and the signer.
 * The header keeps the national name and the register number; a secretariat printing on blanks
 * that carry them already deletes that table from its template.
 */
function certificate(): Block[] {
  return [
    header({ issuer: false, dated: false }),
    centred(field('nguoi_khen'), { size: SIZE.text, bold: true }, 4 * PARAGRAPH_SPACING),
    centred('TẶNG', { size: SIZE.text, bold: true }, 2 * PARAGRAPH_SPACING),
    centred(field('hinh_thuc_khen'), { size: 26, bold: true }, PARAGRAPH_SPACING),
    centred(field('nguoi_nhan'), { size: 18, bold: true }, 3 * PARAGRAPH_SPACING),
    centred(field('don_vi'), { size: SIZE.text }, PARAGRAPH_SPACING),
    centred(
      `Đã đạt ${field('giai')} ${field('ten_cuoc_thi')} với sáng kiến, giải pháp “${field('ten_bai')}”.`,
      { size: SIZE.text },
      2 * PARAGRAPH_SPACING,
    ),
    certificateFoot(),
  ];
}

/** A short letter of praise (thư khen) from the organiser (Tân An 2024: "văn bản tuyên dương"). */
function praise(): Block[] {
  return [
    header(dated),
    ...title('THƯ KHEN', null),
    bodyParagraph(
      `${field('co_quan_khen')} trân trọng tuyên dương ${field('nguoi_nhan')}, ${field('don_vi')}, đã có sáng kiến, giải pháp “${field('ten_bai')}” (lĩnh vực: ${field('linh_vuc')}) tham gia ${field('ten_cuoc_thi')}, ${field('thanh_tich')}.`,
    ),
    bodyParagraph(
      `Đây là đóng góp thiết thực cho công tác cải cách hành chính trên địa bàn. ${field('co_quan_khen')} ghi nhận, biểu dương và mong tiếp tục nhận được nhiều sáng kiến, giải pháp thiết thực, hiệu quả./.`,
    ),
    recipientsAndSignature(),
  ];
}

/** The receipt an entrant keeps: what was received, from whom and when. */
function receipt(): Block[] {
  return [
    header(dated),
    ...title('GIẤY BIÊN NHẬN', `Bài dự thi ${field('ten_cuoc_thi')}`),
    bodyParagraph('Ban Tổ chức Cuộc thi đã nhận bài dự thi sau:'),
    bodyParagraph([{ text: '- Mã bài dự thi: ' }, { text: field('ma_bai'), bold: true }, { text: ';' }]),
    bodyParagraph(`- Tên sáng kiến, giải pháp: ${field('ten_bai')};`),
    bodyParagraph(`- Tác giả: ${field('tac_gia')};`),
    bodyParagraph(`- Đơn vị: ${field('don_vi')};`),
    bodyParagraph(`- Lĩnh vực: ${field('linh_vuc')};`),
    bodyParagraph(`- Thời điểm nhận: ${field('thoi_diem_nhan')}.`),
    bodyParagraph('Khi liên hệ với Ban Tổ chức về bài dự thi này, đề nghị ghi rõ mã bài dự thi nêu trên./.'),
    recipientsAndSignature(),
  ];
}

const BUILDERS: Record<DocumentKind, () => Block[]> = { decision, proposal, minutes, notice, certificate, praise, receipt };

/** The default template of a kind: placeholders only, nothing contest-specific, so re-generating after a configuration change still works. */
export function defaultTemplate(kind: DocumentKind): DocumentModel {
  return decreeDocument(`Mẫu – ${DOCUMENT_KIND_INFO[kind].name}`, BUILDERS[kind]());
}
