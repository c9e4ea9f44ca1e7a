import fc from 'fast-check';
import { normaliseEmail, normaliseName, normalisePhone, readContribution, readLength } from '../../../src/core/intake/author-fields';
import { foldForMatching } from '../../../src/core/vn/text';
import { vietnameseName } from '../vn/arbitraries';

describe('readContribution', () => {
  it.each([
    ['30', 30],
    ['30%', 30],
    ['30,5 %', 30.5],
    ['30.5', 30.5],
    [' 33,33% ', 33.33],
    ['25 phần trăm', 25],
  ])('reads "%s" as %d', (text, value) => {
    expect(readContribution(text)).toBe(value);
  });

  it('reads a blank answer as not given and anything else as unreadable', () => {
    expect(readContribution('')).toBeNull();
    expect(readContribution('   ')).toBeNull();
    for (const text of ['ba mươi', '1/3', '-5', '30%%', '30,5,1']) expect(readContribution(text)).toBeNaN();
  });
});

describe('readLength', () => {
  it.each([
    ['1.500', 1500],
    ['1500 từ', 1500],
    ['1,500', 1500],
    ['1 500 chữ', 1500],
    ['khoảng 1.200 chữ', 1200],
    ['987', 987],
  ])('reads an article of "%s" as %d words', (text, words) => {
    expect(readLength(text, 'article')).toBe(words);
  });

  it.each([
    ['5', 5],
    ['4,5', 4.5],
    ['4.5', 4.5],
    ['4:30', 4.5],
    ['04:30', 4.5],
    ['4 phút 30 giây', 4.5],
    ['4 PHÚT 30 GIÂY', 4.5],
    ['4p30s', 4.5],
    ['4 phút 30', 4.5],
    ['45 giây', 0.75],
    ['1 giờ 5 phút', 65],
    ['1:02:30', 62.5],
  ])('reads a video of "%s" as %d minutes', (text, minutes) => {
    expect(readLength(text, 'video')).toBe(minutes);
    expect(readLength(text, 'audio')).toBe(minutes);
  });

  it('reads a blank answer as not given and anything else as unreadable', () => {
    expect(readLength('', 'article')).toBeNull();
    expect(readLength(' ', 'video')).toBeNull();
    for (const text of ['một nghìn rưỡi', '1.5', '15.00']) expect(readLength(text, 'article')).toBeNaN();
    for (const text of ['năm phút', '4:75', '30 giây 4 phút', '4 phút 3 phút', 'dài']) expect(readLength(text, 'video')).toBeNaN();
  });
});

describe('normalisePhone', () => {
  it.each([
    ['+84 912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['(+84) 0912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['(0293) 3.870.123', '02933870123'],
    ['+1 650 253 0000', '+16502530000'],
  ])('"%s" → %s', (text, phone) => {
    expect(normalisePhone(text)).toBe(phone);
  });

  it('keeps text with no digits, or several numbers, as typed (tidied)', () => {
    expect(normalisePhone('  không  có ')).toBe('không có');
    expect(normalisePhone('0912 345 678 hoặc 0293 3870 123')).toBe('0912 345 678 hoặc 0293 3870 123');
  });
});

describe('normaliseEmail and normaliseName', () => {
  it('trims and lower-cases e-mail addresses', () => {
    expect(normaliseEmail('  An.NV@HauGiang.gov.vn ')).toBe('an.nv@haugiang.gov.vn');
  });

  it.each([
    ['nguyễn  văn an', 'Nguyễn Văn An'],
    ['NGUYỄN VĂN AN', 'Nguyễn Văn An'],
    ['  đỗ thị  hà ', 'Đỗ Thị Hà'],
    ["h'hen niê", "H'Hen Niê"],
    ['y-moan ênuôl', 'Y-Moan Ênuôl'],
  ])('"%s" → "%s"', (text, name) => {
    expect(normaliseName(text)).toBe(name);
  });

  it('gives NFC text that folds like the input, whatever the case or Unicode form typed', () => {
    fc.assert(
      fc.property(vietnameseName, (name) => {
        const normal = normaliseName(name);
        expect(normal).toBe(normal.normalize('NFC'));
        expect(foldForMatching(normal)).toBe(foldForMatching(name));
        expect(normaliseName(normal)).toBe(normal);
      }),
      { numRuns: 300 },
    );
  });
});
