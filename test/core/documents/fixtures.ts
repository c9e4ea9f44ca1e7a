// Contests with results, as the documents see them: a configuration with its members, the register
// (received entries) and results computed from judges' sheets by the real computation.

import type { ContestConfig, EntrantKind, Member } from '../../../src/core/config/model';
import { presetById, type PresetId } from '../../../src/core/config/presets';
import type { DocumentFacts, ReceivedEntry } from '../../../src/core/documents/document-plan';
import type { Entry } from '../../../src/core/entry';
import { computeResults } from '../../../src/core/results/compute-results';
import type { BoardDecisions } from '../../../src/core/results/results-model';
import type { RoundId, ScoreSheet } from '../../../src/core/scoring/score-sheet';

export const JUDGES: Member[] = [
  { name: 'Lê Văn Bình', email: 'binh@x.vn', role: 'judge', unit: 'Sở Nội vụ', position: 'Phó Trưởng ban' },
  { name: 'Trần Thị Cúc', email: 'cuc@x.vn', role: 'judge', unit: 'Sở Tư pháp', position: 'Trưởng ban' },
  { name: 'Phạm Minh Đức', email: 'duc@x.vn', role: 'judge', unit: 'Sở Tài chính', position: 'Thành viên' },
];
export const BOARD_HEAD: Member = { name: 'Nguyễn Hoàng Anh', email: 'anh@x.vn', role: 'organisingBoard', unit: 'Sở Nội vụ', position: 'Giám đốc' };
export const SECRETARY: Member = { name: 'Võ Thị Hà', email: 'ha@x.vn', role: 'secretariat', unit: 'Sở Nội vụ', position: 'Chuyên viên' };

export interface EntrySpec {
  code: string;
  kind?: EntrantKind;
  title?: string;
  authors?: string;
  unit?: string;
  /** Each judge's points on the preliminary rubric (TM, KT, HQ, NR, TB). */
  preliminary: number[];
  /** Each judge's points on the defence rubric (TR, UD, TL), when it reaches the defence. */
  defence?: number[];
  /** Points per judge when they disagree: overrides `preliminary` for that judge index. */
  judgePoints?: Record<number, number[]>;
}

/**
 * Đakrông 2020's prizes over four entries: one judge scores DK2020-001 well below the others, and
 * the last two entries are equal on everything.
 */
export function dakrongTieSpecs(): EntrySpec[] {
  return [
    { code: 'DK2020-001', preliminary: [27, 22, 22, 9, 8], judgePoints: { 0: [22, 20, 22, 9, 8] } },
    { code: 'DK2020-002', preliminary: [26, 21, 21, 8, 8] },
    { code: 'DK2020-003', preliminary: [24, 20, 20, 8, 8] },
    { code: 'DK2020-004', preliminary: [24, 20, 20, 8, 8] },
  ];
}

export function contestConfig(id: PresetId, edit: (c: ContestConfig) => void = () => undefined): ContestConfig {
  const config = presetById(id).build();
  config.members = [BOARD_HEAD, ...JUDGES, SECRETARY];
  edit(config);
  return config;
}

function sheet(entryCode: string, judge: string, round: RoundId, points: readonly number[], codes: readonly string[]): ScoreSheet {
  return { entryCode, judge, round, scores: Object.fromEntries(codes.map((c, i) => [c, points[i]])) };
}

const PRELIMINARY_CODES = ['TM', 'KT', 'HQ', 'NR', 'TB'];
const DEFENCE_CODES = ['TR', 'UD', 'TL'];

export function received(spec: EntrySpec, config: ContestConfig, i: number): ReceivedEntry {
  return {
    code: spec.code,
    title: spec.title ?? `Sáng kiến số ${i + 1}`,
    authors: spec.authors ?? `Tác Giả Số${i + 1}`,
    unitName: spec.unit ?? config.units[i % config.units.length].name,
    categoryName: config.categories[i % config.categories.length].name,
    receivedAt: new Date(Date.UTC(config.identity.year, 6, 15, 2 + (i % 8), 30)),
  };
}

/** The facts for planDocuments: entries, sheets from every judge, results by computeResults. */
export function contestFacts(config: ContestConfig, specs: readonly EntrySpec[], decisions?: BoardDecisions, today = '2024-08-20'): DocumentFacts {
  const rows = specs.map((spec, i) => received(spec, config, i));
  const entries: Entry[] = specs.map((spec, i) => ({
    code: spec.code,
    title: rows[i].title,
    unitCode: config.units[i % config.units.length].code,
    categoryCode: config.categories[i % config.categories.length].code,
    kind: spec.kind ?? 'individual',
    submittedAt: rows[i].receivedAt.toISOString(),
  }));
  const sheets = specs.flatMap((spec) =>
    JUDGES.flatMap((judge, j) => {
      const own = [sheet(spec.code, judge.email, 'preliminary', spec.judgePoints?.[j] ?? spec.preliminary, PRELIMINARY_CODES)];
      if (spec.defence) own.push(sheet(spec.code, judge.email, 'defence', spec.defence, DEFENCE_CODES));
      return own;
    }),
  );
  return { config, results: computeResults({ config, entries, sheets, decisions }), received: rows, issued: {}, today };
}

/**
 * Hậu Giang 2024: twelve entries, the first ten reach the defence round, whose scores fall with the
 * entry number; six prizes (10, 7, 5 million and three times 3 million đồng).
 */
export function hauGiangSpecs(): EntrySpec[] {
  return Array.from({ length: 12 }, (_, i) => {
    const code = `HG2024-${String(i + 1).padStart(3, '0')}`;
    const spec: EntrySpec = { code, preliminary: [29 - i, 24, 24, 9, 9] };
    if (i < 10) spec.defence = [38 - i, 28, 28];
    if (i === 1) Object.assign(spec, { kind: 'collective', authors: 'Người Liên Hệ' });
    if (i === 2) Object.assign(spec, { kind: 'group', authors: 'Nguyễn Văn An; Trần Thị Bé; Lý Văn Cường' });
    return spec;
  });
}
