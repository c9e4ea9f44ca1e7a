// A judge's scoring of one entry in one round (phiếu chấm điểm).

export type RoundId = 'preliminary' | 'defence';

export interface ScoreSheet {
  entryCode: string;
  /** The judge's e-mail, as in the Members sheet: it identifies the judge. */
  judge: string;
  round: RoundId;
  /** Points per criterion code of the round's rubric; null (or absent) is "not scored yet", never zero. */
  scores: Readonly<Record<string, number | null>>;
}
