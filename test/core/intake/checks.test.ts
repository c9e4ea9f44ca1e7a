import fc from 'fast-check';
import type { ContestConfig, Member } from '../../../src/core/config/model';
import { presetById } from '../../../src/core/config/presets';
import { checkSubmission, type IntakeCheck, type IntakeReason } from '../../../src/core/intake/checks';
import type { Submission } from '../../../src/core/intake/submission';
import { author, fromAnswers, groupEntry } from './submissions';

const hauGiang = presetById('hauGiang2024').build();
const tanAn = presetById('tanAn2024').build();
const dakrong = presetById('dakrong2020').build();

const codes = (check: IntakeCheck): string[] => check.reasons.map((r) => r.code);
const only = (check: IntakeCheck, code: string): IntakeReason => {
  const found = check.reasons.filter((r) => r.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('a complete entry', () => {
  it('is valid, with no reasons, and counts for the contest year', () => {
    expect(checkSubmission(groupEntry(), hauGiang)).toEqual({ status: 'valid', reasons: [], countsForYear: 2024 });
  });

  it('is valid when read from the form as typed (names, percentages with commas, "1.500 từ")', () => {
    const s = fromAnswers(hauGiang, {
      kind: 'Nhóm tác giả',
      'author1.familyName': 'Lê',
      'author1.givenName': 'Thu',
      'author1.contribution': '33,33 %',
      'author2.familyName': 'Trần',
      'author2.givenName': 'Bình',
      'author2.contribution': '33,33',
      'author3.familyName': 'Phạm',
      'author3.givenName': 'Hòa',
      'author3.contribution': '33.34%',
      unit: 'Sở Tư pháp',
      category: 'Cải cách thủ tục hành chính',
      title: 'Số hóa sổ hộ tịch',
      format: 'Bài viết',
      length: '1.500 từ',
    });
    expect(checkSubmission(s, hauGiang)).toEqual({ status: 'valid', reasons: [], countsForYear: 2024 });
  });
});

describe('required answers', () => {
  it.each([
    ['kind', { kind: null }],
    ['unit', { unitCode: null }],
    ['category', { categoryCode: null }],
    ['title', { title: '   ' }],
    ['format', { format: null, length: null }],
    ['authors', { authors: [] }],
  ] as [string, Partial<Submission>][])('a missing %s makes the entry invalid and says which field', (field, change) => {
    const check = checkSubmission(groupEntry(change), hauGiang);
    expect(check.status).toBe('invalid');
    expect(only(check, 'missingField')).toEqual({ code: 'missingField', status: 'invalid', params: { field } });
  });

  it('does not ask for a content area when the contest has none', () => {
    const noCategories: ContestConfig = { ...hauGiang, categories: [] };
    expect(checkSubmission(groupEntry({ categoryCode: null }), noCategories).status).toBe('valid');
  });

  it('tells an answer that is not on the contest’s lists from a blank one', () => {
    const s = fromAnswers(hauGiang, {
      kind: 'Nhóm tác giả',
      'author1.familyName': 'Lê',
      'author1.givenName': 'Thu',
      unit: 'Sở Y tế',
      category: '',
      title: 'Số hóa sổ hộ tịch',
      format: 'Âm thanh, clip',
    });
    const check = checkSubmission(s, hauGiang);
    expect(check.reasons.filter((r) => r.status === 'invalid')).toEqual([
      { code: 'unknownUnit', status: 'invalid', params: { value: 'Sở Y tế' } },
      { code: 'missingField', status: 'invalid', params: { field: 'category' } },
      { code: 'unknownFormat', status: 'invalid', params: { value: 'Âm thanh, clip' } },
    ]);
  });

  it('rejects a kind of entrant the contest does not accept (Đakrông: individuals only)', () => {
    const s = fromAnswers(dakrong, { kind: 'Doanh nghiệp', 'author1.familyName': 'Hồ', 'author1.givenName': 'Cúc', unit: 'Phòng Nội vụ', category: 'Cải cách thủ tục hành chính', title: 'Một cửa', format: 'Bài viết', length: '1200' }, '2020-09-05T09:00:00+07:00');
    expect(checkSubmission(s, dakrong).reasons).toEqual([{ code: 'unknownKind', status: 'invalid', params: { value: 'Doanh nghiệp' } }]);
  });

  it('needs a family and a given name of the main author; an incomplete co-author only asks for review', () => {
    const noGivenName = checkSubmission(groupEntry({ authors: [author('Lê', 'Thị', '', { contribution: 100 })], kind: 'individual' }), hauGiang);
    expect(noGivenName.status).toBe('invalid');
    expect(only(noGivenName, 'missingField').params).toEqual({ field: 'givenName', author: 1, name: 'Lê Thị' });

    const coAuthor = groupEntry();
    coAuthor.authors[1] = { ...coAuthor.authors[1], familyName: '' };
    const check = checkSubmission(coAuthor, hauGiang);
    expect(check.status).toBe('review');
    expect(only(check, 'missingField')).toEqual({ code: 'missingField', status: 'review', params: { field: 'familyName', author: 2, name: 'Văn Bình' } });
  });
});

describe('authors and contributions', () => {
  const group = (...contributions: (number | null)[]) =>
    groupEntry({ authors: contributions.map((c, i) => author('Nguyễn', 'Văn', ['An', 'Bình', 'Cường', 'Dũng', 'Em'][i], { contribution: c })) });

  it('accepts Hậu Giang’s largest group (4) and rejects a fifth author', () => {
    expect(checkSubmission(group(25, 25, 25, 25), hauGiang).status).toBe('valid');
    const five = checkSubmission(group(20, 20, 20, 20, 20), hauGiang);
    expect(five.status).toBe('invalid');
    expect(only(five, 'groupTooLarge').params).toEqual({ count: 5, max: 4 });
  });

  it('has no group limit where the plan sets none (Tân An)', () => {
    const five = group(20, 20, 20, 20, 20);
    expect(checkSubmission({ ...five, categoryCode: 'TTHC', unitCode: 'VP' }, tanAn).reasons).toEqual([]);
  });

  it('takes 33,33 + 33,33 + 33,34 as 100%', () => {
    expect(checkSubmission(group(33.33, 33.33, 33.34), hauGiang).reasons).toEqual([]);
  });

  it('asks for review when the shares do not add up to 100%', () => {
    const check = checkSubmission(group(60, 30), hauGiang);
    expect(check.status).toBe('review');
    expect(only(check, 'contributionsNot100').params).toEqual({ total: 90 });
    expect(codes(checkSubmission(group(33.3, 33.3, 33.3), hauGiang))).toEqual(['contributionsNot100']);
  });

  it('names each author whose share is missing, unreadable or not positive', () => {
    expect(checkSubmission(group(100, null), hauGiang).reasons).toEqual([
      { code: 'contributionMissing', status: 'review', params: { author: 2, name: 'Nguyễn Văn Bình' } },
    ]);
    expect(checkSubmission(group(NaN, 50), hauGiang).reasons).toEqual([
      { code: 'contributionUnreadable', status: 'review', params: { author: 1, name: 'Nguyễn Văn An' } },
    ]);
    expect(checkSubmission(group(100, 0), hauGiang).reasons).toEqual([
      { code: 'contributionNotPositive', status: 'review', params: { author: 2, name: 'Nguyễn Văn Bình', value: 0 } },
    ]);
  });

  it('asks for review of an individual entry with co-authors, and of a group of one', () => {
    const individual = checkSubmission(groupEntry({ kind: 'individual' }), hauGiang);
    expect(individual.reasons).toEqual([{ code: 'individualHasCoAuthors', status: 'review', params: { count: 2, groupsAllowed: 1 } }]);
    const alone = checkSubmission(groupEntry({ authors: [author('Lê', 'Thị', 'Thu', { contribution: 100 })] }), hauGiang);
    expect(alone.reasons).toEqual([{ code: 'groupHasOneAuthor', status: 'review', params: { author: 1, name: 'Lê Thị Thu' } }]);
  });

  it('does not ask a collective entry for shares', () => {
    expect(checkSubmission(groupEntry({ kind: 'collective', authors: [author('Lê', 'Thị', 'Thu'), author('Trần', 'Văn', 'Bình')] }), hauGiang).reasons).toEqual([]);
  });
});

describe('members of the organising board, the judges and the secretariat may not enter', () => {
  const members: Member[] = [
    { name: 'Nguyễn Văn An', email: 'An.NV@haugiang.gov.vn', role: 'judge', unit: 'Sở Nội vụ', position: 'Phó Giám đốc' },
    { name: 'Đặng Thị Ngọc Hà', email: 'ha.dtn@snv.haugiang.gov.vn', role: 'secretariat', unit: 'Sở Nội vụ', position: 'Chuyên viên' },
    { name: 'Phạm Minh Dũng', email: '', role: 'organisingBoard', unit: 'UBND tỉnh', position: 'Phó Chủ tịch' },
  ];
  const config: ContestConfig = { ...hauGiang, members };
  const withCoAuthor = (more: Partial<ReturnType<typeof author>>, family = 'Nguyễn', middle = 'Văn', given = 'An') => {
    const s = groupEntry();
    s.authors[1] = author(family, middle, given, { contribution: 40, ...more });
    return s;
  };

  it('an author with a judge’s e-mail (any case, spaces) makes the entry invalid, naming the member and role', () => {
    const check = checkSubmission(withCoAuthor({ email: ' an.nv@HAUGIANG.gov.vn ' }, 'Nguyễn', 'Văn', 'Ân'), config);
    expect(check.status).toBe('invalid');
    expect(only(check, 'excludedMember')).toEqual({
      code: 'excludedMember',
      status: 'invalid',
      params: { member: 'Nguyễn Văn An', role: 'judge', matchedBy: 'email', who: 'author', author: 2, name: 'Nguyễn Văn Ân' },
    });
  });

  it('a name typed without diacritics matches for review only (it may be a namesake)', () => {
    const check = checkSubmission(withCoAuthor({ email: 'an.nguyen@gmail.com' }, 'nguyen', 'van', 'an'), config);
    expect(check.status).toBe('review');
    expect(only(check, 'excludedMember').params).toMatchObject({ member: 'Nguyễn Văn An', role: 'judge', matchedBy: 'name', author: 2, name: 'Nguyen Van An' });
    const organiser = checkSubmission(withCoAuthor({}, 'PHẠM', 'MINH', 'DŨNG'), config);
    expect(only(organiser, 'excludedMember').params).toMatchObject({ role: 'organisingBoard', matchedBy: 'name' });
  });

  it('an entry sent from a secretariat account asks for review (paper entries are typed in by the secretariat)', () => {
    const check = checkSubmission(groupEntry({ respondentEmail: 'ha.dtn@snv.haugiang.gov.vn' }), config);
    expect(check.reasons).toEqual([
      { code: 'excludedMember', status: 'review', params: { member: 'Đặng Thị Ngọc Hà', role: 'secretariat', matchedBy: 'email', who: 'respondent', email: 'ha.dtn@snv.haugiang.gov.vn' } },
    ]);
  });

  it('ignores roles the contest does not exclude, and never matches two blank e-mails', () => {
    const judgesMayEnter: ContestConfig = { ...config, eligibility: { excludedRoles: ['organisingBoard', 'secretariat'] } };
    expect(checkSubmission(withCoAuthor({ email: 'an.nv@haugiang.gov.vn' }), judgesMayEnter).reasons).toEqual([]);
    const blank = groupEntry({ respondentEmail: '' });
    blank.authors = blank.authors.map((a) => ({ ...a, email: '' }));
    expect(checkSubmission(blank, config).reasons).toEqual([]);
  });
});

describe('the submission window, by the calendar day in Vietnam', () => {
  const at = (receivedAt: string) => checkSubmission(groupEntry({ receivedAt }), hauGiang);

  it('takes 23:59 on the closing day (16/8/2024) as on time and 00:01 the next day as late, for review', () => {
    expect(at('2024-08-16T23:59:00+07:00').status).toBe('valid');
    const late = at('2024-08-17T00:01:00+07:00');
    expect(late.status).toBe('review');
    expect(late.reasons).toEqual([{ code: 'receivedAfterWindow', status: 'review', params: { received: '2024-08-17', closes: '2024-08-16' } }]);
  });

  it('uses Vietnam’s day, not UTC’s: 17:30 UTC on 16/8 is already 17/8 in Vietnam', () => {
    expect(codes(at('2024-08-16T17:30:00Z'))).toEqual(['receivedAfterWindow']);
    expect(codes(at('2024-08-16T16:59:00Z'))).toEqual([]);
  });

  it('flags an entry received before the opening day (01/7/2024)', () => {
    expect(at('2024-06-30T23:59:00+07:00').reasons).toEqual([{ code: 'receivedBeforeWindow', status: 'review', params: { received: '2024-06-30', opens: '2024-07-01' } }]);
    expect(codes(at('2024-06-30T17:00:00Z'))).toEqual([]);
  });

  it('keeps a late entry’s other reasons: a late invalid entry stays invalid', () => {
    const check = checkSubmission(groupEntry({ receivedAt: '2024-09-01T08:00:00+07:00', originalityDeclared: false }), hauGiang);
    expect(check.status).toBe('invalid');
    expect(codes(check)).toEqual(['receivedAfterWindow', 'originalityNotDeclared']);
  });

  it('asks for review when the time received cannot be read', () => {
    expect(checkSubmission(groupEntry({ receivedAt: 'hôm qua' }), hauGiang).reasons).toEqual([{ code: 'receivedAtUnreadable', status: 'review', params: { value: 'hôm qua' } }]);
  });
});

describe('Tân An’s year-round intake (cut-off 31/10)', () => {
  const entry = (kind: Submission['kind'], receivedAt: string) =>
    checkSubmission(groupEntry({ kind, receivedAt, unitCode: 'VP', authors: [author('Võ', 'Thị Ngọc', 'Hà')] }), tanAn);

  it('counts a staff entry received on 31/10 at 23:59 for 2024', () => {
    expect(entry('individual', '2024-10-31T23:59:00+07:00')).toEqual({ status: 'valid', reasons: [], countsForYear: 2024 });
  });

  it('counts a staff entry received on 01/11 at 00:01 for the next year, and says so', () => {
    const check = entry('individual', '2024-11-01T00:01:00+07:00');
    expect(check.countsForYear).toBe(2025);
    expect(check.reasons).toEqual([{ code: 'countsForNextYear', status: 'review', params: { received: '2024-11-01', year: 2025, cutoffDay: 31, cutoffMonth: 10 } }]);
    expect(entry('collective', '2024-12-20T10:00:00+07:00').countsForYear).toBe(2025);
  });

  it('counts citizens’ and businesses’ entries in the year received', () => {
    expect(entry('citizen', '2024-11-15T10:00:00+07:00')).toEqual({ status: 'valid', reasons: [], countsForYear: 2024 });
    expect(entry('business', '2024-12-31T23:00:00+07:00').countsForYear).toBe(2024);
    const nextYear = entry('citizen', '2025-01-05T10:00:00+07:00');
    expect(nextYear.countsForYear).toBe(2025);
    expect(nextYear.reasons).toEqual([{ code: 'countsForOtherYear', status: 'review', params: { received: '2025-01-05', year: 2025, contestYear: 2024 } }]);
  });

  it('brings a staff entry received after the 2023 cut-off into 2024', () => {
    expect(entry('individual', '2023-11-20T10:00:00+07:00')).toEqual({ status: 'valid', reasons: [], countsForYear: 2024 });
  });

  it('counts a window contest’s entries for its year, even late ones', () => {
    expect(checkSubmission(groupEntry({ receivedAt: '2025-02-01T10:00:00+07:00' }), hauGiang).countsForYear).toBe(2024);
  });
});

describe('length limits (Đakrông: articles 1.000–2.000 words, videos 4–6 minutes)', () => {
  const dakrongEntry = (format: 'article' | 'video', length: string) =>
    checkSubmission(
      fromAnswers(dakrong, { kind: 'Cá nhân', 'author1.familyName': 'Hồ', 'author1.middleName': 'Thị Kim', 'author1.givenName': 'Cúc', unit: 'Phòng Nội vụ', category: 'Cải cách thủ tục hành chính', title: 'Một cửa liên thông', format: format === 'article' ? 'Bài viết' : 'Video', length }, '2020-09-10T09:00:00+07:00'),
      dakrong,
    );

  it.each([
    ['article', '1.000 từ'],
    ['article', '2000'],
    ['video', '4'],
    ['video', '4 phút 30 giây'],
    ['video', '6:00'],
  ] as const)('accepts %s of %s', (format, length) => {
    expect(dakrongEntry(format, length).reasons).toEqual([]);
  });

  it.each([
    ['article', '999', 999, 1000, 2000],
    ['article', '2.001 chữ', 2001, 1000, 2000],
    ['video', '3:59', 3 + 59 / 60, 4, 6],
    ['video', '6,5', 6.5, 4, 6],
  ] as const)('asks for review of %s of %s', (format, typed, length, min, max) => {
    expect(dakrongEntry(format, typed).reasons).toEqual([{ code: 'lengthOutOfRange', status: 'review', params: { format, length, min, max } }]);
  });

  it('asks for review when the length is not stated or cannot be read', () => {
    expect(dakrongEntry('article', '').reasons).toEqual([{ code: 'lengthMissing', status: 'review', params: { format: 'article', min: 1000, max: 2000 } }]);
    expect(dakrongEntry('video', 'gần năm phút').reasons).toEqual([
      { code: 'lengthUnreadable', status: 'review', params: { format: 'video', value: 'gần năm phút', min: 4, max: 6 } },
    ]);
  });

  it('does not check a length where the plan sets no limits (Hậu Giang)', () => {
    expect(checkSubmission(groupEntry({ length: 12_000 }), hauGiang).reasons).toEqual([]);
    expect(checkSubmission(groupEntry({ length: null }), hauGiang).reasons).toEqual([]);
  });
});

describe('originality and the overall status', () => {
  it('an entry without the originality declaration is invalid', () => {
    expect(checkSubmission(groupEntry({ originalityDeclared: false }), hauGiang)).toEqual({
      status: 'invalid',
      reasons: [{ code: 'originalityNotDeclared', status: 'invalid', params: {} }],
      countsForYear: 2024,
    });
  });

  it('is invalid when any reason is, otherwise review when there is any reason', () => {
    const reviewOnly = checkSubmission(groupEntry({ receivedAt: '2024-08-20T09:00:00+07:00', length: null, kind: 'individual' }), hauGiang);
    expect([reviewOnly.status, codes(reviewOnly)]).toEqual(['review', ['individualHasCoAuthors', 'receivedAfterWindow']]);
    const mixed = checkSubmission(groupEntry({ receivedAt: '2024-08-20T09:00:00+07:00', unitCode: null }), hauGiang);
    expect(mixed.status).toBe('invalid');
  });

  it('never throws, and keeps the status the worst of the reasons, whatever was typed', () => {
    const text = fc.string({ maxLength: 12 });
    const arbitraryAuthor = fc.record({
      familyName: text,
      middleName: text,
      givenName: text,
      position: text,
      unit: text,
      phone: text,
      email: text,
      contribution: fc.option(fc.oneof(fc.double(), fc.integer({ min: -10, max: 120 })), { nil: null }),
    });
    const arbitrarySubmission = fc.record({
      kind: fc.constantFrom('individual', 'group', 'collective', 'citizen', 'business', null),
      authors: fc.array(arbitraryAuthor, { maxLength: 6 }),
      unitCode: fc.option(fc.constantFrom('STP', 'SNV', 'XYZ', ''), { nil: null }),
      categoryCode: fc.option(fc.constantFrom('TTHC', 'ABC'), { nil: null }),
      title: text,
      format: fc.constantFrom('article', 'video', 'audio', null),
      length: fc.option(fc.oneof(fc.double(), fc.nat()), { nil: null }),
      receivedAt: fc.oneof(fc.date({ min: new Date('2019-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), text),
      originalityDeclared: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrarySubmission, fc.constantFrom(hauGiang, tanAn, dakrong), (change, config) => {
        const check = checkSubmission(groupEntry(change as Partial<Submission>), config);
        const worst = check.reasons.some((r) => r.status === 'invalid') ? 'invalid' : check.reasons.length > 0 ? 'review' : 'valid';
        expect(check.status).toBe(worst);
        expect(Number.isInteger(check.countsForYear)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
