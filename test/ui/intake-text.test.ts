import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { checkSubmission, INTAKE_REASON_CODES, type IntakeReason } from '../../src/core/intake/checks';
import { describeIntakeReason, intakeReasonMessages, intakeStatusWord } from '../../src/ui/messages/intake-text';
import { author, groupEntry } from '../core/intake/submissions';

const hauGiang = presetById('hauGiang2024').build();
const dakrong = presetById('dakrong2020').build();
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const reason = (code: IntakeReason['code'], params: IntakeReason['params'], status: IntakeReason['status'] = 'review'): IntakeReason => ({ code, status, params });

describe('the catalog', () => {
  it.each(['vi', 'en'] as const)('%s has a sentence for exactly the reason codes the checks emit', (locale) => {
    expect(sorted(Object.keys(intakeReasonMessages[locale]))).toEqual(sorted(INTAKE_REASON_CODES));
  });

  it('every sentence ends with a full stop and never throws, even without its parameters', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const code of INTAKE_REASON_CODES) {
        const text = describeIntakeReason(reason(code, {}), locale);
        expect([locale, code, text.length > 20, text.endsWith('.')]).toEqual([locale, code, true, true]);
      }
    }
  });

  it('Vietnamese and English differ for every code', () => {
    for (const code of INTAKE_REASON_CODES) {
      const params = { field: 'title', value: 'x', author: 1, name: 'Lê Thị Thu', format: 'video', min: 4, max: 6, length: 7 };
      expect([code, describeIntakeReason(reason(code, params), 'vi')]).not.toEqual([code, describeIntakeReason(reason(code, params), 'en')]);
    }
  });

  it('falls back to the code for a reason it does not know (a code written by a newer version)', () => {
    const unknown = { code: 'somethingNew', status: 'review', params: {} } as unknown as IntakeReason;
    expect(describeIntakeReason(unknown, 'vi')).toBe('Bài cần xem xét (mã lý do somethingNew).');
  });
});

describe('sentences', () => {
  it('say what is late and by how much, with Vietnamese dates', () => {
    const late = reason('receivedAfterWindow', { received: '2024-08-17', closes: '2024-08-16' });
    expect(describeIntakeReason(late, 'vi')).toBe(
      'Bài nhận ngày 17/08/2024, sau hạn nhận bài (hết ngày 16/08/2024); bài vẫn được lưu, Ban Tổ chức quyết định có xét bài nộp muộn không.',
    );
    expect(describeIntakeReason(late, 'en')).toBe(
      'Received on 2024-08-17, after the submission period closed (end of 2024-08-16); the entry is kept, and the organising board decides whether late entries are judged.',
    );
  });

  it('name the excluded member, the role and how they matched', () => {
    const byEmail = reason('excludedMember', { member: 'Nguyễn Văn An', role: 'judge', matchedBy: 'email', who: 'author', author: 2, name: 'Nguyễn Văn An' }, 'invalid');
    expect(describeIntakeReason(byEmail, 'vi')).toBe(
      'Email của tác giả thứ 2 (Nguyễn Văn An) trùng với email của Nguyễn Văn An, thành viên Ban Giám khảo; thành viên Ban Giám khảo không được dự thi. Nếu là người khác, Thư ký kiểm tra lại địa chỉ email.',
    );
    const byName = reason('excludedMember', { member: 'Đặng Thị Ngọc Hà', role: 'secretariat', matchedBy: 'name', who: 'author', author: 1, name: 'Dang Thi Ngoc Ha' });
    expect(describeIntakeReason(byName, 'vi')).toMatch(/^Tác giả thứ 1 \(Dang Thi Ngoc Ha\) trùng họ tên với Đặng Thị Ngọc Hà, thành viên Tổ giúp việc;/);
    expect(describeIntakeReason(byName, 'en')).toMatch(/^Author 1 \(Dang Thi Ngoc Ha\) has the same name as Đặng Thị Ngọc Hà, a member of the secretariat;/);
  });

  it('write lengths and shares as each language writes numbers', () => {
    const long = reason('lengthOutOfRange', { format: 'article', length: 2300, min: 1000, max: 2000 });
    expect(describeIntakeReason(long, 'vi')).toMatch(/^Bài viết dài 2\.300 từ, ngoài giới hạn 1\.000–2\.000 từ theo kế hoạch;/);
    expect(describeIntakeReason(long, 'en')).toMatch(/^An article of 2,300 words, outside the plan's 1,000–2,000 words;/);
    const short = reason('lengthOutOfRange', { format: 'video', length: 3.5, min: 4, max: 6 });
    expect(describeIntakeReason(short, 'vi')).toMatch(/^Video dài 3,5 phút, ngoài giới hạn 4–6 phút/);
    expect(describeIntakeReason(reason('contributionsNot100', { total: 99.9 }), 'vi')).toMatch(/^Tổng tỷ lệ đóng góp của các tác giả là 99,9%, chưa bằng 100%/);
  });

  it('list what the contest accepts when given the configuration', () => {
    const kind = reason('unknownKind', { value: 'Doanh nghiệp' }, 'invalid');
    expect(describeIntakeReason(kind, 'vi', dakrong)).toMatch(/^Đối tượng dự thi «Doanh nghiệp» không thuộc các đối tượng cuộc thi nhận \(Cá nhân\);/);
    expect(describeIntakeReason(kind, 'vi')).toMatch(/^Đối tượng dự thi «Doanh nghiệp» không thuộc các đối tượng cuộc thi nhận;/);
    expect(describeIntakeReason(reason('unknownFormat', { value: 'Âm thanh' }), 'en', hauGiang)).toMatch(/not one the contest accepts \(Article, Video\);/);
  });

  it('name the missing field, and the author when it is part of a name', () => {
    expect(describeIntakeReason(reason('missingField', { field: 'category' }, 'invalid'), 'vi')).toMatch(/^Chưa có thông tin «Lĩnh vực»;/);
    expect(describeIntakeReason(reason('missingField', { field: 'givenName', author: 2, name: 'Trần Văn' }), 'vi')).toMatch(/^Thiếu tên của tác giả thứ 2 \(Trần Văn\);/);
  });

  it('fill every parameter for the reasons real submissions produce', () => {
    const members = [{ name: 'Nguyễn Văn An', email: 'an.nv@haugiang.gov.vn', role: 'judge' as const, unit: 'Sở Nội vụ', position: 'Phó Giám đốc' }];
    const config: ContestConfig = { ...hauGiang, members, formats: [{ format: 'article', limits: { min: 1000, max: 2000 } }] };
    const bad = groupEntry({
      receivedAt: '2024-08-17T08:00:00+07:00',
      respondentEmail: 'an.nv@haugiang.gov.vn',
      authors: [author('Lê', 'Thị', '', { contribution: 70 }), author('nguyen', 'van', 'an', { contribution: NaN }), author('Trần', '', 'Bình', { contribution: 0 })],
      unitCode: 'XYZ',
      length: 2500,
      originalityDeclared: false,
    });
    const check = checkSubmission(bad, config);
    expect(check.reasons.length).toBeGreaterThan(6);
    for (const locale of ['vi', 'en'] as const) {
      for (const r of check.reasons) {
        const text = describeIntakeReason(r, locale, config);
        expect([r.code, /undefined|NaN|«»|“”|\(\)| {2}/.test(text)]).toEqual([r.code, false]);
      }
    }
  });
});

describe('intakeStatusWord', () => {
  it('gives the register’s words for the three statuses', () => {
    expect((['valid', 'review', 'invalid'] as const).map((s) => intakeStatusWord(s, 'vi'))).toEqual(['Hợp lệ', 'Cần xem xét', 'Không hợp lệ']);
    expect((['valid', 'review', 'invalid'] as const).map((s) => intakeStatusWord(s, 'en'))).toEqual(['Valid', 'Needs review', 'Invalid']);
  });
});
