// An entry (bài dự thi) as the rules engine sees it. Intake (issue 4) adds authors and checks.

import type { EntrantKind } from './config/model';

export interface Entry {
  /** Unique entry code, e.g. "HG2024-007". */
  code: string;
  title: string;
  /** Code of the unit (cơ quan, đơn vị) the entry comes from. */
  unitCode: string;
  categoryCode: string;
  kind: EntrantKind;
  /** When it was received: an ISO 8601 instant with its offset, e.g. "2024-07-15T09:30:00+07:00". */
  submittedAt: string;
}
