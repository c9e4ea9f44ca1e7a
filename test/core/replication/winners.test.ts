import type { CellValue, Grid } from '../../../src/core/cell';
import type { ContestConfig } from '../../../src/core/config/model';
import { planDocuments } from '../../../src/core/documents/document-plan';
import { ENTRY_COLUMNS, RAW_PREFIX, entriesHeader } from '../../../src/core/intake/entries-sheet';
import { buildFormSpec } from '../../../src/core/intake/form-spec';
import { awardDecisionText, entrySummary, winnersAsInitiatives } from '../../../src/core/replication/winners';
import { contestConfig, contestFacts, dakrongTieSpecs, hauGiangSpecs } from '../documents/fixtures';

function titleOf(config: ContestConfig, key: string): string {
  return buildFormSpec(config).questions.find((q) => q.key === key)?.title ?? '';
}

/** The Entries sheet with the real header of `config`'s form: rows given by column header. */
function register(config: ContestConfig, rows: Record<string, CellValue>[]): Grid {
  const header = entriesHeader(buildFormSpec(config));
  return [header, ...rows.map((row) => header.map((h) => row[h] ?? ''))];
}

describe('this contest’s winners as recognised initiatives (Hậu Giang 2024, a special award)', () => {
  const config = contestConfig('hauGiang2024');
  const facts = contestFacts(config, hauGiangSpecs(), { specialAwards: [{ entryCode: 'HG2024-009', name: 'Giải Đặc biệt', amount: 15_000_000 }] });
  const solution = RAW_PREFIX + titleOf(config, 'solution');
  const entries = register(
    config,
    facts.received.map((r, i) => ({
      [ENTRY_COLUMNS.code]: r.code,
      [ENTRY_COLUMNS.title]: r.title,
      [ENTRY_COLUMNS.unit]: r.unitName,
      [ENTRY_COLUMNS.countsForYear]: i === 1 ? '' : 2024,
      [solution]: `Giải pháp của bài ${r.code}.`,
    })),
  );
  const decision = awardDecisionText({ number: '125/QĐ-UBND', signedOn: '2024-09-20' }, config);
  const winners = winnersAsInitiatives({ results: facts.results, register: entries, config, decision });

  it('lists the special award first, then the prizes in the tiers’ order, then by rank', () => {
    expect(winners.map((w) => [w.code, w.prize])).toEqual([
      ['HG2024-009', 'Giải Đặc biệt'],
      ['HG2024-001', 'Giải Nhất'],
      ['HG2024-002', 'Giải Nhì'],
      ['HG2024-003', 'Giải Ba'],
      ['HG2024-004', 'Giải Khuyến khích'],
      ['HG2024-005', 'Giải Khuyến khích'],
      ['HG2024-006', 'Giải Khuyến khích'],
    ]);
  });

  it('describes each with its unit and category names, its summary and year from the Entries sheet, and the decision', () => {
    const first = winners.find((w) => w.code === 'HG2024-001');
    expect(first).toEqual({
      code: 'HG2024-001',
      title: 'Sáng kiến số 1',
      ownerUnit: config.units[0].name,
      category: config.categories[0].name,
      summary: 'Giải pháp của bài HG2024-001.',
      decision: 'Quyết định số 125/QĐ-UBND ngày 20/9/2024 của Ủy ban nhân dân tỉnh Hậu Giang',
      year: 2024,
      source: 'contest',
      entryCode: 'HG2024-001',
      prize: 'Giải Nhất',
    });
    // HG2024-002's "Tính cho năm" is blank: the contest's year.
    expect(winners.find((w) => w.code === 'HG2024-002')?.year).toBe(config.identity.year);
  });

  it('names a unit or category the configuration no longer has by its code, and an entry missing from the Entries sheet has no summary', () => {
    const results = { ...facts.results, entries: facts.results.entries.map((r) => (r.entry.code === 'HG2024-003' ? { ...r, entry: { ...r.entry, unitCode: 'XA-MOI', categoryCode: 'LV9' } } : r)) };
    const third = winnersAsInitiatives({ results, register: [entriesHeader(buildFormSpec(config))], config, decision: '' }).find((w) => w.code === 'HG2024-003');
    expect(third).toMatchObject({ ownerUnit: 'XA-MOI', category: 'LV9', summary: '', year: 2024 });
  });
});

describe('entries referred to the board are not recognised', () => {
  it('leaves out the entries tied at a prize boundary (Đakrông 2020)', () => {
    const config = contestConfig('dakrong2020');
    const specs = dakrongTieSpecs();
    const facts = contestFacts(config, specs, undefined, '2020-09-25');
    expect(facts.results.entries.filter((r) => r.outcome.kind === 'referred')).toHaveLength(2);
    const winners = winnersAsInitiatives({ results: facts.results, register: [], config, decision: '' });
    expect(winners.map((w) => [w.code, w.prize])).toEqual([
      ['DK2020-001', 'Giải Nhất'],
      ['DK2020-002', 'Giải Nhì'],
    ]);
  });
});

describe('an entry’s summary', () => {
  const config = contestConfig('tanAn2024');
  const [situation, solution] = [RAW_PREFIX + titleOf(config, 'situation'), RAW_PREFIX + titleOf(config, 'solution')];

  it('is the solution answer with its whitespace collapsed, else the situation; the code matched whatever its case', () => {
    const grid = register(config, [
      { [ENTRY_COLUMNS.code]: 'TA2024-001', [situation]: 'Thực trạng.', [solution]: '  Lập\n\nnhóm   Zalo\tvới người dân. ' },
      { [ENTRY_COLUMNS.code]: 'TA2024-002', [situation]: 'Người dân   chờ lâu.', [solution]: '   ' },
    ]);
    expect(entrySummary(grid, 'TA2024-001')).toBe('Lập nhóm Zalo với người dân.');
    expect(entrySummary(grid, ' ta2024-002')).toBe('Người dân chờ lâu.');
    expect(entrySummary(grid, 'TA2024-404')).toBe('');
  });

  it('is cut to at most 300 characters at a word boundary with "…"', () => {
    const words = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ');
    const grid = register(config, [{ [ENTRY_COLUMNS.code]: 'TA2024-001', [solution]: words }]);
    const summary = entrySummary(grid, 'TA2024-001');
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary.endsWith('…')).toBe(true);
    const kept = summary.slice(0, -1);
    expect(words.startsWith(`${kept} `)).toBe(true);
    expect(kept.length).toBeGreaterThan(280);
  });

  it('is found when the secretariat moved the Entries sheet’s columns', () => {
    const grid: Grid = [
      [solution, 'Khác', ENTRY_COLUMNS.code],
      ['Một cửa liên thông', 'x', 'TA2024-005'],
    ];
    expect(entrySummary(grid, 'TA2024-005')).toBe('Một cửa liên thông');
  });
});

describe('the award decision as the register cites it', () => {
  const numbered = { number: '125/QĐ-UBND', signedOn: '2024-09-20' };

  it('names the collective when the decision is signed for it, the head otherwise, as the documents do', () => {
    expect(awardDecisionText(numbered, contestConfig('hauGiang2024'))).toBe('Quyết định số 125/QĐ-UBND ngày 20/9/2024 của Ủy ban nhân dân tỉnh Hậu Giang');
    expect(awardDecisionText(numbered, contestConfig('tanAn2024'))).toBe('Quyết định số 125/QĐ-UBND ngày 20/9/2024 của Chủ tịch Ủy ban nhân dân xã Tân An');
    expect(awardDecisionText({ number: '05/QĐ-SNV', signedOn: '2026-01-05' }, contestConfig('province2026'))).toBe('Quyết định số 05/QĐ-SNV ngày 05/01/2026 của Giám đốc Sở Nội vụ');
  });

  it('cites the same authority as the decision’s annex cites the decision', () => {
    for (const id of ['hauGiang2024', 'tanAn2024', 'province2026', 'dakrong2020'] as const) {
      const config = contestConfig(id);
      const facts = contestFacts(config, [{ code: `${config.identity.code}-001`, preliminary: [29, 24, 24, 9, 9], defence: [38, 28, 28] }]);
      facts.issued = { decision: { number: '125/QĐ-UBND', date: '2024-09-20' } };
      // "(Kèm theo Quyết định số 125/QĐ-UBND ngày 20 tháng 9 năm 2024 của …)"
      const annex = planDocuments(facts).find((d) => d.key === 'QD')?.fill.values.kem_theo ?? '';
      expect(annex).toMatch(/^\(Kèm theo Quyết định số 125\/QĐ-UBND .* của .+\)$/);
      expect(awardDecisionText(numbered, config).split(' của ')[1]).toBe(annex.slice(0, -1).split(' của ')[1]);
    }
  });

  it('leaves out the date until it is recorded, and says the number is not recorded yet when it is not', () => {
    const config = contestConfig('hauGiang2024');
    expect(awardDecisionText({ number: ' 125/QĐ-UBND ', signedOn: null }, config)).toBe('Quyết định số 125/QĐ-UBND của Ủy ban nhân dân tỉnh Hậu Giang');
    const pending = `Quyết định trao giải ${config.identity.title} (chưa ghi số)`;
    expect(awardDecisionText(null, config)).toBe(pending);
    expect(awardDecisionText({ number: '  ', signedOn: '2024-09-20' }, config)).toBe(pending);
  });
});
