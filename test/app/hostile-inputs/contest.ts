// The contest every surface of the catalogue starts from: Hậu Giang 2024 completed so that
// "Kiểm tra cấu hình" finds nothing to say, so that whatever is said afterwards is about the case.

import type { ContestConfig } from '../../../src/core/config/model';
import { presetById } from '../../../src/core/config/presets';
import { DEMO_MEMBERS } from '../../../demo/fixtures';

export const SECRETARY = 'yen.nt@demo.example';
export const JUDGES = DEMO_MEMBERS.filter((m) => m.role === 'judge');

/**
 * Hậu Giang 2024 (its own units, which the demo members belong to) with the demo's people, the
 * plan's number and date filled in, a judging deadline, and Đakrông's length limits (articles of
 * 1,000–2,000 words, videos of 4–6 minutes) so that lengths are checked. Shared workbook: the
 * judges' tabs live in the contest workbook, protected, with the edit trigger.
 */
export function contestConfig(): ContestConfig {
  const base = presetById('hauGiang2024').build();
  return {
    ...base,
    identity: { ...base.identity, plan: { number: '612/KH-UBND', date: '2024-03-16' } },
    timeline: { ...base.timeline, judgingDeadline: '2024-09-30' },
    members: DEMO_MEMBERS,
    formats: [
      { format: 'article', limits: { min: 1000, max: 2000 } },
      { format: 'video', limits: { min: 4, max: 6 } },
    ],
    judging: { ...base.judging, mode: 'sharedWorkbook' },
  };
}
