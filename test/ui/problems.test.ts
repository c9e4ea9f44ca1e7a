import type { CellValue } from '../../src/core/cell';
import type { ContestConfig, Member } from '../../src/core/config/model';
import { presetById, type PresetId } from '../../src/core/config/presets';
import { DECODE_PROBLEM_CODES, WORKBOOK_FIELD_KEYS, WORKBOOK_SECTION, decodeConfig, encodeConfig, tablesOf } from '../../src/core/config/sheet-codec';
import { CONFIG_FIELD_KEYS, CONFIG_SECTIONS, VALIDATION_PROBLEM_CODES, validateConfig } from '../../src/core/config/validation';
import type { Problem } from '../../src/core/problem';
import { describeProblem, fieldLabels, problemMessages, sectionLabels } from '../../src/ui/messages/problems';

const ALL_CODES = [...VALIDATION_PROBLEM_CODES, ...DECODE_PROBLEM_CODES];

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

describe('the catalog', () => {
  it.each(['vi', 'en'] as const)('%s has a message for exactly the problem codes the code emits', (locale) => {
    expect(sorted(Object.keys(problemMessages[locale]))).toEqual(sorted(ALL_CODES));
  });

  it.each(['vi', 'en'] as const)('%s labels every section and field key', (locale) => {
    expect(sorted(Object.keys(sectionLabels[locale]))).toEqual(sorted([...CONFIG_SECTIONS, WORKBOOK_SECTION]));
    expect(sorted(Object.keys(fieldLabels[locale]))).toEqual(sorted([...CONFIG_FIELD_KEYS, ...WORKBOOK_FIELD_KEYS]));
  });

  it('every message is a sentence fragment that never throws, even without its parameters', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const code of ALL_CODES) {
        const text = problemMessages[locale][code]({});
        expect([locale, code, text.length > 0, /[.]$/.test(text)]).toEqual([locale, code, true, false]);
      }
    }
  });

  it('Vietnamese and English differ for every code', () => {
    const params = { value: 'x', sheet: 'Cấu hình', row: 2 };
    for (const code of ALL_CODES) expect([code, problemMessages.vi[code](params)]).not.toEqual([code, problemMessages.en[code](params)]);
  });
});

describe('describeProblem', () => {
  const tierCountZero: Problem = {
    code: 'countNotPositiveInteger',
    severity: 'error',
    path: 'prizes.tiers[0].count',
    field: { section: 'prizes', item: 'Giải Nhất', key: 'count' },
    params: { value: 0 },
  };

  it('puts the field address before the message, in Vietnamese and English', () => {
    expect(describeProblem(tierCountZero, 'vi')).toBe('Giải thưởng › Giải Nhất › Số lượng: phải là số nguyên lớn hơn 0 (đang là 0).');
    expect(describeProblem(tierCountZero, 'en')).toBe('Prizes › Giải Nhất › Number: must be a whole number greater than 0 (it is 0).');
  });

  it('shows an item given by its row number as a row', () => {
    const problem: Problem = { ...tierCountZero, field: { section: 'prizes', item: '3', key: 'count' } };
    expect(describeProblem(problem, 'vi')).toMatch(/^Giải thưởng › Dòng 3 › Số lượng: /);
    expect(describeProblem(problem, 'en')).toMatch(/^Prizes › Row 3 › Number: /);
  });

  it('formats money, decimals and dates for each language', () => {
    const budget: Problem = { code: 'budgetExceeded', severity: 'error', path: 'prizes.budgetCap', field: { section: 'prizes', key: 'budgetCap' }, params: { total: 40_500_000, cap: 40_000_000 } };
    expect(describeProblem(budget, 'vi')).toBe(
      'Giải thưởng › Tổng tiền thưởng tối đa: tổng tiền thưởng 40.500.000 đồng vượt mức tối đa 40.000.000 đồng; hãy giảm số giải hoặc mức thưởng, hoặc nâng mức tối đa.',
    );
    expect(describeProblem(budget, 'en')).toBe(
      'Prizes › Prize budget: prize money totals 40,500,000 VND, over the budget of 40,000,000 VND; award fewer or smaller prizes, or raise the budget.',
    );
    const step: Problem = { code: 'stepNotPositive', severity: 'error', path: 'x', field: { section: 'preliminaryRubric', item: 'Tính mới', key: 'step' }, params: { value: -0.5 } };
    expect(describeProblem(step, 'vi')).toBe('Tiêu chí vòng sơ khảo › Tính mới › Bước điểm: bước điểm phải lớn hơn 0 (đang là -0,5), ví dụ 0,5.');
    const closes: Problem = {
      code: 'intakeClosesBeforeOpens',
      severity: 'error',
      path: 'timeline.intake.closes',
      field: { section: 'timeline', key: 'closes' },
      params: { opens: '2024-07-01', closes: '2024-06-16' },
    };
    expect(describeProblem(closes, 'en')).toBe(
      'Timeline › Submissions close: the submission window closes (2024-06-16) before it opens (2024-07-01); correct one of the two dates.',
    );
  });

  it('names tie-break steps as the workbook writes them in Vietnamese, in words in English', () => {
    const repeated = (params: Problem['params']): Problem => ({
      code: 'tieBreakRepeated',
      severity: 'warning',
      path: 'scoring.tieBreaks',
      field: { section: 'scoring', key: 'tieBreaks' },
      params,
    });
    expect(describeProblem(repeated({ kind: 'criterion', code: 'TM' }), 'vi')).toBe(
      'Cách tính điểm › Thứ tự xét khi bằng điểm: “Tiêu chí TM” được ghi hai lần; lần sau không có tác dụng, hãy bỏ bớt một lần.',
    );
    expect(describeProblem(repeated({ kind: 'criterion', code: 'TM' }), 'en')).toBe(
      'Scoring › Tie-break order: the criterion TM is listed twice; the second has no effect, remove it.',
    );
    expect(describeProblem(repeated({ kind: 'defenceScore' }), 'en')).toBe(
      'Scoring › Tie-break order: the defence-round score is listed twice; the second has no effect, remove it.',
    );
  });

  it('addresses judging settings in both languages', () => {
    const above: Problem = {
      code: 'judgesPerEntryAboveJudges',
      severity: 'warning',
      path: 'judging.judgesPerEntry',
      field: { section: 'judging', key: 'judgesPerEntry' },
      params: { value: 5, judges: 4 },
    };
    expect(describeProblem(above, 'vi')).toBe(
      'Chấm bài › Số giám khảo chấm mỗi bài ở vòng sơ khảo: mỗi bài cần 5 giám khảo chấm nhưng danh sách Thành viên chỉ có 4 giám khảo nên mọi giám khảo sẽ chấm mọi bài; hãy giảm số này hoặc bổ sung giám khảo.',
    );
    expect(describeProblem(above, 'en')).toBe(
      'Judging › Judges per entry (preliminary): each entry is to be scored by 5 judges but the members list only 4, so every judge will score every entry; lower the number or add judges.',
    );
  });

  it('falls back to the raw code, section and key rather than failing', () => {
    const odd: Problem = { code: 'constructor', severity: 'error', path: '', field: { section: 'toString', key: 'nope' }, params: {} };
    expect(describeProblem(odd, 'vi')).toBe('toString › nope: dữ liệu chưa hợp lệ (mã constructor).');
    expect(describeProblem(odd, 'en')).toBe('toString › nope: invalid data (code constructor).');
  });
});

// Broken configurations and workbooks that, together, make the code emit every problem it knows.
const member = (name: string, email: string, role: Member['role'], unit = ''): Member => ({ name, email, role, unit, position: '' });
const DECREE_98 = { text: 'Nghị định số 98/2023/NĐ-CP', validFrom: '2024-01-01', validUntil: '2025-06-30' };

const brokenConfigs: Array<[PresetId, (c: ContestConfig) => void]> = [
  [
    'province2026',
    (c) => {
      c.identity.code = '';
      c.identity.year = 1;
      c.identity.organiser.level = 'district';
      c.timeline.awardDate = '2026-02-30';
      c.timeline.judgingDeadline = '2026-08-01';
      c.categories.push({ code: '=X', name: 'Cải cách thể chế' });
      c.entrants = { kinds: ['individual', 'individual'], maxGroupSize: 3 };
      c.eligibility.excludedRoles = ['judge', 'judge'];
      c.members = [
        member('A', 'a@', 'judge'),
        member('B', '', 'judge'),
        member('C', 'c@snv.gov.vn', 'secretariat'),
        member('C', 'c@snv.gov.vn', 'judge', 'Nơi khác'),
        member('D', 'C@snv.gov.vn', 'judge'),
      ];
      c.unitRules.minEntriesPerUnit = -1;
      c.formats = [
        { format: 'article', limits: { min: -1, max: 5 } },
        { format: 'article', limits: { min: 10, max: 5 } },
      ];
      const criteria = c.rounds.preliminary.rubric.criteria;
      criteria[0].maxPoints = 0;
      criteria[1].weight = 0;
      criteria[2].step = 0;
      criteria[3].step = 3;
      c.rounds.defence = { ...c.rounds.defence!, shortlist: { mode: 'topN', count: 0 }, final: { mode: 'weighted', preliminaryWeight: -1, defenceWeight: 0 } };
      c.prizes.tiers[0].count = 0;
      delete c.prizes.tiers[1].count;
      c.prizes.tiers[2].amount = -1;
      c.prizes.tiers[3].awardIssuer = '';
      c.prizes.budgetCap = -5;
      c.documents.legalBases.push({ text: 'Quyết định', validFrom: '2026-01-01', validUntil: '2025-01-01' });
      c.documents.signer = { ...c.documents.signer, mode: 'deputy', position: '' };
      c.documents.recipients = [''];
      c.scoring = {
        ...c.scoring,
        trimMinJudges: 2,
        minJudges: 0,
        decimals: 5,
        discrepancy: { unit: 'percent', review: -1, escalate: 150 },
        tieBreaks: [{ kind: 'criterion', code: 'XYZ' }, { kind: 'earlierSubmission' }, { kind: 'earlierSubmission' }],
      };
      c.prizes.maxPerUnit = 0;
      c.judging.judgesPerEntry = 0;
      c.judging.reminderDaysBefore = -1;
    },
  ],
  [
    'province2026',
    (c) => {
      c.identity.code = 'A B';
      c.identity.year = 2030;
      c.identity.plan = { number: '1/KH', date: '2026-07-01' };
      c.timeline.intake = { mode: 'window', opens: '2026-06-01', closes: '2026-05-31' };
      c.timeline.awardDate = '2026-09-01';
      c.categories = [];
      c.entrants = { kinds: ['group'], maxGroupSize: 1 };
      c.eligibility.excludedRoles = [];
      c.units = [];
      c.formats = [];
      c.rounds.preliminary.rubric.criteria = [];
      c.rounds.defence!.final = { mode: 'weighted', preliminaryWeight: 0, defenceWeight: 0 };
      c.prizes.tiers = [];
      c.documents.legalBases = [];
      c.documents.recipients = [];
    },
  ],
  [
    'province2026',
    (c) => {
      delete c.timeline.judgingDeadline;
      c.timeline.awardDate = '2026-08-01';
      c.timeline.unitDeadline = '2026-12-01';
      c.categories.push({ code: 'TC', name: 'Khác' });
      c.entrants.kinds = [];
      c.prizes.tiers[0] = { ...c.prizes.tiers[0], amount: 0, award: 'none', minScore: 500 };
      c.prizes.tiers[1].minScore = 10;
      c.prizes.tiers[2].minScore = 20;
      c.prizes.tiers.push({ code: 'TD', name: 'Tuyên dương', award: 'letterOfPraise', awardIssuer: 'x', amount: 100_000, minScore: 5, gift: '' });
      c.prizes.budgetCap = 1;
      c.rounds.defence!.shortlist = { mode: 'topN', count: 2 };
      c.documents.legalBases.push(DECREE_98, { text: 'Văn bản tương lai', validFrom: '2030-01-01' });
      c.members = [member('E', 'e@snv.gov.vn', 'judge')];
      c.scoring.aggregation = 'trimmedMean';
      c.scoring.discrepancy = { unit: 'points', review: 10, escalate: 5 };
      c.judging.judgesPerEntry = 2;
    },
  ],
  [
    'tanAn2024',
    (c) => {
      c.timeline.intake = { mode: 'rolling', staffCutoff: { month: 2, day: 31 } };
      c.scoring.tieBreaks.push({ kind: 'defenceScore' });
      // No judging deadline: the default reminders and lock have nothing to count from.
      c.judging.defenceJudgesPerEntry = 3;
    },
  ],
  [
    'hauGiang2024',
    (c) => {
      c.rounds.defence!.shortlist = { mode: 'minScore', score: 500 };
      c.prizes.scope = 'perCategory';
      c.prizes.maxPerCategory = 1;
    },
  ],
];

type Tables = Record<string, CellValue[][]>;

function settingRow(t: Tables, key: string): CellValue[] {
  const row = t['Cấu hình'].find((r) => r[0] === key);
  if (!row) throw new Error(key);
  return row;
}

const brokenWorkbooks: Array<[PresetId, (t: Tables) => void]> = [
  ['province2026', (t) => delete t['Cấu hình']],
  [
    'province2026',
    (t) => {
      t['Lĩnh vực'] = [['TC', 'Cải cách thể chế']];
      t['Đơn vị'] = t['Đơn vị'].map((r) => [r[1]]);
      t['Cấu hình'].push(['identity.kode', '', 'X', ''], ['identity.code', '', 'Y', '']);
      t['Cấu hình'] = t['Cấu hình'].filter((r) => r[0] !== 'documents.signer.name');
      settingRow(t, 'rounds.defence.enabled')[2] = 'Không';
      t['Giải thưởng'][1][4] = 'hai';
      t['Giải thưởng'][2][2] = 'Huân chương';
      t['Tiêu chí'][1][5] = 'x';
      settingRow(t, 'prizes.budgetCap')[2] = 'abc';
      settingRow(t, 'timeline.intake.closes')[2] = '31/02/2026';
      settingRow(t, 'timeline.intake.mode')[2] = '';
    },
  ],
  [
    'tanAn2024',
    (t) => {
      settingRow(t, 'timeline.intake.opens')[2] = '01/01/2024';
      settingRow(t, 'timeline.intake.staffCutoff')[2] = 'abc';
    },
  ],
];

function emittedProblems(): Problem[] {
  const fromConfigs = brokenConfigs.flatMap(([id, edit]) => {
    const config = presetById(id).build();
    edit(config);
    return validateConfig(config);
  });
  const fromWorkbooks = brokenWorkbooks.flatMap(([id, edit]) => {
    const tables = tablesOf(encodeConfig(presetById(id).build()));
    edit(tables);
    return decodeConfig(tables).problems;
  });
  return [...fromConfigs, ...fromWorkbooks];
}

describe('problems the code emits', () => {
  const problems = emittedProblems();

  it('cover every code of the lists, and nothing else', () => {
    expect(sorted(problems.map((p) => p.code))).toEqual(sorted(ALL_CODES));
  });

  it('point at labelled sections and fields and read as full sentences in both languages', () => {
    for (const p of problems) {
      expect([p.code, p.field.section in sectionLabels.vi, p.field.key in fieldLabels.vi]).toEqual([p.code, true, true]);
      for (const locale of ['vi', 'en'] as const) {
        const text = describeProblem(p, locale);
        expect(text).toMatch(/^[^:]+: .+[^.]\.$/);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});

describe('a number the wizard left empty', () => {
  it('reads as empty, not NaN, in both languages', () => {
    const config = presetById('hauGiang2024').build();
    config.identity.year = Number.NaN;
    config.prizes.tiers[0].count = Number.NaN;
    const problems = validateConfig(config).filter((p) => p.path === 'identity.year' || p.path === 'prizes.tiers[0].count');
    expect(problems).toHaveLength(2);
    for (const p of problems) {
      expect(describeProblem(p, 'vi')).not.toMatch(/NaN/);
      expect(describeProblem(p, 'vi')).toMatch(/trống/);
      expect(describeProblem(p, 'en')).toMatch(/empty/);
    }
  });
});
