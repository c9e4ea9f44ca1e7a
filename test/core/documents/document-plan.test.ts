import type { ContestConfig } from '../../../src/core/config/model';
import { planDocuments, type DocumentFacts, type PlannedDocument } from '../../../src/core/documents/document-plan';
import { placeholdersIn, type ParagraphBlock } from '../../../src/core/documents/document-model';
import { TEMPLATE_FIELDS } from '../../../src/core/documents/placeholders';
import { defaultTemplate } from '../../../src/core/documents/templates';
import type { EntryResult } from '../../../src/core/results/results-model';
import { formatMoney, moneyInWords } from '../../../src/core/vn';
import { contestConfig, contestFacts, hauGiangSpecs, JUDGES, SECRETARY, type EntrySpec, dakrongTieSpecs } from './fixtures';

const byKey = (docs: readonly PlannedDocument[], key: string): PlannedDocument => {
  const doc = docs.find((d) => d.key === key);
  if (!doc) throw new Error(`no document ${key}`);
  return doc;
};
const values = (docs: readonly PlannedDocument[], key: string): Record<string, string> => byKey(docs, key).fill.values;
const winnersOf = (facts: DocumentFacts): EntryResult[] => facts.results.entries.filter((r) => r.outcome.kind === 'prize' || r.outcome.kind === 'special');
const amountOf = (r: EntryResult): number => (r.outcome.kind === 'prize' || r.outcome.kind === 'special' ? r.outcome.amount : 0);

describe('Hậu Giang 2024: the papers six prizes call for', () => {
  const facts = contestFacts(contestConfig('hauGiang2024'), hauGiangSpecs());
  const docs = planDocuments(facts);
  const winners = winnersOf(facts);

  it('plans one decision, proposal, minutes and notice, then a certificate per winner and a receipt per entry received', () => {
    expect(winners).toHaveLength(6);
    expect(docs.slice(0, 4).map((d) => d.key)).toEqual(['QD', 'TTR', 'BB', 'TB']);
    const certificates = docs.filter((d) => d.kind === 'certificate');
    expect(certificates.map((d) => d.entryCode)).toEqual(winners.map((r) => r.entry.code).sort());
    expect(certificates.map((d) => d.subject.split(' – ')[0])).toEqual(['Bằng khen', 'Bằng khen', 'Bằng khen', 'Giấy khen', 'Giấy khen', 'Giấy khen']);
    expect(docs.filter((d) => d.kind === 'receipt').map((d) => d.entryCode)).toEqual(facts.received.map((r) => r.code));
    expect(docs.filter((d) => d.kind === 'praise')).toEqual([]);
  });

  it('gives every document a unique key and file names without "/" or control characters', () => {
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
    for (const d of docs) expect(d.fileName).not.toMatch(/[/\p{Cc}]/u);
    expect(byKey(docs, 'BK-HG2024-001').subject).toBe('Bằng khen – HG2024-001 – Tác Giả Số1');
  });

  it('fills every placeholder of its template with text, and provides nothing the catalogue does not list', () => {
    for (const d of docs) {
      expect(Object.keys(d.fill.values).sort()).toEqual([...TEMPLATE_FIELDS[d.kind].values].sort());
      expect(Object.keys(d.fill.tables).sort()).toEqual([...TEMPLATE_FIELDS[d.kind].tables].sort());
      const template = defaultTemplate(d.kind).blocks.flatMap(function flat(b): ParagraphBlock[] {
        return b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flat(2).flatMap(flat) : [];
      });
      for (const name of template.flatMap((p) => placeholdersIn(p.runs.map((r) => r.text).join('')))) {
        expect(typeof (d.fill.values[name] ?? d.fill.tables[name])).not.toBe('undefined');
      }
      for (const text of Object.values(d.fill.values)) expect(typeof text).toBe('string');
    }
  });

  it('annexes the winners with their authors, unit, title, prize and amount, and a total that adds up', () => {
    const list = byKey(docs, 'QD').fill.tables.danh_sach_giai;
    expect(list.header).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Tên sáng kiến, giải pháp', 'Giải', 'Số tiền (đồng)']);
    expect(list.rows).toEqual([
      ['1', 'Tác Giả Số1', 'Sở Nội vụ', 'Sáng kiến số 1', 'Giải Nhất', '10.000.000'],
      ['2', 'Tập thể Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 'Sáng kiến số 2', 'Giải Nhì', '7.000.000'],
      ['3', 'Nguyễn Văn An, Trần Thị Bé, Lý Văn Cường', 'Văn phòng UBND tỉnh', 'Sáng kiến số 3', 'Giải Ba', '5.000.000'],
      ['4', 'Tác Giả Số4', 'Sở Tư pháp', 'Sáng kiến số 4', 'Giải Khuyến khích', '3.000.000'],
      ['5', 'Tác Giả Số5', 'Sở Tài chính', 'Sáng kiến số 5', 'Giải Khuyến khích', '3.000.000'],
      ['6', 'Tác Giả Số6', 'Sở Thông tin và Truyền thông', 'Sáng kiến số 6', 'Giải Khuyến khích', '3.000.000'],
    ]);
    const total = winners.reduce((sum, r) => sum + amountOf(r), 0);
    expect(total).toBe(31_000_000);
    expect(list.footer).toEqual(['', 'Tổng cộng', '', '', '', '31.000.000']);
    const decision = values(docs, 'QD');
    expect(decision.tong_tien_bang_chu).toBe(moneyInWords(total));
    expect(decision.dieu_2).toContain(`${formatMoney(total)} (Bằng chữ: ${moneyInWords(total)})`);
    expect(byKey(docs, 'TB').fill.tables.danh_sach_giai).toEqual(list);
    expect(byKey(docs, 'TTR').fill.tables.danh_sach_giai).toEqual(list);
  });

  it('counts collectives, groups and individuals in Article 1 and refers to the annex', () => {
    expect(values(docs, 'QD').dieu_1).toBe(
      'Tặng Bằng khen của Chủ tịch UBND tỉnh Hậu Giang cho 01 tập thể, 01 nhóm tác giả và 01 cá nhân; tặng Giấy khen của Giám đốc Sở Nội vụ tỉnh Hậu Giang cho 03 cá nhân đã đạt giải Cuộc thi “Đề xuất mô hình, sáng kiến, giải pháp trong thực hiện nhiệm vụ cải cách hành chính gắn với xây dựng chính quyền điện tử, chính quyền số trên địa bàn tỉnh Hậu Giang” năm 2024 (có danh sách kèm theo).',
    );
  });

  it('leaves the number and date blank for the văn thư until the secretariat records them', () => {
    const decision = values(docs, 'QD');
    expect(decision.so_ky_hieu).toBe('      /QĐ-UBND');
    expect(decision.dia_danh_ngay).toBe('Hậu Giang, ngày      tháng      năm 2024');
    expect(values(docs, 'TTR').so_ky_hieu).toBe('      /TTr-BTC');
    expect(values(docs, 'BB').so_ky_hieu).toBe('      /BB-BGK');
    expect(values(docs, 'TB').so_ky_hieu).toBe('      /TB-BTC');
    expect(values(docs, 'BK-HG2024-001').quyet_dinh).toBe('Quyết định số ………… ngày ………… của Ủy ban nhân dân tỉnh Hậu Giang');
    expect(values(docs, 'BN-HG2024-001').so_ky_hieu).toBe('HG2024-001');
  });

  it('signs the decision per the configuration and the certificates under the head’s own authority', () => {
    expect(values(docs, 'QD')).toMatchObject({
      tham_quyen: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
      chuc_danh_ky: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      nguoi_ky: 'Trương Cảnh Tuyên',
      noi_nhan: '- Như Điều 3;\n- Sở Nội vụ;\n- Lưu: VT, NC.',
    });
    expect(values(docs, 'BK-HG2024-001')).toMatchObject({
      nguoi_khen: 'CHỦ TỊCH UBND TỈNH HẬU GIANG',
      hinh_thuc_khen: 'BẰNG KHEN',
      chuc_danh_ky: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      nguoi_ky: 'Trương Cảnh Tuyên',
      giai: 'giải Nhất',
      ten_bai: 'Sáng kiến số 1',
    });
    // The consolation prizes' Giấy khen is the director's: his title is printed, his name left to the secretariat.
    expect(values(docs, 'BK-HG2024-004')).toMatchObject({ hinh_thuc_khen: 'GIẤY KHEN', chuc_danh_ky: 'GIÁM ĐỐC SỞ NỘI VỤ TỈNH HẬU GIANG', nguoi_ky: '' });
    expect(values(docs, 'BK-HG2024-002').nguoi_nhan).toBe('Tập thể Sở Kế hoạch và Đầu tư');
    expect(values(docs, 'TTR')).toMatchObject({ kinh_gui: 'Ủy ban nhân dân tỉnh Hậu Giang', chuc_danh_ky: 'TM. BAN TỔ CHỨC\nTRƯỞNG BAN', nguoi_ky: 'Nguyễn Hoàng Anh' });
  });

  it('writes the minutes with the panel, the chair (the judge who is "Trưởng ban"), the secretary and every ranked entry’s scores', () => {
    const minutes = byKey(docs, 'BB');
    expect(minutes.fill.values).toMatchObject({
      ten_chu_toa: JUDGES[1].name,
      chu_toa: 'Trần Thị Cúc, Trưởng ban, Sở Tư pháp',
      ten_thu_ky: SECRETARY.name,
      thanh_phan: '- Lê Văn Bình, Phó Trưởng ban, Sở Nội vụ;\n- Trần Thị Cúc, Trưởng ban, Sở Tư pháp;\n- Phạm Minh Đức, Thành viên, Sở Tài chính.',
    });
    const table = minutes.fill.tables.bang_diem;
    expect(table.header).toEqual(['STT', 'Mã bài', 'Tên sáng kiến, giải pháp', 'Đơn vị', 'Điểm sơ khảo', 'Điểm bảo vệ', 'Điểm chung cuộc', 'Xếp hạng', 'Giải']);
    const ranked = facts.results.entries.filter((r) => r.finalScore !== null);
    expect(table.rows.map((row) => row[1])).toEqual(ranked.map((r) => r.entry.code));
    expect(table.rows[0]).toEqual(['1', 'HG2024-001', 'Sáng kiến số 1', 'Sở Nội vụ', '95', '94', '94', '1', 'Giải Nhất']);
    expect(table.rows[6].slice(-2)).toEqual(['7', '']);
    expect(minutes.fill.values.cach_tinh_diem).toContain('điểm chung cuộc là điểm vòng bảo vệ ý tưởng');
    expect(minutes.fill.values.cach_tinh_diem).toContain('trung bình cộng tổng điểm của các giám khảo');
  });

  it('writes each receipt with the entry as registered and when it arrived', () => {
    expect(values(docs, 'BN-HG2024-003')).toMatchObject({
      ma_bai: 'HG2024-003',
      tac_gia: 'Nguyễn Văn An, Trần Thị Bé, Lý Văn Cường',
      don_vi: 'Văn phòng UBND tỉnh',
      thoi_diem_nhan: '11 giờ 30 phút, ngày 15 tháng 7 năm 2024',
      dia_danh_ngay: 'Hậu Giang, ngày 15 tháng 7 năm 2024',
      chuc_danh_ky: 'THƯ KÝ',
      nguoi_ky: SECRETARY.name,
    });
  });
});

describe('numbers, dates and legal bases', () => {
  const config = contestConfig('hauGiang2024', (c) => {
    c.identity.plan = { number: '123/KH-UBND', date: '2024-03-05' };
    c.documents.legalBases.push({
      text: 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
      validFrom: '2025-07-01',
    });
  });

  it('prints the registered numbers and dates, and cites them in the papers that refer to them', () => {
    const facts = contestFacts(config, hauGiangSpecs());
    facts.issued = {
      decision: { number: '1520/QĐ-UBND', date: '2024-08-16' },
      minutes: { number: '05/BB-BGK', date: '2024-08-10' },
      proposal: { number: '07/TTr-BTC', date: '2024-08-12' },
    };
    const docs = planDocuments(facts);
    expect(values(docs, 'QD')).toMatchObject({ so_ky_hieu: '1520/QĐ-UBND', dia_danh_ngay: 'Hậu Giang, ngày 16 tháng 8 năm 2024' });
    expect(values(docs, 'QD').kem_theo).toBe('(Kèm theo Quyết định số 1520/QĐ-UBND ngày 16 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Hậu Giang)');
    expect(values(docs, 'QD').can_cu.split('\n').slice(-3)).toEqual([
      'Căn cứ Kế hoạch số 123/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh Hậu Giang về việc tổ chức Cuộc thi “Đề xuất mô hình, sáng kiến, giải pháp trong thực hiện nhiệm vụ cải cách hành chính gắn với xây dựng chính quyền điện tử, chính quyền số trên địa bàn tỉnh Hậu Giang” năm 2024;',
      'Căn cứ Biên bản họp Ban Giám khảo số 05/BB-BGK ngày 10 tháng 8 năm 2024 về kết quả chấm Cuộc thi “Đề xuất mô hình, sáng kiến, giải pháp trong thực hiện nhiệm vụ cải cách hành chính gắn với xây dựng chính quyền điện tử, chính quyền số trên địa bàn tỉnh Hậu Giang” năm 2024;',
      'Theo đề nghị của Trưởng Ban Tổ chức Cuộc thi tại Tờ trình số 07/TTr-BTC ngày 12 tháng 8 năm 2024.',
    ]);
    expect(values(docs, 'BK-HG2024-001')).toMatchObject({
      quyet_dinh: 'Quyết định số 1520/QĐ-UBND ngày 16 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Hậu Giang',
      dia_danh_ngay: 'Hậu Giang, ngày 16 tháng 8 năm 2024',
    });
    expect(values(docs, 'BB').thoi_gian).toBe('………… giờ …………, ngày 10 tháng 8 năm 2024');
    expect(values(docs, 'TB').mo_dau).toContain('căn cứ Quyết định số 1520/QĐ-UBND ngày 16 tháng 8 năm 2024');
  });

  it('dates the decision and certificates on the award day when it is set, and the other papers by hand', () => {
    const withAwardDay = contestConfig('hauGiang2024', (c) => (c.timeline.awardDate = '2024-09-05'));
    const docs = planDocuments(contestFacts(withAwardDay, hauGiangSpecs()));
    expect(values(docs, 'QD').dia_danh_ngay).toBe('Hậu Giang, ngày 05 tháng 9 năm 2024');
    expect(values(docs, 'BK-HG2024-006').dia_danh_ngay).toBe('Hậu Giang, ngày 05 tháng 9 năm 2024');
    expect(values(docs, 'TB').dia_danh_ngay).toBe('Hậu Giang, ngày      tháng      năm 2024');
  });

  it('cites the legal bases in force on the decision’s day, each ending ";" and the preamble "."', () => {
    const lines = (decisionDay: string): string[] => {
      const facts = contestFacts(config, hauGiangSpecs());
      facts.issued = { decision: { number: '', date: decisionDay } };
      return values(planDocuments(facts), 'QD').can_cu.split('\n');
    };
    const before = lines('2024-08-16');
    expect(before.filter((l) => l.includes('Nghị định'))).toEqual([expect.stringContaining('Nghị định số 98/2023/NĐ-CP')]);
    const after = lines('2025-07-01');
    expect(after.filter((l) => l.includes('Nghị định'))).toEqual([expect.stringContaining('Nghị định số 152/2025/NĐ-CP')]);
    for (const preamble of [before, after]) {
      expect(preamble[0]).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
      expect(preamble.slice(0, -1).every((l) => l.startsWith('Căn cứ ') && l.endsWith(';'))).toBe(true);
      expect(preamble[preamble.length - 1]).toMatch(/^Theo đề nghị của .*[^.]\.$/);
    }
  });
});

describe('signing modes', () => {
  const signature = (edit: (c: ContestConfig) => void): Record<string, string> => values(planDocuments(contestFacts(contestConfig('hauGiang2024', edit), hauGiangSpecs())), 'QD');

  it('writes KT., Q. and the head’s own title, with TM. only when signing for the collective', () => {
    expect(signature((c) => (c.documents.signer.mode = 'acting')).chuc_danh_ky).toBe('TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH');
    expect(signature((c) => (c.documents.signer.mode = 'head')).chuc_danh_ky).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH');
    const personal = signature((c) => (c.documents.signer.onBehalfOf = ''));
    expect(personal.chuc_danh_ky).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    // A decision under the head's personal authority names the head in its authority line.
    expect(personal.tham_quyen).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG');
  });

  it('names a Sở director as "GIÁM ĐỐC SỞ NỘI VỤ" in a province 2026 contest', () => {
    const config = contestConfig('province2026', (c) => (c.documents.signer.name = 'Đỗ Văn Em'));
    const docs = planDocuments(contestFacts(config, hauGiangSpecs(), undefined, '2026-10-01'));
    expect(values(docs, 'QD')).toMatchObject({
      co_quan_chu_quan: 'UBND THÀNH PHỐ CẦN THƠ',
      co_quan_ban_hanh: 'SỞ NỘI VỤ',
      tham_quyen: 'GIÁM ĐỐC SỞ NỘI VỤ',
      chuc_danh_ky: 'GIÁM ĐỐC',
      so_ky_hieu: '      /QĐ-SNV',
      dia_danh_ngay: 'Cần Thơ, ngày 15 tháng 10 năm 2026',
    });
    expect(values(docs, 'QD').can_cu).toContain('Nghị định số 152/2025/NĐ-CP');
    expect(values(docs, 'QD').can_cu).not.toContain('Nghị định số 98/2023/NĐ-CP');
  });
});

describe('user text in documents', () => {
  const hostile = '{{so_ky_hieu}} =IMPORTXML("x")\n<b>x</b>';
  const shown = '{{so_ky_hieu}} =IMPORTXML("x") <b>x</b>';

  it('prints a hostile title literally, its line break as a space, in the certificate and the annex', () => {
    const specs = hauGiangSpecs();
    specs[0].title = hostile;
    specs[0].authors = 'Nguyễn\tVăn\u00a0A\uE001';
    const docs = planDocuments(contestFacts(contestConfig('hauGiang2024'), specs));
    const certificate = values(docs, 'BK-HG2024-001');
    expect(certificate.ten_bai).toBe(shown);
    expect(certificate.so_ky_hieu).toBe('      ');
    expect(certificate.nguoi_nhan).toBe('Nguyễn Văn\u00a0A');
    expect(byKey(docs, 'QD').fill.tables.danh_sach_giai.rows[0][3]).toBe(shown);
    expect(byKey(docs, 'BB').fill.tables.bang_diem.rows[0][2]).toBe(shown);
    expect(values(docs, 'BN-HG2024-001').ten_bai).toBe(shown);
    expect(values(docs, 'QD').so_ky_hieu).toBe('      /QĐ-UBND');
  });

  it('keeps file names free of "/" when the contest title has one', () => {
    const config = contestConfig('hauGiang2024', (c) => (c.identity.title = 'Cuộc thi sáng kiến 2024/2025\nđợt 1'));
    for (const d of planDocuments(contestFacts(config, hauGiangSpecs().slice(0, 2)))) expect(d.fileName).not.toMatch(/[/\p{Cc}]/u);
  });
});

describe('Tân An 2024: year-round recognition with letters of praise', () => {
  const config = contestConfig('tanAn2024');
  // Scores 84, 74, 64, 54, 44: two reach Khen thưởng đột xuất (≥ 70), two Tuyên dương (≥ 50).
  const points = [
    [28, 24, 20, 6, 6],
    [25, 22, 17, 5, 5],
    [22, 20, 12, 5, 5],
    [18, 16, 10, 5, 5],
    [14, 14, 8, 4, 4],
  ];
  const specs: EntrySpec[] = points.map((preliminary, i) => ({ code: `TA2024-00${i + 1}`, preliminary }));
  const facts = contestFacts(config, specs, undefined, '2024-11-30');
  const docs = planDocuments(facts);

  it('writes a letter of praise for each entry praised, and a Giấy khen for each commended', () => {
    const praised = facts.results.entries.filter((r) => r.outcome.kind === 'prize' && r.outcome.tierCode === 'TD').map((r) => r.entry.code);
    expect(praised).toEqual(['TA2024-003', 'TA2024-004']);
    expect(docs.filter((d) => d.kind === 'praise').map((d) => d.key)).toEqual(['TD-TA2024-003', 'TD-TA2024-004']);
    expect(docs.filter((d) => d.kind === 'certificate').map((d) => d.subject)).toEqual([
      'Giấy khen – TA2024-001 – Tác Giả Số1',
      'Giấy khen – TA2024-002 – Tác Giả Số2',
    ]);
  });

  it('praises the authors by name for the initiative, with its unit, category and score, signed by the chairman', () => {
    expect(values(docs, 'TD-TA2024-003')).toMatchObject({
      co_quan_chu_quan: 'UBND HUYỆN VĨNH CỬU',
      co_quan_ban_hanh: 'ỦY BAN NHÂN DÂN XÃ TÂN AN',
      so_ky_hieu: '      /UBND',
      co_quan_khen: 'Ủy ban nhân dân xã Tân An',
      nguoi_nhan: 'Tác Giả Số3',
      don_vi: 'Văn phòng UBND xã',
      ten_bai: 'Sáng kiến số 3',
      linh_vuc: 'Đơn giản hóa thủ tục, rút ngắn thời gian, quy trình giải quyết TTHC',
      thanh_tich: 'được đánh giá đạt 64 điểm',
      chuc_danh_ky: 'CHỦ TỊCH',
      nguoi_ky: 'Đình Quốc Sơn',
      noi_nhan: '- Tác Giả Số3;\n- Lưu: VT.',
    });
  });

  it('says in Article 1 who is commended and who is praised, and that no money goes with it', () => {
    expect(values(docs, 'QD').dieu_1).toMatch(/^Tặng Giấy khen của Chủ tịch UBND xã Tân An cho 02 cá nhân; tuyên dương 02 cá nhân đã đạt giải /);
    expect(values(docs, 'QD').dieu_2).toBe('Giải thưởng không kèm theo tiền thưởng.');
  });
});

describe('ties, disagreements and prizes without a reward form (Đakrông 2020)', () => {
  const config = contestConfig('dakrong2020');
  const specs = dakrongTieSpecs();
  const facts = contestFacts(config, specs, undefined, '2020-09-25');
  const docs = planDocuments(facts);

  it('leaves the tied third place out of the decision and asks the board in the minutes', () => {
    expect(facts.results.entries.filter((r) => r.outcome.kind === 'referred').map((r) => r.entry.code)).toEqual(['DK2020-003', 'DK2020-004']);
    expect(byKey(docs, 'QD').fill.tables.danh_sach_giai.rows.map((row) => row[4])).toEqual(['Giải Nhất', 'Giải Nhì']);
    const notes = values(docs, 'BB').ghi_nhan.split('\n');
    expect(notes[0]).toBe('Những trường hợp cần lưu ý:');
    expect(notes).toContainEqual(expect.stringMatching(/^- Các bài DK2020-003 và DK2020-004 bằng điểm nhau \(80 điểm\) ở ranh giới giải Ba, .*quyết định\.$/));
    expect(byKey(docs, 'BB').fill.tables.bang_diem.rows.map((row) => row[row.length - 1])).toEqual(['Giải Nhất', 'Giải Nhì', 'Đề nghị Ban Tổ chức quyết định', 'Đề nghị Ban Tổ chức quyết định']);
  });

  it('flags a judge’s total seven points below the others for the chair', () => {
    const first = facts.results.entries.find((r) => r.entry.code === 'DK2020-001')!;
    expect(first.preliminary.discrepancy).toMatchObject({ spread: 7, level: 'review' });
    expect(values(docs, 'BB').ghi_nhan).toContain('- Bài DK2020-001: điểm của các giám khảo chênh lệch 7 điểm, vượt mức 5 điểm, Chủ tọa xem xét cùng các giám khảo;');
  });

  it('awards the prizes without certificates when no reward form goes with them', () => {
    expect(docs.filter((d) => d.kind === 'certificate' || d.kind === 'praise')).toEqual([]);
    expect(values(docs, 'QD').dieu_1).toMatch(/^Trao giải cho 02 cá nhân đã đạt giải Cuộc thi tuyên truyền về cải cách hành chính/);
    expect(values(docs, 'QD').trich_yeu).toMatch(/^Về việc trao giải /);
    expect(values(docs, 'QD').chuc_danh_ky).toBe('TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH');
  });
});

describe('special awards and contests without winners', () => {
  it('lists a special award first, with the first tier’s reward form', () => {
    const config = contestConfig('hauGiang2024');
    const facts = contestFacts(config, hauGiangSpecs(), { specialAwards: [{ entryCode: 'HG2024-009', name: 'Giải Đặc biệt', amount: 15_000_000 }] });
    const docs = planDocuments(facts);
    const list = byKey(docs, 'QD').fill.tables.danh_sach_giai;
    expect(list.rows[0]).toEqual(['1', 'Tác Giả Số9', 'Văn phòng UBND tỉnh', 'Sáng kiến số 9', 'Giải Đặc biệt', '15.000.000']);
    expect(list.footer?.[5]).toBe('46.000.000');
    expect(values(docs, 'BK-HG2024-009')).toMatchObject({ hinh_thuc_khen: 'BẰNG KHEN', giai: 'giải Đặc biệt' });
  });

  it('plans only the minutes and the receipts when nobody wins a prize', () => {
    const config = contestConfig('dakrong2020', (c) => c.prizes.tiers.forEach((t) => (t.minScore = 99)));
    const docs = planDocuments(contestFacts(config, [{ code: 'DK2020-001', preliminary: [20, 20, 20, 5, 5] }]));
    expect(docs.map((d) => d.key)).toEqual(['BB', 'BN-DK2020-001']);
  });
});
