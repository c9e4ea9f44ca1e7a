import type { ContestConfig } from '../../../src/core/config/model';
import { presetById } from '../../../src/core/config/presets';
import { malformedPlaceholdersIn, placeholdersIn, type Block, type ParagraphBlock, type TableBlock } from '../../../src/core/documents/document-model';
import { fillReplacements } from '../../../src/core/documents/fill-requests';
import { HAND_BLANK } from '../../../src/core/documents/fill-text';
import {
  REPORT_TABLE_FIELDS,
  REPORT_VALUE_FIELDS,
  replicationReportFill,
  replicationReportName,
  replicationReportTemplate,
  type ReplicationReportFacts,
} from '../../../src/core/replication/report-document';
import type { Assignment, Initiative, ReplicationStatus } from '../../../src/core/replication/replication-model';
import { GoogleDocuments } from '../../../src/workspace/google-documents';
import { createEmulator } from '../../emulator';

const textOf = (p: ParagraphBlock): string => p.runs.map((r) => r.text).join('');

function paragraphs(blocks: readonly Block[]): ParagraphBlock[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flat().flatMap((cell) => paragraphs(cell)) : []));
}

const LONG_TITLE = 'Số hóa toàn bộ hồ sơ hộ tịch của xã và kết nối với cơ sở dữ liệu quốc gia về dân cư';

function initiative(code: string, title: string, ownerUnit: string, source: Initiative['source'] = 'contest'): Initiative {
  return { code, title, ownerUnit, category: '', summary: '', decision: '', year: 2024, source, entryCode: source === 'contest' ? code : '', prize: '' };
}

function assignment(initiativeCode: string, agencyCode: string, status: ReplicationStatus, more: Partial<Assignment> = {}): Assignment {
  return { initiativeCode, agencyCode, due: '2024-10-01', status, evidence: '', updatedAt: null, reportedBy: '', responseId: '', note: '', droppedFromPlan: false, ...more };
}

function facts(more: Partial<ReplicationReportFacts> = {}, config: ContestConfig = presetById('hauGiang2024').build()): ReplicationReportFacts {
  return {
    config,
    today: '2024-11-23',
    initiatives: [],
    agencies: config.units.map((u) => ({ code: u.code, name: u.name, emails: [] })),
    assignments: [],
    overdue: [],
    ...more,
  };
}

describe('the report template', () => {
  const template = replicationReportTemplate();
  const all = paragraphs(template.blocks);

  it('holds exactly the placeholders its fill provides, each well formed', () => {
    const used = new Set(all.flatMap((p) => placeholdersIn(textOf(p))));
    const fill = replicationReportFill(facts());
    expect([...used].sort()).toEqual([...Object.keys(fill.values), ...Object.keys(fill.tables)].sort());
    expect([...used].sort()).toEqual([...REPORT_VALUE_FIELDS, ...REPORT_TABLE_FIELDS].sort());
    expect(all.flatMap((p) => malformedPlaceholdersIn(textOf(p)))).toEqual([]);
  });

  it('has each table placeholder alone in a paragraph of the body', () => {
    for (const name of REPORT_TABLE_FIELDS) {
      const holders = all.filter((p) => textOf(p).includes(`{{${name}}}`));
      expect(holders).toHaveLength(1);
      expect(textOf(holders[0])).toBe(`{{${name}}}`);
      expect(template.blocks).toContain(holders[0]);
    }
  });

  it('is a BÁO CÁO in the decree layout: header, title and summary, sections I to IV, recipients and signature', () => {
    const header = template.blocks[0] as TableBlock;
    expect(header).toMatchObject({ kind: 'table', borders: false });
    expect(header.rows[0][0].map(textOf)).toContain('Số: {{so_ky_hieu}}');
    expect(header.rows[0][1].map(textOf)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const texts = all.map(textOf);
    const order = ['BÁO CÁO', '{{trich_yeu}}', 'I. TÌNH HÌNH CHUNG', '{{mo_dau}}', 'II. KẾT QUẢ NHÂN RỘNG', '{{bang_nhan_rong}}', 'III. ĐƠN VỊ CHẬM TRIỂN KHAI', '{{danh_sach_qua_han}}', 'IV. ĐỀ XUẤT', 'Nơi nhận:', '{{nguoi_ky}}'];
    const positions = order.map((text) => texts.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(texts.some((t) => t.includes('báo cáo đề xuất cấp có thẩm quyền xem xét xử lý đối với các cơ quan, đơn vị không triển khai'))).toBe(true);
  });
});

describe('the report’s figures', () => {
  const initiatives = [
    initiative('HG2024-001', 'Một cửa số', 'Sở Tư pháp'),
    initiative('HG2024-002', LONG_TITLE, 'Sở Tài chính'),
    initiative('SK-01', 'Họp không giấy', 'Văn phòng UBND tỉnh', 'manual'),
  ];
  const assignments = [
    assignment('HG2024-001', 'SNV', 'applied'),
    assignment('HG2024-001', 'SKHDT', 'applying'),
    assignment('HG2024-001', 'VPUB', 'notStarted', { due: '2024-11-18' }),
    assignment('HG2024-001', 'STC', 'notSuitable'),
    // A row repeating a pair and a pair dropped from the plan change nothing.
    assignment('HG2024-001', 'SNV', 'applying'),
    assignment('HG2024-001', 'STTTT', 'applied', { droppedFromPlan: true }),
    assignment('HG2024-002', 'SNV', 'notStarted'),
    assignment('HG2024-002', 'STP', 'applying', { due: '2024-11-01' }),
    // A code the plan names that the register does not have.
    assignment('X-9', 'STC', 'applied'),
  ];
  const fill = replicationReportFill(facts({ initiatives, assignments }));

  it('counts each initiative’s agencies by status, leaving out pairs dropped from the plan, with the totals', () => {
    const table = fill.tables.bang_nhan_rong;
    expect(table.header).toEqual(['STT', 'Sáng kiến', 'Đơn vị chủ trì', 'Số đơn vị được giao', 'Đã áp dụng', 'Đang áp dụng', 'Chưa triển khai', 'Không phù hợp']);
    expect(table.rows).toEqual([
      ['1', 'Một cửa số (HG2024-001)', 'Sở Tư pháp', '4', '1', '1', '1', '1'],
      ['2', `${LONG_TITLE} (HG2024-002)`, 'Sở Tài chính', '2', '0', '1', '1', '0'],
      ['3', 'X-9', '…………', '1', '1', '0', '0', '0'],
    ]);
    expect(table.footer).toEqual(['', 'Tổng cộng', '', '7', '2', '2', '2', '1']);
  });

  it('states the register and the plan in section I and the pairs by status in section II', () => {
    expect(fill.values.mo_dau).toBe(
      'Tính đến ngày 23/11/2024, có 03 sáng kiến, mô hình được công nhận đưa vào theo dõi (gồm 02 sáng kiến đạt giải tại cuộc thi và 01 sáng kiến, mô hình được công nhận khác). Đã giao nhân rộng 03 sáng kiến, mô hình đến 05 cơ quan, đơn vị, với 07 lượt giao áp dụng; 01 sáng kiến, mô hình chưa được giao nhân rộng.',
    );
    expect(fill.values.ket_qua_nhan_rong).toBe(
      'Trong 07 lượt giao áp dụng: 02 lượt đã áp dụng, 02 lượt đang áp dụng, 02 lượt chưa triển khai và 01 lượt được cơ quan, đơn vị báo cáo không phù hợp. Có 02/03 sáng kiến, mô hình đã được ít nhất một cơ quan, đơn vị áp dụng. Kết quả cụ thể như sau:',
    );
  });

  it('says so when nothing is assigned yet', () => {
    const empty = replicationReportFill(facts({ initiatives }));
    expect(empty.values.mo_dau).toContain('Chưa có sáng kiến, mô hình nào được giao nhân rộng.');
    expect(empty.values.ket_qua_nhan_rong).toBe('Chưa có kết quả nhân rộng.');
    expect(empty.tables.bang_nhan_rong.rows).toEqual([]);
    expect(empty.tables.bang_nhan_rong.footer).toEqual(['', 'Tổng cộng', '', '0', '0', '0', '0', '0']);
  });

  it('lists the overdue pairs by agency in the agencies sheet’s order, the latest first, with the due date as dd/mm/yyyy', () => {
    const overdue = [
      { assignment: assignments[7], daysLate: 22 },
      { assignment: assignments[6], daysLate: 53 },
      { assignment: assignments[2], daysLate: 5 },
      { assignment: assignment('X-9', 'PX', 'notStarted', { due: null }), daysLate: 3 },
      { assignment: assignment('X-9', 'SNV', 'applying', { due: '2024-11-13' }), daysLate: 10 },
      { assignment: assignment('HG2024-002', 'STC', 'notStarted', { droppedFromPlan: true }), daysLate: 53 },
    ];
    const report = replicationReportFill(facts({ initiatives, assignments, overdue }));
    expect(report.tables.danh_sach_qua_han.header).toEqual(['STT', 'Đơn vị', 'Sáng kiến', 'Hạn', 'Số ngày quá hạn']);
    expect(report.tables.danh_sach_qua_han.rows).toEqual([
      ['1', 'Sở Nội vụ', LONG_TITLE, '01/10/2024', '53'],
      ['2', 'Sở Nội vụ', 'X-9', '13/11/2024', '10'],
      ['3', 'Văn phòng UBND tỉnh', 'Một cửa số', '18/11/2024', '5'],
      ['4', 'Sở Tư pháp', LONG_TITLE, '01/11/2024', '22'],
      ['5', 'PX', 'X-9', '', '3'],
    ]);
    expect(report.values.tinh_hinh_qua_han).toBe(
      'Tính đến ngày 23/11/2024, có 05 lượt giao áp dụng của 04 cơ quan, đơn vị đã quá thời hạn nhưng chưa hoàn thành (chưa triển khai hoặc đang áp dụng), cụ thể như sau:',
    );
  });

  it('keeps the overdue table with one row saying no agency is late when none is', () => {
    expect(fill.tables.danh_sach_qua_han.rows).toEqual([['', 'Không có đơn vị nào quá hạn.', '', '', '']]);
    expect(fill.values.tinh_hinh_qua_han).toBe('Tính đến ngày 23/11/2024, không có cơ quan, đơn vị nào chậm triển khai so với thời hạn được giao.');
  });
});

describe('the report’s header, recipients and signature', () => {
  it('leaves the number for the văn thư, dates the report today and signs as configured', () => {
    const { values } = replicationReportFill(facts());
    expect(values.so_ky_hieu).toBe(`${HAND_BLANK}/BC-UBND`);
    expect(values.dia_danh_ngay).toBe('Hậu Giang, ngày 23 tháng 11 năm 2024');
    expect(values.co_quan_ban_hanh).toBe('ỦY BAN NHÂN DÂN TỈNH HẬU GIANG');
    expect(values.co_quan_bao_cao).toBe('Ủy ban nhân dân tỉnh Hậu Giang');
    expect(values.trich_yeu).toBe('Tình hình nhân rộng, áp dụng sáng kiến, mô hình cải cách hành chính');
    expect(values.chuc_danh_ky).toBe('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(values.nguoi_ky).toBe('Trương Cảnh Tuyên');
    // "Như Điều 3" points into the award decision the recipients were configured for.
    expect(values.noi_nhan.split('\n')).toEqual(['- Các cơ quan, đơn vị được giao nhân rộng;', '- Sở Nội vụ;', '- Lưu: VT, NC.']);
  });

  it('prints the registered number when there is one', () => {
    expect(replicationReportFill(facts({ number: ' 125/BC-UBND ' })).values.so_ky_hieu).toBe('125/BC-UBND');
  });

  it('names the file by the contest’s code and the day', () => {
    expect(replicationReportName(presetById('hauGiang2024').build(), '2026-11-23')).toBe('Báo cáo nhân rộng sáng kiến - HG2024 - 2026-11-23');
  });
});

describe('text typed by users', () => {
  const hostile = ['{{so_ky_hieu}}', '=1+1', '<b>đậm</b>\nhàng hai'];
  const initiatives = hostile.map((title, i) => initiative(`K${i + 1}`, title, '=HYPERLINK("x")'));
  const assignments = initiatives.map((i) => assignment(i.code, 'AG', 'notStarted'));
  const agencies = [{ code: 'AG', name: '{{nguoi_ky}} <i>Sở</i>', emails: [] }];
  const overdue = assignments.map((a) => ({ assignment: a, daysLate: 1 }));

  it('reaches the tables as literal text, line breaks made spaces', () => {
    const { tables } = replicationReportFill(facts({ initiatives, assignments, agencies, overdue }));
    expect(tables.bang_nhan_rong.rows.map((r) => r.slice(1, 3))).toEqual([
      ['{{so_ky_hieu}} (K1)', '=HYPERLINK("x")'],
      ['=1+1 (K2)', '=HYPERLINK("x")'],
      ['<b>đậm</b> hàng hai (K3)', '=HYPERLINK("x")'],
    ]);
    expect(tables.danh_sach_qua_han.rows.map((r) => r.slice(1, 3))).toEqual([
      ['{{nguoi_ky}} <i>Sở</i>', '{{so_ky_hieu}}'],
      ['{{nguoi_ky}} <i>Sở</i>', '=1+1'],
      ['{{nguoi_ky}} <i>Sở</i>', '<b>đậm</b> hàng hai'],
    ]);
  });

  it('stays literal in the values once the filler’s replacements have run', () => {
    const config = presetById('hauGiang2024').build();
    config.identity.organiser.name = 'Sở {{so_ky_hieu}} <b>Nội vụ</b>';
    const { values } = replicationReportFill(facts({}, config));
    const opening = paragraphs(replicationReportTemplate().blocks).map(textOf).find((t) => t.startsWith('Thực hiện nhiệm vụ'))!;
    const filled = fillReplacements(values).reduce((text, r) => text.replaceAll(r.find, r.replace), opening);
    expect(filled).toContain('công nhận, Sở {{so_ky_hieu}} <b>Nội vụ</b> báo cáo tình hình');
  });
});

describe('the report made in Google Docs (emulator)', () => {
  it('puts each table in its own place even when a title is typed as the other table’s placeholder', () => {
    const emu = createEmulator({ owner: 'thuky@snv.gov.vn', startTime: new Date('2024-11-23T02:00:00Z') });
    const uninstall = emu.install(globalThis, { virtualDate: true });
    try {
      const initiatives = [initiative('A-1', '{{danh_sach_qua_han}}', 'Sở Nội vụ'), initiative('A-2', '{{so_ky_hieu}} =1+1', 'Sở Tư pháp')];
      const assignments = [assignment('A-1', 'STP', 'applying'), assignment('A-2', 'STC', 'notStarted')];
      const fill = replicationReportFill(facts({ initiatives, assignments, overdue: [{ assignment: assignments[1], daysLate: 53 }] }));
      const text = emu.runAs('thuky@snv.gov.vn', () => {
        const files = new GoogleDocuments();
        const folder = files.folder(null, 'Văn bản');
        const document = files.createDocument(replicationReportTemplate(), folder.id);
        files.fill(document.id, fill);
        return files.textOf(document.id);
      });
      const lines = text.split('\n');
      expect(lines).toContain('{{danh_sach_qua_han}} (A-1)');
      expect(lines).toContain('{{so_ky_hieu}} =1+1 (A-2)');
      // The overdue table sits under section III, after the progress table's rows.
      const section3 = lines.indexOf('III. ĐƠN VỊ CHẬM TRIỂN KHAI');
      expect(lines.indexOf('Số ngày quá hạn')).toBeGreaterThan(section3);
      expect(lines.indexOf('{{danh_sach_qua_han}} (A-1)')).toBeLessThan(section3);
      expect(lines).toContain('Số:       /BC-UBND');
      expect(text.replaceAll('{{danh_sach_qua_han}} (A-1)', '').replaceAll('{{so_ky_hieu}} =1+1', '')).not.toMatch(/\{\{[a-z0-9_]+\}\}/);
    } finally {
      uninstall();
    }
  });

  it('puts the table under its heading when the place name, printed earlier in the header, is typed as the table’s placeholder', () => {
    const emu = createEmulator({ owner: 'thuky@snv.gov.vn', startTime: new Date('2024-11-23T02:00:00Z') });
    const uninstall = emu.install(globalThis, { virtualDate: true });
    try {
      const config = presetById('hauGiang2024').build();
      config.identity.placeName = '{{bang_nhan_rong}}';
      const initiatives = [initiative('A-1', 'Sổ tay một cửa', 'Sở Nội vụ')];
      const fill = replicationReportFill(facts({ initiatives, assignments: [assignment('A-1', 'STP', 'applied')] }, config));
      const text = emu.runAs('thuky@snv.gov.vn', () => {
        const files = new GoogleDocuments();
        const document = files.createDocument(replicationReportTemplate(), files.folder(null, 'Văn bản').id);
        files.fill(document.id, fill);
        return files.textOf(document.id);
      });
      const lines = text.split('\n');
      expect(lines).toContain('{{bang_nhan_rong}}, ngày 23 tháng 11 năm 2024');
      expect(lines.indexOf('Sổ tay một cửa (A-1)')).toBeGreaterThan(lines.indexOf('II. KẾT QUẢ NHÂN RỘNG'));
    } finally {
      uninstall();
    }
  });
});
