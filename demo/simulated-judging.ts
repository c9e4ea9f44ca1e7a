// Simulated entries and judges for the demo and the benchmark: every entry has a hidden quality,
// and each judge scores it through their own habit. Deterministic (seeded), so every run of
// `npm start` publishes the same results.

import type { ContestConfig, Criterion, EntrantKind, Rubric } from '../src/core/config/model';
import type { Entry } from '../src/core/entry';
import type { RoundId, ScoreSheet } from '../src/core/scoring/score-sheet';

/** mulberry32: a small seeded generator, enough for repeatable test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a simulated judge scores. */
export interface JudgeHabit {
  judge: string;
  /** Added to every criterion, as a share of its maximum (a lenient judge +0.05, a harsh one −0.05). */
  bias: number;
  /** Share of entries whose sheet this judge leaves with a blank criterion. */
  gaps: number;
  /** Share of entries this judge scores far from the others (a discrepancy to resolve). */
  outliers: number;
}

export const ordinaryJudge = (judge: string): JudgeHabit => ({ judge, bias: 0, gaps: 0, outliers: 0 });

const TITLES = [
  'Số hóa hồ sơ một cửa bằng mã QR',
  'Tổ công nghệ số cộng đồng hướng dẫn dịch vụ công trực tuyến',
  'Chatbot trả lời thủ tục hành chính',
  'Phiếu đánh giá sự hài lòng điện tử tại bộ phận một cửa',
  'Bản đồ số các điểm tiếp nhận hồ sơ',
  'Nhắc hạn giải quyết hồ sơ qua Zalo',
  'Ký số văn bản đi trong toàn cơ quan',
  'Sổ tay thủ tục hành chính bằng hình ảnh',
  'Một cửa liên thông đất đai cấp xã',
  'Họp không giấy tờ tại UBND',
];

export interface SimulatedContest {
  entries: Entry[];
  /** Hidden quality of each entry, 0..1, by code. */
  quality: Map<string, number>;
}

/** A hidden quality for each of the given entries (0.45..0.95). */
export function withQuality(entries: readonly Entry[], seed = 2024): SimulatedContest {
  const random = seededRandom(seed);
  return { entries: [...entries], quality: new Map(entries.map((e) => [e.code, 0.45 + 0.5 * random()])) };
}

/** `count` entries spread over the contest's units, categories and entrant kinds. */
export function simulateEntries(config: ContestConfig, count: number, seed = 2024): SimulatedContest {
  const random = seededRandom(seed);
  const units = config.units.length > 0 ? config.units : [{ code: 'DV', name: 'Đơn vị' }];
  const kinds: EntrantKind[] = config.entrants.kinds.length > 0 ? config.entrants.kinds : ['individual'];
  const opens = Date.parse(config.timeline.intake.mode === 'window' ? `${config.timeline.intake.opens}T08:00:00+07:00` : `${config.identity.year}-01-02T08:00:00+07:00`);
  const entries: Entry[] = [];
  const quality = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const code = `${config.identity.code}-${String(i + 1).padStart(count >= 1000 ? 5 : 3, '0')}`;
    entries.push({
      code,
      title: `${TITLES[i % TITLES.length]} (${units[i % units.length].name})`,
      unitCode: units[i % units.length].code,
      categoryCode: config.categories[i % Math.max(1, config.categories.length)]?.code ?? '',
      kind: kinds[i % kinds.length],
      // One entry every ~97 minutes from the opening day, in the organiser's time zone.
      submittedAt: new Date(opens + i * 97 * 60_000).toISOString(),
    });
    quality.set(code, 0.45 + 0.5 * random());
  }
  return { entries, quality };
}

function onStep(value: number, c: Criterion): number {
  const stepped = Math.round(value / c.step) * c.step;
  return Math.min(c.maxPoints, Math.max(0, Number(stepped.toFixed(6))));
}

/** Every judge scores every given entry in the round, each through their habit. */
export function simulateSheets(
  contest: SimulatedContest,
  entryCodes: readonly string[],
  rubric: Rubric,
  round: RoundId,
  habits: readonly JudgeHabit[],
  seed = 7,
): ScoreSheet[] {
  const random = seededRandom(seed);
  const sheets: ScoreSheet[] = [];
  for (const code of entryCodes) {
    const q = contest.quality.get(code) ?? 0.5;
    for (const habit of habits) {
      const outlier = random() < habit.outliers ? (random() < 0.5 ? -0.25 : 0.25) : 0;
      const gap = random() < habit.gaps ? rubric.criteria[Math.floor(random() * rubric.criteria.length)].code : null;
      const scores: Record<string, number | null> = {};
      for (const c of rubric.criteria) {
        const noise = (random() - 0.5) * 0.06;
        scores[c.code] = c.code === gap ? null : onStep((q + habit.bias + outlier + noise) * c.maxPoints, c);
      }
      sheets.push({ entryCode: code, judge: habit.judge, round, scores });
    }
  }
  return sheets;
}
