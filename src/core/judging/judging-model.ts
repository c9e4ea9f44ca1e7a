// The judging stage (chấm điểm): who scores which entry in which round, and what a judge declared.
// Judges are identified by their e-mail as written in the Members sheet, compared in lower case.

import type { RoundId } from '../scoring/score-sheet';

/** Why a judge scores an entry. */
export type AssignmentReason =
  /** The regular assignment: every judge, or k judges per entry with balanced loads. */
  | 'assigned'
  /** One more judge for an entry whose judges disagree beyond the escalation threshold. */
  | 'extra';

/** One judge scoring one entry in one round (phân công chấm). */
export interface Assignment {
  round: RoundId;
  entryCode: string;
  /** The judge's e-mail in lower case. */
  judge: string;
  reason: AssignmentReason;
}

/** Who declared that a judge must not score an entry (xung đột lợi ích). */
export type ConflictSource = 'secretariat' | 'judge';

export interface ConflictDeclaration {
  judge: string;
  entryCode: string;
  source: ConflictSource;
}

/** The key of a (round, entry, judge) triple: scores, assignments and declarations merge on it. */
export function pairKey(round: RoundId, entryCode: string, judge: string): string {
  return `${round}\u0000${entryCode}\u0000${judge.trim().toLowerCase()}`;
}

/** A judge's e-mail as the judging stage compares it. */
export function judgeKey(email: string): string {
  return email.trim().toLowerCase();
}
