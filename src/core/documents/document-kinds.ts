// The papers the add-on generates from a contest's results, and what identifies each kind: its key
// in the Documents sheet, its type name as printed (tên loại) and its type abbreviation in the
// document number (ký hiệu).

export type DocumentKind = 'decision' | 'proposal' | 'minutes' | 'notice' | 'certificate' | 'praise' | 'receipt';

/** Single documents first, then the ones made per entry: the order planDocuments lists them in. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['decision', 'proposal', 'minutes', 'notice', 'certificate', 'praise', 'receipt'];

export interface DocumentKindInfo {
  /** Key of the document, or of each entry's document followed by "-<entry code>". */
  keyPrefix: string;
  /** What the paper is, in the secretariat's words (Documents sheet, file names). */
  name: string;
  /**
   * Type abbreviation in "Số: …/QĐ-UBND" (Nghị định 30/2020, Phụ lục III Mục I; research
   * §1.6); null when the paper is not numbered that way (see numberBlank in fill-text.ts).
   */
  abbreviation: string | null;
}

export const DOCUMENT_KIND_INFO: Readonly<Record<DocumentKind, DocumentKindInfo>> = {
  decision: { keyPrefix: 'QD', name: 'Quyết định trao giải', abbreviation: 'QĐ' },
  proposal: { keyPrefix: 'TTR', name: 'Tờ trình đề nghị khen thưởng', abbreviation: 'TTr' },
  minutes: { keyPrefix: 'BB', name: 'Biên bản họp Ban Giám khảo', abbreviation: 'BB' },
  notice: { keyPrefix: 'TB', name: 'Thông báo kết quả', abbreviation: 'TB' },
  // Bằng khen and giấy khen have no abbreviation in Phụ lục III: they are numbered in the award
  // register (sổ khen thưởng) and cite the decision that awards them.
  certificate: { keyPrefix: 'BK', name: 'Bằng khen, giấy khen', abbreviation: null },
  // A letter (thư công) has no type abbreviation either: like a công văn, its symbol is the
  // issuer's (research §1.6).
  praise: { keyPrefix: 'TD', name: 'Thư khen', abbreviation: null },
  // Numbered by the entry's code (fill-text.ts receiptNumber).
  receipt: { keyPrefix: 'BN', name: 'Giấy biên nhận bài dự thi', abbreviation: null },
};
