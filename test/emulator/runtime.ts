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
import { behaviourOf, figureMs, LOOKAHEAD_ROWS } from './latency';
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

  constructor(
    readonly id: number,
    readonly kind: ExecutionKind,
    readonly activeUser: string,
    readonly effectiveUser: string,
    readonly authMode: AuthModeName,
    readonly locale: string,
    readonly startedAt: number,
  ) {}
}

export interface RuntimeOptions {
  owner: string;
  timeZone: string;
  locale: string;
  userLocale: string;
  latency: 'model' | 'off';
  startTime: number;
  scope: object;
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
  private readonly stack: Execution[] = [];
  private defaultExecution: Execution;
  private nextExecutionId = 1;
  private nextSpreadsheetId = 1;

  constructor(readonly options: RuntimeOptions) {
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

  private newExecution(opts: ExecutionOptions): Execution {
    const user = opts.user ?? this.owner;
    return new Execution(
      this.nextExecutionId++,
      opts.kind ?? 'script',
      user,
      opts.effectiveUser ?? user,
      opts.authMode ?? 'FULL',
      opts.locale ?? this.options.userLocale,
      this.clock.now(),
    );
  }

  /** Starts an execution (paying the modeled start-up cost); run code in it with `within`. */
  beginExecution(opts: ExecutionOptions = {}): Execution {
    const exec = this.newExecution(opts);
    this.charge('Execution.start', this.model(figureMs('executionStart')));
    return exec;
  }

  within<T>(exec: Execution, fn: () => T): T {
    if (exec.ended) throw new Error(`Execution ${exec.id} has ended`);
    this.stack.push(exec);
    try {
      return fn();
    } finally {
      this.stack.splice(this.stack.lastIndexOf(exec), 1);
    }
  }

  /** Ends an execution as Apps Script does when a run finishes: commits its writes, releases its locks. */
  endExecution(exec: Execution = this.current()): void {
    if (exec.ended) return;
    const hadWrites = exec.pending.length > 0;
    const ms = this.flush(exec);
    if (hadWrites) this.charge('Execution.flush', ms);
    for (const key of exec.heldLocks) if (this.locks.get(key) === exec) this.locks.delete(key);
    exec.heldLocks.clear();
    exec.ended = true;
    if (exec === this.defaultExecution) this.defaultExecution = this.newExecution({ kind: 'default' });
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

  /** Records a metered event and moves virtual time forward by its cost. */
  charge(name: string, ms: number): void {
    this.meter.record(name, ms);
    this.clock.advance(ms);
  }

  /** Real waiting (sleep, lock contention) that happens whatever the latency mode. */
  wait(name: string, ms: number): void {
    this.meter.addTime(name, ms);
    this.clock.advance(ms);
  }

  /**
   * Meters one call of a public method. Reads and structural calls commit the execution's
   * buffered writes first (every read flushes the write cache); reads then pay a cache hit or
   * a backend read. `items` counts what a call returns when its cost grows with it (responses).
   */
  call(method: string, read?: { sheet: SheetData; rect: Rect }, items = 0): void {
    const b = behaviourOf(method);
    const exec = this.current();
    let ms = 0;
    if (b.kind === 'read' || b.kind === 'flushFirst') ms += this.flush(exec);
    ms += b.kind === 'read' ? this.readCost(exec, read) : figureMs(b.figure, 0, items);
    this.charge(method, this.model(ms));
  }

  private readCost(exec: Execution, read?: { sheet: SheetData; rect: Rect }): number {
    if (!read) return figureMs('readBackend');
    const cached = exec.readCache.get(read.sheet) ?? [];
    if (cached.some((r) => rectContains(r, read.rect))) return figureMs('readCacheHit');
    cached.push({ row: read.rect.row, col: 1, numRows: read.rect.numRows + LOOKAHEAD_ROWS, numCols: read.sheet.maxCols });
    exec.readCache.set(read.sheet, cached);
    return figureMs('readBackend', read.rect.numRows * read.rect.numCols);
  }

  /** Buffers a write of the current execution; `apply` runs when the execution flushes. */
  enqueue(spreadsheet: SpreadsheetData, cells: number, apply: () => void): void {
    this.current().pending.push({ spreadsheet, cells, apply });
  }

  /** Commits an execution's buffered writes; returns the modeled cost (0 when nothing was pending). */
  flush(exec: Execution = this.current()): number {
    if (!exec.pending.length) return 0;
    const writes = exec.pending.splice(0);
    let cells = 0;
    for (const w of writes) {
      cells += w.cells;
      w.apply();
      w.spreadsheet.touch();
    }
    exec.readCache.clear();
    return this.model(figureMs('flush', cells));
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

  private callCustomFunction(name: string, args: unknown[]): unknown {
    const fn = this.findCustomFunction(name);
    if (!fn) throw new UnknownFunction(name);
    const exec = this.newExecution({ kind: 'customFunction', authMode: 'CUSTOM_FUNCTION', user: '', effectiveUser: this.owner });
    this.charge(`CustomFunction.${name}`, this.model(figureMs('executionStart')));
    try {
      return this.within(exec, () => fn.apply(this.scope, args));
    } finally {
      this.endExecution(exec);
    }
  }
}
