/**
 * The shared state behind every emulated service: executions (who runs, in which mode, holding
 * which locks, with which buffered writes), the meter and clock, and the spreadsheets.
 */
import { type Rect, rectContains } from './a1';
import { VirtualClock } from './clock';
import type { AuthModeName } from './enums';
import { fail, GasException, MESSAGES } from './errors';
import { FormRegistry } from './form-model';
import { UnknownFunction } from './formulas';
import { CHART_COSTS } from './charts';
import { type Behaviour, behaviourOf, figureMs, LOOKAHEAD_ROWS } from './latency';
import { Meter } from './meter';
import { Recalc } from './recalc';
import { type SheetData, SpreadsheetData } from './sheet-model';
import { UiRecorder } from './ui';

export type ExecutionKind = 'default' | 'script' | 'menu' | 'trigger' | 'simpleTrigger' | 'customFunction';

export interface ExecutionOptions {
  /** Session.getActiveUser(); defaults to the spreadsheet owner. */
  user?: string;
  /** Session.getEffectiveUser(); defaults to `user` (installable triggers run as their creator). */
  effectiveUser?: string;
  kind?: ExecutionKind;
  authMode?: AuthModeName;
  /** Session.getActiveUserLocale(). */
  locale?: string;
}

/**
 * Runtime limits per execution, research §1.2 (quotas page): "Script runtime 6 min / execution",
 * "Custom function runtime 30 sec / execution"; §1.4: simple triggers "can't run for longer than
 * 30 seconds".
 */
export const EXECUTION_TIME_LIMITS_MS = {
  script: 6 * 60_000,
  simpleTrigger: 30_000,
  customFunction: 30_000,
} as const;

/** Research §1.3 and §3.7: the kill, and the note a custom function's cell shows for it. */
export const TIME_LIMIT_MESSAGES = {
  exceeded: 'Exceeded maximum execution time',
  customFunctionNote: 'Exceeded maximum execution time (line 0).',
} as const;

/** Thrown by every metered call of an execution past its time limit. */
export class ExecutionTimeLimitExceeded extends GasException {
  constructor() {
    super(TIME_LIMIT_MESSAGES.exceeded);
  }
}

interface PendingWrite {
  spreadsheet: SpreadsheetData;
  cells: number;
  apply(): void;
}

/** One run of the script: a menu click, a trigger, a custom-function evaluation, a test step. */
export class Execution {
  readonly pending: PendingWrite[] = [];
  readonly readCache = new Map<SheetData, Rect[]>();
  readonly heldLocks = new Set<string>();
  ended = false;
  /** Set when the execution ran past its time limit: it is dead, and every later call throws this. */
  killed: ExecutionTimeLimitExceeded | null = null;

  constructor(
    readonly id: number,
    readonly kind: ExecutionKind,
    readonly activeUser: string,
    readonly effectiveUser: string,
    readonly authMode: AuthModeName,
    readonly locale: string,
    readonly startedAt: number,
    /** Virtual milliseconds from `startedAt` the execution may run; Infinity for none. */
    readonly timeLimitMs: number,
  ) {}
}

/** A call about to run, as fault injection (faults.ts) sees it. */
export interface ServiceCall {
  method: string;
  behaviour: Behaviour;
  /** The spreadsheet the call reads, else the bound one: a timeout's message names it. */
  spreadsheetId: string;
}

export interface RuntimeOptions {
  owner: string;
  timeZone: string;
  locale: string;
  userLocale: string;
  latency: 'model' | 'off';
  startTime: number;
  scope: object;
  /** Replaces every execution's time limit; Infinity disables the limit. */
  executionTimeLimitMs?: number;
}

export const SCOPES = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  scriptapp: 'https://www.googleapis.com/auth/script.scriptapp',
  forms: 'https://www.googleapis.com/auth/forms',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
} as const;

type AnyFunction = (...args: unknown[]) => unknown;

export class Runtime {
  readonly meter = new Meter();
  readonly clock: VirtualClock;
  readonly spreadsheets = new Map<string, SpreadsheetData>();
  readonly forms = new FormRegistry();
  /** The document the script is bound to. */
  activeSpreadsheet!: SpreadsheetData;
  /** Lock key → the execution holding it. */
  readonly locks = new Map<string, Execution>();
  readonly customFunctions = new Map<string, AnyFunction>();
  /** What the script showed people: menus, dialogs, toasts; and the answers scripted for them. */
  readonly ui = new UiRecorder();
  scope: object;
  /** Fault injection (faults.ts): the error a call throws instead of running, or null. */
  faultFor: ((call: ServiceCall) => Error | null) | null = null;
  private readonly stack: Execution[] = [];
  private defaultExecution: Execution;
  private nextExecutionId = 1;
  private nextSpreadsheetId = 1;

  constructor(readonly options: RuntimeOptions) {
    const limit = options.executionTimeLimitMs;
    if (limit !== undefined && !(limit >= 0)) throw new RangeError(`executionTimeLimitMs needs a non-negative number, got ${limit}`);
    this.clock = new VirtualClock(options.startTime);
    this.scope = options.scope;
    this.defaultExecution = this.newExecution({ kind: 'default' });
  }

  get owner(): string {
    return this.options.owner;
  }

  // ---- executions --------------------------------------------------------------------------

  current(): Execution {
    return this.stack[this.stack.length - 1] ?? this.defaultExecution;
  }

  /**
   * The default execution stands for test code outside any run, which spans many real runs, so it
   * has no limit.
   */
  private timeLimitFor(kind: ExecutionKind): number {
    if (kind === 'default') return Infinity;
    if (this.options.executionTimeLimitMs !== undefined) return this.options.executionTimeLimitMs;
    if (kind === 'customFunction' || kind === 'simpleTrigger') return EXECUTION_TIME_LIMITS_MS[kind];
    return EXECUTION_TIME_LIMITS_MS.script;
  }

  private newExecution(opts: ExecutionOptions): Execution {
    const user = opts.user ?? this.owner;
    const kind = opts.kind ?? 'script';
    return new Execution(
      this.nextExecutionId++,
      kind,
      user,
      opts.effectiveUser ?? user,
      opts.authMode ?? 'FULL',
      opts.locale ?? this.options.userLocale,
      this.clock.now(),
      this.timeLimitFor(kind),
    );
  }

  /** Starts an execution (paying the modeled start-up cost); run code in it with `within`. */
  beginExecution(opts: ExecutionOptions = {}): Execution {
    const exec = this.newExecution(opts);
    this.charge('Execution.start', this.model(figureMs('executionStart')), exec);
    return exec;
  }

  /**
   * Runs `fn` in `exec`. A real kill cannot be caught, so once the execution is dead its outcome
   * is the kill whatever `fn` did afterwards (caught the error, returned, threw something else).
   */
  within<T>(exec: Execution, fn: () => T): T {
    if (exec.killed) throw exec.killed;
    if (exec.ended) throw new Error(`Execution ${exec.id} has ended`);
    this.stack.push(exec);
    let result: T;
    try {
      result = fn();
    } catch (e) {
      throw exec.killed ?? e;
    } finally {
      this.stack.splice(this.stack.lastIndexOf(exec), 1);
    }
    if (exec.killed) throw exec.killed;
    return result;
  }

  /** Ends an execution as Apps Script does when a run finishes: commits its writes, releases its locks. */
  endExecution(exec: Execution = this.current()): void {
    if (exec.ended) return;
    if (exec.pending.length) this.charge('Execution.flush', this.flushCost(exec), exec);
    this.flush(exec);
    this.close(exec);
  }

  private close(exec: Execution): void {
    for (const key of exec.heldLocks) if (this.locks.get(key) === exec) this.locks.delete(key);
    exec.heldLocks.clear();
    exec.ended = true;
    if (exec === this.defaultExecution) this.defaultExecution = this.newExecution({ kind: 'default' });
  }

  /**
   * Apps Script stops the run: its locks are released and its buffered writes are dropped
   * [unverified: practitioners say only that work not yet saved may be lost].
   */
  private kill(exec: Execution): never {
    exec.killed = new ExecutionTimeLimitExceeded();
    exec.pending.length = 0;
    exec.readCache.clear();
    this.close(exec);
    throw exec.killed;
  }

  run<T>(opts: ExecutionOptions, fn: () => T): T {
    const exec = this.beginExecution(opts);
    try {
      return this.within(exec, fn);
    } finally {
      this.endExecution(exec);
    }
  }

  // ---- metering ----------------------------------------------------------------------------

  /** A modeled cost: `ms`, or 0 when latency is off. */
  model(ms: number): number {
    return this.options.latency === 'off' ? 0 : ms;
  }

  /** Records a metered event of `exec` and moves virtual time forward by its cost. */
  charge(name: string, ms: number, exec: Execution = this.current()): void {
    this.spend(exec, ms, (spent) => this.meter.record(name, spent));
  }

  /** Real waiting (sleep, lock contention) that happens whatever the latency mode. */
  wait(name: string, ms: number): void {
    this.spend(this.current(), ms, (spent) => this.meter.addTime(name, spent));
  }

  /**
   * Moves the clock by `ms` on behalf of `exec`. A dead execution cannot spend; one whose time
   * would end past its limit spends up to the limit and dies.
   */
  private spend(exec: Execution, ms: number, record: (ms: number) => void): void {
    if (exec.killed) throw exec.killed;
    const deadline = exec.startedAt + exec.timeLimitMs;
    const now = this.clock.now();
    if (now + ms <= deadline) {
      record(ms);
      this.clock.advance(ms);
      return;
    }
    const spent = Math.max(0, deadline - now);
    record(spent);
    this.clock.advance(spent);
    this.kill(exec);
  }

  /** Behaviour of a method: the latency tables, and the chart methods (charts.ts). */
  private behaviourOf(method: string): Behaviour {
    return CHART_COSTS[method] ?? behaviourOf(method);
  }

  /**
   * Meters one call of a public method. Reads and structural calls commit the execution's
   * buffered writes first (every read flushes the write cache); reads then pay a cache hit or
   * a backend read. `items` counts what a call returns when its cost grows with it (responses).
   * Nothing changes when the call kills the execution or an injected fault fails it.
   */
  call(method: string, read?: { sheet: SheetData; rect: Rect }, items = 0): void {
    const b = this.behaviourOf(method);
    const exec = this.current();
    const fault = this.faultFor?.({ method, behaviour: b, spreadsheetId: (read?.sheet.parent ?? this.activeSpreadsheet).id });
    if (fault) {
      // A failed call has no effect (no flush, no read, nothing buffered) but takes its own time.
      const own = b.kind === 'read' ? figureMs('readBackend', read ? read.rect.numRows * read.rect.numCols : 0) : figureMs(b.figure, 0, items);
      this.charge(method, this.model(own), exec);
      throw fault;
    }
    const flushing = (b.kind === 'read' || b.kind === 'flushFirst') && exec.pending.length > 0;
    const hit = b.kind === 'read' && !!read && !flushing && this.isCached(exec, read);
    let ms = flushing ? this.flushCost(exec) : 0;
    if (b.kind !== 'read') ms += figureMs(b.figure, 0, items);
    else if (hit) ms += figureMs('readCacheHit');
    else ms += figureMs('readBackend', read ? read.rect.numRows * read.rect.numCols : 0);
    this.charge(method, this.model(ms), exec);
    if (flushing) this.flush(exec);
    if (b.kind === 'read' && read && !hit) this.rememberRead(exec, read);
  }

  /** Whether a range read since the last flush (with its look-ahead rows) holds the cells. */
  private isCached(exec: Execution, read: { sheet: SheetData; rect: Rect }): boolean {
    return (exec.readCache.get(read.sheet) ?? []).some((r) => rectContains(r, read.rect));
  }

  private rememberRead(exec: Execution, read: { sheet: SheetData; rect: Rect }): void {
    const cached = exec.readCache.get(read.sheet) ?? [];
    cached.push({ row: read.rect.row, col: 1, numRows: read.rect.numRows + LOOKAHEAD_ROWS, numCols: read.sheet.maxCols });
    exec.readCache.set(read.sheet, cached);
  }

  /** Buffers a write of the current execution; `apply` runs when the execution flushes. */
  enqueue(spreadsheet: SpreadsheetData, cells: number, apply: () => void): void {
    this.current().pending.push({ spreadsheet, cells, apply });
  }

  /** The modeled cost of committing an execution's buffered writes (0 when nothing is pending). */
  private flushCost(exec: Execution): number {
    if (!exec.pending.length) return 0;
    return this.model(figureMs('flush', exec.pending.reduce((cells, w) => cells + w.cells, 0)));
  }

  /** Commits an execution's buffered writes (their cost is metered by the caller). */
  private flush(exec: Execution): void {
    if (!exec.pending.length) return;
    for (const w of exec.pending.splice(0)) {
      w.apply();
      w.spreadsheet.touch();
    }
    exec.readCache.clear();
  }

  // ---- authorization -------------------------------------------------------------------------

  /** Writes are refused in custom functions and before the add-on is authorized (AuthMode.NONE). */
  requireWrite(method: string): void {
    const mode = this.current().authMode;
    if (mode === 'CUSTOM_FUNCTION') fail(MESSAGES.noPermission(method.split('.').pop() as string));
    if (mode === 'NONE') fail(MESSAGES.noPermissionScoped(method, SCOPES.spreadsheets));
  }

  /** Services that need full authorization: refused in simple triggers, custom functions and NONE. */
  requireFullAuth(method: string, scope: string): void {
    if (this.current().authMode !== 'FULL') fail(MESSAGES.noPermissionScoped(method, scope));
  }

  // ---- spreadsheets and functions ------------------------------------------------------------

  createSpreadsheet(name: string, owner: string, rows = 1000, cols = 26, firstSheet = 'Sheet1'): SpreadsheetData {
    const id = `emu-ss-${this.nextSpreadsheetId++}`;
    const ss = new SpreadsheetData(id, name, owner, this.options.timeZone, this.options.locale);
    ss.recalc = new Recalc(ss, (fn, args) => this.callCustomFunction(fn, args));
    ss.activeSheet = ss.addSheet(firstSheet, 0, rows, cols);
    this.spreadsheets.set(id, ss);
    return ss;
  }

  /** Finds a script function by exact name, as Apps Script resolves trigger and menu handlers. */
  handler(name: string, scope: object = this.scope): AnyFunction {
    const fn = (scope as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new GasException(MESSAGES.functionNotFound(name));
    return fn as AnyFunction;
  }

  /** Custom functions: registered ones, then the scope's functions; case-insensitive, never `name_`. */
  private findCustomFunction(upper: string): AnyFunction | undefined {
    const registered = this.customFunctions.get(upper);
    if (registered) return registered;
    const scope = this.scope as Record<string, unknown>;
    const key = Object.keys(scope).find((k) => k.toUpperCase() === upper && !k.endsWith('_') && typeof scope[k] === 'function');
    return key === undefined ? undefined : (scope[key] as AnyFunction);
  }

  /** A custom function past its 30 s shows `#ERROR!` with the note of research §3.7. */
  private callCustomFunction(name: string, args: unknown[]): unknown {
    const fn = this.findCustomFunction(name);
    if (!fn) throw new UnknownFunction(name);
    const exec = this.newExecution({ kind: 'customFunction', authMode: 'CUSTOM_FUNCTION', user: '', effectiveUser: this.owner });
    try {
      this.charge(`CustomFunction.${name}`, this.model(figureMs('executionStart')), exec);
      return this.within(exec, () => fn.apply(this.scope, args));
    } catch (e) {
      if (e === exec.killed) throw new GasException(TIME_LIMIT_MESSAGES.customFunctionNote);
      throw e;
    } finally {
      this.endExecution(exec);
    }
  }
}
