import fc from 'fast-check';
import type { LegalBasis, Signer } from '../../../src/core/config/model';
import {
  basesInForce,
  dateLine,
  documentNumber,
  documentText,
  instantText,
  preamble,
  prizeInText,
  recipientLines,
  runningName,
  signatureTitle,
} from '../../../src/core/documents/fill-text';

describe('documentText: user text made safe for a document', () => {
  it('turns every line break, tab and control character into one space and collapses the spaces', () => {
    expect(documentText('Số hóa\nhồ sơ\r\n\tmột cửa\u000b\u0085liên thông\u2028nay')).toBe('Số hóa hồ sơ một cửa liên thông nay');
    expect(documentText('  Sở   Nội vụ  ')).toBe('Sở Nội vụ');
  });

  it('composes decomposed Vietnamese (Unikey "Unicode tổ hợp") into NFC', () => {
    const nfd = 'Nguyễn Thị Hằng'.normalize('NFD');
    expect(documentText(nfd)).toBe('Nguyễn Thị Hằng'.normalize('NFC'));
  });

  it('removes private-use characters, which the filler uses as markers', () => {
    expect(documentText('Tên\uE000 bài\uF8FF')).toBe('Tên bài');
  });

  it('keeps quotes, formulas, markup and placeholders exactly as typed', () => {
    const text = '{{so_ky_hieu}} =IMPORTXML("x") <b>x</b> ‘a’ “b” & {{ten_bai}}';
    expect(documentText(text)).toBe(text);
  });

  it('leaves nothing a filler could misread, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const out = documentText(s);
        expect(out).not.toMatch(/[\p{Cc}\u2028\u2029\uE000-\uF8FF]/u);
        expect(out).not.toMatch(/ {2}/);
        expect(out).toBe(out.trim());
        expect(documentText(out)).toBe(out);
        // Only controls, private-use characters, spacing and composition may differ.
        const skeleton = (t: string): string => t.normalize('NFC').replace(/[\p{Cc}\u2028\u2029\uE000-\uF8FF\s]/gu, '');
        expect(skeleton(out)).toBe(skeleton(s));
      }),
      { numRuns: 200 },
    );
  });
});

describe('signatureTitle: the three signing modes (Nghị định 30/2020, Phụ lục I khoản 7)', () => {
  const signer = (mode: Signer['mode'], onBehalfOf = 'ỦY BAN NHÂN DÂN'): Signer => ({ onBehalfOf, mode, headTitle: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'X' });

  it.each([
    ['head', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'],
    ['deputy', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'],
    ['acting', 'TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH'],
  ] as const)('%s signs for the collective as %j', (mode, lines) => {
    expect(signatureTitle(signer(mode))).toBe(lines);
  });

  it('has no TM. line when the head signs in person or under personal authority', () => {
    expect(signatureTitle(signer('deputy', ''))).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(signatureTitle(signer('head'), false)).toBe('CHỦ TỊCH');
  });

  it('writes titles typed in lower case in upper case', () => {
    expect(signatureTitle({ onBehalfOf: '', mode: 'deputy', headTitle: 'giám đốc', position: 'phó giám đốc', name: '' })).toBe('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
  });
});

describe('legal bases', () => {
  const bases: LegalBasis[] = [
    { text: 'Luật cũ', validUntil: '2023-12-31' },
    { text: 'Luật mới', validFrom: '2024-01-01' },
    { text: 'Nghị định 98', validFrom: '2024-01-01', validUntil: '2025-06-30' },
    { text: 'Nghị định 152', validFrom: '2025-07-01' },
  ];

  it('keeps the bases in force on the day, both bounds included', () => {
    expect(basesInForce(bases, '2023-12-31')).toEqual(['Luật cũ']);
    expect(basesInForce(bases, '2024-01-01')).toEqual(['Luật mới', 'Nghị định 98']);
    expect(basesInForce(bases, '2025-06-30')).toEqual(['Luật mới', 'Nghị định 98']);
    expect(basesInForce(bases, '2025-07-01')).toEqual(['Luật mới', 'Nghị định 152']);
  });

  it('writes one "Căn cứ …;" per line and ends the preamble with "Theo đề nghị của … ."', () => {
    expect(preamble(['Luật A', 'Căn cứ Nghị định B;'], 'Trưởng Ban Tổ chức').split('\n')).toEqual([
      'Căn cứ Luật A;',
      'Căn cứ Nghị định B;',
      'Theo đề nghị của Trưởng Ban Tổ chức.',
    ]);
  });
});

describe('recipientLines', () => {
  it('writes "- …;" lines and the archive line last with a full stop', () => {
    expect(recipientLines(['Lưu: VT, NC', 'Như Điều 3', '- Sở Nội vụ;'])).toBe('- Như Điều 3;\n- Sở Nội vụ;\n- Lưu: VT, NC.');
  });

  it('adds an archive line when the configuration has none', () => {
    expect(recipientLines(['Như trên'], 'Lưu: VT, BTC')).toBe('- Như trên;\n- Lưu: VT, BTC.');
    expect(recipientLines([])).toBe('- Lưu: VT.');
  });
});

describe('names in running text (Nghị định 30/2020, Phụ lục II)', () => {
  it.each([
    ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', 'Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang'],
    ['ỦY BAN NHÂN DÂN XÃ TÂN AN', 'Ủy ban nhân dân xã Tân An'],
    ['GIÁM ĐỐC SỞ NỘI VỤ', 'Giám đốc Sở Nội vụ'],
    ['UBND HUYỆN VĨNH CỬU', 'UBND huyện Vĩnh Cửu'],
    ['VĂN PHÒNG HĐND VÀ UBND PHƯỜNG VỊ THANH', 'Văn phòng HĐND và UBND phường Vị Thanh'],
    ['ỦY BAN NHÂN DÂN QUẬN 1', 'Ủy ban nhân dân Quận 1'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['Chủ tịch UBND tỉnh Hậu Giang', 'Chủ tịch UBND tỉnh Hậu Giang'],
  ])('%s → %s', (name, expected) => {
    expect(runningName(name)).toBe(expected);
  });

  it('writes a prize inside a sentence with its rank capitalised: "giải Nhất"', () => {
    expect(prizeInText('Giải Nhất')).toBe('giải Nhất');
    expect(prizeInText('Giải Khuyến khích')).toBe('giải Khuyến khích');
    expect(prizeInText('CCHC tiêu biểu')).toBe('CCHC tiêu biểu');
  });
});

describe('numbers and dates of a paper', () => {
  it('prints the registered number, else a blank and the symbol for the văn thư', () => {
    expect(documentNumber('123/QĐ-UBND', 'QĐ-UBND')).toBe('123/QĐ-UBND');
    expect(documentNumber('', 'QĐ-UBND')).toBe('      /QĐ-UBND');
  });

  it('dates a paper in ND 30 form, or leaves the day and month blank for signing by hand', () => {
    expect(dateLine('Hậu Giang', '2024-08-16', 2024)).toBe('Hậu Giang, ngày 16 tháng 8 năm 2024');
    expect(dateLine('Hậu Giang', '2024-02-05', 2024)).toBe('Hậu Giang, ngày 05 tháng 02 năm 2024');
    expect(dateLine('Hậu Giang', null, 2025)).toBe('Hậu Giang, ngày      tháng      năm 2025');
  });

  it('writes when an entry arrived in Vietnam time, whatever the server time zone', () => {
    expect(instantText(new Date('2024-07-15T02:30:00Z'))).toBe('09 giờ 30 phút, ngày 15 tháng 7 năm 2024');
    expect(instantText(new Date('2024-12-31T17:05:00Z'))).toBe('00 giờ 05 phút, ngày 01 tháng 01 năm 2025');
  });
});
