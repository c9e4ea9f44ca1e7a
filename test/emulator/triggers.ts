/**
 * ScriptApp's installable triggers, and the emulator's side of them: firing handlers as Apps
 * Script would, each in its own execution as the trigger's creator, with a realistic event object.
 */
import { zonedParts, zonedTimeToEpoch } from './dates';
import { AuthMode, EventType, TriggerSource, Weekday } from './enums';
import { fail, MESSAGES } from './errors';
import type { Answer } from './form-model';
import { formDataOf, formView, isFormView } from './forms';
import { ensureHeaders, namedValuesOf, sheetSubmitEvent, writeResponseRow } from './response-sheet';
import { type Runtime, SCOPES } from './runtime';
import { UserImpl } from './session';
import { spreadsheetDataOf, spreadsheetView } from './spreadsheet';

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
export type TriggerSourceName = 'SPREADSHEETS' | 'CLOCK' | 'FORMS';

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  atHour?: number;
  nearMinute?: number;
  afterMs?: number;
  at?: number;
  timeZone: string;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** Spreadsheet or form id; null for time-driven triggers. */
  sourceId: string | null;
  /** The user who created it; the trigger runs as this user. */
  owner: string;
  createdAt: number;
  schedule?: ClockSchedule;
  lastFiredAt?: number;
}

/** Research §1.2: 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export class TriggerRegistry {
  readonly triggers: TriggerRecord[] = [];
  private nextId = 1;

  add(t: Omit<TriggerRecord, 'id'>): TriggerRecord {
    if (this.triggers.filter((x) => x.owner === t.owner).length >= TRIGGER_LIMIT) fail(MESSAGES.tooManyTriggers);
    const record = { ...t, id: String(4034124084959907503n + BigInt(this.nextId++)) };
    this.triggers.push(record);
    return record;
  }

  remove(id: string): void {
    const i = this.triggers.findIndex((t) => t.id === id);
    if (i >= 0) this.triggers.splice(i, 1);
  }
}

type GasTrigger = GoogleAppsScript.Script.Trigger;

type TriggerApi = Pick<GasTrigger, 'getHandlerFunction' | 'getEventType' | 'getUniqueId' | 'getTriggerSource' | 'getTriggerSourceId'>;

export class TriggerImpl implements TriggerApi {
  constructor(
    private readonly rt: Runtime,
    readonly record: TriggerRecord,
  ) {}

  getHandlerFunction(): string {
    this.rt.call('Trigger.getHandlerFunction');
    return this.record.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    this.rt.call('Trigger.getEventType');
    return EventType[this.record.eventType];
  }

  getUniqueId(): string {
    this.rt.call('Trigger.getUniqueId');
    return this.record.id;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.rt.call('Trigger.getTriggerSource');
    return TriggerSource[this.record.source];
  }

  /** The spreadsheet or form id; null for a time-driven trigger. */
  getTriggerSourceId(): string {
    this.rt.call('Trigger.getTriggerSourceId');
    return this.record.sourceId as string;
  }
}

function view(rt: Runtime, t: TriggerRecord): GasTrigger {
  return new TriggerImpl(rt, t) as unknown as GasTrigger;
}

class Creator {
  constructor(
    readonly rt: Runtime,
    readonly registry: TriggerRegistry,
    readonly handler: string,
  ) {}

  create(method: string, t: Pick<TriggerRecord, 'eventType' | 'source' | 'sourceId' | 'schedule'>): GasTrigger {
    this.rt.call(method);
    const record = this.registry.add({ ...t, handler: this.handler, owner: this.rt.current().effectiveUser, createdAt: this.rt.clock.now() });
    return view(this.rt, record);
  }
}

type GasSpreadsheetBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

class SpreadsheetTriggerBuilderImpl implements Pick<GasSpreadsheetBuilder, 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'> {
  private eventType?: EventTypeName;

  constructor(
    private readonly c: Creator,
    private readonly sourceId: string,
  ) {}

  private on(method: string, type: EventTypeName): GasSpreadsheetBuilder {
    this.c.rt.call(`SpreadsheetTriggerBuilder.${method}`);
    this.eventType = type;
    return this as unknown as GasSpreadsheetBuilder;
  }

  onOpen(): GasSpreadsheetBuilder {
    return this.on('onOpen', 'ON_OPEN');
  }

  onEdit(): GasSpreadsheetBuilder {
    return this.on('onEdit', 'ON_EDIT');
  }

  onChange(): GasSpreadsheetBuilder {
    return this.on('onChange', 'ON_CHANGE');
  }

  onFormSubmit(): GasSpreadsheetBuilder {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }

  create(): GasTrigger {
    if (!this.eventType) throw new Error('emulator: call onOpen/onEdit/onChange/onFormSubmit before create()');
    return this.c.create('SpreadsheetTriggerBuilder.create', { eventType: this.eventType, source: 'SPREADSHEETS', sourceId: this.sourceId });
  }
}

type GasFormBuilder = GoogleAppsScript.Script.FormTriggerBuilder;

class FormTriggerBuilderImpl implements Pick<GasFormBuilder, 'onFormSubmit' | 'onOpen' | 'create'> {
  private eventType?: EventTypeName;

  constructor(
    private readonly c: Creator,
    private readonly sourceId: string,
  ) {}

  onFormSubmit(): GasFormBuilder {
    this.c.rt.call('FormTriggerBuilder.onFormSubmit');
    this.eventType = 'ON_FORM_SUBMIT';
    return this as unknown as GasFormBuilder;
  }

  onOpen(): GasFormBuilder {
    this.c.rt.call('FormTriggerBuilder.onOpen');
    this.eventType = 'ON_OPEN';
    return this as unknown as GasFormBuilder;
  }

  create(): GasTrigger {
    if (!this.eventType) throw new Error('emulator: call onFormSubmit/onOpen before create()');
    return this.c.create('FormTriggerBuilder.create', { eventType: this.eventType, source: 'FORMS', sourceId: this.sourceId });
  }
}

type GasClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;

class ClockTriggerBuilderImpl
  implements Pick<GasClockBuilder, 'everyMinutes' | 'everyHours' | 'everyDays' | 'atHour' | 'nearMinute' | 'after' | 'at' | 'inTimezone' | 'create'>
{
  private readonly s: ClockSchedule;

  constructor(private readonly c: Creator) {
    this.s = { timeZone: c.rt.options.timeZone };
  }

  private set(method: string, patch: Partial<ClockSchedule>): GasClockBuilder {
    this.c.rt.call(`ClockTriggerBuilder.${method}`);
    Object.assign(this.s, patch);
    return this as unknown as GasClockBuilder;
  }

  /** Research §1.4: n must be 1, 5, 10, 15 or 30. */
  everyMinutes(n: number): GasClockBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error(`emulator: everyMinutes(${n}): n must be 1, 5, 10, 15 or 30`);
    return this.set('everyMinutes', { everyMinutes: n });
  }

  everyHours(n: number): GasClockBuilder {
    return this.set('everyHours', { everyHours: n });
  }

  everyDays(n: number): GasClockBuilder {
    return this.set('everyDays', { everyDays: n });
  }

  atHour(hour: number): GasClockBuilder {
    return this.set('atHour', { atHour: hour });
  }

  nearMinute(minute: number): GasClockBuilder {
    return this.set('nearMinute', { nearMinute: minute });
  }

  after(durationMilliseconds: number): GasClockBuilder {
    return this.set('after', { afterMs: durationMilliseconds });
  }

  at(date: Date): GasClockBuilder {
    return this.set('at', { at: date.getTime() });
  }

  inTimezone(timezone: string): GasClockBuilder {
    return this.set('inTimezone', { timeZone: timezone });
  }

  create(): GasTrigger {
    const s = this.s;
    const kinds = [s.everyMinutes, s.everyHours, s.everyDays, s.afterMs, s.at].filter((x) => x !== undefined);
    if (kinds.length !== 1) throw new Error('emulator: a clock trigger needs exactly one of everyMinutes/everyHours/everyDays/after/at');
    if (s.atHour !== undefined && s.everyDays === undefined) throw new Error('emulator: atHour() needs everyDays()');
    return this.c.create('ClockTriggerBuilder.create', { eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...s } });
  }
}

type GasTriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;

class TriggerBuilderImpl implements Pick<GasTriggerBuilder, 'forSpreadsheet' | 'forForm' | 'timeBased'> {
  constructor(private readonly c: Creator) {}

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GasSpreadsheetBuilder {
    this.c.rt.call('TriggerBuilder.forSpreadsheet');
    const id = typeof sheet === 'string' ? sheet : spreadsheetDataOf(sheet).id;
    return new SpreadsheetTriggerBuilderImpl(this.c, id) as unknown as GasSpreadsheetBuilder;
  }

  forForm(form: GoogleAppsScript.Forms.Form | string): GasFormBuilder {
    this.c.rt.call('TriggerBuilder.forForm');
    const id = typeof form === 'string' ? form : formDataOf(form).id;
    return new FormTriggerBuilderImpl(this.c, id) as unknown as GasFormBuilder;
  }

  timeBased(): GasClockBuilder {
    this.c.rt.call('TriggerBuilder.timeBased');
    return new ClockTriggerBuilderImpl(this.c) as unknown as GasClockBuilder;
  }
}

type ScriptAppApi = Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'EventType'
  | 'TriggerSource'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
>;

export class ScriptAppImpl implements ScriptAppApi {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = Weekday;

  constructor(
    private readonly rt: Runtime,
    private readonly registry: TriggerRegistry,
  ) {}

  newTrigger(functionName: string): GasTriggerBuilder {
    this.rt.call('ScriptApp.newTrigger');
    this.rt.requireFullAuth('ScriptApp.newTrigger', SCOPES.scriptapp);
    return new TriggerBuilderImpl(new Creator(this.rt, this.registry, functionName)) as unknown as GasTriggerBuilder;
  }

  /** The current user's triggers in this project (other users' triggers are invisible). */
  getProjectTriggers(): GasTrigger[] {
    this.rt.call('ScriptApp.getProjectTriggers');
    this.rt.requireFullAuth('ScriptApp.getProjectTriggers', SCOPES.scriptapp);
    const me = this.rt.current().effectiveUser;
    return this.registry.triggers.filter((t) => t.owner === me).map((t) => view(this.rt, t));
  }

  /** The current user's triggers for a spreadsheet or a form. */
  getUserTriggers(document: unknown): GasTrigger[] {
    this.rt.call('ScriptApp.getUserTriggers');
    this.rt.requireFullAuth('ScriptApp.getUserTriggers', SCOPES.scriptapp);
    const id = isFormView(document) ? formDataOf(document).id : spreadsheetDataOf(document).id;
    const me = this.rt.current().effectiveUser;
    return this.registry.triggers.filter((t) => t.owner === me && t.sourceId === id).map((t) => view(this.rt, t));
  }

  deleteTrigger(trigger: GasTrigger): void {
    this.rt.call('ScriptApp.deleteTrigger');
    this.rt.requireFullAuth('ScriptApp.deleteTrigger', SCOPES.scriptapp);
    const record = (trigger as unknown as TriggerImpl).record;
    if (record.owner === this.rt.current().effectiveUser) this.registry.remove(record.id);
  }

  getScriptId(): string {
    this.rt.call('ScriptApp.getScriptId');
    return 'emu-script-1';
  }
}

// ---------------------------------------------------------------------------------------------
// Firing

export interface FireOptions {
  /** Where handler functions are looked up; defaults to the emulator's scope. */
  scope?: object;
  /** Rethrow the first handler error after every handler ran (default true). */
  throwOnError?: boolean;
}

export interface FireResult {
  /** Undefined for simple triggers (onOpen, onEdit, onInstall). */
  trigger?: TriggerRecord;
  handler: string;
  user: string;
  ok: boolean;
  returned?: unknown;
  /** What the handler threw, or ExecutionTimeLimitExceeded when its run was killed (even if it caught that). */
  error?: unknown;
}

export interface FormSubmission {
  /** Question title → answer; checkbox answers as arrays. */
  answers: Record<string, string | string[]>;
  /** Response sheet; created when missing. Default 'Form Responses 1'. */
  sheetName?: string;
  /** Default: the emulator's active spreadsheet. */
  spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Default: the virtual clock. */
  timestamp?: Date;
  /** Header of the first column. Default 'Timestamp' (a Vietnamese form writes 'Dấu thời gian'). */
  timestampHeader?: string;
  /** Fire each trigger twice, as onFormSubmit sometimes does (research §3.2). */
  duplicate?: boolean;
}

export interface FormSubmitResult {
  row: number;
  values: string[];
  namedValues: Record<string, string[]>;
  results: FireResult[];
}

export class TriggerController {
  constructor(
    private readonly rt: Runtime,
    private readonly registry: TriggerRegistry,
  ) {}

  /** All installed triggers, every user's. */
  list(): TriggerRecord[] {
    return this.registry.triggers.map((t) => ({ ...t, schedule: t.schedule && { ...t.schedule } }));
  }

  private find(idOrRecord: string | TriggerRecord | GasTrigger): TriggerRecord {
    const id =
      typeof idOrRecord === 'string'
        ? idOrRecord
        : idOrRecord instanceof TriggerImpl
          ? idOrRecord.record.id
          : (idOrRecord as TriggerRecord).id;
    const t = this.registry.triggers.find((x) => x.id === id);
    if (!t) throw new Error(`No installed trigger ${id}`);
    return t;
  }

  /** Runs one handler in its own execution; never lets the error escape (see `settle`). */
  invoke(
    exec: { user: string; kind: 'trigger' | 'simpleTrigger' | 'menu'; authMode: 'FULL' | 'LIMITED' | 'NONE' },
    handler: string,
    event: (() => unknown) | undefined,
    scope: object | undefined,
    trigger?: TriggerRecord,
  ): FireResult {
    try {
      const returned = this.rt.run({ user: exec.user, kind: exec.kind, authMode: exec.authMode }, () => {
        const fn = this.rt.handler(handler, scope);
        return event ? fn(event()) : fn();
      });
      return { trigger, handler, user: exec.user, ok: true, returned };
    } catch (error) {
      return { trigger, handler, user: exec.user, ok: false, error };
    }
  }

  settle(results: FireResult[], options: FireOptions): FireResult[] {
    const failed = results.find((r) => !r.ok);
    if (failed && options.throwOnError !== false) throw failed.error;
    return results;
  }

  private fireRecord(t: TriggerRecord, event: (() => unknown) | undefined, scope: object | undefined): FireResult {
    return this.invoke({ user: t.owner, kind: 'trigger', authMode: 'FULL' }, t.handler, event, scope, t);
  }

  /** Fires one installed trigger; `event` replaces the default event object of its type. */
  fire(trigger: string | TriggerRecord | GasTrigger, event?: object, options: FireOptions = {}): FireResult[] {
    const t = this.find(trigger);
    const ev = event ? () => event : () => this.defaultEvent(t);
    return this.settle([this.fireRecord(t, ev, options.scope)], options);
  }

  /**
   * Fires every installed trigger of a type for a source, building its event when it runs;
   * `times` > 1 repeats the whole round (a duplicated event reaches every trigger again).
   */
  dispatch(
    type: EventTypeName,
    sourceId: string,
    event: (t: TriggerRecord) => object,
    scope: object | undefined,
    times = 1,
  ): FireResult[] {
    const results: FireResult[] = [];
    const triggers = this.registry.triggers.filter((x) => x.eventType === type && x.sourceId === sourceId);
    for (let i = 0; i < times; i++) for (const t of triggers) results.push(this.fireRecord(t, () => event(t), scope));
    return results;
  }

  private defaultEvent(t: TriggerRecord): object {
    if (t.eventType === 'CLOCK') return this.timeDrivenEvent(t);
    const base = { authMode: AuthMode.FULL, triggerUid: t.id, user: new UserImpl(this.rt, t.owner) };
    const form = t.source === 'FORMS' && t.sourceId ? this.rt.forms.get(t.sourceId) : undefined;
    if (form) return { ...base, source: formView(this.rt, form) };
    const ss = t.sourceId ? this.rt.spreadsheets.get(t.sourceId) : undefined;
    if (!ss) return base;
    const source = spreadsheetView(this.rt, ss);
    return t.eventType === 'ON_CHANGE' ? { ...base, source, changeType: 'OTHER' } : { ...base, source };
  }

  /** The official example's shape: fields in UTC, day-of-week 1 = Monday … 7 = Sunday. */
  private timeDrivenEvent(t: TriggerRecord): GoogleAppsScript.Events.TimeDriven {
    const now = new Date(this.rt.clock.now());
    const jan1 = Date.UTC(now.getUTCFullYear(), 0, 1);
    const dayOfYear = Math.floor((now.getTime() - jan1) / DAY);
    return {
      authMode: AuthMode.FULL,
      'day-of-month': now.getUTCDate(),
      'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
      hour: now.getUTCHours(),
      minute: now.getUTCMinutes(),
      month: now.getUTCMonth() + 1,
      second: now.getUTCSeconds(),
      timezone: 'UTC',
      triggerUid: t.id,
      'week-of-year': Math.floor((dayOfYear + new Date(jan1).getUTCDay()) / 7) + 1,
      year: now.getUTCFullYear(),
    };
  }

  /** When a time-driven trigger is next due; null for a one-off that has fired. */
  nextDue(t: TriggerRecord): number | null {
    const s = t.schedule;
    if (!s) return null;
    const fired = t.lastFiredAt !== undefined;
    if (s.at !== undefined) return fired ? null : s.at;
    if (s.afterMs !== undefined) return fired ? null : t.createdAt + s.afterMs;
    const base = t.lastFiredAt ?? t.createdAt;
    if (s.everyMinutes) return base + s.everyMinutes * MINUTE;
    if (s.everyHours) return base + s.everyHours * HOUR;
    const days = s.everyDays ?? 1;
    if (s.atHour === undefined) return base + days * DAY;
    const earliest = base + (fired ? (days - 1) * DAY : 0) + 1;
    const p = zonedParts(earliest, s.timeZone);
    for (let add = 0; ; add++) {
      const d = new Date(Date.UTC(p.year, p.month - 1, p.day + add));
      const at = zonedTimeToEpoch(
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: s.atHour, minute: s.nearMinute ?? 0, second: 0, millisecond: 0 },
        s.timeZone,
      );
      if (at >= earliest) return at;
    }
  }

  /** Fires the time-driven triggers that are due now, once each. */
  runDue(options: FireOptions = {}): FireResult[] {
    const now = this.rt.clock.now();
    const due = this.registry.triggers.filter((t) => {
      const at = t.eventType === 'CLOCK' ? this.nextDue(t) : null;
      return at !== null && at <= now;
    });
    const results = due.map((t) => {
      t.lastFiredAt = now;
      return this.fireRecord(t, () => this.timeDrivenEvent(t), options.scope);
    });
    return this.settle(results, options);
  }

  /**
   * Moves the virtual clock forward by `ms`, firing time-driven triggers at their due times in
   * order (each firing's own modeled cost also moves the clock).
   */
  advance(ms: number, options: FireOptions = {}): FireResult[] {
    const target = this.rt.clock.now() + ms;
    const results: FireResult[] = [];
    for (let guard = 0; ; guard++) {
      if (guard > 10000) throw new Error('emulator: more than 10,000 trigger firings in one advance()');
      let next: { t: TriggerRecord; at: number } | undefined;
      for (const t of this.registry.triggers) {
        const at = t.eventType === 'CLOCK' ? this.nextDue(t) : null;
        if (at !== null && at <= target && (!next || at < next.at)) next = { t, at };
      }
      if (!next) break;
      const now = this.rt.clock.now();
      if (next.at > now) this.rt.clock.advance(next.at - now);
      const t = next.t;
      t.lastFiredAt = next.at;
      results.push(this.fireRecord(t, () => this.timeDrivenEvent(t), options.scope));
    }
    const now = this.rt.clock.now();
    if (target > now) this.rt.clock.advance(target - now);
    return this.settle(results, options);
  }

  /**
   * What Google Forms does on a submission to a linked spreadsheet: writes the response row
   * (answers parsed like typed input, never as formulas), then fires the spreadsheet's
   * onFormSubmit triggers with { authMode, namedValues, range, triggerUid, values }. Without a
   * form; `emu.forms.respond` submits to an emulated form.
   */
  submitForm(submission: FormSubmission, options: FireOptions = {}): FormSubmitResult {
    const ss = submission.spreadsheet ? spreadsheetDataOf(submission.spreadsheet) : this.rt.activeSpreadsheet;
    const sheetName = submission.sheetName ?? 'Form Responses 1';
    const sheet = ss.sheetNamed(sheetName) ?? ss.addSheet(sheetName, ss.sheets.length);
    const headers = ensureHeaders(sheet, submission.timestampHeader ?? 'Timestamp', Object.keys(submission.answers));
    const answers = new Map<string, Answer | null>(Object.entries(submission.answers));
    const { row, values } = writeResponseRow(this.rt, sheet, headers, submission.timestamp ?? this.rt.clock.date(), answers);
    const event = sheetSubmitEvent(this.rt, sheet, row, headers, values);
    const results = this.dispatch('ON_FORM_SUBMIT', ss.id, event, options.scope, submission.duplicate ? 2 : 1);
    return { row, values, namedValues: namedValuesOf(headers, values), results: this.settle(results, options) };
  }

  /**
   * A user opens the spreadsheet: the simple `onOpen(e)` (AuthMode.LIMITED, or NONE for an add-on
   * not yet used in this document) and then installable onOpen triggers.
   */
  open(user: string = this.rt.owner, options: FireOptions & { authMode?: 'LIMITED' | 'NONE' } = {}): FireResult[] {
    const ss = this.rt.activeSpreadsheet;
    const results: FireResult[] = [];
    const scope = (options.scope ?? this.rt.scope) as Record<string, unknown>;
    if (typeof scope.onOpen === 'function') {
      const authMode = options.authMode ?? 'LIMITED';
      results.push(
        this.invoke({ user, kind: 'simpleTrigger', authMode }, 'onOpen', () => ({
          authMode: AuthMode[authMode],
          source: spreadsheetView(this.rt, ss),
          user: new UserImpl(this.rt, user),
        }), options.scope),
      );
    }
    results.push(...this.dispatch('ON_OPEN', ss.id, (t) => this.defaultEvent(t), options.scope));
    return this.settle(results, options);
  }

  /** The add-on is installed by `user`: `onInstall(e)` runs with AuthMode.FULL. */
  install(user: string = this.rt.owner, options: FireOptions = {}): FireResult[] {
    const result = this.invoke({ user, kind: 'simpleTrigger', authMode: 'FULL' }, 'onInstall', () => ({ authMode: AuthMode.FULL }), options.scope);
    return this.settle([result], options);
  }
}
