import fc from 'fast-check';
import type { TieBreak } from '../../../src/core/config/model';
import {
  AGGREGATION_METHOD_WORDS,
  BOUNDARY_TIE_POLICY_WORDS,
  DISCREPANCY_UNIT_WORDS,
  JUDGING_MODE_WORDS,
  VACANCY_POLICY_WORDS,
  readTieBreak,
  readWord,
  writeTieBreak,
} from '../../../src/core/config/workbook-vocabulary';

describe('readWord', () => {
  it('reads a method name typed in a formula whatever its case, diacritics, spacing or Unicode form', () => {
    expect(
      ['trung vị', 'TRUNG VI', '  Trung   vị ', 'Trung vị'.normalize('NFD'), 'median', 'trung binh', 'Trung bình cắt', 'chuẩn hoá'].map((w) =>
        readWord(AGGREGATION_METHOD_WORDS, w),
      ),
    ).toEqual(['median', 'median', 'median', 'median', 'median', 'mean', 'trimmedMean', 'normalisedMean']);
  });

  it('reads the policies by any of their words', () => {
    expect(['Để trống', 'chuyển xuống', 'passDown'].map((w) => readWord(VACANCY_POLICY_WORDS, w))).toEqual(['leaveVacant', 'passDown', 'passDown']);
    expect(['Chia đều', 'nhận đủ', 'Trình Ban Tổ chức'].map((w) => readWord(BOUNDARY_TIE_POLICY_WORDS, w))).toEqual([
      'shareMoney',
      'fullPrizeEach',
      'referToBoard',
    ]);
  });

  it('reads where judges score by its full or short words, and nothing in between', () => {
    expect(
      ['Bảng tính chung, mỗi giám khảo một trang', 'bảng tính chung', 'CHUNG', 'Mỗi giám khảo một trang', 'Mỗi giám khảo một bảng tính riêng', 'bang tinh rieng', 'Riêng', 'privateSpreadsheets'].map(
        (w) => readWord(JUDGING_MODE_WORDS, w),
      ),
    ).toEqual(['sharedWorkbook', 'sharedWorkbook', 'sharedWorkbook', 'sharedWorkbook', 'privateSpreadsheets', 'privateSpreadsheets', 'privateSpreadsheets', 'privateSpreadsheets']);
    expect(['Bảng tính', 'Mỗi giám khảo', 'Có'].map((w) => readWord(JUDGING_MODE_WORDS, w))).toEqual([undefined, undefined, undefined]);
  });

  it('reads "%" only as itself: other symbols are not a word', () => {
    expect([' % ', 'phan tram', 'điểm'].map((w) => readWord(DISCREPANCY_UNIT_WORDS, w))).toEqual(['percent', 'percent', 'points']);
    expect(['-', '?', '', '%%', 'trung'].map((w) => readWord(DISCREPANCY_UNIT_WORDS, w))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads nothing from a huge text', () => {
    expect(readWord(AGGREGATION_METHOD_WORDS, `Trung vị${' '.repeat(1_000_000)}`)).toBeUndefined();
  });
});

describe('tie-break steps', () => {
  it('are written as the workbook says them', () => {
    const steps: TieBreak[] = [{ kind: 'criterion', code: 'TM' }, { kind: 'defenceScore' }, { kind: 'preliminaryScore' }, { kind: 'earlierSubmission' }];
    expect(steps.map(writeTieBreak)).toEqual(['Tiêu chí TM', 'Điểm vòng bảo vệ', 'Điểm sơ khảo', 'Nộp bài sớm hơn']);
  });

  it('are read from their words, "Tiêu chí <code>" in any case, or a bare code', () => {
    expect(['nộp sớm hơn', 'ĐIỂM VÒNG BẢO VỆ', 'tieu chi: HQ', 'Tiêu chí  KT', 'NR', 'earlierSubmission'].map(readTieBreak)).toEqual([
      { kind: 'earlierSubmission' },
      { kind: 'defenceScore' },
      { kind: 'criterion', code: 'HQ' },
      { kind: 'criterion', code: 'KT' },
      { kind: 'criterion', code: 'NR' },
      { kind: 'earlierSubmission' },
    ]);
  });

  it('are not read from text that is neither a step nor a code', () => {
    expect(['', '  ', 'Tiêu chí', 'bốc thăm may mắn', '=A1+1'].map(readTieBreak)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('read back as written, for any criterion code the rubric accepts', () => {
    const step: fc.Arbitrary<TieBreak> = fc.oneof(
      fc.stringMatching(/^[\p{L}\p{N}_.-]{1,20}$/u).map((code): TieBreak => ({ kind: 'criterion', code: code.normalize('NFC') })),
      fc.constantFrom<TieBreak>({ kind: 'defenceScore' }, { kind: 'preliminaryScore' }, { kind: 'earlierSubmission' }),
    );
    fc.assert(
      fc.property(step, (s) => {
        expect(readTieBreak(writeTieBreak(s))).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});
