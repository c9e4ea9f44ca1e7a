import fc from 'fast-check';
import type { CellValue } from '../../../src/core/cell';
import {
  AGGREGATION_METHODS,
  AWARD_KINDS,
  BOUNDARY_TIE_POLICIES,
  ENTRANT_KINDS,
  ENTRY_FORMATS,
  JUDGING_MODES,
  MEMBER_ROLES,
  ORGANISER_LEVELS,
  PRIZE_SCOPES,
  SIGNING_MODES,
  VACANCY_POLICIES,
  type ContestConfig,
  type Criterion,
  type IsoDate,
  type JudgingRules,
  type TieBreak,
} from '../../../src/core/config/model';
import { PRESETS, defaultJudgingRules, defaultScoringRules, presetById, type PresetId } from '../../../src/core/config/presets';
import { DECODE_PROBLEM_CODES, decodeConfig, encodeConfig, tablesOf } from '../../../src/core/config/sheet-codec';
import { VALIDATION_PROBLEM_CODES, validateConfig } from '../../../src/core/config/validation';
import { CONFIG_SHEET_NAMES, SETTING_ROWS } from '../../../src/core/config/workbook-vocabulary';
import type { Problem } from '../../../src/core/problem';
import { describeProblem } from '../../../src/ui/messages/problems';

type Tables = Record<string, CellValue[][]>;

const tablesFor = (config: ContestConfig): Tables => tablesOf(encodeConfig(config));
const presetTables = (id: Parameters<typeof presetById>[0] = 'province2026'): Tables => tablesFor(presetById(id).build());

/** Sets the value of a setting in "Cấu hình", as a person would type it. */
function setSetting(tables: Tables, key: string, value: CellValue): void {
  const row = tables['Cấu hình'].find((r) => r[0] === key);
  if (!row) throw new Error(`no setting ${key}`);
  row[2] = value;
}

const setting = (tables: Tables, key: string): CellValue => tables['Cấu hình'].find((r) => r[0] === key)?.[2] ?? '';

const decodeProblems = (tables: Tables, code: string): Problem[] => decodeConfig(tables).problems.filter((p) => p.code === code);

function onlyProblem(tables: Tables, code: string): Problem {
  const found = decodeProblems(tables, code);
  expect(found).toHaveLength(1);
  return found[0];
}

const vi = (p: Problem): string => describeProblem(p, 'vi');

describe('encodeConfig', () => {
  const tables = encodeConfig(presetById('province2026').build());
  const byName = new Map(tables.map((t) => [t.sheet, t]));

  it('writes every configuration sheet, in order, with its Vietnamese header', () => {
    expect(tables.map((t) => t.sheet)).toEqual(CONFIG_SHEET_NAMES);
    expect(byName.get('Cấu hình')?.header).toEqual(['Khóa', 'Mục', 'Giá trị', 'Ghi chú']);
    expect(byName.get('Lĩnh vực')?.header).toEqual(['Mã', 'Tên lĩnh vực']);
    expect(byName.get('Đơn vị')?.header).toEqual(['Mã', 'Tên đơn vị']);
    expect(byName.get('Thành viên')?.header).toEqual(['Họ và tên', 'Email', 'Vai trò', 'Đơn vị', 'Chức vụ']);
    expect(byName.get('Tiêu chí')?.header).toEqual(['Vòng', 'Mã', 'Tiêu chí', 'Điểm tối đa', 'Hệ số', 'Bước điểm', 'Mô tả']);
    expect(byName.get('Giải thưởng')?.header).toEqual([
      'Mã', 'Tên giải', 'Hình thức khen thưởng', 'Cấp khen', 'Số lượng', 'Tiền thưởng (đồng)', 'Điểm tối thiểu', 'Phần quà',
    ]);
    expect(byName.get('Văn bản')?.header).toEqual(['Loại', 'Nội dung', 'Hiệu lực từ', 'Hiệu lực đến']);
  });

  it('writes one row per setting with its stable key, label and hint', () => {
    const rows = byName.get('Cấu hình')?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(SETTING_ROWS.map((s) => s.key));
    expect(rows.find((r) => r[0] === 'timeline.intake.closes')).toEqual([
      'timeline.intake.closes', 'Ngày kết thúc nhận bài', '31/08/2026', 'dd/mm/yyyy; khi nhận theo thời hạn',
    ]);
  });

  it('writes dates, money and words as text in "Cấu hình", which is all plain text', () => {
    const t = presetTables();
    expect([setting(t, 'timeline.intake.opens'), setting(t, 'prizes.budgetCap'), setting(t, 'identity.year')]).toEqual(['01/06/2026', '40.000.000', '2026']);
    expect([setting(t, 'entrants.kinds'), setting(t, 'documents.signer.mode'), setting(t, 'rounds.defence.enabled')]).toEqual([
      'Cá nhân; Nhóm tác giả; Tập thể; Người dân; Doanh nghiệp', 'Ký trực tiếp', 'Có',
    ]);
    expect(setting(presetTables('tanAn2024'), 'timeline.intake.staffCutoff')).toBe('31/10');
    expect(byName.get('Cấu hình')?.textColumns).toEqual([0, 1, 2, 3]);
  });

  it('keeps numbers as numbers in the list sheets and marks the text columns', () => {
    const criteria = byName.get('Tiêu chí');
    expect(criteria?.rows[0]).toEqual(['Sơ khảo', 'TM', 'Tính mới, tính sáng tạo', 30, 1, 0.5, 'Ý tưởng mới, chưa được công bố hoặc áp dụng; không sao chép.']);
    expect(criteria?.textColumns).toEqual([0, 1, 2, 6]);
    const prizes = byName.get('Giải thưởng');
    expect(prizes?.rows[3]).toEqual(['KK', 'Giải Khuyến khích', 'Giấy khen', 'Giám đốc Sở Nội vụ thành phố Cần Thơ', 3, 3_000_000, '', '']);
    expect(prizes?.textColumns).toEqual([0, 1, 2, 3, 7]);
    expect(byName.get('Văn bản')?.rows[1]).toEqual(['Căn cứ', expect.stringContaining('152/2025'), '01/07/2025', '']);
    expect(byName.get('Văn bản')?.textColumns).toEqual([0, 1, 2, 3]);
  });

  it('gives one hint per header cell', () => {
    for (const t of tables) expect(t.notes).toHaveLength(t.header.length);
    expect(byName.get('Thành viên')?.notes[2]).toBe('Ban Tổ chức / Ban Giám khảo / Tổ giúp việc');
  });
});

describe('round trip', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s decodes to itself, with its validation problems', (_id, preset) => {
    const config = preset.build();
    const { config: decoded, problems } = decodeConfig(tablesFor(config));
    expect(decoded).toStrictEqual(config);
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual(validateConfig(config).map((p) => `${p.code} ${p.path}`));
  });

  it('holds for generated configurations', () => {
    fc.assert(
      fc.property(configArbitrary, (generated) => {
        // fast-check may build objects without a prototype; the decoder builds plain ones.
        const config = JSON.parse(JSON.stringify(generated)) as ContestConfig;
        expect(decodeConfig(tablesFor(config)).config).toStrictEqual(config);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeConfig reads what a person types', () => {
  it('reads dates as Date cells, d/m/yyyy, dd.mm.yyyy and ISO', () => {
    const t = presetTables();
    // A typed day comes back as its midnight in Vietnam, whatever zone the script runs in.
    setSetting(t, 'timeline.intake.opens', new Date('2026-06-01T00:00:00+07:00'));
    setSetting(t, 'timeline.intake.closes', '31/8/2026');
    setSetting(t, 'timeline.judgingDeadline', '30.09.2026');
    setSetting(t, 'timeline.awardDate', '2026-10-15');
    const { config, problems } = decodeConfig(t);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(config?.timeline).toEqual({
      intake: { mode: 'window', opens: '2026-06-01', closes: '2026-08-31' },
      judgingDeadline: '2026-09-30',
      awardDate: '2026-10-15',
    });
  });

  it('reads money with dots, commas, spaces or a unit, and numbers typed as numbers', () => {
    for (const typed of ['40.000.000', '40,000,000', '40 000 000', '40000000', '40.000.000 đồng', '40.000.000đ', 40_000_000]) {
      const t = presetTables();
      setSetting(t, 'prizes.budgetCap', typed);
      expect([typed, decodeConfig(t).config?.prizes.budgetCap]).toEqual([typed, 40_000_000]);
    }
    const t = presetTables();
    t['Giải thưởng'][1][5] = '10.000.000';
    expect(decodeConfig(t).config?.prizes.tiers[0].amount).toBe(10_000_000);
  });

  it('reads decimals with a comma or a dot, and never as thousands', () => {
    for (const [typed, expected] of [['0,5', 0.5], ['0.5', 0.5], ['1.000', 1], ['2', 2]] as const) {
      const t = presetTables();
      t['Tiêu chí'][1][5] = typed;
      t['Tiêu chí'][1][3] = 30;
      expect([typed, decodeConfig(t).config?.rounds.preliminary.rubric.criteria[0].step]).toEqual([typed, expected]);
    }
  });

  it('reads enumeration words whatever the case, diacritics and spacing, and machine values', () => {
    const t = presetTables();
    t['Giải thưởng'][1][2] = '  bang   KHEN ';
    t['Giải thưởng'][2][2] = 'giayKhen';
    t['Giải thưởng'][3][2] = 'GIẤY CHỨNG NHẬN';
    t['Giải thưởng'][4][2] = '';
    setSetting(t, 'documents.signer.mode', 'kt');
    setSetting(t, 'entrants.kinds', 'ca nhan, Nhóm\nTẬP THỂ');
    setSetting(t, 'unitRules.preScreening', true);
    const config = decodeConfig(t).config;
    expect(config?.prizes.tiers.map((x) => x.award)).toEqual(['bangKhen', 'giayKhen', 'certificate', 'none']);
    expect(config?.documents.signer.mode).toBe('deputy');
    expect(config?.entrants.kinds).toEqual(['individual', 'group', 'collective']);
    expect(config?.unitRules.preScreening).toBe(true);
  });

  it('finds columns by header, skips title rows, blank rows and repeated headers, ignores extra columns', () => {
    const t = presetTables();
    t['Đơn vị'] = [
      ['DANH SÁCH ĐƠN VỊ'],
      ['Ghi chú', 'Tên đơn vị', 'MÃ'],
      ['', 'Sở Nội vụ', 'SNV'],
      ['', 'Sở Tài chính', 'STC'],
      ['', '', ''],
      ['', '  ', ''],
      ['Ghi chú', 'Tên đơn vị', 'Mã'],
      ['ghi chú riêng', 'Sở Tư pháp', 'STP'],
    ];
    const { config, problems } = decodeConfig(t);
    expect(config?.units).toEqual([
      { code: 'SNV', name: 'Sở Nội vụ' },
      { code: 'STC', name: 'Sở Tài chính' },
      { code: 'STP', name: 'Sở Tư pháp' },
    ]);
    expect(problems.filter((p) => p.path.startsWith('units'))).toEqual([]);
  });

  it('reads a unit coded like a header word, its name not typed yet, as a unit (found by the round-trip property)', () => {
    const t = presetTables();
    t['Đơn vị'] = [
      ['Mã', 'Tên đơn vị'],
      ['MA', ''],
      ['SNV', 'Sở Nội vụ'],
    ];
    expect(decodeConfig(t).config?.units).toEqual([
      { code: 'MA', name: '' },
      { code: 'SNV', name: 'Sở Nội vụ' },
    ]);
  });

  it('normalises text: NFC and single spaces; numbers typed in text columns become text', () => {
    const t = presetTables();
    t['Lĩnh vực'][1] = [2024, '  Cải   cách thể chế '.normalize('NFD')];
    setSetting(t, 'identity.title', '=SUM(A1:A3)');
    const { config } = decodeConfig(t);
    expect(config?.categories[0]).toEqual({ code: '2024', name: 'Cải cách thể chế' });
    expect(config?.identity.title).toBe('=SUM(A1:A3)');
  });

  it('reads "Nơi nhận" lines without their bullets', () => {
    const t = presetTables();
    t['Văn bản'].push(['Nơi nhận', '- Sở Tài chính;', '', '']);
    expect(decodeConfig(t).config?.documents.recipients.at(-1)).toBe('Sở Tài chính');
  });

  it('accepts sheet names typed without diacritics', () => {
    const t = presetTables();
    t['Linh vuc'] = t['Lĩnh vực'];
    delete t['Lĩnh vực'];
    expect(decodeConfig(t).config?.categories).toHaveLength(6);
  });
});

describe('decodeConfig reports what it cannot read', () => {
  it('a missing "Cấu hình" sheet is the only problem and gives no configuration', () => {
    const t = presetTables();
    delete t['Cấu hình'];
    const { config, problems } = decodeConfig(t);
    expect(config).toBeNull();
    expect(problems.map(vi)).toEqual(['Bảng tính › Cấu hình › Trang tính: không tìm thấy trang “Cấu hình”; hãy khôi phục trang này hoặc tạo lại cấu hình.']);
  });

  it('a missing list sheet is an error, and its list is not also reported empty', () => {
    const t = presetTables();
    delete t['Giải thưởng'];
    const { config, problems } = decodeConfig(t);
    expect(config).toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['sheetMissing']);
  });

  it('a sheet without a header row or with a missing column is an error', () => {
    const t = presetTables();
    t['Lĩnh vực'] = [['TC', 'Cải cách thể chế']];
    t['Đơn vị'] = t['Đơn vị'].map((r) => [r[1]]);
    const { problems } = decodeConfig(t);
    expect(problems.filter((p) => p.code === 'headerMissing' || p.code === 'columnMissing').map(vi)).toEqual([
      'Bảng tính › Lĩnh vực › Trang tính: trang “Lĩnh vực” không có dòng tiêu đề; dòng tiêu đề cần có các cột Mã | Tên lĩnh vực.',
      'Bảng tính › Đơn vị › Cột: trang “Đơn vị” thiếu cột “Mã”; hãy thêm lại cột này vào dòng tiêu đề.',
    ]);
  });

  it('an unknown setting key is a warning; a repeated one is an error; a missing one is a warning', () => {
    const t = presetTables();
    t['Cấu hình'].push(['identity.kode', 'Mã', 'X', ''], ['identity.code', 'Mã cuộc thi', 'CT2027', '']);
    t['Cấu hình'] = t['Cấu hình'].filter((r) => r[0] !== 'timeline.awardDate');
    const { config, problems } = decodeConfig(t);
    expect(config).toBeNull();
    const byCode = (code: string) => problems.filter((p) => p.code === code).map((p) => [p.severity, vi(p)]);
    expect(byCode('settingUnknown')).toEqual([
      ['warning', 'Bảng tính › Cấu hình › Khóa: “identity.kode” (trang “Cấu hình”, dòng 56) không phải là khóa cấu hình nên dòng này bị bỏ qua; hãy kiểm tra chính tả của khóa.'],
    ]);
    expect(byCode('settingDuplicate')).toEqual([
      ['error', 'Bảng tính › Cấu hình › Khóa: khóa “identity.code” có ở cả dòng 2 và dòng 57 của trang “Cấu hình”; hãy xóa một dòng.'],
    ]);
    expect(byCode('settingMissing')).toEqual([
      ['warning', 'Bảng tính › Cấu hình › Khóa: trang “Cấu hình” không có dòng “Ngày trao giải” (khóa timeline.awardDate) nên giá trị được coi là để trống; hãy thêm lại dòng này.'],
    ]);
  });

  it('an unreadable number names the field, the sheet and the row, and is not repeated by validation', () => {
    const t = presetTables();
    t['Giải thưởng'][2][4] = 'hai';
    const { config, problems } = decodeConfig(t);
    expect(config).toBeNull();
    expect(problems.filter((p) => p.path === 'prizes.tiers[1].count').map(vi)).toEqual([
      'Giải thưởng › Giải Nhì › Số lượng: không đọc được “hai” (trang “Giải thưởng”, dòng 3) là một số nguyên; hãy nhập số, ví dụ 3.',
    ]);
  });

  it('a count of 0 typed in the sheet is reported by validation, with the sheet row for unnamed tiers', () => {
    const t = presetTables();
    t['Giải thưởng'][1][4] = 0;
    t['Giải thưởng'][2][1] = '';
    const { config, problems } = decodeConfig(t);
    expect(config).not.toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map(vi)).toEqual([
      'Giải thưởng › Dòng 3 › Tên: chưa nhập; đây là thông tin bắt buộc.',
      'Giải thưởng › Giải Nhất › Số lượng: phải là số nguyên lớn hơn 0 (đang là 0).',
    ]);
  });

  it('money with a decimal part, NaN-looking text and non-finite numbers are unreadable', () => {
    for (const typed of ['1.5', '10.000,5', 'NaN', 'Infinity', '1e6', '10.00.000', true, Number.NaN, Number.POSITIVE_INFINITY, new Date(2026, 0, 1)]) {
      const t = presetTables();
      setSetting(t, 'prizes.budgetCap', typed);
      expect([typed, decodeProblems(t, 'moneyUnreadable').map((p) => p.path)]).toEqual([typed, ['prizes.budgetCap']]);
    }
  });

  it('an impossible date is unreadable', () => {
    const t = presetTables();
    setSetting(t, 'timeline.intake.closes', '31/02/2026');
    expect(vi(onlyProblem(t, 'dateUnreadable'))).toBe(
      'Thời gian › Ngày kết thúc nhận bài: không đọc được “31/02/2026” (trang “Cấu hình”, dòng 14) là một ngày có thật; hãy nhập theo dạng dd/mm/yyyy, ví dụ 16/08/2024.',
    );
    setSetting(t, 'timeline.intake.closes', new Date(Number.NaN));
    expect(decodeProblems(t, 'dateUnreadable')).toHaveLength(1);
  });

  it('an unknown word lists the allowed words', () => {
    const t = presetTables();
    t['Giải thưởng'][1][2] = 'Huân chương';
    expect(vi(onlyProblem(t, 'choiceUnknown'))).toBe(
      'Giải thưởng › Giải Nhất › Hình thức khen thưởng: “Huân chương” (trang “Giải thưởng”, dòng 2) không phải là lựa chọn hợp lệ; hãy ghi một trong các từ: Bằng khen / Giấy khen / Văn bản tuyên dương / Giấy chứng nhận / Không.',
    );
  });

  it('an empty required choice is reported', () => {
    const t = presetTables();
    setSetting(t, 'timeline.intake.mode', '');
    expect(vi(onlyProblem(t, 'choiceMissing'))).toBe(
      'Thời gian › Cách nhận bài: chưa chọn (trang “Cấu hình”, dòng 12); hãy ghi một trong các từ: Theo thời hạn / Quanh năm.',
    );
  });

  it('a rolling cut-off of 31/2 is read, then refused by validation', () => {
    const t = presetTables('tanAn2024');
    setSetting(t, 'timeline.intake.staffCutoff', '31/2');
    expect(vi(onlyProblem(t, 'cutoffInvalid'))).toBe('Thời gian › Ngày chốt năm: ngày 31/2 không có trong mọi năm; hãy chọn một ngày có thật, ví dụ 31/10.');
    setSetting(t, 'timeline.intake.staffCutoff', 'cuối tháng 10');
    expect(decodeProblems(t, 'cutoffUnreadable')).toHaveLength(1);
    for (const typed of ['31/10/2024', new Date('2024-10-31T00:00:00+07:00')]) {
      setSetting(t, 'timeline.intake.staffCutoff', typed);
      expect(decodeConfig(t).config?.timeline.intake).toEqual({ mode: 'rolling', staffCutoff: { month: 10, day: 31 } });
    }
  });

  it('values that do not apply to the chosen mode are pointed out and ignored', () => {
    const t = presetTables('tanAn2024');
    setSetting(t, 'timeline.intake.opens', '01/01/2024');
    const problem = onlyProblem(t, 'valueIgnored');
    expect([problem.severity, vi(problem)]).toEqual([
      'warning',
      'Thời gian › Ngày bắt đầu nhận bài: “01/01/2024” (trang “Cấu hình”, dòng 13) không áp dụng với lựa chọn hiện tại nên bị bỏ qua; hãy xóa đi nếu không cần.',
    ]);
    expect(decodeConfig(t).config).toStrictEqual(presetById('tanAn2024').build());
  });

  it('defence criteria without a defence round are pointed out and ignored', () => {
    const t = presetTables();
    setSetting(t, 'rounds.defence.enabled', 'Không');
    const { config, problems } = decodeConfig(t);
    expect(config?.rounds.defence).toBeUndefined();
    expect(problems.filter((p) => p.code === 'defenceRowsIgnored').map(vi)).toEqual([
      'Tiêu chí vòng bảo vệ › Danh sách: trang “Tiêu chí” có 3 tiêu chí vòng bảo vệ nhưng cuộc thi không có vòng bảo vệ nên các tiêu chí này bị bỏ qua; hãy bật vòng bảo vệ hoặc xóa các dòng đó.',
    ]);
  });

  it('a member with an unknown role is left out and reported', () => {
    const t = presetTables();
    t['Thành viên'].push(['Nguyễn Văn An', 'an@snv.gov.vn', 'Cố vấn', '', '']);
    const { problems } = decodeConfig(t);
    expect(problems.filter((p) => p.code === 'choiceUnknown').map((p) => [p.path, p.field])).toEqual([
      ['members', { section: 'members', item: 'Nguyễn Văn An', key: 'role' }],
    ]);
  });
});

describe('scoring and prize-policy settings', () => {
  const scoringKeys = SETTING_ROWS.map((r) => r.key).filter((k) => k.startsWith('scoring.'));
  const policyKeys = ['prizes.vacancy', 'prizes.boundaryTie', 'prizes.maxPerUnit', 'prizes.maxPerCategory'];

  /** province2026 with every scoring and prize-policy setting away from its default. */
  const unusual = (): ContestConfig => {
    const c = presetById('province2026').build();
    c.scoring = {
      aggregation: 'median',
      trimMinJudges: 7,
      minJudges: 2,
      decimals: 1,
      discrepancy: { unit: 'percent', review: 7.5, escalate: 15 },
      tieBreaks: [{ kind: 'earlierSubmission' }],
    };
    c.prizes = { ...c.prizes, vacancy: 'passDown', boundaryTie: 'shareMoney', maxPerUnit: 2, maxPerCategory: 3 };
    return c;
  };

  it('are written after the rounds and with the other prize settings, in Vietnamese', () => {
    const keys = SETTING_ROWS.map((r) => r.key);
    expect(keys.indexOf('scoring.aggregation')).toBe(keys.indexOf('rounds.defence.final.defenceWeight') + 1);
    expect(keys.slice(keys.indexOf('prizes.scope'), keys.indexOf('prizes.scope') + 7)).toEqual([
      'prizes.scope', 'prizes.specialPrizeAllowed', 'prizes.budgetCap', ...policyKeys,
    ]);
    const t = presetTables();
    expect([...scoringKeys, ...policyKeys].map((k) => setting(t, k))).toEqual([
      'Trung bình cộng', '5', '3', '2', 'Điểm', '5', '10', 'Tiêu chí TM; Tiêu chí HQ; Tiêu chí KT; Điểm vòng bảo vệ',
      'Để trống giải', 'Ban Tổ chức quyết định', '', '',
    ]);
    const u = tablesFor(unusual());
    expect([...scoringKeys, ...policyKeys].map((k) => setting(u, k))).toEqual([
      'Trung vị', '7', '2', '1', 'Phần trăm', '7,5', '15', 'Nộp bài sớm hơn', 'Chuyển xuống giải kế tiếp', 'Đồng giải, chia đều tiền thưởng', '2', '3',
    ]);
    expect(decodeConfig(u).config).toStrictEqual(unusual());
  });

  it('read the variants a person types', () => {
    const t = presetTables();
    setSetting(t, 'scoring.aggregation', 'trung vị');
    setSetting(t, 'scoring.discrepancy.unit', '%');
    setSetting(t, 'scoring.discrepancy.review', '7,5');
    setSetting(t, 'scoring.tieBreaks', 'Tiêu chí TM; Nộp sớm hơn');
    setSetting(t, 'prizes.vacancy', 'chuyen xuong');
    setSetting(t, 'prizes.boundaryTie', 'NHẬN ĐỦ');
    setSetting(t, 'prizes.maxPerUnit', 2);
    const { config, problems } = decodeConfig(t);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(config?.scoring).toEqual({ ...defaultScoringRules(true), aggregation: 'median', discrepancy: { unit: 'percent', review: 7.5, escalate: 10 }, tieBreaks: [
      { kind: 'criterion', code: 'TM' },
      { kind: 'earlierSubmission' },
    ] });
    expect([config?.prizes.vacancy, config?.prizes.boundaryTie, config?.prizes.maxPerUnit]).toEqual(['passDown', 'fullPrizeEach', 2]);
  });

  it('read a criterion as a bare code or in another case as the rubric writes it, and steps separated by line breaks', () => {
    const t = presetTables();
    setSetting(t, 'scoring.tieBreaks', 'hq\ntiêu chí tr, Điểm sơ khảo');
    expect(decodeConfig(t).config?.scoring.tieBreaks).toEqual([
      { kind: 'criterion', code: 'HQ' },
      { kind: 'criterion', code: 'TR' },
      { kind: 'preliminaryScore' },
    ]);
  });

  it('take the defaults when blank, except the tie-break chain, which is then empty', () => {
    const t = tablesFor(unusual());
    for (const key of [...scoringKeys, ...policyKeys]) setSetting(t, key, '');
    const { config, problems } = decodeConfig(t);
    expect(problems.filter((p) => p.path.startsWith('scoring') || p.path.startsWith('prizes.'))).toEqual([]);
    expect(config?.scoring).toEqual({ ...defaultScoringRules(true), tieBreaks: [] });
    expect(config?.prizes).toStrictEqual({ ...presetById('province2026').build().prizes });
  });

  it('take the same defaults when an older workbook lacks their rows, and say the rows are missing', () => {
    const t = tablesFor(unusual());
    const dropped = new Set([...scoringKeys, ...policyKeys]);
    t['Cấu hình'] = t['Cấu hình'].filter((r) => !dropped.has(String(r[0])));
    const { config, problems } = decodeConfig(t);
    expect(config?.scoring).toEqual({ ...defaultScoringRules(true), tieBreaks: [] });
    expect(config?.prizes).toStrictEqual(presetById('province2026').build().prizes);
    expect(problems.filter((p) => p.code === 'settingMissing').map((p) => p.params.key)).toEqual([...scoringKeys, ...policyKeys]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a defence round decides whether the default chain ends with the defence score', () => {
    expect(defaultScoringRules(true).tieBreaks.at(-1)).toEqual({ kind: 'defenceScore' });
    expect(defaultScoringRules(false).tieBreaks).toEqual([
      { kind: 'criterion', code: 'TM' },
      { kind: 'criterion', code: 'HQ' },
      { kind: 'criterion', code: 'KT' },
    ]);
    expect(presetById('dakrong2020').build().scoring).toEqual(defaultScoringRules(false));
  });

  it('report unreadable numbers and words, naming the setting and its row', () => {
    const t = presetTables();
    setSetting(t, 'scoring.minJudges', 'ba');
    setSetting(t, 'scoring.discrepancy.escalate', 'mười');
    setSetting(t, 'scoring.aggregation', 'Bình quân gia quyền');
    setSetting(t, 'prizes.maxPerCategory', '1,5');
    const { config, problems } = decodeConfig(t);
    expect(config).toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path, vi(p)])).toEqual([
      [
        'choiceUnknown',
        'scoring.aggregation',
        'Cách tính điểm › Cách tổng hợp điểm: “Bình quân gia quyền” (trang “Cấu hình”, dòng 31) không phải là lựa chọn hợp lệ; hãy ghi một trong các từ: Trung bình cộng / Trung bình bỏ điểm cao nhất và thấp nhất / Trung vị / Trung bình sau chuẩn hóa theo giám khảo.',
      ],
      [
        'integerUnreadable',
        'scoring.minJudges',
        'Cách tính điểm › Số giám khảo tối thiểu mỗi bài: không đọc được “ba” (trang “Cấu hình”, dòng 33) là một số nguyên; hãy nhập số, ví dụ 3.',
      ],
      ['decimalUnreadable', 'scoring.discrepancy.escalate', expect.stringContaining('không đọc được “mười” (trang “Cấu hình”, dòng 37)')],
      ['integerUnreadable', 'prizes.maxPerCategory', expect.stringContaining('Giải thưởng › Số giải tối đa của một lĩnh vực: không đọc được “1,5”')],
    ]);
  });

  it('report an unreadable tie-break step with the steps that can be written, and a symbol that is not "%"', () => {
    const t = presetTables();
    setSetting(t, 'scoring.tieBreaks', 'Tiêu chí TM; bốc thăm may mắn');
    setSetting(t, 'scoring.discrepancy.unit', '-');
    const { config, problems } = decodeConfig(t);
    expect(config).toBeNull();
    expect(problems.filter((p) => p.code === 'choiceUnknown').map(vi)).toEqual([
      'Cách tính điểm › Đơn vị đo chênh lệch: “-” (trang “Cấu hình”, dòng 35) không phải là lựa chọn hợp lệ; hãy ghi một trong các từ: Điểm / Phần trăm.',
      'Cách tính điểm › Thứ tự xét khi bằng điểm: “bốc thăm may mắn” (trang “Cấu hình”, dòng 38) không phải là lựa chọn hợp lệ; hãy ghi một trong các từ: Tiêu chí <mã tiêu chí> / Điểm vòng bảo vệ / Điểm sơ khảo / Nộp bài sớm hơn.',
    ]);
  });
});

describe('judging settings', () => {
  const judgingKeys = SETTING_ROWS.map((r) => r.key).filter((k) => k.startsWith('judging.'));
  /** Every judging setting away from its default, reminders included. */
  const unusualJudging: JudgingRules = {
    mode: 'sharedWorkbook',
    judgesPerEntry: 3,
    defenceJudgesPerEntry: 4,
    extraJudgeOnEscalation: false,
    lockAtDeadline: false,
    reminderDaysBefore: 0,
  };
  const withJudging = (judging: JudgingRules, id: PresetId = 'province2026'): ContestConfig => ({ ...presetById(id).build(), judging });

  it('are written after the scoring settings, in Vietnamese', () => {
    const keys = SETTING_ROWS.map((r) => r.key);
    expect(keys.slice(keys.indexOf('scoring.tieBreaks') + 1, keys.indexOf('prizes.scope'))).toEqual([
      'judging.mode',
      'judging.judgesPerEntry',
      'judging.defenceJudgesPerEntry',
      'judging.extraJudgeOnEscalation',
      'judging.lockAtDeadline',
      'judging.reminderDaysBefore',
    ]);
    expect(judgingKeys.map((k) => setting(presetTables(), k))).toEqual(['Mỗi giám khảo một bảng tính riêng', '', '', 'Có', 'Có', '3']);
    expect(judgingKeys.map((k) => setting(tablesFor(withJudging(unusualJudging)), k))).toEqual([
      'Bảng tính chung, mỗi giám khảo một trang', '3', '4', 'Không', 'Không', '0',
    ]);
  });

  it.each(PRESETS.map((p) => [p.id] as const))('%s reads back its judging settings, at their defaults or away from them', (id) => {
    const unusual = withJudging(unusualJudging, id);
    expect(decodeConfig(tablesFor(unusual)).config).toStrictEqual(unusual);
    const sparse = withJudging({ mode: 'privateSpreadsheets', extraJudgeOnEscalation: false, lockAtDeadline: true }, id);
    expect(decodeConfig(tablesFor(sparse)).config).toStrictEqual(sparse);
  });

  it('read the variants a person types', () => {
    const t = presetTables();
    setSetting(t, 'judging.mode', 'bang tinh CHUNG');
    setSetting(t, 'judging.judgesPerEntry', 3);
    setSetting(t, 'judging.extraJudgeOnEscalation', false);
    setSetting(t, 'judging.lockAtDeadline', 'x');
    setSetting(t, 'judging.reminderDaysBefore', ' 5 ');
    const { config, problems } = decodeConfig(t);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(config?.judging).toStrictEqual({ mode: 'sharedWorkbook', judgesPerEntry: 3, extraJudgeOnEscalation: false, lockAtDeadline: true, reminderDaysBefore: 5 });
    setSetting(t, 'judging.mode', 'riêng');
    expect(decodeConfig(t).config?.judging.mode).toBe('privateSpreadsheets');
  });

  it('take the defaults when blank, except the numbers: blank is every judge and no reminders', () => {
    const t = tablesFor(withJudging(unusualJudging));
    for (const key of judgingKeys) setSetting(t, key, '');
    const { config, problems } = decodeConfig(t);
    expect(problems.filter((p) => p.path.startsWith('judging'))).toEqual([]);
    expect(config?.judging).toStrictEqual({ mode: 'privateSpreadsheets', extraJudgeOnEscalation: true, lockAtDeadline: true });
  });

  it('read a row an older workbook lacks as blank, and say the rows are missing', () => {
    const t = tablesFor(withJudging(unusualJudging));
    t['Cấu hình'] = t['Cấu hình'].filter((r) => !String(r[0]).startsWith('judging.'));
    const blank = tablesFor(withJudging(unusualJudging));
    for (const key of judgingKeys) setSetting(blank, key, '');
    const { config, problems } = decodeConfig(t);
    // As the settingMissing message says, the values count as empty: the defaults, but no reminders.
    expect(config?.judging).toStrictEqual(decodeConfig(blank).config?.judging);
    expect(config?.judging).toEqual({ ...defaultJudgingRules(), reminderDaysBefore: undefined });
    expect(problems.filter((p) => p.code === 'settingMissing').map((p) => [p.severity, p.params.key])).toEqual(judgingKeys.map((k) => ['warning', k]));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('report unreadable numbers and words, naming the setting and its row', () => {
    const t = presetTables();
    setSetting(t, 'judging.mode', 'Giấy');
    setSetting(t, 'judging.judgesPerEntry', 'ba');
    setSetting(t, 'judging.lockAtDeadline', 'có lẽ');
    setSetting(t, 'judging.reminderDaysBefore', '1,5');
    const { config, problems } = decodeConfig(t);
    expect(config).toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path, vi(p)])).toEqual([
      [
        'choiceUnknown',
        'judging.mode',
        'Chấm bài › Cách tổ chức chấm bài: “Giấy” (trang “Cấu hình”, dòng 39) không phải là lựa chọn hợp lệ; hãy ghi một trong các từ: Bảng tính chung, mỗi giám khảo một trang / Mỗi giám khảo một bảng tính riêng.',
      ],
      [
        'choiceUnknown',
        'judging.lockAtDeadline',
        'Chấm bài › Khóa khi hết hạn chấm bài: “có lẽ” (trang “Cấu hình”, dòng 43) không phải là lựa chọn hợp lệ; hãy ghi một trong các từ: Có / Không.',
      ],
      [
        'integerUnreadable',
        'judging.judgesPerEntry',
        'Chấm bài › Số giám khảo chấm mỗi bài ở vòng sơ khảo: không đọc được “ba” (trang “Cấu hình”, dòng 40) là một số nguyên; hãy nhập số, ví dụ 3.',
      ],
      [
        'integerUnreadable',
        'judging.reminderDaysBefore',
        'Chấm bài › Nhắc giám khảo trước hạn: không đọc được “1,5” (trang “Cấu hình”, dòng 44) là một số nguyên; hãy nhập số, ví dụ 3.',
      ],
    ]);
  });

  it('a number that reads but breaks a rule is reported by validation, at the setting', () => {
    const t = presetTables();
    setSetting(t, 'judging.defenceJudgesPerEntry', '0');
    const { config, problems } = decodeConfig(t);
    expect(config?.judging.defenceJudgesPerEntry).toBe(0);
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path])).toEqual([['judgesPerEntryInvalid', 'judging.defenceJudgesPerEntry']]);
  });
});

describe('decodeConfig never throws', () => {
  const sheetNames = [...CONFIG_SHEET_NAMES, 'Trang khác'];
  const words = [
    ...SETTING_ROWS.map((s) => s.key), 'Khóa', 'Giá trị', 'Mã', 'Tên lĩnh vực', 'Vòng', 'Sơ khảo', 'Bảo vệ', 'Có', 'Không', 'Căn cứ',
    'Nơi nhận', 'Bằng khen', '31/02/2024', '=SUM(A1)', '+1', '-', '@x', 'NaN', '1.5', '10.000.000', '1e400', '\u0000', '\uD800',
  ];
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.constantFrom(...words),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 });

  function expectDescribable(problems: Problem[]): void {
    const known = new Set<string>([...VALIDATION_PROBLEM_CODES, ...DECODE_PROBLEM_CODES]);
    for (const p of problems) {
      expect(known.has(p.code)).toBe(true);
      expect(describeProblem(p, 'vi')).toMatch(/\.$/);
      expect(describeProblem(p, 'en')).toMatch(/\.$/);
    }
  }

  it('on random grids', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...sheetNames), grid), (tables) => {
        const { problems } = decodeConfig(tables);
        expect(problems.length).toBeGreaterThan(0);
        expectDescribable(problems);
      }),
      { numRuns: 300 },
    );
  });

  it('on a real workbook with random cells overwritten and rows dropped', () => {
    const edits = fc.array(fc.tuple(fc.constantFrom(...CONFIG_SHEET_NAMES), fc.nat(40), fc.nat(8), cell), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), edits, fc.nat(5), (preset, changes, dropped) => {
        const t = tablesFor(preset.build());
        for (const [sheet, row, column, value] of changes) {
          const rows = t[sheet];
          if (rows.length > 0) rows[row % rows.length][column] = value;
        }
        t['Cấu hình'].splice(1 + dropped, 1);
        expectDescribable(decodeConfig(t).problems);
      }),
      { numRuns: 500 },
    );
  });

  it('on wrong shapes and huge strings', () => {
    const huge = 'Đ'.repeat(1_000_000);
    const t = presetTables();
    setSetting(t, 'identity.title', huge);
    setSetting(t, 'prizes.budgetCap', huge);
    setSetting(t, 'timeline.intake.mode', huge);
    t['Tiêu chí'][1] = [huge, huge, huge, huge];
    const hostile = { ...t, 'Lĩnh vực': [null, undefined, 5, [undefined, null, {}]] } as unknown as Tables;
    const { config, problems } = decodeConfig(hostile);
    expect(config).toBeNull();
    expectDescribable(problems);
    expect(decodeConfig({}).problems.map((p) => p.code)).toEqual(['sheetMissing']);
  });
});

// ---------------------------------------------------------------------------------------------
// A generator of configurations: valid or not, but made of values the workbook can hold (text
// already NFC, trimmed and single-spaced; list rows never wholly blank; recipients without bullets).

const word = fc.constantFrom('Sở', 'Nội', 'vụ', 'ĐỨC', 'Phòng', 'a1', '2024', '=SUM(A1)', '30/4', 'Có', 'TRUE', 'x', '(KT.)', 'Lưu:', 'VT,', '10.000');
const text = fc.array(word, { maxLength: 5 }).map((ws) => ws.join(' '));
const someText = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
const longText = fc.array(word, { maxLength: 6 }).chain((ws) => fc.constantFrom(' ', '\n').map((sep) => ws.join(sep)));
const code = fc.stringMatching(/^[A-Z0-9]{1,8}$/);
const isoDate: fc.Arbitrary<IsoDate> = fc
  .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const halves = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);
const money = fc.integer({ min: -1_000_000, max: 2_000_000_000 });

const criterion: fc.Arbitrary<Criterion> = fc.record({
  code,
  name: text,
  maxPoints: halves(-5, 100),
  weight: halves(-1, 3),
  step: halves(0, 2),
  description: longText,
});

const configArbitrary: fc.Arbitrary<ContestConfig> = fc.record({
  identity: fc.record({
    code: text,
    title: text,
    organiser: fc.record({ parentBody: text, name: text, symbol: text, level: fc.constantFrom(...ORGANISER_LEVELS) }),
    plan: fc.record({ number: text, date: fc.oneof(fc.constant(''), isoDate) }),
    year: fc.integer({ min: 1900, max: 2200 }),
    placeName: text,
  }),
  timeline: fc.record(
    {
      intake: fc.oneof(
        fc.record({ mode: fc.constant('window' as const), opens: isoDate, closes: isoDate }),
        fc.record({ mode: fc.constant('rolling' as const), staffCutoff: fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }) }),
      ),
      unitDeadline: isoDate,
      judgingDeadline: isoDate,
      awardDate: isoDate,
    },
    { requiredKeys: ['intake'] },
  ),
  categories: fc.array(fc.record({ code, name: text })),
  entrants: fc.record({ kinds: fc.array(fc.constantFrom(...ENTRANT_KINDS), { maxLength: 6 }), maxGroupSize: fc.integer({ min: -2, max: 10 }) }, { requiredKeys: ['kinds'] }),
  eligibility: fc.record({ excludedRoles: fc.array(fc.constantFrom(...MEMBER_ROLES), { maxLength: 4 }) }),
  members: fc.array(fc.record({ name: text, email: text, role: fc.constantFrom(...MEMBER_ROLES), unit: text, position: text }), { maxLength: 4 }),
  units: fc.array(fc.record({ code, name: text }), { maxLength: 4 }),
  unitRules: fc.record({ minEntriesPerUnit: fc.integer({ min: -3, max: 5 }), preScreening: fc.boolean() }),
  formats: fc.array(
    fc.record({ format: fc.constantFrom(...ENTRY_FORMATS), limits: fc.record({ min: halves(-10, 3000), max: halves(-10, 3000) }) }, { requiredKeys: ['format'] }),
    { maxLength: 4 },
  ),
  rounds: fc.record(
    {
      preliminary: fc.record({ rubric: fc.record({ criteria: fc.array(criterion, { maxLength: 5 }) }) }),
      defence: fc.record({
        rubric: fc.record({ criteria: fc.array(criterion, { maxLength: 3 }) }),
        shortlist: fc.oneof(
          fc.record({ mode: fc.constant('topN' as const), count: fc.integer({ min: -1, max: 50 }) }),
          fc.record({ mode: fc.constant('minScore' as const), score: halves(-10, 120) }),
        ),
        final: fc.oneof(
          fc.constant({ mode: 'defenceOnly' as const }),
          fc.record({ mode: fc.constant('weighted' as const), preliminaryWeight: halves(-1, 100), defenceWeight: halves(-1, 100) }),
        ),
      }),
    },
    { requiredKeys: ['preliminary'] },
  ),
  scoring: fc.record({
    aggregation: fc.constantFrom(...AGGREGATION_METHODS),
    trimMinJudges: fc.integer({ min: -1, max: 9 }),
    minJudges: fc.integer({ min: -1, max: 9 }),
    decimals: fc.integer({ min: -1, max: 5 }),
    discrepancy: fc.record({ unit: fc.constantFrom('points' as const, 'percent' as const), review: halves(-5, 120), escalate: halves(-5, 120) }),
    tieBreaks: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('criterion' as const), code }),
        fc.constantFrom<TieBreak>({ kind: 'defenceScore' }, { kind: 'preliminaryScore' }, { kind: 'earlierSubmission' }),
      ),
      { maxLength: 5 },
    ),
  }),
  judging: fc.record(
    {
      mode: fc.constantFrom(...JUDGING_MODES),
      judgesPerEntry: fc.integer({ min: -1, max: 9 }),
      defenceJudgesPerEntry: fc.integer({ min: -1, max: 9 }),
      extraJudgeOnEscalation: fc.boolean(),
      lockAtDeadline: fc.boolean(),
      reminderDaysBefore: fc.integer({ min: -1, max: 30 }),
    },
    { requiredKeys: ['mode', 'extraJudgeOnEscalation', 'lockAtDeadline'] },
  ),
  prizes: fc.record(
    {
      tiers: fc.array(
        fc.record(
          {
            code,
            name: text,
            award: fc.constantFrom(...AWARD_KINDS),
            awardIssuer: text,
            count: fc.integer({ min: -1, max: 10 }),
            amount: money,
            minScore: halves(-5, 110),
            gift: text,
          },
          { requiredKeys: ['code', 'name', 'award', 'awardIssuer', 'amount', 'gift'] },
        ),
        { maxLength: 5 },
      ),
      scope: fc.constantFrom(...PRIZE_SCOPES),
      specialPrizeAllowed: fc.boolean(),
      budgetCap: money,
      vacancy: fc.constantFrom(...VACANCY_POLICIES),
      boundaryTie: fc.constantFrom(...BOUNDARY_TIE_POLICIES),
      maxPerUnit: fc.integer({ min: -1, max: 9 }),
      maxPerCategory: fc.integer({ min: -1, max: 9 }),
    },
    { requiredKeys: ['tiers', 'scope', 'specialPrizeAllowed', 'vacancy', 'boundaryTie'] },
  ),
  documents: fc.record({
    signer: fc.record({ onBehalfOf: text, mode: fc.constantFrom(...SIGNING_MODES), headTitle: text, position: text, name: text }),
    legalBases: fc.array(fc.record({ text: someText, validFrom: isoDate, validUntil: isoDate }, { requiredKeys: ['text'] }), { maxLength: 4 }),
    recipients: fc.array(someText, { maxLength: 4 }),
  }),
});
