// After the contest: recognised initiatives (sáng kiến được công nhận) and their replication
// (nhân rộng) to other agencies. BR-VT 2022 (seeds/br-vt-2022-replication.txt) assigns recognised
// models to agencies to apply and has the Home Affairs department follow "who has applied what";
// Tân An 2024 collects initiatives all year and counts each in a year by the cut-off rule. These
// are the shapes every replication module shares; the sheets' layouts are in the *-sheet.ts files.

import type { IsoDate } from '../config/model';

/** How far an agency is with an initiative it was asked to apply. */
export type ReplicationStatus = 'notStarted' | 'applying' | 'applied' | 'notSuitable';

export const REPLICATION_STATUSES: readonly ReplicationStatus[] = ['notStarted', 'applying', 'applied', 'notSuitable'];

/** The status as the sheets and the status form write it (always Vietnamese: they are the contest's records). */
export const REPLICATION_STATUS_WORDS: Readonly<Record<ReplicationStatus, string>> = {
  notStarted: 'Chưa triển khai',
  applying: 'Đang áp dụng',
  applied: 'Đã áp dụng',
  notSuitable: 'Không phù hợp',
};

/** Where a recognised initiative came from: this contest's prize list, or typed by the secretariat. */
export type InitiativeSource = 'contest' | 'manual';

/** A row of the register of recognised initiatives. */
export interface Initiative {
  /** Its code in the register; a winner keeps its entry code ("HG2024-003"). */
  code: string;
  title: string;
  /** The unit that owns it (đơn vị chủ trì), as a name. */
  ownerUnit: string;
  /** Its content area, as a name. */
  category: string;
  /** A few sentences on what it is. */
  summary: string;
  /** The decision that recognised it, as written: "Quyết định số 125/QĐ-UBND ngày 20/9/2024 của Chủ tịch UBND tỉnh". */
  decision: string;
  /** The year it is counted in (the entry's "Tính cho năm" for an entry); null when not known. */
  year: number | null;
  source: InitiativeSource;
  /** The entry it came from, '' for one that did not come through the contest's form. */
  entryCode: string;
  /** The prize it won ("Giải Nhất"), '' when none. */
  prize: string;
}

/** An agency that may be asked to apply initiatives, with the addresses that report for it. */
export interface Agency {
  code: string;
  name: string;
  /** Contact addresses (đầu mối), lower-cased; reminders go to them, and only they may report for the agency when set. */
  emails: string[];
}

/** One agency asked to apply one initiative, and where it stands. */
export interface Assignment {
  initiativeCode: string;
  agencyCode: string;
  due: IsoDate | null;
  status: ReplicationStatus;
  /** What the agency reported as evidence (results, figures, a link to its implementing paper). */
  evidence: string;
  /** When the status last changed: a report's timestamp, or what the secretariat typed. */
  updatedAt: Date | null;
  /** Who reported it: the respondent's address, or what the secretariat typed. */
  reportedBy: string;
  /** The status form response last applied to this row ('' when none): a response is applied once. */
  responseId: string;
  /** The secretariat's note, kept as typed. */
  note: string;
  /** The pair is no longer in the plan but has progress, so it is kept (and shown as such). */
  droppedFromPlan: boolean;
}

/** A response of the status form, read into codes. */
export interface StatusReport {
  responseId: string;
  timestamp: Date;
  respondentEmail: string;
  agencyCode: string;
  initiativeCode: string;
  status: ReplicationStatus | null;
  evidence: string;
  /** Who the respondent says they are (name, position, phone), '' when not given. */
  reporter: string;
}
