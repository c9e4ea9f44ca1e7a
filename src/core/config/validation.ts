// Validation of a contest configuration: the checks a secretariat makes on a plan before issuing it.
// Every problem is returned at once, as an error (blocks) or a warning (shown, does not block),
// with a code and parameters; the words live in the UI's message catalog (src/ui/messages).

import type { FieldRef, Problem, Severity } from '../problem';
import { daysInMonth, isIsoDate } from '../vn/dates';
import {
  rubricMaximum,
  type ContestConfig,
  type IsoDate,
  type Member,
  type Rounds,
  type Rubric,
} from './model';
import { isOnStep } from '../scoring/score-value';

export const VALIDATION_PROBLEM_CODES = [
  // Text, codes and identity
  'required',
  'contestCodeFormat',
  'codeFormat',
  'yearInvalid',
  'planNumberMissing',
  'planDateMissing',
  'districtLevelObsolete',
  // Dates
  'dateInvalid',
  'intakeClosesBeforeOpens',
  'planDateAfterIntakeOpens',
  'judgingBeforeIntakeCloses',
  'awardBeforeJudging',
  'awardBeforeIntakeCloses',
  'unitDeadlineOutsideWindow',
  'cutoffInvalid',
  'yearMismatch',
  // Lists
  'categoriesEmpty',
  'duplicateCode',
  'duplicateName',
  'entrantKindsEmpty',
  'duplicateEntrantKind',
  'groupSizeTooSmall',
  'groupSizeUnused',
  'noExclusions',
  'duplicateExcludedRole',
  // Members and units
  'emailInvalid',
  'emailMissing',
  'duplicateEmail',
  'judgeInSecretariat',
  'memberUnitUnknown',
  'unitQuotaInvalid',
  'unitsMissing',
  // Formats
  'formatsEmpty',
  'duplicateFormat',
  'limitNegative',
  'limitsInverted',
  // Rubrics and rounds
  'rubricEmpty',
  'maxPointsNotPositive',
  'weightNotPositive',
  'stepNotPositive',
  'maxPointsNotMultipleOfStep',
  'shortlistCountInvalid',
  'shortlistScoreOutOfRange',
  'shortlistSmallerThanPrizes',
  'finalWeightNegative',
  'finalWeightsBothZero',
  // Scoring
  'trimMinJudgesInvalid',
  'minJudgesInvalid',
  'decimalsInvalid',
  'discrepancyThresholdInvalid',
  'discrepancyPercentOver100',
  'discrepancyThresholdsInverted',
  'tieBreakCriterionUnknown',
  'tieBreakDefenceWithoutRound',
  'tieBreakRepeated',
  'minJudgesAboveJudges',
  'trimmedMeanTooFewJudges',
  // Judging
  'judgesPerEntryInvalid',
  'judgesPerEntryAboveJudges',
  'judgesPerEntryBelowMinJudges',
  'defenceJudgesWithoutRound',
  'reminderDaysInvalid',
  'remindersWithoutDeadline',
  'lockWithoutDeadline',
  // Prizes
  'tiersEmpty',
  'countNotPositiveInteger',
  'tierNeedsCountOrMinScore',
  'amountInvalid',
  'amountZero',
  'minScoreOutOfRange',
  'minScoreIncreasing',
  'awardIssuerMissing',
  'budgetCapInvalid',
  'budgetExceeded',
  'budgetOpenEnded',
  'prizeLimitInvalid',
  'maxPerCategoryUnused',
  // Documents
  'legalBasesEmpty',
  'validityInverted',
  'legalBasisNotYetInForce',
  'legalBasisExpired',
  'recipientsEmpty',
  'signerPositionMissing',
  'signerNameMissing',
] as const;
export type ValidationProblemCode = (typeof VALIDATION_PROBLEM_CODES)[number];

/** Sections of the configuration a problem can point at: the UI labels each one. */
export const CONFIG_SECTIONS = [
  'identity',
  'timeline',
  'categories',
  'entrants',
  'eligibility',
  'members',
  'units',
  'unitRules',
  'formats',
  'preliminaryRubric',
  'defenceRubric',
  'defence',
  'scoring',
  'judging',
  'prizes',
  'legalBases',
  'recipients',
  'signer',
] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

/** Fields a problem can point at, across sections: the UI labels each one. */
export const CONFIG_FIELD_KEYS = [
  'contestCode', 'contestTitle', 'parentBody', 'organiserName', 'symbol', 'level', 'planNumber', 'planDate',
  'year', 'placeName',
  'intakeMode', 'opens', 'closes', 'staffCutoff', 'unitDeadline', 'judgingDeadline', 'awardDate',
  'list', 'code', 'name', 'fullName', 'email', 'role', 'unit', 'position',
  'kinds', 'maxGroupSize', 'excludedRoles', 'minEntriesPerUnit', 'preScreening',
  'format', 'min', 'max',
  'round', 'maxPoints', 'weight', 'step', 'description',
  'enabled', 'shortlistMode', 'shortlistCount', 'shortlistScore', 'finalMode', 'preliminaryWeight', 'defenceWeight',
  'aggregation', 'trimMinJudges', 'minJudges', 'decimals', 'discrepancyUnit', 'discrepancyReview', 'discrepancyEscalate', 'tieBreaks',
  'judgingMode', 'judgesPerEntry', 'defenceJudgesPerEntry', 'extraJudgeOnEscalation', 'lockAtDeadline', 'reminderDaysBefore',
  'scope', 'specialPrizeAllowed', 'budgetCap', 'vacancy', 'boundaryTie', 'maxPerUnit', 'maxPerCategory',
  'award', 'awardIssuer', 'count', 'amount', 'minScore', 'gift',
  'documentKind', 'text', 'validFrom', 'validUntil',
  'onBehalfOf', 'signingMode', 'headTitle', 'signerName',
] as const;
export type ConfigFieldKey = (typeof CONFIG_FIELD_KEYS)[number];

/** The lists of a configuration, by their path; an unnamed item is shown by its row in the list. */
export type ListPath =
  | 'categories'
  | 'units'
  | 'members'
  | 'formats'
  | 'rounds.preliminary.rubric.criteria'
  | 'rounds.defence.rubric.criteria'
  | 'prizes.tiers'
  | 'documents.legalBases'
  | 'documents.recipients';

export interface ValidationOptions {
  /**
   * The row number a person sees for a list item. The sheet codec passes the item's row in its
   * sheet so that "dòng 5" means row 5 there; by default it is the item's 1-based position.
   */
  rowOf?: (list: ListPath, index: number) => number;
}

export function fieldRef(section: ConfigSection, key: ConfigFieldKey, item?: string): FieldRef {
  return item === undefined ? { section, key } : { section, item, key };
}


/** A day and month that exist every year: 31/2 never does, and 29/2 is missing three years in four. */
function isYearlyDay(day: number, month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(2001, month);
}

/** Names compared as a person reads them: same letters and diacritics, whatever the case or spacing. */
function sameNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

// Entry codes are built on the contest code ("HG2024-007") and go into file names and URLs.
const CONTEST_CODE = /^[A-Za-z0-9]{2,12}$/;
/** List codes become column headers and keys in other sheets: no spaces, nothing a sheet could parse. */
export const LIST_CODE = /^[\p{L}\p{N}_.-]{1,20}$/u;

function isEmail(value: string): boolean {
  if (value.length > 254) return false;
  const parts = value.split('@');
  if (parts.length !== 2) return false;
  const [local, domain] = parts;
  if (!/^[A-Za-z0-9._%+-]{1,64}$/.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return false;
  }
  const labels = domain.split('.');
  return (
    labels.length >= 2 &&
    labels.every((l) => /^[A-Za-z0-9-]{1,63}$/.test(l) && !l.startsWith('-') && !l.endsWith('-')) &&
    /^[A-Za-z]{2,}$/.test(labels[labels.length - 1])
  );
}

type Params = Problem['params'];

class Problems {
  readonly list: Problem[] = [];

  constructor(private readonly rowOf: (list: ListPath, index: number) => number) {}

  private add(severity: Severity, code: ValidationProblemCode, path: string, field: FieldRef, params: Params = {}): void {
    this.list.push({ code, severity, path, field, params });
  }

  error(code: ValidationProblemCode, path: string, field: FieldRef, params?: Params): void {
    this.add('error', code, path, field, params);
  }

  warning(code: ValidationProblemCode, path: string, field: FieldRef, params?: Params): void {
    this.add('warning', code, path, field, params);
  }

  row(list: ListPath, index: number): number {
    return this.rowOf(list, index);
  }

  /** The item's own name, or its row number when it has none. */
  item(list: ListPath, index: number, name: string): string {
    const trimmed = name.trim();
    return trimmed === '' ? String(this.rowOf(list, index)) : trimmed;
  }
}

const isBlank = (s: string): boolean => s.trim() === '';

function requireText(p: Problems, value: string, path: string, field: FieldRef): boolean {
  if (!isBlank(value)) return true;
  p.error('required', path, field);
  return false;
}

/** Checks an optional or required date; returns it when it is a valid day. */
function checkDate(p: Problems, value: IsoDate | undefined, path: string, field: FieldRef, required: boolean): IsoDate | undefined {
  if (value === undefined || isBlank(value)) {
    if (required) p.error('required', path, field);
    return undefined;
  }
  if (!isIsoDate(value)) {
    p.error('dateInvalid', path, field, { value });
    return undefined;
  }
  return value;
}

/** Reports repeated values in a list (codes, names): the later occurrences, naming the first one's row. */
function checkUnique<T>(
  p: Problems,
  list: ListPath,
  items: readonly T[],
  valueOf: (item: T) => string,
  code: 'duplicateCode' | 'duplicateName',
  at: (index: number) => { path: string; field: FieldRef },
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = valueOf(item);
    const key = sameNameKey(value);
    if (key === '') return;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, index);
      return;
    }
    const { path, field } = at(index);
    p.error(code, path, field, { value: value.trim(), firstRow: p.row(list, seen) });
  });
}

/** Required, well-formed, unique codes and names of a list whose items have both. */
function checkCodedList<T extends { code: string; name: string }>(
  p: Problems,
  list: ListPath,
  section: ConfigSection,
  items: readonly T[],
): void {
  const at = (key: 'code' | 'name') => (index: number) => ({
    path: `${list}[${index}].${key}`,
    field: fieldRef(section, key, p.item(list, index, items[index].name)),
  });
  items.forEach((item, index) => {
    const code = at('code')(index);
    if (requireText(p, item.code, code.path, code.field) && !LIST_CODE.test(item.code)) {
      p.error('codeFormat', code.path, code.field, { value: item.code });
    }
    const name = at('name')(index);
    requireText(p, item.name, name.path, name.field);
  });
  checkUnique(p, list, items, (i) => i.code, 'duplicateCode', at('code'));
  checkUnique(p, list, items, (i) => i.name, 'duplicateName', at('name'));
}

/**
 * The day the contest's documents speak for: the award decision's date, else the end of judging,
 * else the end of intake. Without any of them only the contest year is known.
 */
function contestReference(c: ContestConfig): { date: IsoDate } | { year: number } {
  const t = c.timeline;
  const candidates = [t.awardDate, t.judgingDeadline, t.intake.mode === 'window' ? t.intake.closes : undefined];
  const date = candidates.find((d): d is IsoDate => d !== undefined && isIsoDate(d));
  return date !== undefined ? { date } : { year: c.identity.year };
}

const isYear = (year: number): boolean => Number.isInteger(year) && year >= 2000 && year <= 2100;

const TWO_TIER_GOVERNMENT_SINCE = '2025-07-01';

function checkIdentity(p: Problems, c: ContestConfig): void {
  const id = c.identity;
  const f = (key: ConfigFieldKey) => fieldRef('identity', key);
  if (requireText(p, id.code, 'identity.code', f('contestCode')) && !CONTEST_CODE.test(id.code)) {
    p.error('contestCodeFormat', 'identity.code', f('contestCode'), { value: id.code });
  }
  requireText(p, id.title, 'identity.title', f('contestTitle'));
  requireText(p, id.organiser.name, 'identity.organiser.name', f('organiserName'));
  requireText(p, id.organiser.symbol, 'identity.organiser.symbol', f('symbol'));
  requireText(p, id.placeName, 'identity.placeName', f('placeName'));
  // Two of the seed copies lost their number and date: the contest can run, documents cannot cite it.
  if (isBlank(id.plan.number)) p.warning('planNumberMissing', 'identity.plan.number', f('planNumber'));
  if (isBlank(id.plan.date)) p.warning('planDateMissing', 'identity.plan.date', f('planDate'));
  else checkDate(p, id.plan.date, 'identity.plan.date', f('planDate'), true);
  if (!isYear(id.year)) {
    p.error('yearInvalid', 'identity.year', f('year'), { value: id.year });
  }
  if (id.organiser.level === 'district') {
    const ref = contestReference(c);
    const late = 'date' in ref ? ref.date >= TWO_TIER_GOVERNMENT_SINCE : ref.year > 2025;
    if (late) p.warning('districtLevelObsolete', 'identity.organiser.level', f('level'));
  }
}

function checkTimeline(p: Problems, c: ContestConfig): void {
  const t = c.timeline;
  const f = (key: ConfigFieldKey) => fieldRef('timeline', key);
  let opens: IsoDate | undefined;
  let closes: IsoDate | undefined;
  if (t.intake.mode === 'window') {
    opens = checkDate(p, t.intake.opens, 'timeline.intake.opens', f('opens'), true);
    closes = checkDate(p, t.intake.closes, 'timeline.intake.closes', f('closes'), true);
    if (opens !== undefined && closes !== undefined) {
      if (closes < opens) p.error('intakeClosesBeforeOpens', 'timeline.intake.closes', f('closes'), { opens, closes });
      const year = c.identity.year;
      if (Number.isInteger(year) && (year < Number(opens.slice(0, 4)) || year > Number(closes.slice(0, 4)))) {
        p.warning('yearMismatch', 'identity.year', fieldRef('identity', 'year'), { year, opens, closes });
      }
    }
  } else {
    const { day, month } = t.intake.staffCutoff;
    if (!isYearlyDay(day, month)) {
      p.error('cutoffInvalid', 'timeline.intake.staffCutoff', f('staffCutoff'), { day, month });
    }
  }
  const planDate = c.identity.plan.date;
  if (opens !== undefined && isIsoDate(planDate) && planDate > opens) {
    p.warning('planDateAfterIntakeOpens', 'identity.plan.date', fieldRef('identity', 'planDate'), { planDate, opens });
  }
  const unitDeadline = checkDate(p, t.unitDeadline, 'timeline.unitDeadline', f('unitDeadline'), false);
  if (unitDeadline !== undefined && opens !== undefined && closes !== undefined && (unitDeadline < opens || unitDeadline > closes)) {
    p.error('unitDeadlineOutsideWindow', 'timeline.unitDeadline', f('unitDeadline'), { value: unitDeadline, opens, closes });
  }
  const judging = checkDate(p, t.judgingDeadline, 'timeline.judgingDeadline', f('judgingDeadline'), false);
  if (judging !== undefined && closes !== undefined && judging < closes) {
    p.error('judgingBeforeIntakeCloses', 'timeline.judgingDeadline', f('judgingDeadline'), { value: judging, closes });
  }
  const award = checkDate(p, t.awardDate, 'timeline.awardDate', f('awardDate'), false);
  if (award !== undefined && judging !== undefined && award < judging) {
    p.error('awardBeforeJudging', 'timeline.awardDate', f('awardDate'), { value: award, judging });
  } else if (award !== undefined && judging === undefined && closes !== undefined && award < closes) {
    p.error('awardBeforeIntakeCloses', 'timeline.awardDate', f('awardDate'), { value: award, closes });
  }
}

function checkEntrants(p: Problems, c: ContestConfig): void {
  const { kinds, maxGroupSize } = c.entrants;
  if (kinds.length === 0) p.error('entrantKindsEmpty', 'entrants.kinds', fieldRef('entrants', 'kinds'));
  kinds.forEach((kind, index) => {
    if (kinds.indexOf(kind) !== index) {
      p.error('duplicateEntrantKind', 'entrants.kinds', fieldRef('entrants', 'kinds'), { kind });
    }
  });
  if (maxGroupSize === undefined) return;
  const path = 'entrants.maxGroupSize';
  const field = fieldRef('entrants', 'maxGroupSize');
  if (!kinds.includes('group')) p.warning('groupSizeUnused', path, field, { value: maxGroupSize });
  else if (!(Number.isInteger(maxGroupSize) && maxGroupSize >= 2)) p.error('groupSizeTooSmall', path, field, { value: maxGroupSize });
}

function checkEligibility(p: Problems, c: ContestConfig): void {
  const roles = c.eligibility.excludedRoles;
  const field = fieldRef('eligibility', 'excludedRoles');
  // All five plans bar the organising board, the judges and the secretariat from entering.
  if (roles.length === 0) p.warning('noExclusions', 'eligibility.excludedRoles', field);
  roles.forEach((role, index) => {
    if (roles.indexOf(role) !== index) p.error('duplicateExcludedRole', 'eligibility.excludedRoles', field, { role });
  });
}

function checkMembers(p: Problems, c: ContestConfig): void {
  const list = 'members';
  const members = c.members;
  const unitKeys = new Set(c.units.flatMap((u) => [sameNameKey(u.code), sameNameKey(u.name)]));
  const at = (index: number, key: ConfigFieldKey) => fieldRef('members', key, p.item(list, index, members[index].name));
  const firstByRoleEmail = new Map<string, number>();
  members.forEach((m, index) => {
    requireText(p, m.name, `members[${index}].name`, at(index, 'fullName'));
    const email = m.email.trim();
    const emailPath = `members[${index}].email`;
    if (email === '') {
      // A judge's tab is shared with the judge's Google account: without an e-mail nobody can open it.
      if (m.role === 'judge') p.warning('emailMissing', emailPath, at(index, 'email'));
    } else if (!isEmail(email)) {
      p.error('emailInvalid', emailPath, at(index, 'email'), { value: email });
    } else {
      const key = `${m.role} ${email.toLowerCase()}`;
      const seen = firstByRoleEmail.get(key);
      if (seen === undefined) firstByRoleEmail.set(key, index);
      else p.error('duplicateEmail', emailPath, at(index, 'email'), { value: email, role: m.role, firstRow: p.row(list, seen) });
    }
    if (unitKeys.size > 0 && !isBlank(m.unit) && !unitKeys.has(sameNameKey(m.unit))) {
      p.warning('memberUnitUnknown', `members[${index}].unit`, at(index, 'unit'), { value: m.unit.trim() });
    }
  });
  // Serving on both boards is normal (the plans bar members from entering, not from serving), but
  // the secretariat receives the entries with their authors' names: a judge there is not blind.
  const personKey = (m: Member): string => (isBlank(m.email) ? `name ${sameNameKey(m.name)}` : `email ${m.email.trim().toLowerCase()}`);
  const secretariat = new Set(members.filter((m) => m.role === 'secretariat' && !isBlank(m.name + m.email)).map(personKey));
  members.forEach((m, index) => {
    if (m.role === 'judge' && secretariat.has(personKey(m))) {
      p.warning('judgeInSecretariat', `members[${index}].role`, at(index, 'role'), { name: m.name.trim() });
    }
  });
}

function checkUnits(p: Problems, c: ContestConfig): void {
  checkCodedList(p, 'units', 'units', c.units);
  const { minEntriesPerUnit, preScreening } = c.unitRules;
  if (!(Number.isInteger(minEntriesPerUnit) && minEntriesPerUnit >= 0)) {
    p.error('unitQuotaInvalid', 'unitRules.minEntriesPerUnit', fieldRef('unitRules', 'minEntriesPerUnit'), { value: minEntriesPerUnit });
  }
  // A quota or a pre-screening by units cannot be followed without the list of units.
  if (c.units.length === 0 && (minEntriesPerUnit > 0 || preScreening)) {
    p.warning('unitsMissing', 'units', fieldRef('units', 'list'));
  }
}

function checkFormats(p: Problems, c: ContestConfig): void {
  const formats = c.formats;
  if (formats.length === 0) p.error('formatsEmpty', 'formats', fieldRef('formats', 'list'));
  formats.forEach((rule, index) => {
    const item = String(p.row('formats', index));
    if (formats.findIndex((r) => r.format === rule.format) !== index) {
      p.error('duplicateFormat', `formats[${index}].format`, fieldRef('formats', 'format', item), { format: rule.format });
    }
    if (rule.limits === undefined) return;
    const { min, max } = rule.limits;
    const minOk = min >= 0;
    const maxOk = max >= 0;
    if (!minOk) p.error('limitNegative', `formats[${index}].limits.min`, fieldRef('formats', 'min', item), { value: min, format: rule.format });
    if (!maxOk) p.error('limitNegative', `formats[${index}].limits.max`, fieldRef('formats', 'max', item), { value: max, format: rule.format });
    if (minOk && maxOk && min > max) {
      p.error('limitsInverted', `formats[${index}].limits.max`, fieldRef('formats', 'max', item), { min, max, format: rule.format });
    }
  });
}

/** Whether `value` is a whole number of `step`s, allowing for binary fractions (0.1 + 0.2 ≠ 0.3). */
function checkRubric(p: Problems, rubric: Rubric, list: ListPath, section: 'preliminaryRubric' | 'defenceRubric'): void {
  const criteria = rubric.criteria;
  if (criteria.length === 0) p.error('rubricEmpty', list, fieldRef(section, 'list'));
  checkCodedList(p, list, section, criteria);
  criteria.forEach((cr, index) => {
    const at = (key: ConfigFieldKey) => fieldRef(section, key, p.item(list, index, cr.name));
    const path = (key: ConfigFieldKey) => `${list}[${index}].${key}`;
    const pointsOk = cr.maxPoints > 0 && Number.isFinite(cr.maxPoints);
    const stepOk = cr.step > 0 && Number.isFinite(cr.step);
    if (!pointsOk) p.error('maxPointsNotPositive', path('maxPoints'), at('maxPoints'), { value: cr.maxPoints });
    if (!(cr.weight > 0 && Number.isFinite(cr.weight))) p.error('weightNotPositive', path('weight'), at('weight'), { value: cr.weight });
    if (!stepOk) p.error('stepNotPositive', path('step'), at('step'), { value: cr.step });
    if (pointsOk && stepOk && !isOnStep(cr.maxPoints, cr.step)) {
      p.error('maxPointsNotMultipleOfStep', path('maxPoints'), at('maxPoints'), { maxPoints: cr.maxPoints, step: cr.step });
    }
  });
}

/**
 * The highest final score: the preliminary total, or with a defence round its total or the
 * weighted mean of both totals (weights normalised by their sum, so 40/60 and 0,4/0,6 agree).
 */
function finalScoreMaximum(rounds: Rounds): number | undefined {
  const preliminary = rubricMaximum(rounds.preliminary.rubric);
  if (rounds.defence === undefined) return preliminary;
  const defence = rubricMaximum(rounds.defence.rubric);
  const final = rounds.defence.final;
  if (final.mode === 'defenceOnly') return defence;
  const { preliminaryWeight: a, defenceWeight: b } = final;
  if (!(a >= 0 && b >= 0 && a + b > 0)) return undefined;
  return (a * preliminary + b * defence) / (a + b);
}

const usableMaximum = (max: number | undefined): max is number => max !== undefined && Number.isFinite(max) && max > 0;

/** How many times each tier is awarded: once overall, once per category or per kind of entrant. */
function scopeFactor(c: ContestConfig): number {
  switch (c.prizes.scope) {
    case 'perCategory':
      return Math.max(1, c.categories.length);
    case 'perEntrantKind':
      return Math.max(1, c.entrants.kinds.length);
    case 'overall':
      return 1;
  }
}

const isPositiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;
const isMoney = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

function checkRounds(p: Problems, c: ContestConfig): void {
  checkRubric(p, c.rounds.preliminary.rubric, 'rounds.preliminary.rubric.criteria', 'preliminaryRubric');
  const defence = c.rounds.defence;
  if (defence === undefined) return;
  checkRubric(p, defence.rubric, 'rounds.defence.rubric.criteria', 'defenceRubric');
  const f = (key: ConfigFieldKey) => fieldRef('defence', key);
  const shortlist = defence.shortlist;
  if (shortlist.mode === 'topN') {
    const path = 'rounds.defence.shortlist.count';
    if (!isPositiveInteger(shortlist.count)) {
      p.error('shortlistCountInvalid', path, f('shortlistCount'), { value: shortlist.count });
    } else {
      const prizes = c.prizes.tiers.reduce((sum, t) => sum + (t.count !== undefined && isPositiveInteger(t.count) ? t.count : 0), 0) * scopeFactor(c);
      if (prizes > shortlist.count) p.warning('shortlistSmallerThanPrizes', path, f('shortlistCount'), { value: shortlist.count, prizes });
    }
  } else {
    const max = rubricMaximum(c.rounds.preliminary.rubric);
    if (usableMaximum(max) && !(shortlist.score >= 0 && shortlist.score <= max)) {
      p.error('shortlistScoreOutOfRange', 'rounds.defence.shortlist.score', f('shortlistScore'), { value: shortlist.score, max });
    }
  }
  if (defence.final.mode === 'weighted') {
    const { preliminaryWeight, defenceWeight } = defence.final;
    const weights = [
      ['preliminaryWeight', preliminaryWeight],
      ['defenceWeight', defenceWeight],
    ] as const;
    for (const [key, value] of weights) {
      if (!(value >= 0)) p.error('finalWeightNegative', `rounds.defence.final.${key}`, f(key), { value });
    }
    if (preliminaryWeight === 0 && defenceWeight === 0) {
      p.error('finalWeightsBothZero', 'rounds.defence.final.defenceWeight', f('defenceWeight'));
    }
  }
}

/** A trimmed mean needs at least three totals: one dropped at each end, one kept. */
const SMALLEST_TRIM_PANEL = 3;
/** Scores are published with at most this many decimals; research/vietnamese-domain.md §3.2 suggests 1 or 2. */
const MOST_DECIMALS = 3;

const isWholeNumberIn = (n: number, min: number, max = Infinity): boolean => Number.isInteger(n) && n >= min && n <= max;

function checkDiscrepancy(p: Problems, c: ContestConfig): void {
  const { unit, review, escalate } = c.scoring.discrepancy;
  const f = (key: ConfigFieldKey) => fieldRef('scoring', key);
  const thresholds = [
    ['review', 'discrepancyReview', review],
    ['escalate', 'discrepancyEscalate', escalate],
  ] as const;
  let usable = true;
  for (const [prop, key, value] of thresholds) {
    const path = `scoring.discrepancy.${prop}`;
    if (!(Number.isFinite(value) && value >= 0)) {
      p.error('discrepancyThresholdInvalid', path, f(key), { value });
      usable = false;
    } else if (unit === 'percent' && value > 100) {
      p.error('discrepancyPercentOver100', path, f(key), { value });
      usable = false;
    }
  }
  if (usable && escalate < review) {
    p.error('discrepancyThresholdsInverted', 'scoring.discrepancy.escalate', f('discrepancyEscalate'), { review, escalate });
  }
}

function checkTieBreaks(p: Problems, c: ContestConfig): void {
  const path = 'scoring.tieBreaks';
  const field = fieldRef('scoring', 'tieBreaks');
  const codes = [...c.rounds.preliminary.rubric.criteria, ...(c.rounds.defence?.rubric.criteria ?? [])].map((cr) => cr.code);
  const seen = new Set<string>();
  for (const step of c.scoring.tieBreaks) {
    const params: Params = step.kind === 'criterion' ? { kind: step.kind, code: step.code } : { kind: step.kind };
    const key = step.kind === 'criterion' ? `criterion ${step.code}` : step.kind;
    if (seen.has(key)) {
      p.warning('tieBreakRepeated', path, field, params);
      continue;
    }
    seen.add(key);
    if (step.kind === 'criterion' && !codes.includes(step.code)) {
      p.error('tieBreakCriterionUnknown', path, field, { code: step.code, codes: codes.join(', ') });
    }
    // Without a defence round the step compares nothing, so it never breaks a tie.
    if (step.kind === 'defenceScore' && c.rounds.defence === undefined) p.warning('tieBreakDefenceWithoutRound', path, field);
  }
}

function checkScoring(p: Problems, c: ContestConfig): void {
  const s = c.scoring;
  const f = (key: ConfigFieldKey) => fieldRef('scoring', key);
  const trimOk = isWholeNumberIn(s.trimMinJudges, SMALLEST_TRIM_PANEL);
  const minOk = isWholeNumberIn(s.minJudges, 1);
  if (!trimOk) p.error('trimMinJudgesInvalid', 'scoring.trimMinJudges', f('trimMinJudges'), { value: s.trimMinJudges, min: SMALLEST_TRIM_PANEL });
  if (!minOk) p.error('minJudgesInvalid', 'scoring.minJudges', f('minJudges'), { value: s.minJudges });
  if (!isWholeNumberIn(s.decimals, 0, MOST_DECIMALS)) p.error('decimalsInvalid', 'scoring.decimals', f('decimals'), { value: s.decimals, max: MOST_DECIMALS });
  checkDiscrepancy(p, c);
  checkTieBreaks(p, c);
  // Judges may not be listed yet; once they are, a rule their number cannot satisfy is pointed out.
  const judges = c.members.filter((m) => m.role === 'judge').length;
  if (judges === 0) return;
  if (minOk && s.minJudges > judges) {
    p.warning('minJudgesAboveJudges', 'scoring.minJudges', f('minJudges'), { value: s.minJudges, judges });
  }
  if (s.aggregation === 'trimmedMean' && trimOk && judges < s.trimMinJudges) {
    p.warning('trimmedMeanTooFewJudges', 'scoring.aggregation', f('aggregation'), { trimMinJudges: s.trimMinJudges, judges });
  }
}

/** Checks one round's number of judges per entry against the panel and the quorum of a ranked entry. */
function checkJudgesPerEntry(p: Problems, c: ContestConfig, prop: 'judgesPerEntry' | 'defenceJudgesPerEntry', judges: number): void {
  const value = c.judging[prop];
  if (value === undefined) return;
  const path = `judging.${prop}`;
  const field = fieldRef('judging', prop);
  if (prop === 'defenceJudgesPerEntry' && c.rounds.defence === undefined) {
    p.warning('defenceJudgesWithoutRound', path, field, { value });
    return;
  }
  if (!isWholeNumberIn(value, 1)) {
    p.error('judgesPerEntryInvalid', path, field, { value });
    return;
  }
  // Judges may not be listed yet; with more per entry than the panel has, every judge scores every entry.
  if (judges > 0 && value > judges) p.warning('judgesPerEntryAboveJudges', path, field, { value, judges });
  const minJudges = c.scoring.minJudges;
  if (isWholeNumberIn(minJudges, 1) && value < minJudges) p.warning('judgesPerEntryBelowMinJudges', path, field, { value, minJudges });
}

function checkJudging(p: Problems, c: ContestConfig): void {
  const j = c.judging;
  const judges = c.members.filter((m) => m.role === 'judge').length;
  checkJudgesPerEntry(p, c, 'judgesPerEntry', judges);
  checkJudgesPerEntry(p, c, 'defenceJudgesPerEntry', judges);
  // Reminders and the automatic lock both count from the judging deadline; a deadline that is not a
  // real day has its own error, not these warnings too.
  const deadline = c.timeline.judgingDeadline;
  const hasDeadline = deadline !== undefined && !isBlank(deadline);
  if (j.reminderDaysBefore !== undefined) {
    const field = fieldRef('judging', 'reminderDaysBefore');
    if (!isWholeNumberIn(j.reminderDaysBefore, 0)) p.error('reminderDaysInvalid', 'judging.reminderDaysBefore', field, { value: j.reminderDaysBefore });
    else if (!hasDeadline) p.warning('remindersWithoutDeadline', 'judging.reminderDaysBefore', field);
  }
  if (j.lockAtDeadline && !hasDeadline) p.warning('lockWithoutDeadline', 'judging.lockAtDeadline', fieldRef('judging', 'lockAtDeadline'));
}

function checkPrizeLimits(p: Problems, c: ContestConfig): void {
  const { maxPerUnit, maxPerCategory, scope } = c.prizes;
  if (maxPerUnit !== undefined && !isPositiveInteger(maxPerUnit)) {
    p.error('prizeLimitInvalid', 'prizes.maxPerUnit', fieldRef('prizes', 'maxPerUnit'), { value: maxPerUnit });
  }
  if (maxPerCategory === undefined) return;
  const field = fieldRef('prizes', 'maxPerCategory');
  if (!isPositiveInteger(maxPerCategory)) p.error('prizeLimitInvalid', 'prizes.maxPerCategory', field, { value: maxPerCategory });
  // Prizes awarded per category are already counted per category.
  else if (scope === 'perCategory') p.warning('maxPerCategoryUnused', 'prizes.maxPerCategory', field, { value: maxPerCategory });
}

function checkPrizes(p: Problems, c: ContestConfig): void {
  const list = 'prizes.tiers';
  const tiers = c.prizes.tiers;
  if (tiers.length === 0) p.error('tiersEmpty', list, fieldRef('prizes', 'list'));
  checkCodedList(p, list, 'prizes', tiers);
  const maxScore = finalScoreMaximum(c.rounds);
  const factor = scopeFactor(c);
  let total = 0;
  let openEnded = false;
  let previous: { name: string; minScore: number } | undefined;
  tiers.forEach((tier, index) => {
    const at = (key: ConfigFieldKey) => fieldRef('prizes', key, p.item(list, index, tier.name));
    const path = (key: ConfigFieldKey) => `${list}[${index}].${key}`;
    if (tier.count !== undefined && !isPositiveInteger(tier.count)) {
      p.error('countNotPositiveInteger', path('count'), at('count'), { value: tier.count });
    }
    // A tier without a count is a year-round recognition: only a minimum score bounds it.
    if (tier.count === undefined && tier.minScore === undefined) p.error('tierNeedsCountOrMinScore', path('count'), at('count'));
    if (!isMoney(tier.amount)) {
      p.error('amountInvalid', path('amount'), at('amount'), { value: tier.amount });
    } else if (tier.amount === 0 && tier.award === 'none') {
      // With a Giấy khen or a letter of praise the reward is the form itself (Tân An); with nothing, a prize is empty.
      p.warning('amountZero', path('amount'), at('amount'));
    } else if (tier.count !== undefined && isPositiveInteger(tier.count)) {
      total += tier.count * tier.amount * factor;
    } else if (tier.count === undefined && tier.amount > 0) {
      openEnded = true;
    }
    if (tier.minScore !== undefined) {
      if (usableMaximum(maxScore) && !(tier.minScore >= 0 && tier.minScore <= maxScore)) {
        p.error('minScoreOutOfRange', path('minScore'), at('minScore'), { value: tier.minScore, max: maxScore });
      }
      if (previous !== undefined && tier.minScore > previous.minScore) {
        p.warning('minScoreIncreasing', path('minScore'), at('minScore'), {
          value: tier.minScore,
          previous: previous.name,
          previousValue: previous.minScore,
        });
      }
      previous = { name: tier.name.trim(), minScore: tier.minScore };
    }
    if ((tier.award === 'bangKhen' || tier.award === 'giayKhen') && isBlank(tier.awardIssuer)) {
      p.warning('awardIssuerMissing', path('awardIssuer'), at('awardIssuer'), { award: tier.award });
    }
  });
  checkPrizeLimits(p, c);
  const cap = c.prizes.budgetCap;
  if (cap === undefined) return;
  const capField = fieldRef('prizes', 'budgetCap');
  if (!isMoney(cap)) p.error('budgetCapInvalid', 'prizes.budgetCap', capField, { value: cap });
  else if (total > cap) p.error('budgetExceeded', 'prizes.budgetCap', capField, { total, cap });
  if (openEnded) p.warning('budgetOpenEnded', 'prizes.budgetCap', capField);
}

/** The start of a long text, cut between words, enough to recognise it (a legal basis's number). */
function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= 60) return t;
  const cut = t.lastIndexOf(' ', 59);
  return `${t.slice(0, cut > 20 ? cut : 59)}…`;
}

function checkDocuments(p: Problems, c: ContestConfig): void {
  const d = c.documents;
  const bases = 'documents.legalBases';
  if (d.legalBases.length === 0) p.warning('legalBasesEmpty', bases, fieldRef('legalBases', 'list'));
  const ref = contestReference(c);
  // Compared as text: ISO days sort as they follow each other. An invalid year has its own error.
  const period: [IsoDate, IsoDate, string] | undefined =
    'date' in ref ? [ref.date, ref.date, ref.date]
    : isYear(ref.year) ? [`${ref.year}-01-01`, `${ref.year}-12-31`, String(ref.year)]
    : undefined;
  d.legalBases.forEach((basis, index) => {
    const item = String(p.row(bases, index));
    const path = (key: ConfigFieldKey) => `${bases}[${index}].${key}`;
    const at = (key: ConfigFieldKey) => fieldRef('legalBases', key, item);
    requireText(p, basis.text, path('text'), at('text'));
    const from = checkDate(p, basis.validFrom, path('validFrom'), at('validFrom'), false);
    const until = checkDate(p, basis.validUntil, path('validUntil'), at('validUntil'), false);
    const text = excerpt(basis.text);
    if (from !== undefined && until !== undefined && until < from) {
      p.error('validityInverted', path('validUntil'), at('validUntil'), { validFrom: from, validUntil: until });
      return;
    }
    // The basis must be in force when the documents citing it are signed (ND 98/2023 ended 30/6/2025).
    if (period === undefined) return;
    const [refFrom, refTo, reference] = period;
    if (from !== undefined && from > refTo) p.warning('legalBasisNotYetInForce', path('validFrom'), at('validFrom'), { text, validFrom: from, reference });
    if (until !== undefined && until < refFrom) p.warning('legalBasisExpired', path('validUntil'), at('validUntil'), { text, validUntil: until, reference });
  });
  const recipients = 'documents.recipients';
  if (d.recipients.length === 0) p.warning('recipientsEmpty', recipients, fieldRef('recipients', 'list'));
  d.recipients.forEach((text, index) => {
    requireText(p, text, `${recipients}[${index}]`, fieldRef('recipients', 'text', String(p.row(recipients, index))));
  });
  const s = d.signer;
  requireText(p, s.headTitle, 'documents.signer.headTitle', fieldRef('signer', 'headTitle'));
  if (s.mode === 'deputy' && isBlank(s.position)) {
    p.error('signerPositionMissing', 'documents.signer.position', fieldRef('signer', 'position'), { headTitle: s.headTitle.trim() });
  }
  if (isBlank(s.name)) p.warning('signerNameMissing', 'documents.signer.name', fieldRef('signer', 'signerName'));
}

/** Every problem of the configuration, errors and warnings, in the order of the set-up wizard. */
export function validateConfig(config: ContestConfig, options: ValidationOptions = {}): Problem[] {
  const p = new Problems(options.rowOf ?? ((_list, index) => index + 1));
  checkIdentity(p, config);
  checkTimeline(p, config);
  if (config.categories.length === 0) p.error('categoriesEmpty', 'categories', fieldRef('categories', 'list'));
  checkCodedList(p, 'categories', 'categories', config.categories);
  checkEntrants(p, config);
  checkEligibility(p, config);
  checkMembers(p, config);
  checkUnits(p, config);
  checkFormats(p, config);
  checkRounds(p, config);
  checkScoring(p, config);
  checkJudging(p, config);
  checkPrizes(p, config);
  checkDocuments(p, config);
  return p.list;
}
