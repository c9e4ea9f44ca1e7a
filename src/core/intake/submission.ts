// A submission as the intake rules see it: the form's answers read into typed fields, with every
// answer also kept exactly as given (raw), so nothing an entrant typed is ever lost.

import type { EntrantKind, EntryFormat } from '../config/model';

/** One author (tác giả / đồng tác giả). Names are split so official lists sort correctly. */
export interface Author {
  familyName: string;
  middleName: string;
  givenName: string;
  position: string;
  /** The author's unit as typed (free text: a co-author may belong to another unit). */
  unit: string;
  phone: string;
  email: string;
  /** Contribution in percent (tỷ lệ đóng góp); null when not given. */
  contribution: number | null;
}

export interface Submission {
  /** The Form's response id: the key that makes intake idempotent. */
  responseId: string;
  /** When Forms received it: an ISO 8601 instant. */
  receivedAt: string;
  /** The respondent's Google account e-mail when the form collects it, else ''. */
  respondentEmail: string;
  /** null when the answer is missing or not one of the contest's kinds. */
  kind: EntrantKind | null;
  /** In the order given; the first is the main author or the collective's contact. */
  authors: Author[];
  /** Code of the chosen unit (from the Units sheet), null when missing or unknown. */
  unitCode: string | null;
  categoryCode: string | null;
  title: string;
  format: EntryFormat | null;
  /** Words for an article, minutes for video and audio; null when not given or unreadable. */
  length: number | null;
  /** Tân An's part 1: current situation, difficulties, results so far. */
  situation: string;
  /** Tân An's part 2: the solution (content, documents, time, process, agencies) and expected effect. */
  solution: string;
  /** Hậu Giang's evidence: data, images, users' feedback. */
  evidence: string;
  /** A link to the material (a file upload needs respondents to sign in, so a link is offered too). */
  attachmentLink: string;
  /** Drive file ids of uploaded files, when the form has an upload question. */
  attachmentFileIds: string[];
  /** The originality declaration was ticked. */
  originalityDeclared: boolean;
  /** Every answer exactly as given, by question title. */
  raw: Record<string, string>;
}
