import { presetById } from '../../../src/core/config/presets';
import type { Entry } from '../../../src/core/entry';
import { computeResults } from '../../../src/core/results/compute-results';
import { changesSinceAnnouncement, isIntact, publishResults } from '../../../src/core/results/published-results';
import type { ScoreSheet } from '../../../src/core/scoring/score-sheet';

const config = presetById('dakrong2020').build();
const judges = ['a@x.vn', 'b@x.vn', 'c@x.vn'];
const entries: Entry[] = ['E1', 'E2', 'E3', 'E4'].map((code) => ({ code, title: code, unitCode: 'U', categoryCode: 'C', kind: 'individual', submittedAt: '2020-09-01T08:00:00+07:00' }));
const novelty: Record<string, number> = { E1: 28, E2: 26, E3: 24, E4: 22 };
const sheets = (edit: (s: ScoreSheet) => ScoreSheet = (s) => s): ScoreSheet[] =>
  entries.flatMap((e) => judges.map((judge) => edit({ entryCode: e.code, judge, round: 'preliminary', scores: { TM: novelty[e.code], KT: 20, HQ: 20, NR: 8, TB: 8 } })));

describe('announced results', () => {
  const announced = publishResults(computeResults({ config, entries, sheets: sheets() }), '30/09/2020 09:00');

  it('stays as announced: recomputing the same scores shows no difference', () => {
    expect(changesSinceAnnouncement(announced, computeResults({ config, entries, sheets: sheets() }))).toEqual([]);
    expect(isIntact(announced)).toBe(true);
  });

  it('shows a later score correction as differences for the board to approve', () => {
    // A judge lowers E1's novelty from 28 to 9: E1 falls from first to fourth place.
    const corrected = sheets((s) => (s.entryCode === 'E1' && s.judge === 'a@x.vn' ? { ...s, scores: { ...s.scores, TM: 9 } } : s));
    const changes = changesSinceAnnouncement(announced, computeResults({ config, entries, sheets: corrected }));
    expect(changes.filter((c) => c.entryCode === 'E1')).toEqual([
      { entryCode: 'E1', kind: 'changed', field: 'rank', announced: 1, now: 4 },
      { entryCode: 'E1', kind: 'changed', field: 'finalScore', announced: 84, now: 77.67 },
      { entryCode: 'E1', kind: 'changed', field: 'prize', announced: config.prizes.tiers[0].code, now: '' },
      { entryCode: 'E1', kind: 'changed', field: 'amount', announced: 2_000_000, now: 0 },
    ]);
    expect(changes.map((c) => c.entryCode)).toEqual(expect.arrayContaining(['E2', 'E3', 'E4']));
    expect(announced.entries.find((e) => e.code === 'E1')).toMatchObject({ rank: 1, amount: 2_000_000 });
  });

  it('notices an entry added or removed since the announcement', () => {
    const fewer = computeResults({ config, entries: entries.slice(0, 3), sheets: sheets() });
    expect(changesSinceAnnouncement(announced, fewer)).toContainEqual({ entryCode: 'E4', kind: 'removed' });
  });

  it('detects a hand edit of the stored announcement', () => {
    const edited = { ...announced, entries: announced.entries.map((e) => (e.code === 'E2' ? { ...e, amount: 2_000_000 } : e)) };
    expect(isIntact(edited)).toBe(false);
  });
});
