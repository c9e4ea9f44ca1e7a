import { announceResults, compareWithAnnouncement } from '../../src/app/announced-results';
import { presetById } from '../../src/core/config/presets';
import type { Entry } from '../../src/core/entry';
import { computeResults } from '../../src/core/results/compute-results';
import type { ScoreSheet } from '../../src/core/scoring/score-sheet';
import { freshWorkbook as setUp } from './emulated-workbook';

const config = presetById('dakrong2020').build();
const judges = ['a@x.vn', 'b@x.vn', 'c@x.vn'];
// Codes a spreadsheet would read as a number or a formula: they must come back as the same text.
const codes = ['001', '=E2', 'DK-3'];
const entries: Entry[] = codes.map((code) => ({ code, title: code, unitCode: 'U', categoryCode: 'C', kind: 'individual', submittedAt: '2020-09-01T08:00:00+07:00' }));
const novelty = [28, 26, 24];
const sheets = (firstNovelty = 28): ScoreSheet[] =>
  entries.flatMap((e, i) => judges.map((judge) => ({ entryCode: e.code, judge, round: 'preliminary' as const, scores: { TM: i === 0 ? firstNovelty : novelty[i], KT: 20, HQ: 20, NR: 8, TB: 8 } })));

describe('announced results in the workbook', () => {
  it('stores the announcement and reads it back intact, with no difference from the same scores', () => {
    const { workbook } = setUp();
    const results = computeResults({ config, entries, sheets: sheets() });
    announceResults(workbook, results, '30/09/2020 09:00', '(cũ)');
    const comparison = compareWithAnnouncement(workbook, results);
    expect(comparison.announcement?.kind).toBe('intact');
    expect(comparison.changes).toEqual([]);
    if (comparison.announcement?.kind === 'intact') {
      expect(comparison.announcement.published.entries.map((e) => e.code)).toEqual(['001', '=E2', 'DK-3']);
    }
  });

  it('shows a later correction as differences, leaving the announcement as it was', () => {
    const { workbook } = setUp();
    announceResults(workbook, computeResults({ config, entries, sheets: sheets() }), '30/09/2020 09:00', '(cũ)');
    const { changes } = compareWithAnnouncement(workbook, computeResults({ config, entries, sheets: sheets(10) }));
    expect(changes.filter((c) => c.entryCode === '001').map((c) => (c.kind === 'changed' ? `${c.field}: ${c.announced} → ${c.now}` : c.kind))).toEqual([
      'rank: 1 → 3',
      'finalScore: 84 → 66',
      `prize: ${config.prizes.tiers[0].code} → ${config.prizes.tiers[2].code}`,
      'amount: 2000000 → 1000000',
    ]);
  });

  it('notices an announcement edited by hand', () => {
    const { emu, workbook } = setUp();
    const results = computeResults({ config, entries, sheets: sheets() });
    announceResults(workbook, results, '30/09/2020 09:00', '(cũ)');
    emu.activeSpreadsheet.getSheetByName('Kết quả đã công bố')!.getRange('F3').setValue(2_000_000);
    expect(compareWithAnnouncement(workbook, results).announcement?.kind).toBe('edited');
  });

  it('keeps an earlier announcement under a new name when announcing again', () => {
    const { emu, workbook } = setUp();
    const results = computeResults({ config, entries, sheets: sheets() });
    announceResults(workbook, results, '30/09/2020 09:00', '(cũ)');
    expect(announceResults(workbook, results, '01/10/2020 09:00', '(cũ 01/10/2020)').archived).toEqual(['Kết quả đã công bố (cũ 01/10/2020)']);
    expect(emu.activeSpreadsheet.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(['Kết quả đã công bố', 'Kết quả đã công bố (cũ 01/10/2020)']));
  });
});
