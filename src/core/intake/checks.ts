// The intake rules: what the secretariat checks when an entry arrives, taken from the seed plans
// (shared/seeds/). A check never rejects anything: it returns the entry's status and every reason
// as a code with parameters, and the entry is stored with them (DESIGN.md §6). Near-duplicates
// need the other entries and are found by near-duplicates.ts.

import type { ContestConfig, EntrantKind, EntryFormat, IsoDate } from '../config/model';
import { ENTRANT_KIND_WORDS, ENTRY_FORMAT_WORDS, wordFor } from '../config/workbook-vocabulary';
import { calendarDateOf, dateInTimeZone, VIETNAM_TIME_ZONE, type CalendarDate } from '../vn/dates';
import { joinFullName } from '../vn/names';
import { foldForMatching, tidy } from '../vn/text';
import { normaliseEmail, normaliseName } from './author-fields';
import { buildFormSpec, type QuestionKey } from './form-spec';
import type { Author, Submission } from './submission';

export type IntakeStatus = 'valid' | 'review' | 'invalid';

export const INTAKE_REASON_CODES = [
  'missingField',
  'unknownKind',
  'unknownUnit',
  'unknownCategory',
  'unknownFormat',
  'groupTooLarge',
  'groupHasOneAuthor',
  'individualHasCoAuthors',
  'contributionMissing',
  'contributionUnreadable',
  'contributionNotPositive',
  'contributionsNot100',
  'excludedMember',
  'receivedAtUnreadable',
  'receivedBeforeWindow',
  'receivedAfterWindow',
  'countsForNextYear',
  'countsForOtherYear',
  'lengthMissing',
  'lengthUnreadable',
  'lengthOutOfRange',
  'originalityNotDeclared',
  'nearDuplicate',
] as const;
export type IntakeReasonCode = (typeof INTAKE_REASON_CODES)[number];

/** The fields missingField names (param field): the form's required questions and the parts of an author's name. */
export const REQUIRED_FIELDS = ['kind', 'authors', 'familyName', 'givenName', 'unit', 'category', 'title', 'format'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

export interface IntakeReason {
  code: IntakeReasonCode;
  status: 'review' | 'invalid';
  /**
   * What the sentence needs. Days are 'YYYY-MM-DD' in Vietnam; authors are 1-based positions with
   * their name; kinds, formats and roles are machine values (EntrantKind, EntryFormat, MemberRole).
   * nearDuplicate (added by intake after comparing texts): match (the other entry's code) and
   * similarity (percent).
   */
  params: Record<string, string | number>;
}

export interface IntakeCheck {
  /** The worst of its reasons; 'valid' when none. */
  status: IntakeStatus;
  reasons: IntakeReason[];
  /**
   * The contest year the entry counts for: the contest's year in window mode; in rolling mode
   * (Tân An) staff entries received after the cut-off day count for the next year, citizens' and
   * businesses' in the year received.
   */
  countsForYear: number;
}

/** The worst status among reasons: any invalid makes the entry invalid, else any reason asks for review. */
export function worstStatus(reasons: readonly IntakeReason[]): IntakeStatus {
  if (reasons.some((r) => r.status === 'invalid')) return 'invalid';
  return reasons.length > 0 ? 'review' : 'valid';
}

type Add = (code: IntakeReasonCode, status: IntakeReason['status'], params?: IntakeReason['params']) => void;

function missing(add: Add, field: RequiredField, status: IntakeReason['status'] = 'invalid', more: IntakeReason['params'] = {}): void {
  add('missingField', status, { field, ...more });
}

/** An answer exactly as typed, by the form question that collects it ('' when not answered). */
type AnswerOf = (key: QuestionKey) => string;

function authorName(author: Author): string {
  return normaliseName(joinFullName({ family: author.familyName, middle: author.middleName, given: author.givenName }));
}

/** Which author, for a sentence: their place in the list (from 1) and name (e-mail when no name was given). */
function authorParams(author: Author, index: number): IntakeReason['params'] {
  return { author: index + 1, name: authorName(author) || normaliseEmail(author.email) };
}

/**
 * Required answers: who enters, their unit, the content area, the title and the form of the entry
 * (Hậu Giang §II–III, Đakrông §II–III, Phú Tân, Tân An §II). The form marks these questions
 * required, so a gap means a form edited after it was built or a blank trigger event. An answer
 * given but not on the contest's lists is "unknown", told apart from a blank one.
 */
function checkRequired(s: Submission, config: ContestConfig, answerOf: AnswerOf, add: Add): void {
  if (s.kind === null) {
    const typed = tidy(answerOf('kind'));
    if (typed === '') missing(add, 'kind');
    else add('unknownKind', 'invalid', { value: typed });
  } else if (!config.entrants.kinds.includes(s.kind)) {
    add('unknownKind', 'invalid', { value: wordFor(ENTRANT_KIND_WORDS, s.kind), kind: s.kind });
  }
  checkAuthorNames(s, add);
  checkListed('unit', s.unitCode, config.units, answerOf('unit'), 'unknownUnit', add);
  if (config.categories.length > 0) checkListed('category', s.categoryCode, config.categories, answerOf('category'), 'unknownCategory', add);
  if (tidy(s.title) === '') missing(add, 'title');
  if (s.format === null) {
    const typed = tidy(answerOf('format'));
    if (typed === '') missing(add, 'format');
    else add('unknownFormat', 'invalid', { value: typed });
  } else if (!config.formats.some((f) => f.format === s.format)) {
    add('unknownFormat', 'invalid', { value: wordFor(ENTRY_FORMAT_WORDS, s.format), format: s.format });
  }
}

/**
 * At least one author with a family and a given name: award decisions and certificates print the
 * full name (Đakrông asks for it on the cover of every article). A co-author with part of the name
 * missing only asks for review once some author is complete.
 */
function checkAuthorNames(s: Submission, add: Add): void {
  if (s.authors.length === 0) {
    missing(add, 'authors');
    return;
  }
  const complete = (a: Author): boolean => tidy(a.familyName) !== '' && tidy(a.givenName) !== '';
  const status = s.authors.some(complete) ? 'review' : 'invalid';
  s.authors.forEach((author, i) => {
    for (const field of ['familyName', 'givenName'] as const) {
      if (tidy(author[field]) === '') missing(add, field, status, authorParams(author, i));
    }
  });
}

function checkListed(
  field: 'unit' | 'category',
  code: string | null,
  list: readonly { code: string }[],
  typed: string,
  unknown: 'unknownUnit' | 'unknownCategory',
  add: Add,
): void {
  if (code !== null && list.some((x) => x.code === code)) return;
  const value = code ?? tidy(typed);
  if (value === '') missing(add, field);
  else add(unknown, 'invalid', { value });
}

/**
 * Who may enter and how many authors (Hậu Giang: cá nhân, nhóm tác giả "không quá 4 người/nhóm",
 * tập thể cơ quan; Đakrông: individual prizes only; Phú Tân: "cá nhân hoặc nhóm tác giả").
 * A group's contributions must be given for each author, be positive and add up to 100% (the
 * co-author percentages peer tools are asked for, DESIGN.md §5b); no plan makes them a condition of
 * entry, so gaps ask for review.
 */
function checkAuthors(s: Submission, config: ContestConfig, add: Add): void {
  const count = s.authors.length;
  if (s.kind === 'group') {
    const max = config.entrants.maxGroupSize;
    if (max !== undefined && count > max) add('groupTooLarge', 'invalid', { count, max });
    if (count === 1) add('groupHasOneAuthor', 'review', authorParams(s.authors[0], 0));
    if (count >= 2) checkContributions(s.authors, add);
  }
  if (s.kind === 'individual' && count > 1) add('individualHasCoAuthors', 'review', { count, groupsAllowed: config.entrants.kinds.includes('group') ? 1 : 0 });
}

/** Contributions are percentages; a sum within this of 100 is 100 (33,33 + 33,33 + 33,34). */
const CONTRIBUTION_TOLERANCE = 0.01;

function checkContributions(authors: readonly Author[], add: Add): void {
  let readable = true;
  authors.forEach((author, i) => {
    const c = author.contribution;
    if (c === null) add('contributionMissing', 'review', authorParams(author, i));
    else if (Number.isNaN(c)) add('contributionUnreadable', 'review', authorParams(author, i));
    else if (c <= 0) add('contributionNotPositive', 'review', { ...authorParams(author, i), value: c });
    if (c === null || !Number.isFinite(c)) readable = false;
  });
  if (!readable) return;
  const total = authors.reduce((sum, a) => sum + (a.contribution ?? 0), 0);
  if (Math.abs(total - 100) > CONTRIBUTION_TOLERANCE) add('contributionsNot100', 'review', { total: Math.round(total * 100) / 100 });
}

/**
 * Members of the organising board, the judges and the secretariat may not enter (all five plans:
 * "trừ thành viên Ban Tổ chức, Ban Giám khảo, Tổ giúp việc"). An author whose e-mail is a member's
 * makes the entry invalid. A name alone may be a namesake, and the respondent's account may be the
 * secretariat typing in a paper entry (Tân An and Đakrông receive entries on paper), so those
 * matches ask for review. Names match without diacritics or case ("Nguyen Van An").
 */
function checkEligibility(s: Submission, config: ContestConfig, add: Add): void {
  const excluded = config.members.filter((m) => config.eligibility.excludedRoles.includes(m.role));
  for (const member of excluded) {
    const email = normaliseEmail(member.email);
    const name = foldForMatching(member.name);
    const sameEmail = (e: string): boolean => email !== '' && normaliseEmail(e) === email;
    const sameName = (a: Author): boolean => name !== '' && foldForMatching(authorName(a)) === name;
    const byRole = { member: tidy(member.name), role: member.role };
    const authorByEmail = s.authors.findIndex((a) => sameEmail(a.email));
    const authorByName = s.authors.findIndex(sameName);
    if (authorByEmail >= 0) {
      add('excludedMember', 'invalid', { ...byRole, matchedBy: 'email', who: 'author', ...authorParams(s.authors[authorByEmail], authorByEmail) });
    } else if (sameEmail(s.respondentEmail)) {
      add('excludedMember', 'review', { ...byRole, matchedBy: 'email', who: 'respondent', email: normaliseEmail(s.respondentEmail) });
    } else if (authorByName >= 0) {
      add('excludedMember', 'review', { ...byRole, matchedBy: 'name', who: 'author', ...authorParams(s.authors[authorByName], authorByName) });
    }
  }
}

const dayNumber = (d: CalendarDate): number => d.year * 10_000 + d.month * 100 + d.day;
const isoDay = (d: CalendarDate): IsoDate => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Citizens, organisations and businesses count when received (Tân An: "tính tại thời điểm tiếp nhận"). */
const NON_STAFF_KINDS: readonly EntrantKind[] = ['citizen', 'business'];

/**
 * When it was received, as the organiser's calendar day in Vietnam (a 23:30 UTC submission is
 * already the next day there). Window mode (Hậu Giang "đến hết ngày 16 tháng 8 năm 2024",
 * Đakrông, Phú Tân): before the window or after it asks for review; a late entry is recorded, never
 * dropped (DESIGN.md §2). Rolling mode (Tân An): staff entries received after the cut-off day
 * ("tiếp nhận sau ngày 31/10 thì được tính cho năm sau") count for the next year; an entry whose
 * kind is unknown is taken as staff, the stricter reading. Returns the year the entry counts for.
 */
function checkTiming(s: Submission, config: ContestConfig, add: Add): number {
  const contestYear = config.identity.year;
  const instant = new Date(s.receivedAt);
  if (Number.isNaN(instant.getTime())) {
    add('receivedAtUnreadable', 'review', { value: s.receivedAt });
    return contestYear;
  }
  const day = dateInTimeZone(instant, VIETNAM_TIME_ZONE);
  const intake = config.timeline.intake;
  if (intake.mode === 'window') {
    const opens = calendarDateOf(intake.opens);
    const closes = calendarDateOf(intake.closes);
    if (opens && dayNumber(day) < dayNumber(opens)) add('receivedBeforeWindow', 'review', { received: isoDay(day), opens: intake.opens });
    if (closes && dayNumber(day) > dayNumber(closes)) add('receivedAfterWindow', 'review', { received: isoDay(day), closes: intake.closes });
    return contestYear;
  }
  const { month, day: cutoffDay } = intake.staffCutoff;
  const staff = s.kind === null || !NON_STAFF_KINDS.includes(s.kind);
  const afterCutoff = staff && day.month * 100 + day.day > month * 100 + cutoffDay;
  const year = afterCutoff ? day.year + 1 : day.year;
  if (year !== contestYear) {
    if (afterCutoff) add('countsForNextYear', 'review', { received: isoDay(day), year, cutoffDay, cutoffMonth: month });
    else add('countsForOtherYear', 'review', { received: isoDay(day), year, contestYear });
  }
  return year;
}

/**
 * Length limits of the chosen form (Đakrông: articles of 1,000–2,000 words, videos of 4–6
 * minutes). Only a form with limits is checked; a length not stated, unreadable or outside them
 * asks the secretariat to measure the entry itself.
 */
function checkLength(s: Submission, config: ContestConfig, answerOf: AnswerOf, add: Add): void {
  const format: EntryFormat | null = s.format;
  const limits = config.formats.find((f) => f.format === format)?.limits;
  if (format === null || limits === undefined) return;
  const { min, max } = limits;
  if (s.length === null) add('lengthMissing', 'review', { format, min, max });
  else if (Number.isNaN(s.length)) add('lengthUnreadable', 'review', { format, value: tidy(answerOf('length')), min, max });
  else if (s.length < min || s.length > max) add('lengthOutOfRange', 'review', { format, length: s.length, min, max });
}

/**
 * The originality declaration (Đakrông: "không được sao chép"; Hậu Giang: "chưa từng công bố",
 * "không được trùng lặp ý tưởng" with ideas applied in the province).
 */
function checkOriginality(s: Submission, add: Add): void {
  if (!s.originalityDeclared) add('originalityNotDeclared', 'invalid');
}

/**
 * All rules except near-duplicates (those need the other entries: see near-duplicates.ts), in the
 * contest's time zone Asia/Ho_Chi_Minh for dates. Reasons come in the order of the form.
 */
export function checkSubmission(submission: Submission, config: ContestConfig): IntakeCheck {
  const reasons: IntakeReason[] = [];
  const add: Add = (code, status, params = {}) => reasons.push({ code, status, params });
  const titles = new Map(buildFormSpec(config).questions.map((q) => [q.key, q.title]));
  const answerOf: AnswerOf = (key) => submission.raw[titles.get(key) ?? ''] ?? '';
  checkRequired(submission, config, answerOf, add);
  checkAuthors(submission, config, add);
  checkEligibility(submission, config, add);
  const countsForYear = checkTiming(submission, config, add);
  checkLength(submission, config, answerOf, add);
  checkOriginality(submission, add);
  return { status: worstStatus(reasons), reasons, countsForYear };
}
