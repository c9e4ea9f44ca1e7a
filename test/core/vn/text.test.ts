import fc from 'fast-check';
import { foldForMatching, nfc, tidy } from '../../../src/core/vn';
import { vietnameseName } from './arbitraries';

describe('nfc and tidy', () => {
  it('turns Unikey "Unicode tổ hợp" (NFD) text into NFC', () => {
    const nfd = 'Nguyễn Thị Hằng'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hằng');
    expect(nfc(nfd)).toBe('Nguyễn Thị Hằng');
  });

  it('trims and collapses whitespace, including no-break spaces and tabs', () => {
    expect(tidy('  Sở\u00a0Nội   vụ\t tỉnh  ')).toBe('Sở Nội vụ tỉnh');
  });
});

describe('foldForMatching', () => {
  it.each([
    ['  Nguyễn   Văn  ĐỨC ', 'nguyen van duc'],
    ['Hoà', 'hoa'],
    ['Hòa', 'hoa'],
    ['Sở Nội vụ (tỉnh Hậu Giang).', 'so noi vu tinh hau giang'],
    ['UBND-VX', 'ubnd vx'],
    ['Ðặng', 'dang'], // Icelandic eth, a common look-alike of Đ
    ['Ứng dụng\u200b số', 'ung dung so'],
    ['Kế hoạch số 612/KH-UBND', 'ke hoach so 612 kh ubnd'],
    ['', ''],
    [' ,.; ', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldForMatching(input)).toBe(expected);
  });

  it('is idempotent and ignores NFC/NFD form', () => {
    fc.assert(
      fc.property(vietnameseName, (s) => {
        const folded = foldForMatching(s);
        expect(foldForMatching(folded)).toBe(folded);
        expect(foldForMatching(s.normalize('NFD'))).toBe(folded);
        expect(foldForMatching(s.normalize('NFC'))).toBe(folded);
      }),
    );
  });

  it('leaves only ASCII letters, digits and single spaces for Vietnamese text with punctuation', () => {
    const piece = fc.oneof(vietnameseName, fc.constantFrom(',', '.', '-', '(', ')', '/', '  ', '\t', '0', '12'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        expect(foldForMatching(pieces.join(''))).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });
});
