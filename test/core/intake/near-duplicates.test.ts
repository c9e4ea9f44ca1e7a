import fc from 'fast-check';
import { NEAR_DUPLICATE_THRESHOLD, NearDuplicateIndex, textSimilarity } from '../../../src/core/intake/near-duplicates';
import { syllable } from '../vn/arbitraries';

const KHAI_SINH =
  'Số hóa hồ sơ đăng ký khai sinh tại Bộ phận một cửa xã. Người dân chụp ảnh giấy chứng sinh và gửi qua Zalo của Bộ phận một cửa; công chức tư pháp - hộ tịch kiểm tra trước, hẹn ngày trả kết quả, giảm số lần người dân phải đi lại từ 2 lần xuống 1 lần.';
/** The same entry resubmitted with its sentences reworded. */
const KHAI_SINH_REWORDED =
  'Số hoá hồ sơ đăng ký khai sinh tại bộ phận một cửa của xã: người dân chụp ảnh giấy chứng sinh rồi gửi qua Zalo của bộ phận một cửa; công chức tư pháp – hộ tịch kiểm tra trước và hẹn ngày trả kết quả, giảm số lần đi lại của người dân từ 2 lần xuống còn 1 lần.';
/** The same text under another title. */
const KHAI_SINH_RETITLED =
  'Tiếp nhận hồ sơ khai sinh qua Zalo. Người dân chụp ảnh giấy chứng sinh và gửi qua Zalo của Bộ phận một cửa; công chức tư pháp - hộ tịch kiểm tra trước, hẹn ngày trả kết quả, giảm số lần người dân phải đi lại từ 2 lần xuống 1 lần.';
/** A different initiative on the same procedure. */
const LIEN_THONG =
  'Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi tại Bộ phận một cửa xã: người dân nộp một bộ hồ sơ, công chức tư pháp - hộ tịch chuyển cho công an xã và bảo hiểm xã hội, trả kết quả trong 5 ngày làm việc.';
const MA_QR =
  'Ứng dụng mã QR để tra cứu tình trạng giải quyết hồ sơ thủ tục hành chính. Mỗi phiếu hẹn trả kết quả in kèm mã QR; người dân quét mã để biết hồ sơ đang ở bước nào, giảm số cuộc gọi đến Bộ phận một cửa.';
const SO_TAY =
  'Sổ tay điện tử các thủ tục hành chính thường gặp cho người dân: tổng hợp thành phần hồ sơ, thời gian, lệ phí của 20 thủ tục hành chính cấp xã trên trang Facebook của UBND xã, giúp người dân chuẩn bị hồ sơ đầy đủ ngay từ lần đầu.';

/** Strips tone and vowel marks and đ, as a text typed without Vietnamese input reads. */
const withoutDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('textSimilarity on Vietnamese entries', () => {
  it('shows the board an entry resubmitted with reworded sentences or under another title', () => {
    expect(textSimilarity(KHAI_SINH, KHAI_SINH_REWORDED)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(textSimilarity(KHAI_SINH, KHAI_SINH_RETITLED)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('does not flag different initiatives that share the field’s stock phrases', () => {
    for (const [a, b] of [
      [KHAI_SINH, LIEN_THONG],
      [KHAI_SINH, MA_QR],
      [MA_QR, SO_TAY],
      [LIEN_THONG, SO_TAY],
    ]) {
      expect(textSimilarity(a, b)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
    }
  });

  it('is 0 when a text has no words', () => {
    expect(textSimilarity('', KHAI_SINH)).toBe(0);
    expect(textSimilarity(' — ', ' ... ')).toBe(0);
  });

  const text = fc.array(syllable, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));

  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBe(textSimilarity(b, a));
        expect(s >= 0 && s <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is 1 for the same text in another case, Unicode form, spacing or punctuation', () => {
    fc.assert(
      fc.property(text, (a) => {
        const variant = `  ${a.toLocaleUpperCase('vi').normalize('NFD').split(' ').join(' ,  ')}.`;
        expect(textSimilarity(a, variant)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('does not change when either text loses its diacritics or changes case', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(textSimilarity(withoutDiacritics(a), b.toLocaleUpperCase('vi'))).toBe(textSimilarity(a, b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('NearDuplicateIndex', () => {
  const index = () =>
    new NearDuplicateIndex([
      { id: 'HG2024-001', text: KHAI_SINH },
      { id: 'HG2024-002', text: MA_QR },
      { id: 'HG2024-003', text: SO_TAY },
    ]);

  it('finds the closest record and its similarity', () => {
    const match = index().closest(KHAI_SINH_REWORDED);
    expect(match).toEqual({ id: 'HG2024-001', similarity: textSimilarity(KHAI_SINH_REWORDED, KHAI_SINH) });
  });

  it('leaves out the entry itself when it is compared again (an edited response)', () => {
    const idx = index();
    idx.add({ id: 'HG2024-004', text: KHAI_SINH_RETITLED });
    expect(idx.closest(KHAI_SINH_RETITLED, 'HG2024-004')?.id).toBe('HG2024-001');
    expect(idx.closest(KHAI_SINH, 'HG2024-001')?.id).toBe('HG2024-004');
  });

  it('replaces a record added again under the same id', () => {
    const idx = index();
    idx.add({ id: 'HG2024-001', text: LIEN_THONG });
    expect(idx.closest(LIEN_THONG)).toEqual({ id: 'HG2024-001', similarity: 1 });
    expect(idx.closest(KHAI_SINH)!.similarity).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('returns null when nothing shares a word pair, or the index is empty', () => {
    expect(index().closest('Văn nghệ quần chúng')).toBeNull();
    expect(new NearDuplicateIndex([]).closest(KHAI_SINH)).toBeNull();
  });

  it('between equally similar records returns the one received first', () => {
    const idx = new NearDuplicateIndex([
      { id: 'B', text: 'một cửa liên thông' },
      { id: 'A', text: 'Một cửa liên thông!' },
    ]);
    expect(idx.closest('mot cua lien thong')).toEqual({ id: 'B', similarity: 1 });
  });

  it('finds a near-copy among 2,000 entries (the index touches only records sharing a word pair)', () => {
    // Deterministic pseudo-random entries built from the field's vocabulary, so they overlap a lot.
    const words = (
      'người dân doanh nghiệp thủ tục hành chính hồ sơ trực tuyến một cửa liên thông số hóa chữ ký số ' +
      'cổng dịch vụ công tiếp nhận trả kết quả tra cứu thanh toán không dùng tiền mặt công chức viên chức ' +
      'cải cách thể chế tổ chức bộ máy tài chính công chính quyền số Zalo mã QR tổng đài phản ánh kiến nghị'
    ).split(' ');
    let seed = 2024;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const records = Array.from({ length: 2000 }, (_, i) => ({
      id: `HG2024-${String(i + 1).padStart(3, '0')}`,
      text: Array.from({ length: 60 }, () => words[random(words.length)]).join(' '),
    }));
    records[1234] = { id: records[1234].id, text: KHAI_SINH };
    const idx = new NearDuplicateIndex(records);
    const match = idx.closest(KHAI_SINH_REWORDED);
    expect(match?.id).toBe('HG2024-1235');
    expect(match!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    const unrelated = idx.closest(records[10].text, records[10].id);
    expect(unrelated!.similarity).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });
});
