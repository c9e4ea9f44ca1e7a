import { CCHC_AGGREGATE, CCHC_PRIZE, CCHC_RANK } from '../../src/functions';

// Ranges as Sheets passes them: 2-D arrays, '' for blanks.
const HAU_GIANG_TIERS = [
  ['Tên giải', 'Số lượng', 'Tiền thưởng', 'Điểm tối thiểu'],
  ['Giải Nhất', 1, 10_000_000, ''],
  ['Giải Nhì', 1, 7_000_000, ''],
  ['Giải Ba', 1, 5_000_000, ''],
  ['Giải Khuyến khích', 3, 3_000_000, ''],
];

describe('CCHC_AGGREGATE', () => {
  const panel = [
    [82, 85, 79, 90, 84],
    [70, '', 74, 72, ''],
  ];

  it('takes the mean of the judges who scored, leaving blanks out', () => {
    expect(CCHC_AGGREGATE(panel)).toEqual([[84], [72]]);
  });

  it('drops one highest and one lowest only with enough judges, and takes medians', () => {
    expect(CCHC_AGGREGATE(panel, 'Trung bình cắt')).toEqual([[83.67], [72]]);
    expect(CCHC_AGGREGATE(panel, 'trung vị')).toEqual([[84], [72]]);
    expect(CCHC_AGGREGATE(panel, 'Trung bình cắt', 1)).toEqual([[83.7], [72]]);
  });

  it('puts each judge (column) on the panel’s scale before averaging', () => {
    // The second judge gives everyone 10 more: normalised, the two judges agree exactly.
    const lenient = [[60, 70], [70, 80], [80, 90]];
    const normalised = CCHC_AGGREGATE(lenient, 'Chuẩn hóa') as number[][];
    expect(normalised.map((r) => r[0])).toEqual([...normalised.map((r) => r[0])].sort((a, b) => a - b));
    expect(normalised[1][0]).toBe(75);
  });

  it('answers a single cell with a single value and an unscored row with a blank', () => {
    expect(CCHC_AGGREGATE(88)).toBe(88);
    expect(CCHC_AGGREGATE([['', '']])).toEqual([['']]);
  });

  it('names the cell that is not a score, and a method it does not know', () => {
    expect(() => CCHC_AGGREGATE([[80, 'tám mươi']])).toThrow('Ô ở hàng 1, cột 2 của vùng điểm không phải số điểm: «tám mươi».');
    expect(() => CCHC_AGGREGATE([[80, -1]])).toThrow(/hàng 1, cột 2/);
    expect(() => CCHC_AGGREGATE(panel, 'bình quân gia quyền')).toThrow(/Cách tổng hợp điểm «bình quân gia quyền» không hợp lệ\. Hãy dùng một trong: Trung bình cộng/);
  });
});

describe('CCHC_RANK', () => {
  it('gives competition ranks, equal scores the same rank', () => {
    expect(CCHC_RANK([[7.5], [9], [6], [9]])).toEqual([[3], [1], [4], [1]]);
  });

  it('separates equal scores with the tie-break columns in order; dates: the earlier first', () => {
    expect(CCHC_RANK([[7.5], [9], [6], [9]], [[1], [2], [3], [1]])).toEqual([[3], [1], [4], [2]]);
    const early = new Date('2024-07-01T08:00:00+07:00');
    const late = new Date('2024-08-01T08:00:00+07:00');
    expect(CCHC_RANK([[9], [9], [9]], [[5], [5], [4]], [[late], [early], [early]])).toEqual([[2], [1], [3]]);
  });

  it('keeps a tie the columns cannot break, and leaves blank scores unranked', () => {
    expect(CCHC_RANK([[9], [''], [9]], [[1], [1], [1]])).toEqual([[1], [''], [1]]);
  });

  it('explains ranges of the wrong shape or content', () => {
    expect(() => CCHC_RANK([[1, 2]])).toThrow('Vùng điểm phải là một cột (vùng đang có 2 cột).');
    expect(() => CCHC_RANK([[1], [2]], [[1]])).toThrow('Vùng tiêu chí phụ thứ 1 có 1 hàng, phải có đúng 2 hàng như vùng điểm.');
    expect(() => CCHC_RANK([[1], [2]], [[1], ['cao']])).toThrow(/Vùng tiêu chí phụ thứ 1, hàng 2: «cao» không phải số hay ngày/);
  });
});

describe('CCHC_PRIZE', () => {
  const scores = [[70], [91], [85], [88], [60], [77], [79]];

  it('awards the Hậu Giang 2024 tiers by rank, reading past the header row', () => {
    expect(CCHC_PRIZE(scores, HAU_GIANG_TIERS)).toEqual([
      ['Giải Khuyến khích', 3_000_000],
      ['Giải Nhất', 10_000_000],
      ['Giải Ba', 5_000_000],
      ['Giải Nhì', 7_000_000],
      ['', ''],
      ['Giải Khuyến khích', 3_000_000],
      ['Giải Khuyến khích', 3_000_000],
    ]);
  });

  it('handles a tie across the first prize as the policy says: the board, shared money or full prizes', () => {
    const tied = [[90], [90], [80]];
    expect(CCHC_PRIZE(tied, HAU_GIANG_TIERS)).toEqual([
      ['Trình Ban Tổ chức quyết định: Giải Nhất, Giải Nhì', ''],
      ['Trình Ban Tổ chức quyết định: Giải Nhất, Giải Nhì', ''],
      ['Giải Ba', 5_000_000],
    ]);
    expect(CCHC_PRIZE(tied, HAU_GIANG_TIERS, 'Chia đều')).toEqual([
      ['Giải Nhất (đồng giải)', 8_500_000],
      ['Giải Nhất (đồng giải)', 8_500_000],
      ['Giải Ba', 5_000_000],
    ]);
    expect(CCHC_PRIZE(tied, HAU_GIANG_TIERS, 'Nhận đủ').map((r) => r[1])).toEqual([10_000_000, 10_000_000, 5_000_000]);
  });

  it('breaks the tie first with tie-break columns', () => {
    expect(CCHC_PRIZE([[90], [90]], HAU_GIANG_TIERS, '', '', [[20], [25]])).toEqual([
      ['Giải Nhì', 7_000_000],
      ['Giải Nhất', 10_000_000],
    ]);
  });

  it('leaves a tier vacant when nobody reaches its minimum, or passes it down', () => {
    const tiers = [['Giải Nhất', 1, 2_000_000, 90], ['Giải Nhì', 1, 1_500_000, 80]];
    expect(CCHC_PRIZE([[85], [82]], tiers)).toEqual([['Giải Nhì', 1_500_000], ['', '']]);
    expect(CCHC_PRIZE([[85], [82]], tiers, '', 'Chuyển xuống')).toEqual([['Giải Nhì', 1_500_000], ['Giải Nhì', 1_500_000]]);
  });

  it('explains a malformed tiers range', () => {
    expect(() => CCHC_PRIZE(scores, [['Giải Nhất', 1, 'mười triệu', '']])).toThrow('Cơ cấu giải, hàng 1: tiền thưởng «mười triệu» phải là số nguyên không âm (đồng).');
    expect(() => CCHC_PRIZE(scores, [['Giải Nhất', 1, 100]])).toThrow(/phải có 4 cột/);
    expect(() => CCHC_PRIZE(scores, [['Tuyên dương', '', 0, '']])).toThrow('Cơ cấu giải, hàng 1: giải không ghi số lượng phải có điểm tối thiểu.');
  });
});
