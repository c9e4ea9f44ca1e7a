import type { CellValue, Grid } from '../../../src/core/cell';
import { presetById } from '../../../src/core/config/presets';
import { ENTRY_COLUMNS, RAW_PREFIX, entriesHeader } from '../../../src/core/intake/entries-sheet';
import { buildFormSpec } from '../../../src/core/intake/form-spec';
import {
  INITIATIVES_HEADER,
  INITIATIVES_NOTES,
  INITIATIVES_SHEET,
  INITIATIVES_TEXT_COLUMNS,
  assignMissingCodes,
  completeFromRegister,
  initiativeRows,
  mergeWinners,
  readInitiatives,
} from '../../../src/core/replication/initiatives-sheet';
import type { Initiative } from '../../../src/core/replication/replication-model';
import { awardDecisionText } from '../../../src/core/replication/winners';

const config = presetById('tanAn2024').build();
const spec = buildFormSpec(config);
const titleOf = (key: string): string => spec.questions.find((q) => q.key === key)?.title ?? '';

function initiative(fields: Partial<Initiative>): Initiative {
  return { code: '', title: '', ownerUnit: '', category: '', summary: '', decision: '', year: null, source: 'manual', entryCode: '', prize: '', ...fields };
}

/** The Entries sheet with the real header: rows given by column header. */
function register(rows: Record<string, CellValue>[]): Grid {
  const header = entriesHeader(spec);
  return [header, ...rows.map((row) => header.map((h) => row[h] ?? ''))];
}

describe('the register of recognised initiatives as the secretariat keeps it', () => {
  it('has a header, a hint for each header cell and the year as the only non-text column', () => {
    expect(INITIATIVES_HEADER).toEqual([
      'Mã sáng kiến',
      'Tên sáng kiến',
      'Đơn vị chủ trì',
      'Lĩnh vực',
      'Mô tả ngắn',
      'Quyết định công nhận',
      'Năm công nhận',
      'Nguồn',
      'Mã bài dự thi',
      'Giải',
    ]);
    expect(INITIATIVES_NOTES).toHaveLength(INITIATIVES_HEADER.length);
    expect(INITIATIVES_NOTES[INITIATIVES_HEADER.indexOf('Mã bài dự thi')]).toMatch(/mã bài dự thi và quyết định/);
    expect(INITIATIVES_TEXT_COLUMNS).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9]);
  });

  it('reads rows by their header when the secretariat moved columns, skipping blank lines and giving each row its sheet row', () => {
    const grid: Grid = [
      ['Giải', 'Mã bài dự thi', 'Năm công nhận', 'Tên sáng kiến', 'Mã sáng kiến', 'Nguồn', 'Đơn vị chủ trì', 'Lĩnh vực', 'Mô tả ngắn', 'Quyết định công nhận'],
      ['Giải Nhất', 'TA2024-003', 2024, 'Một cửa  "không chờ"', 'TA2024-003', 'Cuộc thi', 'Văn phòng UBND xã', 'Cải cách thủ tục hành chính', 'Tiếp nhận hồ sơ ngay', 'Quyết định số 12/QĐ-UBND'],
      ['', '', '', '', '', '', '', '', '', ''],
      ['', '', '2023', 'Ngày thứ bảy lắng nghe dân nói', '', 'nhap tay', 'UBND thị trấn Long Hải', '', '', ''],
      ['', '', '', 'Ký số bản đồ khổ lớn', 'SK2022-01', 'Báo chí', '', '', '', ''],
      ['', 'TA2024-009', '', '', '', '', '', '', '', 'Quyết định số 30/QĐ-UBND'],
    ];
    const { initiatives, rows, problems } = readInitiatives(grid);
    expect(problems).toEqual([]);
    expect(rows).toEqual([2, 4, 5, 6]);
    expect(initiatives[0]).toEqual({
      code: 'TA2024-003',
      title: 'Một cửa "không chờ"',
      ownerUnit: 'Văn phòng UBND xã',
      category: 'Cải cách thủ tục hành chính',
      summary: 'Tiếp nhận hồ sơ ngay',
      decision: 'Quyết định số 12/QĐ-UBND',
      year: 2024,
      source: 'contest',
      entryCode: 'TA2024-003',
      prize: 'Giải Nhất',
    });
    expect(initiatives.map((x) => [x.code, x.year, x.source])).toEqual([
      ['TA2024-003', 2024, 'contest'],
      ['', 2023, 'manual'],
      ['SK2022-01', null, 'manual'],
      ['', null, 'manual'],
    ]);
    expect(initiatives[3]).toMatchObject({ entryCode: 'TA2024-009', decision: 'Quyết định số 30/QĐ-UBND' });
  });

  it('reports an unreadable year and a code used twice, and keeps both rows', () => {
    const grid: Grid = [
      INITIATIVES_HEADER,
      ['SK2024-01', 'A', '', '', '', '', 'năm ngoái', '', '', ''],
      ['sk2024-01 ', 'B', '', '', '', '', 2024.5, '', '', ''],
    ];
    const { initiatives, problems } = readInitiatives(grid);
    expect(initiatives.map((x) => [x.code, x.title, x.year])).toEqual([
      ['SK2024-01', 'A', null],
      ['sk2024-01', 'B', null],
    ]);
    expect(problems).toEqual([
      { sheet: INITIATIVES_SHEET, row: 2, code: 'unreadableYear', params: { value: 'năm ngoái' } },
      { sheet: INITIATIVES_SHEET, row: 3, code: 'unreadableYear', params: { value: '2024.5' } },
      { sheet: INITIATIVES_SHEET, row: 3, code: 'duplicateCode', params: { code: 'sk2024-01', firstRow: 2 } },
    ]);
  });

  it('reports a column missing from the header and reads it as blank; an empty sheet has no rows and no problems', () => {
    const { initiatives, problems } = readInitiatives([['Mã sáng kiến', 'tên SÁNG KIẾN'], ['SK2024-01', 'Hộp thư góp ý']]);
    expect(initiatives).toEqual([initiative({ code: 'SK2024-01', title: 'Hộp thư góp ý' })]);
    expect(problems.map((p) => [p.row, p.code, p.params.column])).toEqual(INITIATIVES_HEADER.slice(2).map((column) => [1, 'missingColumn', column]));
    expect(readInitiatives([])).toEqual({ initiatives: [], rows: [], problems: [] });
  });

  it('reads Vietnamese typed in decomposed form (Unikey "tổ hợp") as the composed text', () => {
    const decomposed = 'Nguyễn Văn Đức'.normalize('NFD');
    const { initiatives } = readInitiatives([INITIATIVES_HEADER, ['SK1', decomposed]]);
    expect(initiatives[0].title).toBe('Nguyễn Văn Đức');
    expect(initiatives[0].title).not.toBe(decomposed);
  });

  it('writes rows that read back as the same initiatives, hostile text kept as data in text columns', () => {
    const initiatives = [
      initiative({ code: 'TA2024-003', title: '=HYPERLINK("http://x.vn","Bấm vào")', ownerUnit: '+84 Văn phòng', summary: '@mọi người', decision: '125/QĐ-UBND', year: 2024, source: 'contest', entryCode: 'TA2024-003', prize: 'Giải Nhất' }),
      initiative({ code: '001', title: 'Ngày thứ năm không chờ', year: null }),
    ];
    const rows = initiativeRows(initiatives);
    expect(rows[0]).toEqual(['TA2024-003', '=HYPERLINK("http://x.vn","Bấm vào")', '+84 Văn phòng', '', '@mọi người', '125/QĐ-UBND', 2024, 'Cuộc thi', 'TA2024-003', 'Giải Nhất']);
    expect(rows[1][6]).toBe('');
    expect(rows[1][7]).toBe('Nhập tay');
    // The formula-like title and the "001" code sit in plain-text columns: the sheet keeps them as typed.
    expect(INITIATIVES_TEXT_COLUMNS).toEqual(expect.arrayContaining([0, 1, 2, 4, 5]));
    expect(readInitiatives([INITIATIVES_HEADER, ...rows]).initiatives).toEqual(initiatives);
  });
});

describe('codes for initiatives typed without one', () => {
  it('gives SK<year>-01, -02… in row order, skipping codes in use whatever their case, and leaves coded rows alone', () => {
    const initiatives = [initiative({ code: 'sk2024-01' }), initiative({ title: 'A' }), initiative({ code: 'SK2024-03' }), initiative({ title: 'B' }), initiative({ code: '  ', title: 'C' })];
    const { initiatives: coded, assigned } = assignMissingCodes(initiatives, 2024);
    expect(coded.map((x) => x.code)).toEqual(['sk2024-01', 'SK2024-02', 'SK2024-03', 'SK2024-04', 'SK2024-05']);
    expect(assigned).toEqual(['SK2024-02', 'SK2024-04', 'SK2024-05']);
    expect(coded.map((x) => x.title)).toEqual(['', 'A', '', 'B', 'C']);
    expect(initiatives[1].code).toBe('');
  });

  it('does not rename duplicates (readInitiatives reports them) and assigns nothing when every row has a code', () => {
    const initiatives = [initiative({ code: 'X' }), initiative({ code: 'X' })];
    expect(assignMissingCodes(initiatives, 2025)).toEqual({ initiatives, assigned: [] });
  });

  it('leaves a row that names an entry without a code: it takes the entry’s code once the entry is found', () => {
    const initiatives = [initiative({ entryCode: 'DK-999' }), initiative({ title: 'Sổ tay' })];
    expect(assignMissingCodes(initiatives, 2020).initiatives.map((x) => x.code)).toEqual(['', 'SK2020-01']);
  });
});

describe('completing typed rows from the Entries sheet', () => {
  const entries = register([
    {
      [ENTRY_COLUMNS.code]: 'TA2024-001',
      [ENTRY_COLUMNS.title]: 'Zalo OA của xã',
      [ENTRY_COLUMNS.unit]: 'Văn phòng UBND xã',
      [ENTRY_COLUMNS.category]: 'Hiện đại hóa nền hành chính',
      [ENTRY_COLUMNS.countsForYear]: 2025,
      [RAW_PREFIX + titleOf('situation')]: 'Người dân phải đến xã nhiều lần.',
      [RAW_PREFIX + titleOf('solution')]: 'Lập   kênh Zalo OA\nđể trả lời người dân.',
    },
    {
      [ENTRY_COLUMNS.code]: 'TA2024-002',
      [ENTRY_COLUMNS.title]: 'Sổ tay thủ tục',
      [ENTRY_COLUMNS.unit]: 'Văn phòng UBND xã',
      [ENTRY_COLUMNS.category]: 'Cải cách thể chế',
      [RAW_PREFIX + titleOf('situation')]: 'Thủ tục khó tra cứu.',
    },
  ]);

  it('fills the blank fields of a row that gives an entry code, the year being the entry’s "Tính cho năm"', () => {
    const typed = [initiative({ entryCode: 'ta2024-001 ', decision: 'Quyết định số 30/QĐ-UBND' })];
    const { initiatives, completed, unknownEntries } = completeFromRegister(typed, entries, config);
    expect(initiatives).toEqual([
      initiative({
        title: 'Zalo OA của xã',
        ownerUnit: 'Văn phòng UBND xã',
        category: 'Hiện đại hóa nền hành chính',
        summary: 'Lập kênh Zalo OA để trả lời người dân.',
        decision: 'Quyết định số 30/QĐ-UBND',
        year: 2025,
        entryCode: 'ta2024-001 ',
        // The register's spelling of the code: the initiative keeps its entry's code.
        code: 'TA2024-001',
      }),
    ]);
    expect(completed).toEqual(['TA2024-001']);
    expect(unknownEntries).toEqual([]);
  });

  it('never overwrites what the secretariat typed, takes the situation when there is no solution and the contest’s year when the entry has none', () => {
    const typed = [initiative({ code: 'SK2024-07', entryCode: 'TA2024-002', title: 'Sổ tay TTHC (bản sửa)', year: 2023 })];
    const { initiatives, completed } = completeFromRegister(typed, entries, config);
    expect(initiatives[0]).toMatchObject({ title: 'Sổ tay TTHC (bản sửa)', year: 2023, ownerUnit: 'Văn phòng UBND xã', summary: 'Thủ tục khó tra cứu.' });
    expect(completed).toEqual(['SK2024-07']);
    const yearless = completeFromRegister([initiative({ entryCode: 'TA2024-002' })], entries, config);
    expect(yearless.initiatives[0].year).toBe(config.identity.year);
  });

  it('lists entry codes the Entries sheet lacks once each, leaves rows without an entry code alone, and reports nothing completed for a full row', () => {
    const full = completeFromRegister([initiative({ entryCode: 'TA2024-001' })], entries, config).initiatives[0];
    const typed = [initiative({ entryCode: 'TA2024-404' }), initiative({ title: 'Không qua cuộc thi' }), initiative({ entryCode: 'TA2024-404', code: 'X' }), full];
    const { initiatives, completed, unknownEntries } = completeFromRegister(typed, entries, config);
    expect(initiatives).toEqual(typed);
    expect(completed).toEqual([]);
    expect(unknownEntries).toEqual(['TA2024-404']);
  });
});

describe('merging this contest’s winners into the register', () => {
  const winner = (code: string, fields: Partial<Initiative> = {}): Initiative =>
    initiative({ code, entryCode: code, title: `Bài ${code}`, ownerUnit: 'Sở Nội vụ', summary: 'Tóm tắt', decision: 'Quyết định số 125/QĐ-UBND', year: 2024, source: 'contest', prize: 'Giải Nhì', ...fields });

  it('appends new winners after the existing rows in the winners’ order, and never reorders or changes typed rows', () => {
    const existing = [initiative({ code: 'SK2023-01', title: 'Hộp thư góp ý', year: 2023 }), winner('HG2024-002', { title: 'Tên do Ban thư ký sửa', prize: 'Giải Nhì' })];
    const { initiatives, added, completed } = mergeWinners(existing, [winner('HG2024-005'), winner('HG2024-002'), winner('HG2024-001')]);
    expect(initiatives.map((x) => x.code)).toEqual(['SK2023-01', 'HG2024-002', 'HG2024-005', 'HG2024-001']);
    expect(initiatives.slice(0, 2)).toEqual(existing);
    expect(added).toEqual(['HG2024-005', 'HG2024-001']);
    expect(completed).toEqual([]);
  });

  it('fills only the blank fields of a winner typed by hand with its entry code, code included', () => {
    const typed = initiative({ entryCode: 'hg2024-003', decision: 'QĐ số 9 của Chủ tịch', title: 'Tên tự đặt' });
    const { initiatives, added, completed } = mergeWinners([typed], [winner('HG2024-003')]);
    expect(initiatives).toEqual([{ ...winner('HG2024-003'), title: 'Tên tự đặt', decision: 'QĐ số 9 của Chủ tịch', source: 'manual', entryCode: 'hg2024-003' }]);
    expect(added).toEqual([]);
    expect(completed).toEqual(['HG2024-003']);
  });

  it('takes a row whose code is the winner’s entry code as the same initiative', () => {
    const { initiatives, added } = mergeWinners([initiative({ code: 'HG2024-004', title: 'Gõ tay' })], [winner('HG2024-004')]);
    expect(added).toEqual([]);
    expect(initiatives).toHaveLength(1);
    expect(initiatives[0]).toMatchObject({ code: 'HG2024-004', title: 'Gõ tay', entryCode: 'HG2024-004', prize: 'Giải Nhì' });
  });

  it('replaces the decision it wrote before the number was recorded, but not one the secretariat typed', () => {
    const unnumbered = awardDecisionText(null, config);
    const numbered = awardDecisionText({ number: '125/QĐ-UBND', signedOn: '2024-09-20' }, config);
    const first = mergeWinners([], [winner('TA2024-001', { decision: unnumbered })]);
    const second = mergeWinners(first.initiatives, [winner('TA2024-001', { decision: numbered })]);
    expect(second.initiatives[0].decision).toBe(numbered);
    expect(second.completed).toEqual(['TA2024-001']);
    const typed = mergeWinners([winner('TA2024-001', { decision: 'Quyết định số 7/QĐ-UBND' })], [winner('TA2024-001', { decision: numbered })]);
    expect(typed.initiatives[0].decision).toBe('Quyết định số 7/QĐ-UBND');
  });

  it('changes nothing when the same winners are merged again', () => {
    const winners = [winner('HG2024-001'), winner('HG2024-002')];
    const once = mergeWinners([initiative({ code: 'SK2023-01' })], winners);
    const twice = mergeWinners(once.initiatives, winners);
    expect(twice).toEqual({ initiatives: once.initiatives, added: [], completed: [] });
  });
});
