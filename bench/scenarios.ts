// The benchmark's contests: a district one (Đakrông 2020's plan, one round, 40 entries, five
// judges) and a province one (the 2026 Sở Nội vụ preset, 1,000 entries, fifteen judges, five
// criteria, a defence round for the top 30). The same province contest with 100 entries is a
// control: a step whose calls do not change between the two does not grow with entries. All keep
// their preset's rule that every judge scores every entry of a round, the seed plans' practice
// (src/core/config/presets.ts).

import type { ContestConfig, Member, Unit } from '../src/core/config/model';
import { presetById } from '../src/core/config/presets';

export interface Scenario {
  name: string;
  config: ContestConfig;
  entries: number;
  judges: string[];
  secretary: string;
  /** When the secretariat starts the measured steps: intake closed, judging not yet due. */
  startTime: Date;
  /** When the submissions arrive: from the opening day, one every `spacingMs`. */
  firstSubmission: Date;
  spacingMs: number;
}

const SECRETARY = 'thuky@bench.example';

function judgesOf(count: number): Member[] {
  // Judges come from bodies that send no entries, so "every judge scores every entry" holds for all.
  return Array.from({ length: count }, (_, i) => ({
    name: `Giám khảo ${String(i + 1).padStart(2, '0')}`,
    email: `giamkhao${String(i + 1).padStart(2, '0')}@bench.example`,
    role: 'judge',
    unit: 'Hội đồng giám khảo',
    position: 'Thành viên Ban Giám khảo',
  }));
}

function secretariat(): Member {
  return { name: 'Thư ký cuộc thi', email: SECRETARY, role: 'secretariat', unit: 'Sở Nội vụ', position: 'Chuyên viên' };
}

/** Đakrông 2020: a district contest of one round; five judges. */
export function districtScenario(): Scenario {
  const base = presetById('dakrong2020').build();
  const judges = judgesOf(5);
  return {
    name: 'district',
    config: { ...base, members: [...judges, secretariat()] },
    entries: 40,
    judges: judges.map((j) => j.email),
    secretary: SECRETARY,
    startTime: new Date('2020-09-16T01:00:00Z'),
    firstSubmission: new Date('2020-09-01T01:00:00Z'),
    spacingMs: 8 * 3_600_000,
  };
}

/** The units of a city after 01/07/2025: its departments and some wards and communes (bench data). */
const PROVINCE_UNITS: Unit[] = [
  { code: 'SNV', name: 'Sở Nội vụ' },
  { code: 'STC', name: 'Sở Tài chính' },
  { code: 'STP', name: 'Sở Tư pháp' },
  { code: 'VPUB', name: 'Văn phòng UBND thành phố' },
  { code: 'SYT', name: 'Sở Y tế' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo' },
  { code: 'SXD', name: 'Sở Xây dựng' },
  { code: 'SCT', name: 'Sở Công Thương' },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' },
  { code: 'SDTTG', name: 'Sở Dân tộc và Tôn giáo' },
  { code: 'TTTP', name: 'Thanh tra thành phố' },
  { code: 'PNK', name: 'UBND phường Ninh Kiều' },
  { code: 'PCR', name: 'UBND phường Cái Răng' },
  { code: 'PBT', name: 'UBND phường Bình Thủy' },
  { code: 'POM', name: 'UBND phường Ô Môn' },
  { code: 'PTN', name: 'UBND phường Thốt Nốt' },
  { code: 'XPD', name: 'UBND xã Phong Điền' },
  { code: 'XTL', name: 'UBND xã Thới Lai' },
];

/** The 2026 province preset with twenty units, fifteen judges and a defence round for the top 30. */
export function provinceScenario(entries: number): Scenario {
  const base = presetById('province2026').build();
  const judges = judgesOf(15);
  const defence = base.rounds.defence!;
  return {
    name: entries === 1_000 ? 'province' : `province-${entries}`,
    config: {
      ...base,
      units: PROVINCE_UNITS,
      members: [...judges, secretariat()],
      rounds: { ...base.rounds, defence: { ...defence, shortlist: { mode: 'topN', count: 30 } } },
    },
    entries,
    judges: judges.map((j) => j.email),
    secretary: SECRETARY,
    startTime: new Date('2026-09-05T01:00:00Z'),
    firstSubmission: new Date('2026-06-01T01:00:00Z'),
    spacingMs: 2 * 3_600_000,
  };
}
