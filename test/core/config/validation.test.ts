import type { ContestConfig, Member } from '../../../src/core/config/model';
import { PRESETS, presetById, type PresetId } from '../../../src/core/config/presets';
import { validateConfig } from '../../../src/core/config/validation';
import type { Problem, Severity } from '../../../src/core/problem';
import { describeProblem } from '../../../src/ui/messages/problems';

/** A clean 2026 provincial contest: only "fill this in later" warnings. */
const base = (): ContestConfig => presetById('province2026').build();

function edited(edit: (c: ContestConfig) => void, id: PresetId = 'province2026'): ContestConfig {
  const c = presetById(id).build();
  edit(c);
  return c;
}

/** The single problem with this code, checked for severity, path and its Vietnamese sentence. */
function expectProblem(config: ContestConfig, code: string, severity: Severity, path: string, vi: string): Problem {
  const found = validateConfig(config).filter((p) => p.code === code);
  expect(found).toHaveLength(1);
  const [problem] = found;
  expect({ severity: problem.severity, path: problem.path, vi: describeProblem(problem, 'vi') }).toEqual({ severity, path, vi });
  return problem;
}

const codesOf = (config: ContestConfig): string[] => validateConfig(config).map((p) => p.code);

const member = (name: string, email: string, role: Member['role'], unit = ''): Member => ({ name, email, role, unit, position: '' });

describe('presets', () => {
  // Every warning below is deliberate: it is what the secretariat must see for that preset.
  // Without a judging deadline the default reminders and automatic lock have nothing to count from.
  const noJudgingDeadline = ['remindersWithoutDeadline judging.reminderDaysBefore', 'lockWithoutDeadline judging.lockAtDeadline'];
  const expectedWarnings: Record<PresetId, string[]> = {
    // The seed copy lost the plan's number and date, and the plan sets no judging deadline.
    hauGiang2024: ['planNumberMissing identity.plan.number', 'planDateMissing identity.plan.date', ...noJudgingDeadline],
    dakrong2020: [],
    // The published summary names no prize money.
    phuTan2023: ['amountZero prizes.tiers[0].amount', 'amountZero prizes.tiers[1].amount', 'amountZero prizes.tiers[2].amount'],
    // Year-round intake: no judging deadline either.
    tanAn2024: ['planNumberMissing identity.plan.number', 'planDateMissing identity.plan.date', ...noJudgingDeadline],
    province2026: ['planNumberMissing identity.plan.number', 'planDateMissing identity.plan.date', 'signerNameMissing documents.signer.name'],
    commune2026: [
      'planNumberMissing identity.plan.number',
      'planDateMissing identity.plan.date',
      ...noJudgingDeadline,
      'signerNameMissing documents.signer.name',
    ],
  };

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s has no errors and only its known warnings', (id, preset) => {
    const problems = validateConfig(preset.build());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual(expectedWarnings[id]);
  });
});

describe('validateConfig', () => {
  it('returns every problem at once', () => {
    const config = edited((c) => {
      c.prizes.tiers[0].count = 0;
      c.timeline.intake = { mode: 'window', opens: '2026-06-01', closes: '2026-05-31' };
      c.prizes.budgetCap = 20_000_000;
      c.identity.title = '';
    });
    expect(codesOf(config)).toEqual(
      expect.arrayContaining(['required', 'intakeClosesBeforeOpens', 'countNotPositiveInteger', 'budgetExceeded']),
    );
  });

  it('names an unnamed list item by its row, as told by rowOf', () => {
    const config = edited((c) => {
      c.units.push({ code: 'X', name: '' });
    });
    const [problem] = validateConfig(config, { rowOf: (_list, index) => index + 2 }).filter((p) => p.code === 'required');
    expect(problem.field).toEqual({ section: 'units', item: '6', key: 'name' });
    expect(describeProblem(problem, 'vi')).toBe('Đơn vị › Dòng 6 › Tên: chưa nhập; đây là thông tin bắt buộc.');
  });
});

describe('identity', () => {
  it.each([
    ['code', (c: ContestConfig) => (c.identity.code = ''), 'identity.code', 'Thông tin chung › Mã cuộc thi'],
    ['title', (c: ContestConfig) => (c.identity.title = ' '), 'identity.title', 'Thông tin chung › Tên cuộc thi'],
    ['organiser', (c: ContestConfig) => (c.identity.organiser.name = ''), 'identity.organiser.name', 'Thông tin chung › Cơ quan ban hành'],
    ['symbol', (c: ContestConfig) => (c.identity.organiser.symbol = ''), 'identity.organiser.symbol', 'Thông tin chung › Ký hiệu cơ quan'],
    ['place name', (c: ContestConfig) => (c.identity.placeName = ''), 'identity.placeName', 'Thông tin chung › Địa danh'],
    ['head title', (c: ContestConfig) => (c.documents.signer.headTitle = ''), 'documents.signer.headTitle', 'Người ký › Chức danh người đứng đầu'],
  ])('an empty %s is an error', (_name, edit, path, address) => {
    expectProblem(edited(edit), 'required', 'error', path, `${address}: chưa nhập; đây là thông tin bắt buộc.`);
  });

  it.each(['H', 'HG 2024', 'HG2024-01', 'HẬUGIANG', 'ABCDEFGHIJKLM'])('contest code "%s" is refused', (code) => {
    expectProblem(
      edited((c) => (c.identity.code = code)),
      'contestCodeFormat',
      'error',
      'identity.code',
      `Thông tin chung › Mã cuộc thi: “${code}” không dùng được làm mã cuộc thi; mã gồm 2 đến 12 chữ cái không dấu hoặc chữ số, không có dấu cách, ví dụ HG2024.`,
    );
  });

  it.each(['HG', 'hg2024', 'ABCDEFGHIJKL'])('contest code "%s" is accepted', (code) => {
    expect(codesOf(edited((c) => (c.identity.code = code)))).not.toContain('contestCodeFormat');
  });

  it('a missing plan number and date are warnings (two seed copies lost them)', () => {
    const problems = validateConfig(base()).filter((p) => p.code.startsWith('plan'));
    expect(problems.map((p) => [p.severity, describeProblem(p, 'vi')])).toEqual([
      ['warning', 'Thông tin chung › Số kế hoạch: chưa có số kế hoạch tổ chức cuộc thi; hãy nhập (ví dụ 612/KH-UBND) để các văn bản viện dẫn đúng kế hoạch.'],
      ['warning', 'Thông tin chung › Ngày ban hành kế hoạch: chưa có ngày ban hành kế hoạch; hãy nhập để các văn bản viện dẫn đúng kế hoạch.'],
    ]);
  });

  it('a missing signer name is a warning', () => {
    expectProblem(base(), 'signerNameMissing', 'warning', 'documents.signer.name', 'Người ký › Họ và tên người ký: chưa có họ và tên người ký; cần nhập trước khi in văn bản.');
  });

  it('a year that is not a year is an error', () => {
    expectProblem(
      edited((c) => (c.identity.year = 26)),
      'yearInvalid',
      'error',
      'identity.year',
      'Thông tin chung › Năm tổ chức: năm “26” không hợp lệ; hãy nhập năm tổ chức gồm 4 chữ số, ví dụ 2024.',
    );
  });

  it('a district organiser after 01/07/2025 is a warning; before it, nothing', () => {
    expect(codesOf(presetById('dakrong2020').build())).not.toContain('districtLevelObsolete');
    const late = edited((c) => {
      c.identity.organiser.level = 'district';
    });
    expectProblem(
      late,
      'districtLevelObsolete',
      'warning',
      'identity.organiser.level',
      'Thông tin chung › Cấp của cơ quan: cấp huyện không còn từ ngày 01/7/2025; với cuộc thi từ thời điểm đó, hãy chọn cấp tỉnh hoặc cấp xã.',
    );
  });
});

describe('dates', () => {
  it('a day that does not exist is an error', () => {
    expectProblem(
      edited((c) => (c.timeline.awardDate = '2026-02-30')),
      'dateInvalid',
      'error',
      'timeline.awardDate',
      'Thời gian › Ngày trao giải: “2026-02-30” không phải là ngày có thật; hãy nhập lại theo dạng dd/mm/yyyy.',
    );
  });

  it('an empty window date is an error', () => {
    expectProblem(edited((c) => (c.timeline.intake = { mode: 'window', opens: '', closes: '2026-08-31' })), 'required', 'error', 'timeline.intake.opens', 'Thời gian › Ngày bắt đầu nhận bài: chưa nhập; đây là thông tin bắt buộc.');
  });

  it('a window closing before it opens is an error', () => {
    expectProblem(
      edited((c) => (c.timeline.intake = { mode: 'window', opens: '2026-06-01', closes: '2026-05-31' })),
      'intakeClosesBeforeOpens',
      'error',
      'timeline.intake.closes',
      'Thời gian › Ngày kết thúc nhận bài: ngày kết thúc nhận bài (31/05/2026) trước ngày bắt đầu nhận bài (01/06/2026); hãy sửa lại một trong hai ngày.',
    );
  });

  it('a one-day window is fine', () => {
    expect(codesOf(edited((c) => (c.timeline.intake = { mode: 'window', opens: '2026-06-01', closes: '2026-06-01' })))).not.toContain('intakeClosesBeforeOpens');
  });

  it('a judging deadline before intake closes is an error', () => {
    expectProblem(
      edited((c) => (c.timeline.judgingDeadline = '2026-08-30')),
      'judgingBeforeIntakeCloses',
      'error',
      'timeline.judgingDeadline',
      'Thời gian › Hạn chấm bài: hạn hoàn thành chấm bài (30/08/2026) trước ngày kết thúc nhận bài (31/08/2026); hãy đặt hạn chấm sau khi hết hạn nhận bài.',
    );
  });

  it('an award date before the judging deadline is an error', () => {
    expectProblem(
      edited((c) => (c.timeline.awardDate = '2026-09-29')),
      'awardBeforeJudging',
      'error',
      'timeline.awardDate',
      'Thời gian › Ngày trao giải: ngày trao giải (29/09/2026) trước hạn hoàn thành chấm bài (30/09/2026); hãy đặt ngày trao giải sau khi chấm xong.',
    );
  });

  it('without a judging deadline, an award date before intake closes is an error', () => {
    const config = edited((c) => {
      delete c.timeline.judgingDeadline;
      c.timeline.awardDate = '2026-08-01';
    });
    expectProblem(
      config,
      'awardBeforeIntakeCloses',
      'error',
      'timeline.awardDate',
      'Thời gian › Ngày trao giải: ngày trao giải (01/08/2026) trước ngày kết thúc nhận bài (31/08/2026); hãy đặt ngày trao giải sau khi hết hạn nhận bài.',
    );
  });

  it('a unit deadline outside the window is an error', () => {
    expectProblem(
      edited((c) => (c.timeline.unitDeadline = '2023-10-14'), 'phuTan2023'),
      'unitDeadlineOutsideWindow',
      'error',
      'timeline.unitDeadline',
      'Thời gian › Hạn đơn vị gửi bài: hạn các đơn vị gửi bài (14/10/2023) nằm ngoài thời gian nhận bài (16/03/2023 – 13/10/2023); hãy đặt hạn trong thời gian nhận bài để bài của đơn vị không bị tính là nộp muộn.',
    );
    expect(codesOf(edited((c) => (c.timeline.unitDeadline = '2023-03-15'), 'phuTan2023'))).toContain('unitDeadlineOutsideWindow');
  });

  it.each([
    [2, 31],
    [2, 29],
    [4, 31],
    [13, 1],
    [10, 0],
  ])('a rolling cut-off of month %i day %i is an error', (month, day) => {
    const problem = expectProblem(
      edited((c) => (c.timeline.intake = { mode: 'rolling', staffCutoff: { month, day } }), 'tanAn2024'),
      'cutoffInvalid',
      'error',
      'timeline.intake.staffCutoff',
      `Thời gian › Ngày chốt năm: ngày ${day}/${month} không có trong mọi năm; hãy chọn một ngày có thật, ví dụ 31/10.`,
    );
    expect(problem.params).toEqual({ day, month });
  });

  it('a year outside the window is a warning', () => {
    expectProblem(
      edited((c) => (c.identity.year = 2025)),
      'yearMismatch',
      'warning',
      'identity.year',
      'Thông tin chung › Năm tổ chức: năm tổ chức 2025 không khớp với thời gian nhận bài (01/06/2026 – 31/08/2026); hãy kiểm tra lại năm hoặc các ngày.',
    );
  });

  it('a plan dated after intake opens is a warning', () => {
    expectProblem(
      edited((c) => (c.identity.plan = { number: '12/KH-SNV', date: '2026-06-02' })),
      'planDateAfterIntakeOpens',
      'warning',
      'identity.plan.date',
      'Thông tin chung › Ngày ban hành kế hoạch: ngày ban hành kế hoạch (02/06/2026) sau ngày bắt đầu nhận bài (01/06/2026); kế hoạch thường ban hành trước khi nhận bài, hãy kiểm tra lại.',
    );
  });
});

describe('categories', () => {
  it('at least one is needed', () => {
    expectProblem(edited((c) => (c.categories = [])), 'categoriesEmpty', 'error', 'categories', 'Lĩnh vực › Danh sách: chưa có lĩnh vực nào; hãy nhập ít nhất một lĩnh vực dự thi.');
  });

  it('codes are unique, whatever the case', () => {
    expectProblem(
      edited((c) => (c.categories = [...c.categories, { code: 'tthc', name: 'Một lĩnh vực khác' }])),
      'duplicateCode',
      'error',
      'categories[6].code',
      'Lĩnh vực › Một lĩnh vực khác › Mã: mã “tthc” trùng với dòng 2; mỗi dòng cần một mã riêng.',
    );
  });

  it('names are unique after normalising case, spacing and Unicode form', () => {
    const nfd = 'Cải cách thể chế'.normalize('NFD');
    expectProblem(
      edited((c) => (c.categories = [...c.categories, { code: 'TC2', name: `  ${nfd.toUpperCase()}  ` }])),
      'duplicateName',
      'error',
      'categories[6].name',
      `Lĩnh vực › ${nfd.toUpperCase()} › Tên: tên “${nfd.toUpperCase()}” trùng với dòng 1; hãy sửa tên hoặc xóa dòng trùng.`,
    );
  });

  it('an empty code is an error that names the category', () => {
    expectProblem(edited((c) => (c.categories = [{ code: '', name: 'Cải cách thể chế' }])), 'required', 'error', 'categories[0].code', 'Lĩnh vực › Cải cách thể chế › Mã: chưa nhập; đây là thông tin bắt buộc.');
  });

  it('a code with spaces or formula characters is an error', () => {
    expectProblem(
      edited((c) => (c.categories = [{ code: '=A1', name: 'Cải cách thể chế' }])),
      'codeFormat',
      'error',
      'categories[0].code',
      'Lĩnh vực › Cải cách thể chế › Mã: mã “=A1” chỉ được gồm chữ, số và các dấu - _ . (không có dấu cách), tối đa 20 ký tự.',
    );
  });
});

describe('entrants and eligibility', () => {
  it('at least one kind of entrant is needed', () => {
    expect(codesOf(edited((c) => (c.entrants = { kinds: [] })))).toContain('entrantKindsEmpty');
  });

  it('groups of fewer than two are an error', () => {
    expectProblem(
      edited((c) => (c.entrants.maxGroupSize = 1)),
      'groupSizeTooSmall',
      'error',
      'entrants.maxGroupSize',
      'Đối tượng dự thi › Số người tối đa của nhóm: số người tối đa của nhóm tác giả phải là số nguyên từ 2 trở lên (đang là 1).',
    );
  });

  it('a group size without groups is a warning', () => {
    expectProblem(
      edited((c) => (c.entrants = { kinds: ['individual'], maxGroupSize: 4 })),
      'groupSizeUnused',
      'warning',
      'entrants.maxGroupSize',
      'Đối tượng dự thi › Số người tối đa của nhóm: đã đặt số người tối đa của nhóm (4) nhưng chưa cho phép đối tượng Nhóm tác giả; hãy thêm Nhóm tác giả hoặc bỏ giới hạn này.',
    );
  });

  it('a kind listed twice is an error', () => {
    expectProblem(
      edited((c) => (c.entrants.kinds = ['individual', 'group', 'individual'])),
      'duplicateEntrantKind',
      'error',
      'entrants.kinds',
      'Đối tượng dự thi › Đối tượng: “Cá nhân” được ghi hai lần; hãy bỏ bớt một lần.',
    );
  });

  it('excluding nobody is a warning; a role listed twice is an error', () => {
    expectProblem(
      edited((c) => (c.eligibility.excludedRoles = [])),
      'noExclusions',
      'warning',
      'eligibility.excludedRoles',
      'Điều kiện dự thi › Thành phần không được dự thi: chưa loại trừ thành phần nào; các kế hoạch đều không cho thành viên Ban Tổ chức, Ban Giám khảo và Tổ giúp việc dự thi, hãy kiểm tra lại.',
    );
    expect(codesOf(edited((c) => (c.eligibility.excludedRoles = ['judge', 'judge'])))).toContain('duplicateExcludedRole');
  });
});

describe('members', () => {
  it('an e-mail address must be well formed', () => {
    for (const bad of ['an.nguyen', 'an@', '@snv.gov.vn', 'an@@snv.gov.vn', 'an nguyen@snv.gov.vn', 'an@snv', 'an@-snv.gov.vn', '.an@snv.gov.vn']) {
      const config = edited((c) => (c.members = [member('Nguyễn Văn An', bad, 'organisingBoard')]));
      expect([bad, codesOf(config)]).toEqual([bad, expect.arrayContaining(['emailInvalid'])]);
    }
    expectProblem(
      edited((c) => (c.members = [member('Nguyễn Văn An', 'an.nguyen', 'judge')])),
      'emailInvalid',
      'error',
      'members[0].email',
      'Thành viên › Nguyễn Văn An › Email: “an.nguyen” không phải là địa chỉ thư điện tử hợp lệ; hãy nhập theo dạng ten@coquan.gov.vn.',
    );
    expect(codesOf(edited((c) => (c.members = [member('An', 'an.nguyen+cchc@snv.cantho.gov.vn', 'judge')])))).not.toContain('emailInvalid');
  });

  it('the same e-mail twice in one role is an error, whatever the case', () => {
    const config = edited((c) => {
      c.members = [member('Nguyễn Văn An', 'an@snv.gov.vn', 'judge'), member('Trần Thị Bình', 'AN@snv.gov.vn', 'judge')];
    });
    expectProblem(
      config,
      'duplicateEmail',
      'error',
      'members[1].email',
      'Thành viên › Trần Thị Bình › Email: email “AN@snv.gov.vn” đã có ở dòng 1 trong Ban Giám khảo; hãy xóa dòng trùng.',
    );
  });

  it('a judge who is also on the organising board is fine: the plans bar members from entering, not from serving', () => {
    const config = edited((c) => {
      c.members = [member('Nguyễn Văn An', 'an@snv.gov.vn', 'organisingBoard'), member('Nguyễn Văn An', 'an@snv.gov.vn', 'judge')];
    });
    expect(validateConfig(config).filter((p) => p.path.startsWith('members'))).toEqual([]);
  });

  it('a judge who is also in the secretariat is a warning: the secretariat knows the authors', () => {
    const config = edited((c) => {
      c.members = [member('Nguyễn Văn An', 'an@snv.gov.vn', 'secretariat'), member('Nguyễn Văn An', 'an@snv.gov.vn', 'judge')];
    });
    expectProblem(
      config,
      'judgeInSecretariat',
      'warning',
      'members[1].role',
      'Thành viên › Nguyễn Văn An › Vai trò: Nguyễn Văn An vừa là giám khảo vừa thuộc Tổ giúp việc, nơi biết tên tác giả, nên việc chấm không còn ẩn danh; nên phân công người khác.',
    );
  });

  it('a member without a name is an error named by row', () => {
    expectProblem(
      edited((c) => (c.members = [member('', 'an@snv.gov.vn', 'organisingBoard')])),
      'required',
      'error',
      'members[0].name',
      'Thành viên › Dòng 1 › Họ và tên: chưa nhập; đây là thông tin bắt buộc.',
    );
  });

  it('a judge without an e-mail is a warning', () => {
    expectProblem(
      edited((c) => (c.members = [member('Lê Văn Cường', '', 'judge')])),
      'emailMissing',
      'warning',
      'members[0].email',
      'Thành viên › Lê Văn Cường › Email: thành viên Ban Giám khảo chưa có email; cần email (tài khoản Google) để chia sẻ trang chấm điểm.',
    );
  });

  it('a member of an unknown unit is a warning; a unit matched by code or name is fine', () => {
    expectProblem(
      edited((c) => (c.members = [member('Lê Văn Cường', 'cuong@snv.gov.vn', 'judge', 'Sở Y tế')])),
      'memberUnitUnknown',
      'warning',
      'members[0].unit',
      'Thành viên › Lê Văn Cường › Đơn vị: “Sở Y tế” không có trong danh sách Đơn vị; hãy ghi đúng tên hoặc mã đơn vị để không phân công giám khảo chấm bài của đơn vị mình.',
    );
    const known = edited((c) => (c.members = [member('A', 'a@snv.gov.vn', 'judge', 'stp'), member('B', 'b@snv.gov.vn', 'judge', 'sở nội vụ')]));
    expect(codesOf(known)).not.toContain('memberUnitUnknown');
  });
});

describe('units', () => {
  it('codes are unique', () => {
    expect(codesOf(edited((c) => c.units.push({ code: 'SNV', name: 'Sở Y tế' })))).toContain('duplicateCode');
  });

  it('names are unique after normalising case, Unicode form and extra spaces', () => {
    const problem = expectProblem(
      edited((c) => c.units.push({ code: 'SNV2', name: '  sở   nội vụ '.normalize('NFD') })),
      'duplicateName',
      'error',
      'units[4].name',
      `Đơn vị › ${'sở   nội vụ'.normalize('NFD')} › Tên: tên “${'sở   nội vụ'.normalize('NFD')}” trùng với dòng 1; hãy sửa tên hoặc xóa dòng trùng.`,
    );
    expect(problem.params.firstRow).toBe(1);
  });

  it('a negative quota is an error', () => {
    expectProblem(
      edited((c) => (c.unitRules.minEntriesPerUnit = -1)),
      'unitQuotaInvalid',
      'error',
      'unitRules.minEntriesPerUnit',
      'Chỉ tiêu của đơn vị › Số bài tối thiểu mỗi đơn vị: số bài tối thiểu của mỗi đơn vị phải là số nguyên không âm (đang là -1); nhập 0 nếu không giao chỉ tiêu.',
    );
  });

  it('a quota without units is a warning', () => {
    expect(codesOf(edited((c) => (c.units = [])))).toContain('unitsMissing');
    expect(codesOf(edited((c) => (c.units = []), 'tanAn2024'))).not.toContain('unitsMissing');
  });
});

describe('formats', () => {
  it('at least one is needed', () => {
    expectProblem(edited((c) => (c.formats = [])), 'formatsEmpty', 'error', 'formats', 'Hình thức dự thi › Danh sách: chưa có hình thức dự thi nào; hãy chọn ít nhất một, ví dụ Bài viết.');
  });

  it('a minimum above the maximum is an error', () => {
    expectProblem(
      edited((c) => (c.formats = [{ format: 'article', limits: { min: 2000, max: 1000 } }]), 'dakrong2020'),
      'limitsInverted',
      'error',
      'formats[0].limits.max',
      'Hình thức dự thi › Dòng 1 › Tối đa: giới hạn tối thiểu (2.000) lớn hơn tối đa (1.000) từ; hãy đổi lại hai số.',
    );
  });

  it('a negative limit is an error', () => {
    expectProblem(
      edited((c) => (c.formats = [{ format: 'video', limits: { min: -4, max: 6 } }])),
      'limitNegative',
      'error',
      'formats[0].limits.min',
      'Hình thức dự thi › Dòng 1 › Tối thiểu: giới hạn độ dài không được âm (đang là -4).',
    );
  });

  it('a format listed twice is an error', () => {
    expect(codesOf(edited((c) => (c.formats = [{ format: 'video' }, { format: 'video' }])))).toContain('duplicateFormat');
  });
});

describe('rubrics and rounds', () => {
  const criteria = (c: ContestConfig) => c.rounds.preliminary.rubric.criteria;

  it('each round needs a criterion', () => {
    const config = edited((c) => {
      c.rounds.preliminary.rubric.criteria = [];
      c.rounds.defence!.rubric.criteria = [];
    });
    expect(validateConfig(config).filter((p) => p.code === 'rubricEmpty').map((p) => describeProblem(p, 'vi'))).toEqual([
      'Tiêu chí vòng sơ khảo › Danh sách: chưa có tiêu chí chấm điểm nào; hãy nhập ít nhất một tiêu chí.',
      'Tiêu chí vòng bảo vệ › Danh sách: chưa có tiêu chí chấm điểm nào; hãy nhập ít nhất một tiêu chí.',
    ]);
  });

  it('maximum points, weight and step must be positive', () => {
    const config = edited((c) => {
      criteria(c)[0].maxPoints = 0;
      criteria(c)[1].weight = -1;
      criteria(c)[2].step = 0;
    });
    const vi = validateConfig(config).filter((p) => p.severity === 'error').map((p) => describeProblem(p, 'vi'));
    expect(vi).toEqual([
      'Tiêu chí vòng sơ khảo › Tính mới, tính sáng tạo › Điểm tối đa: điểm tối đa phải lớn hơn 0 (đang là 0).',
      'Tiêu chí vòng sơ khảo › Tính khả thi, khả năng áp dụng › Hệ số: hệ số phải lớn hơn 0 (đang là -1); thường là 1.',
      'Tiêu chí vòng sơ khảo › Hiệu quả, lợi ích thiết thực › Bước điểm: bước điểm phải lớn hơn 0 (đang là 0), ví dụ 0,5.',
    ]);
  });

  it('maximum points must be a multiple of the step', () => {
    expectProblem(
      edited((c) => (criteria(c)[0].step = 4)),
      'maxPointsNotMultipleOfStep',
      'error',
      'rounds.preliminary.rubric.criteria[0].maxPoints',
      'Tiêu chí vòng sơ khảo › Tính mới, tính sáng tạo › Điểm tối đa: điểm tối đa 30 không chia hết cho bước điểm 4 nên giám khảo không chấm được điểm tối đa; hãy sửa một trong hai số.',
    );
    expect(codesOf(edited((c) => (criteria(c)[0].step = 0.1)))).not.toContain('maxPointsNotMultipleOfStep');
    expect(
      codesOf(
        edited((c) => {
          criteria(c)[0].maxPoints = 0.3;
          criteria(c)[0].step = 0.1;
        }),
      ),
    ).not.toContain('maxPointsNotMultipleOfStep');
  });

  it('criterion codes are unique', () => {
    expect(codesOf(edited((c) => (criteria(c)[1].code = 'TM')))).toContain('duplicateCode');
  });

  it('the shortlist needs at least one entry', () => {
    expectProblem(
      edited((c) => (c.rounds.defence!.shortlist = { mode: 'topN', count: 0 })),
      'shortlistCountInvalid',
      'error',
      'rounds.defence.shortlist.count',
      'Vòng bảo vệ ý tưởng › Số bài vào vòng bảo vệ: số bài vào vòng bảo vệ phải là số nguyên lớn hơn 0 (đang là 0).',
    );
  });

  it('a shortlist score must be within the preliminary maximum', () => {
    expectProblem(
      edited((c) => (c.rounds.defence!.shortlist = { mode: 'minScore', score: 101 })),
      'shortlistScoreOutOfRange',
      'error',
      'rounds.defence.shortlist.score',
      'Vòng bảo vệ ý tưởng › Điểm sàn: điểm sàn vào vòng bảo vệ phải từ 0 đến 100 điểm, là điểm tối đa của vòng sơ khảo (đang là 101).',
    );
    expect(codesOf(edited((c) => (c.rounds.defence!.shortlist = { mode: 'minScore', score: 100 })))).not.toContain('shortlistScoreOutOfRange');
  });

  it('fewer finalists than prizes is a warning', () => {
    expectProblem(
      edited((c) => (c.rounds.defence!.shortlist = { mode: 'topN', count: 5 })),
      'shortlistSmallerThanPrizes',
      'warning',
      'rounds.defence.shortlist.count',
      'Vòng bảo vệ ý tưởng › Số bài vào vòng bảo vệ: chỉ có 5 bài vào vòng bảo vệ nhưng có 6 giải; hãy tăng số bài vào vòng bảo vệ hoặc giảm số giải.',
    );
  });

  it('final weights are not negative and not both zero', () => {
    expectProblem(
      edited((c) => (c.rounds.defence!.final = { mode: 'weighted', preliminaryWeight: 0, defenceWeight: 0 })),
      'finalWeightsBothZero',
      'error',
      'rounds.defence.final.defenceWeight',
      'Vòng bảo vệ ý tưởng › Trọng số điểm vòng bảo vệ: cả hai trọng số đều bằng 0 nên không tính được điểm chung cuộc; hãy nhập trọng số, ví dụ 40 và 60.',
    );
    expectProblem(
      edited((c) => (c.rounds.defence!.final = { mode: 'weighted', preliminaryWeight: -40, defenceWeight: 60 })),
      'finalWeightNegative',
      'error',
      'rounds.defence.final.preliminaryWeight',
      'Vòng bảo vệ ý tưởng › Trọng số điểm sơ khảo: trọng số không được âm (đang là -40).',
    );
  });
});

describe('scoring', () => {
  const judges = (n: number): Member[] => Array.from({ length: n }, (_, i) => member(`Giám khảo ${i + 1}`, `gk${i + 1}@snv.gov.vn`, 'judge'));

  it.each([2, 4.5])('trimming with %s judges is an error: one total is dropped at each end, one kept', (value) => {
    expectProblem(
      edited((c) => (c.scoring.trimMinJudges = value)),
      'trimMinJudgesInvalid',
      'error',
      'scoring.trimMinJudges',
      `Cách tính điểm › Số giám khảo để bỏ điểm cao nhất và thấp nhất: số giám khảo tối thiểu để bỏ điểm cao nhất và thấp nhất phải là số nguyên từ 3 trở lên (đang là ${String(value).replace('.', ',')}); thường là 5.`,
    );
  });

  it('trimming from 3 judges is accepted; a number that is not one is not', () => {
    expect(codesOf(edited((c) => (c.scoring.trimMinJudges = 3)))).not.toContain('trimMinJudgesInvalid');
    expect(codesOf(edited((c) => (c.scoring.trimMinJudges = Number.NaN)))).toContain('trimMinJudgesInvalid');
  });

  it.each([0, -1, 2.5])('%s judges per entry is an error', (value) => {
    expectProblem(
      edited((c) => (c.scoring.minJudges = value)),
      'minJudgesInvalid',
      'error',
      'scoring.minJudges',
      `Cách tính điểm › Số giám khảo tối thiểu mỗi bài: số giám khảo tối thiểu chấm mỗi bài phải là số nguyên lớn hơn 0 (đang là ${String(value).replace('.', ',')}), ví dụ 3.`,
    );
  });

  it('decimals are a whole number from 0 to 3', () => {
    for (const value of [-1, 4, 1.5]) {
      expectProblem(
        edited((c) => (c.scoring.decimals = value)),
        'decimalsInvalid',
        'error',
        'scoring.decimals',
        `Cách tính điểm › Số chữ số thập phân: số chữ số thập phân phải là số nguyên từ 0 đến 3 (đang là ${String(value).replace('.', ',')}), ví dụ 2.`,
      );
    }
    for (const value of [0, 3]) expect(codesOf(edited((c) => (c.scoring.decimals = value)))).not.toContain('decimalsInvalid');
  });

  it('a negative spread threshold is an error', () => {
    expectProblem(
      edited((c) => (c.scoring.discrepancy.review = -5)),
      'discrepancyThresholdInvalid',
      'error',
      'scoring.discrepancy.review',
      'Cách tính điểm › Mức chênh lệch phải xem xét: mức chênh lệch phải là một số không âm (đang là -5), ví dụ 5.',
    );
  });

  it('a threshold above 100 is an error in percent, not in points', () => {
    const percent = edited((c) => (c.scoring.discrepancy = { unit: 'percent', review: 50, escalate: 120 }));
    expectProblem(
      percent,
      'discrepancyPercentOver100',
      'error',
      'scoring.discrepancy.escalate',
      'Cách tính điểm › Mức chênh lệch phải chấm lại: mức chênh lệch tính theo phần trăm không được quá 100 (đang là 120); hãy nhập lại, hoặc đổi đơn vị đo thành Điểm.',
    );
    expect(codesOf(edited((c) => (c.scoring.discrepancy = { unit: 'points', review: 50, escalate: 120 })))).not.toContain('discrepancyPercentOver100');
    expect(codesOf(edited((c) => (c.scoring.discrepancy = { unit: 'percent', review: 100, escalate: 100 })))).not.toContain('discrepancyPercentOver100');
  });

  it('a re-scoring threshold below the review threshold is an error; equal ones are fine', () => {
    expectProblem(
      edited((c) => (c.scoring.discrepancy = { unit: 'points', review: 10, escalate: 5 })),
      'discrepancyThresholdsInverted',
      'error',
      'scoring.discrepancy.escalate',
      'Cách tính điểm › Mức chênh lệch phải chấm lại: mức phải chấm lại (5) thấp hơn mức phải xem xét (10); mức phải chấm lại cần bằng hoặc cao hơn, ví dụ 5 và 10.',
    );
    expect(codesOf(edited((c) => (c.scoring.discrepancy = { unit: 'points', review: 8, escalate: 8 })))).not.toContain('discrepancyThresholdsInverted');
  });

  it('a tie-break criterion in neither rubric is an error listing the codes; one of the defence rubric is fine', () => {
    expectProblem(
      edited((c) => (c.scoring.tieBreaks = [{ kind: 'criterion', code: 'TM' }, { kind: 'criterion', code: 'XYZ' }, { kind: 'criterion', code: 'TR' }])),
      'tieBreakCriterionUnknown',
      'error',
      'scoring.tieBreaks',
      'Cách tính điểm › Thứ tự xét khi bằng điểm: “Tiêu chí XYZ” không phải là tiêu chí của vòng nào; hãy ghi mã một tiêu chí trong trang “Tiêu chí” (TM, KT, HQ, NR, TB, TR, UD, TL).',
    );
  });

  it('a defence score step without a defence round is a warning', () => {
    expectProblem(
      edited((c) => c.scoring.tieBreaks.push({ kind: 'defenceScore' }), 'dakrong2020'),
      'tieBreakDefenceWithoutRound',
      'warning',
      'scoring.tieBreaks',
      'Cách tính điểm › Thứ tự xét khi bằng điểm: cuộc thi không có vòng bảo vệ nên bước “Điểm vòng bảo vệ” không phân định được bài nào; hãy bỏ bước này hoặc bật vòng bảo vệ.',
    );
  });

  it('the same step twice is a warning', () => {
    expectProblem(
      edited((c) => c.scoring.tieBreaks.push({ kind: 'criterion', code: 'HQ' })),
      'tieBreakRepeated',
      'warning',
      'scoring.tieBreaks',
      'Cách tính điểm › Thứ tự xét khi bằng điểm: “Tiêu chí HQ” được ghi hai lần; lần sau không có tác dụng, hãy bỏ bớt một lần.',
    );
    const twice = edited((c) => (c.scoring.tieBreaks = [{ kind: 'earlierSubmission' }, { kind: 'preliminaryScore' }, { kind: 'earlierSubmission' }]));
    expect(validateConfig(twice).filter((p) => p.code === 'tieBreakRepeated').map((p) => describeProblem(p, 'vi'))).toEqual([
      'Cách tính điểm › Thứ tự xét khi bằng điểm: “Nộp bài sớm hơn” được ghi hai lần; lần sau không có tác dụng, hãy bỏ bớt một lần.',
    ]);
  });

  it('an empty chain is fine: equal scores stay ties', () => {
    expect(validateConfig(edited((c) => (c.scoring.tieBreaks = [])))).toEqual(validateConfig(base()));
  });

  it('more judges per entry than the panel has is a warning, once judges are listed', () => {
    expectProblem(
      edited((c) => (c.members = judges(2))),
      'minJudgesAboveJudges',
      'warning',
      'scoring.minJudges',
      'Cách tính điểm › Số giám khảo tối thiểu mỗi bài: mỗi bài cần ít nhất 3 giám khảo chấm nhưng danh sách Thành viên chỉ có 2 giám khảo nên không bài nào được xếp hạng; hãy giảm số này hoặc bổ sung giám khảo.',
    );
    expect(codesOf(edited((c) => (c.members = judges(3))))).not.toContain('minJudgesAboveJudges');
    // Members of other boards are not judges.
    expect(codesOf(edited((c) => (c.members = [member('A', 'a@snv.gov.vn', 'secretariat')])))).not.toContain('minJudgesAboveJudges');
  });

  it('a trimmed mean with fewer judges than it needs is a warning: the mean will be used', () => {
    const config = edited((c) => {
      c.members = judges(4);
      c.scoring.aggregation = 'trimmedMean';
    });
    expectProblem(
      config,
      'trimmedMeanTooFewJudges',
      'warning',
      'scoring.aggregation',
      'Cách tính điểm › Cách tổng hợp điểm: chỉ có 4 giám khảo, ít hơn 5 giám khảo cần có để bỏ điểm cao nhất và thấp nhất, nên điểm sẽ là trung bình cộng; hãy bổ sung giám khảo hoặc chọn Trung bình cộng.',
    );
    expect(codesOf(edited((c) => (c.members = judges(4))))).not.toContain('trimmedMeanTooFewJudges');
    expect(codesOf(edited((c) => {
      c.members = judges(5);
      c.scoring.aggregation = 'trimmedMean';
    }))).not.toContain('trimmedMeanTooFewJudges');
  });
});

describe('judging', () => {
  const judges = (n: number): Member[] => Array.from({ length: n }, (_, i) => member(`Giám khảo ${i + 1}`, `gk${i + 1}@snv.gov.vn`, 'judge'));
  const rounds = [
    ['judgesPerEntry', 'vòng sơ khảo'],
    ['defenceJudgesPerEntry', 'vòng bảo vệ'],
  ] as const;
  /** province2026 without a judging deadline, and with neither reminders nor the lock unless asked. */
  const withoutDeadline = (edit: (c: ContestConfig) => void = () => undefined): ContestConfig =>
    edited((c) => {
      delete c.timeline.judgingDeadline;
      delete c.judging.reminderDaysBefore;
      c.judging.lockAtDeadline = false;
      edit(c);
    });

  it('every preset has its judges score blind, in spreadsheets of their own', () => {
    expect(PRESETS.map((p) => p.build().judging.mode)).toEqual(PRESETS.map(() => 'privateSpreadsheets'));
  });

  it.each(rounds.flatMap(([prop, round]) => [0, -1, 2.5].map((value) => [prop, round, value] as const)))(
    '%s (%s) of %s is an error',
    (prop, round, value) => {
      expectProblem(
        edited((c) => (c.judging[prop] = value)),
        'judgesPerEntryInvalid',
        'error',
        `judging.${prop}`,
        `Chấm bài › Số giám khảo chấm mỗi bài ở ${round}: số giám khảo chấm mỗi bài phải là số nguyên lớn hơn 0 (đang là ${String(value).replace('.', ',')}); để trống nếu mọi giám khảo chấm mọi bài.`,
      );
    },
  );

  it('a whole number of judges per entry in each round is fine, and so is none (every judge)', () => {
    const clean = validateConfig(base());
    expect(validateConfig(edited((c) => Object.assign(c.judging, { judgesPerEntry: 3, defenceJudgesPerEntry: 5 })))).toEqual(clean);
    expect(codesOf(edited((c) => (c.judging.judgesPerEntry = Number.NaN)))).toContain('judgesPerEntryInvalid');
  });

  it.each(rounds)('more %s than the panel has is a warning, once judges are listed', (prop, round) => {
    expectProblem(
      edited((c) => {
        c.members = judges(4);
        c.judging[prop] = 5;
      }),
      'judgesPerEntryAboveJudges',
      'warning',
      `judging.${prop}`,
      `Chấm bài › Số giám khảo chấm mỗi bài ở ${round}: mỗi bài cần 5 giám khảo chấm nhưng danh sách Thành viên chỉ có 4 giám khảo nên mọi giám khảo sẽ chấm mọi bài; hãy giảm số này hoặc bổ sung giám khảo.`,
    );
    expect(codesOf(edited((c) => {
      c.members = judges(4);
      c.judging[prop] = 4;
    }))).not.toContain('judgesPerEntryAboveJudges');
    expect(codesOf(edited((c) => (c.judging[prop] = 5)))).not.toContain('judgesPerEntryAboveJudges');
  });

  it.each(rounds)('fewer %s than an entry needs to be ranked is a warning', (prop, round) => {
    const problem = expectProblem(
      edited((c) => (c.judging[prop] = 2)),
      'judgesPerEntryBelowMinJudges',
      'warning',
      `judging.${prop}`,
      `Chấm bài › Số giám khảo chấm mỗi bài ở ${round}: mỗi bài chỉ có 2 giám khảo chấm, ít hơn 3 giám khảo cần có để bài được xếp hạng, nên không bài nào được xếp hạng; hãy tăng số này hoặc giảm số giám khảo tối thiểu chấm mỗi bài.`,
    );
    expect(problem.params).toEqual({ value: 2, minJudges: 3 });
    expect(codesOf(edited((c) => (c.judging[prop] = 3)))).not.toContain('judgesPerEntryBelowMinJudges');
    expect(codesOf(edited((c) => {
      c.judging[prop] = 2;
      c.scoring.minJudges = 2;
    }))).not.toContain('judgesPerEntryBelowMinJudges');
  });

  it('an invalid quorum is reported once, not compared with the judges per entry', () => {
    const codes = codesOf(edited((c) => {
      c.judging.judgesPerEntry = 2;
      c.scoring.minJudges = 0;
    }));
    expect(codes).toContain('minJudgesInvalid');
    expect(codes).not.toContain('judgesPerEntryBelowMinJudges');
  });

  it('judges per entry in a defence round the contest does not have is a warning, and only that', () => {
    expectProblem(
      edited((c) => (c.judging.defenceJudgesPerEntry = 0), 'dakrong2020'),
      'defenceJudgesWithoutRound',
      'warning',
      'judging.defenceJudgesPerEntry',
      'Chấm bài › Số giám khảo chấm mỗi bài ở vòng bảo vệ: cuộc thi không có vòng bảo vệ nên số giám khảo chấm mỗi bài ở vòng bảo vệ (0) không có tác dụng; hãy để trống hoặc bật vòng bảo vệ.',
    );
    expect(codesOf(edited((c) => (c.judging.defenceJudgesPerEntry = 0), 'dakrong2020'))).not.toContain('judgesPerEntryInvalid');
    expect(codesOf(edited((c) => (c.judging.defenceJudgesPerEntry = 3)))).not.toContain('defenceJudgesWithoutRound');
  });

  it.each([-1, 1.5])('reminding %s days before the deadline is an error', (value) => {
    expectProblem(
      edited((c) => (c.judging.reminderDaysBefore = value)),
      'reminderDaysInvalid',
      'error',
      'judging.reminderDaysBefore',
      `Chấm bài › Nhắc giám khảo trước hạn: số ngày nhắc trước hạn phải là số nguyên không âm (đang là ${String(value).replace('.', ',')}), ví dụ 3; để trống nếu không nhắc giám khảo.`,
    );
  });

  it('reminding from the deadline day itself, or not at all, is fine', () => {
    const clean = validateConfig(base());
    expect(validateConfig(edited((c) => (c.judging.reminderDaysBefore = 0)))).toEqual(clean);
    expect(validateConfig(edited((c) => delete c.judging.reminderDaysBefore))).toEqual(clean);
  });

  it('reminders without a judging deadline are a warning', () => {
    expectProblem(
      withoutDeadline((c) => (c.judging.reminderDaysBefore = 3)),
      'remindersWithoutDeadline',
      'warning',
      'judging.reminderDaysBefore',
      'Chấm bài › Nhắc giám khảo trước hạn: chưa có hạn hoàn thành chấm bài nên không có ngày để gửi thư nhắc giám khảo; hãy nhập hạn chấm bài, hoặc để trống mục này nếu không nhắc.',
    );
    expect(codesOf(withoutDeadline())).not.toContain('remindersWithoutDeadline');
    // An invalid number is an error, not a warning as well.
    expect(codesOf(withoutDeadline((c) => (c.judging.reminderDaysBefore = -1))).filter((code) => code.startsWith('reminder'))).toEqual(['reminderDaysInvalid']);
  });

  it('locking at the deadline without a judging deadline is a warning', () => {
    expectProblem(
      withoutDeadline((c) => (c.judging.lockAtDeadline = true)),
      'lockWithoutDeadline',
      'warning',
      'judging.lockAtDeadline',
      'Chấm bài › Khóa khi hết hạn chấm bài: chưa có hạn hoàn thành chấm bài nên trang chấm điểm sẽ không tự khóa; hãy nhập hạn chấm bài, hoặc khóa bằng trình đơn khi chấm xong.',
    );
    expect(codesOf(withoutDeadline())).not.toContain('lockWithoutDeadline');
    expect(codesOf(base())).not.toContain('lockWithoutDeadline');
  });

  it('a judging deadline that is not a real day is reported as such, not as a missing deadline', () => {
    const codes = codesOf(edited((c) => (c.timeline.judgingDeadline = '2026-09-31')));
    expect(codes).toContain('dateInvalid');
    expect(codes).not.toContain('lockWithoutDeadline');
    expect(codes).not.toContain('remindersWithoutDeadline');
  });
});

describe('prizes', () => {
  it('at least one tier is needed', () => {
    expectProblem(edited((c) => (c.prizes.tiers = [])), 'tiersEmpty', 'error', 'prizes.tiers', 'Giải thưởng › Danh sách: chưa có giải thưởng nào; hãy nhập ít nhất một giải.');
  });

  it('a tier with count 0 is an error', () => {
    expectProblem(
      edited((c) => (c.prizes.tiers[0].count = 0)),
      'countNotPositiveInteger',
      'error',
      'prizes.tiers[0].count',
      'Giải thưởng › Giải Nhất › Số lượng: phải là số nguyên lớn hơn 0 (đang là 0).',
    );
    expect(codesOf(edited((c) => (c.prizes.tiers[3].count = 1.5)))).toContain('countNotPositiveInteger');
  });

  it('a tier with neither count nor minimum score is an error', () => {
    expectProblem(
      edited((c) => delete c.prizes.tiers[1].count),
      'tierNeedsCountOrMinScore',
      'error',
      'prizes.tiers[1].count',
      'Giải thưởng › Giải Nhì › Số lượng: giải chưa có số lượng và cũng chưa có điểm tối thiểu; hãy nhập số lượng giải, hoặc điểm tối thiểu nếu khen mọi bài đạt mức điểm đó.',
    );
  });

  it('money is a non-negative whole number of đồng', () => {
    expectProblem(
      edited((c) => (c.prizes.tiers[2].amount = -5_000_000)),
      'amountInvalid',
      'error',
      'prizes.tiers[2].amount',
      'Giải thưởng › Giải Ba › Tiền thưởng: tiền thưởng phải là số nguyên đồng, không âm (đang là -5.000.000).',
    );
    expect(codesOf(edited((c) => (c.prizes.tiers[2].amount = 5_000_000.5)))).toContain('amountInvalid');
  });

  it('no money and no reward form is a warning; a Giấy khen without money is fine', () => {
    expectProblem(
      edited((c) => {
        c.prizes.tiers[0].amount = 0;
        c.prizes.tiers[0].award = 'none';
      }),
      'amountZero',
      'warning',
      'prizes.tiers[0].amount',
      'Giải thưởng › Giải Nhất › Tiền thưởng: chưa có tiền thưởng; hãy nhập số tiền mỗi giải, hoặc chọn hình thức khen thưởng nếu giải không kèm tiền.',
    );
    expect(codesOf(edited((c) => (c.prizes.tiers[3].amount = 0)))).not.toContain('amountZero');
  });

  it('a minimum score must be within the final maximum (weighted rounds)', () => {
    const problem = expectProblem(
      edited((c) => (c.prizes.tiers[0].minScore = 100.5)),
      'minScoreOutOfRange',
      'error',
      'prizes.tiers[0].minScore',
      'Giải thưởng › Giải Nhất › Điểm tối thiểu: điểm tối thiểu phải từ 0 đến 100, là điểm chung cuộc cao nhất (đang là 100,5).',
    );
    expect(problem.params.max).toBe(100);
    // Đakrông has one round of 100 points.
    expect(codesOf(edited((c) => (c.prizes.tiers[0].minScore = -1), 'dakrong2020'))).toContain('minScoreOutOfRange');
  });

  it('tier codes and names are unique', () => {
    const config = edited((c) => c.prizes.tiers.push({ ...c.prizes.tiers[0], code: 'NHAT', name: 'giải nhất' }));
    expect(codesOf(config)).toEqual(expect.arrayContaining(['duplicateCode', 'duplicateName']));
  });

  it('a Bằng khen or Giấy khen without an issuer is a warning', () => {
    expectProblem(
      edited((c) => (c.prizes.tiers[3].awardIssuer = '')),
      'awardIssuerMissing',
      'warning',
      'prizes.tiers[3].awardIssuer',
      'Giải thưởng › Giải Khuyến khích › Cấp khen: chưa ghi cấp khen của Giấy khen; hãy ghi người ký khen, ví dụ Chủ tịch UBND tỉnh.',
    );
  });

  it('total prize money over the budget is an error naming both figures', () => {
    const problem = expectProblem(
      edited((c) => (c.prizes.budgetCap = 30_000_000)),
      'budgetExceeded',
      'error',
      'prizes.budgetCap',
      'Giải thưởng › Tổng tiền thưởng tối đa: tổng tiền thưởng 31.000.000 đồng vượt mức tối đa 30.000.000 đồng; hãy giảm số giải hoặc mức thưởng, hoặc nâng mức tối đa.',
    );
    expect(problem.params).toEqual({ total: 31_000_000, cap: 30_000_000 });
    expect(codesOf(edited((c) => (c.prizes.budgetCap = 31_000_000)))).not.toContain('budgetExceeded');
  });

  it('prizes per category count once per category against the budget', () => {
    const problem = validateConfig(edited((c) => (c.prizes.scope = 'perCategory'))).find((p) => p.code === 'budgetExceeded');
    expect(problem?.params).toEqual({ total: 6 * 31_000_000, cap: 40_000_000 });
  });

  it('a budget with a prize of no fixed number is a warning', () => {
    expect(codesOf(edited((c) => c.prizes.tiers.push({ code: 'TD', name: 'Tuyên dương', award: 'letterOfPraise', awardIssuer: 'x', amount: 500_000, minScore: 50, gift: '' })))).toContain(
      'budgetOpenEnded',
    );
  });

  it('a negative budget is an error', () => {
    expect(codesOf(edited((c) => (c.prizes.budgetCap = -1)))).toContain('budgetCapInvalid');
  });

  it('prize limits per unit and per category are positive whole numbers', () => {
    expectProblem(
      edited((c) => (c.prizes.maxPerUnit = 0)),
      'prizeLimitInvalid',
      'error',
      'prizes.maxPerUnit',
      'Giải thưởng › Số giải tối đa của một đơn vị: phải là số nguyên lớn hơn 0 (đang là 0); để trống nếu không giới hạn.',
    );
    expectProblem(
      edited((c) => (c.prizes.maxPerCategory = 1.5)),
      'prizeLimitInvalid',
      'error',
      'prizes.maxPerCategory',
      'Giải thưởng › Số giải tối đa của một lĩnh vực: phải là số nguyên lớn hơn 0 (đang là 1,5); để trống nếu không giới hạn.',
    );
    expect(validateConfig(edited((c) => Object.assign(c.prizes, { maxPerUnit: 1, maxPerCategory: 2 })))).toEqual(validateConfig(base()));
  });

  it('a limit per category when prizes are awarded per category is a warning', () => {
    const config = edited((c) => {
      c.prizes.scope = 'perCategory';
      c.prizes.maxPerCategory = 2;
      delete c.prizes.budgetCap;
    });
    expectProblem(
      config,
      'maxPerCategoryUnused',
      'warning',
      'prizes.maxPerCategory',
      'Giải thưởng › Số giải tối đa của một lĩnh vực: giải đã xét theo từng lĩnh vực nên giới hạn 2 giải của một lĩnh vực không có tác dụng; hãy để trống.',
    );
  });

  it('minimum scores rising down the tiers are a warning', () => {
    expectProblem(
      edited((c) => (c.prizes.tiers[1].minScore = 75), 'tanAn2024'),
      'minScoreIncreasing',
      'warning',
      'prizes.tiers[1].minScore',
      'Giải thưởng › Tuyên dương › Điểm tối thiểu: điểm tối thiểu (75) cao hơn của giải xếp trên là “Khen thưởng đột xuất” (70); hãy kiểm tra thứ tự các giải hoặc điểm tối thiểu.',
    );
  });
});

describe('documents', () => {
  const DECREE_98 = { text: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ', validFrom: '2024-01-01', validUntil: '2025-06-30' };

  it('no legal basis is a warning', () => {
    expect(validateConfig(edited((c) => (c.documents.legalBases = [])))).toContainEqual(
      expect.objectContaining({ code: 'legalBasesEmpty', severity: 'warning', path: 'documents.legalBases' }),
    );
  });

  it('a basis that ended before the award date is a warning (ND 98/2023 ended 30/6/2025)', () => {
    expectProblem(
      edited((c) => c.documents.legalBases.push(DECREE_98)),
      'legalBasisExpired',
      'warning',
      'documents.legalBases[2].validUntil',
      'Căn cứ › Dòng 3 › Hiệu lực đến: “Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của…” hết hiệu lực sau ngày 30/06/2025, không còn hiệu lực ngày 15/10/2026; hãy thay bằng văn bản đang có hiệu lực.',
    );
  });

  it('without any date, a basis is compared with the contest year', () => {
    expectProblem(
      edited((c) => c.documents.legalBases.push(DECREE_98), 'commune2026'),
      'legalBasisExpired',
      'warning',
      'documents.legalBases[2].validUntil',
      'Căn cứ › Dòng 3 › Hiệu lực đến: “Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của…” hết hiệu lực sau ngày 30/06/2025, không còn hiệu lực năm 2026; hãy thay bằng văn bản đang có hiệu lực.',
    );
    expect(codesOf(edited((c) => (c.identity.year = 2025), 'commune2026'))).not.toContain('legalBasisExpired');
  });

  it('a basis not yet in force is a warning', () => {
    const config = presetById('hauGiang2024').build();
    config.documents.legalBases.push(presetById('province2026').build().documents.legalBases[1]);
    const problem = validateConfig(config).find((p) => p.code === 'legalBasisNotYetInForce');
    expect(problem && describeProblem(problem, 'vi')).toBe(
      'Căn cứ › Dòng 3 › Hiệu lực từ: “Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của…” có hiệu lực từ 01/07/2025, chưa có hiệu lực ngày 16/08/2024; hãy bỏ căn cứ này hoặc thay bằng văn bản đang có hiệu lực.',
    );
  });

  it('a validity that ends before it starts is an error', () => {
    expect(codesOf(edited((c) => c.documents.legalBases.push({ text: 'Quyết định X', validFrom: '2026-01-01', validUntil: '2025-01-01' })))).toContain('validityInverted');
  });

  it('a deputy signing without a position is an error', () => {
    expectProblem(
      edited((c) => (c.documents.signer = { onBehalfOf: 'ỦY BAN NHÂN DÂN', mode: 'deputy', headTitle: 'CHỦ TỊCH', position: '', name: 'Trương Cảnh Tuyên' })),
      'signerPositionMissing',
      'error',
      'documents.signer.position',
      'Người ký › Chức vụ: ký thay (KT.) CHỦ TỊCH cần ghi chức vụ người ký; hãy nhập, ví dụ PHÓ CHỦ TỊCH.',
    );
  });

  it('no recipients is a warning; an empty recipient line is an error', () => {
    expect(codesOf(edited((c) => (c.documents.recipients = []))).filter((c) => c === 'recipientsEmpty')).toHaveLength(1);
    expectProblem(edited((c) => (c.documents.recipients = ['Như Điều 3', ''])), 'required', 'error', 'documents.recipients[1]', 'Nơi nhận › Dòng 2 › Nội dung: chưa nhập; đây là thông tin bắt buộc.');
  });
});
