/** Logger and console: messages are recorded (with the virtual time), not printed. */
import type { Runtime } from './runtime';

export interface LogEntry {
  at: number;
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Error) return v.stack ?? String(v);
  try {
    return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

/** Logger.log(format, ...values) substitutes %s in order, as Apps Script does. */
function formatLog(data: unknown, values: unknown[]): string {
  if (!values.length || typeof data !== 'string') return text(data);
  let i = 0;
  return data.replace(/%s/g, () => text(values[i++]));
}

export class LogBook {
  readonly entries: LogEntry[] = [];

  add(at: number, level: LogEntry['level'], message: string): void {
    this.entries.push({ at, level, message });
  }
}

type GasLogger = GoogleAppsScript.Base.Logger;

export class LoggerImpl implements Pick<GasLogger, 'log' | 'getLog' | 'clear'> {
  private lines: string[] = [];

  constructor(
    private readonly rt: Runtime,
    private readonly book: LogBook,
  ) {}

  log(data: unknown, ...values: unknown[]): GasLogger {
    this.rt.call('Logger.log');
    const message = formatLog(data, values);
    this.lines.push(message);
    this.book.add(this.rt.clock.now(), 'log', message);
    return this as unknown as GasLogger;
  }

  getLog(): string {
    this.rt.call('Logger.getLog');
    return this.lines.join('\n');
  }

  clear(): void {
    this.rt.call('Logger.clear');
    this.lines = [];
  }
}

/** A `console` whose output goes to the log book (Apps Script's console goes to Cloud Logging). */
export function recordingConsole(rt: Runtime, book: LogBook): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const level =
    (l: LogEntry['level']) =>
    (...args: unknown[]): void => {
      rt.call(`console.${l}`);
      book.add(rt.clock.now(), l, args.map(text).join(' '));
    };
  return { log: level('log'), info: level('info'), warn: level('warn'), error: level('error') };
}
