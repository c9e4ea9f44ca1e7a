// The demo's printed summary of a contest configuration, in Vietnamese.

import type { ContestConfig, IsoDate } from '../src/core/config/model';
import { rubricMaximum } from '../src/core/config/model';
import type { Problem } from '../src/core/problem';
import { calendarDateOf, formatMoneyWithWords, shortDate } from '../src/core/vn';
import { describeProblem } from '../src/ui/messages/problems';
import { AWARD_KIND_WORDS, MEMBER_ROLE_WORDS, wordFor } from '../src/core/config/workbook-vocabulary';

function day(iso: IsoDate): string {
  const date = calendarDateOf(iso);
  return date ? shortDate(date) : iso;
}

export function contestSummary(config: ContestConfig, problems: readonly Problem[]): string {
  const { identity, timeline, prizes, rounds } = config;
  const lines = [`CUỘC THI: ${identity.title}`, `Cơ quan tổ chức: ${identity.organiser.name} (${identity.placeName})`];
  const intake = timeline.intake;
  lines.push(
    intake.mode === 'window'
      ? `Nhận bài: ${day(intake.opens)} – ${day(intake.closes)}`
      : `Nhận bài quanh năm; bài của cán bộ, công chức sau ngày ${intake.staffCutoff.day}/${intake.staffCutoff.month} tính cho năm sau`,
  );
  lines.push(`Lĩnh vực (${config.categories.length}): ${config.categories.map((c) => c.name).join('; ')}`);
  lines.push(`Đơn vị: ${config.units.length}`);
  const roles = (['organisingBoard', 'judge', 'secretariat'] as const).map(
    (role) => `${wordFor(MEMBER_ROLE_WORDS, role)} ${config.members.filter((m) => m.role === role).length}`,
  );
  lines.push(`Thành viên: ${roles.join(', ')}`);
  const rubric = rounds.preliminary.rubric;
  lines.push(
    `Tiêu chí vòng sơ khảo (${rubricMaximum(rubric)} điểm): ${rubric.criteria.map((c) => `${c.name} ${c.maxPoints}`).join('; ')}`,
  );
  if (rounds.defence) {
    const s = rounds.defence.shortlist;
    lines.push(`Vòng bảo vệ ý tưởng: ${s.mode === 'topN' ? `${s.count} bài điểm cao nhất` : `bài đạt từ ${s.score} điểm`}`);
  }
  lines.push('Giải thưởng:');
  let budget = 0;
  for (const tier of prizes.tiers) {
    const count = tier.count ?? 0;
    budget += count * tier.amount;
    const award = tier.award === 'none' ? '' : ` — ${wordFor(AWARD_KIND_WORDS, tier.award)} của ${tier.awardIssuer}`;
    lines.push(`  - ${tier.name}: ${tier.count ?? 'không giới hạn'} × ${formatMoneyWithWords(tier.amount)}${award}`);
  }
  lines.push(`Tổng tiền thưởng: ${formatMoneyWithWords(budget)}`);
  const errors = problems.filter((p) => p.severity === 'error');
  lines.push(`Kiểm tra cấu hình: ${errors.length} lỗi, ${problems.length - errors.length} điểm cần xem lại`);
  for (const p of problems) lines.push(`  ${p.severity === 'error' ? '✖' : '•'} ${describeProblem(p, 'vi')}`);
  return lines.join('\n');
}
