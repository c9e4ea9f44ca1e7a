/**
 * Fault injection: a test makes chosen service calls fail with the errors Apps Script throws when
 * Google's servers are busy, slow, rate-limiting or out of a daily quota. A failed call has no
 * effect (nothing read, flushed, buffered or changed), takes its own modeled time and is metered
 * like any call (runtime.ts `Runtime.call`). README "Faults".
 */
import { GasException } from './errors';
import type { Runtime, ServiceCall } from './runtime';
import { GoogleJsonResponseException } from './sheets-api';

export type FaultKind = 'transient' | 'rate' | 'timeout' | 'quota';

/**
 * The texts Apps Script shows. `transient` and both forms of `timeout` are copied from two years
 * of a script's execution log (amindeed/Gmail-AutoResponder TODO.md: "We're sorry, a server error
 * occurred. Please wait a bit and try again.", "Service Spreadsheets timed out while accessing
 * document with id …", "Service timed out: Spreadsheets"). `rate` is the quotas page's pattern
 * (research/apps-script-platform.md §1.3). `quota` is the daily form practitioners quote
 * ("Service invoked too many times for one day: email." googleworkspace/solutions#193; "…: urlfetch."
 * evepraisal/evepraisal-google-sheets#2), as mail.ts already throws it; the quotas page gives only
 * `Service invoked too many times: <Service>.` (§1.3).
 */
export const FAULT_MESSAGES = {
  transient: "We're sorry, a server error occurred. Please wait a bit and try again.",
  rate: (service: string) => `Service invoked too many times in a short time: ${service}. Try Utilities.sleep(1000) between calls.`,
  timeout: (service: string, documentId: string | null) =>
    documentId === null ? `Service timed out: ${service}` : `Service ${service} timed out while accessing document with id ${documentId}.`,
  quota: (service: string) => `Service invoked too many times for one day: ${service}.`,
} as const;

/**
 * The advanced services (Sheets, Docs) fail as their REST APIs do, in the form every advanced
 * service error takes (sheets-api.ts). Their quotas are per minute only ("there's no limit to the
 * number of requests that you can make per day", developers.google.com/sheets/api/limits, which
 * names the metrics): both `rate` and `quota` are the 429, in the words of a measured Gmail 429
 * ("Quota exceeded for quota metric 'Total Query Cost' and limit 'Units per minute per user' of
 * service 'gmail.googleapis.com' for consumer …"). `transient` (500) and `timeout` (503) are the
 * APIs' standard texts, as practitioners' retry lists match them ("Internal error encountered",
 * "Service Unavailable") [unverified for these two methods].
 */
export const API_FAULT_MESSAGES = {
  failed: (path: string, message: string) => `API call to ${path} failed with error: ${message}`,
  transient: 'Internal error encountered.',
  timeout: 'The service is currently unavailable.',
  perMinute: (metric: 'Read' | 'Write', api: string) =>
    `Quota exceeded for quota metric '${metric} requests' and limit '${metric} requests per minute per user' of service '${api}.googleapis.com' for consumer 'project_number:000000000000'.`,
} as const;

const ADVANCED_SERVICES = ['Sheets', 'Docs'];

/** `Sheets.Spreadsheets.Values.batchGet` → `sheets.spreadsheets.values.batchGet`, as the API names it. */
function apiPath(method: string): string {
  const parts = method.split('.');
  return [...parts.slice(0, -1).map((p) => p.toLowerCase()), parts[parts.length - 1]].join('.');
}

function apiFault(kind: FaultKind, method: string): GoogleJsonResponseException {
  const path = apiPath(method);
  const reads = /\.(get|batchGet)$/.test(method);
  const text =
    kind === 'transient' ? API_FAULT_MESSAGES.transient : kind === 'timeout' ? API_FAULT_MESSAGES.timeout : API_FAULT_MESSAGES.perMinute(reads ? 'Read' : 'Write', path.split('.')[0]);
  return new GoogleJsonResponseException(API_FAULT_MESSAGES.failed(path, text));
}

interface Service {
  /** As a timeout names it ("Service Spreadsheets timed out…"). */
  name: string;
  /** As a quota names it ("…too many times for one day: email."); only `email` is quoted from a real message, the rest follow its form [unverified]. */
  key: string;
}

const SERVICES: readonly (Service & { classes: readonly string[] })[] = [
  {
    name: 'Spreadsheets',
    key: 'spreadsheets',
    classes: ['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Protection', 'DataValidation', 'DataValidationBuilder', 'EmbeddedChart', 'EmbeddedChartBuilder'],
  },
  { name: 'Documents', key: 'docs', classes: ['DocumentApp', 'Document', 'Body', 'Paragraph', 'Text', 'Table', 'TableRow', 'TableCell', 'PageBreak'] },
  { name: 'Drive', key: 'driveapp', classes: ['DriveApp', 'File', 'Folder'] },
  { name: 'Forms', key: 'forms', classes: ['FormApp', 'Form', 'FormResponse', 'ItemResponse'] },
  { name: 'Mail', key: 'email', classes: ['MailApp'] },
  { name: 'Properties', key: 'properties', classes: ['PropertiesService', 'Properties'] },
  { name: 'Script', key: 'triggers', classes: ['ScriptApp', 'Trigger', 'ClockTriggerBuilder', 'FormTriggerBuilder', 'SpreadsheetTriggerBuilder', 'TriggerBuilder'] },
  { name: 'Lock', key: 'lock', classes: ['LockService', 'Lock'] },
];

function serviceOf(method: string): Service {
  const cls = method.split('.')[0];
  if (cls.endsWith('Item')) return { name: 'Forms', key: 'forms' };
  return SERVICES.find((s) => s.classes.includes(cls)) ?? { name: cls, key: cls.toLowerCase() };
}

/**
 * Whether a call reaches Google's servers, and so can fail there: everything but calls answered
 * from the object itself (getters like `Range.getRow`, builders, `Utilities`, `Session`) and logging.
 */
export function isServiceCall(call: ServiceCall): boolean {
  const b = call.behaviour;
  return !(b.kind === 'fixed' && (b.figure === 'local' || b.figure === 'log'));
}

export function faultError(kind: FaultKind, call: ServiceCall): Error {
  if (ADVANCED_SERVICES.includes(call.method.split('.')[0])) return apiFault(kind, call.method);
  const service = serviceOf(call.method);
  switch (kind) {
    case 'transient':
      return new GasException(FAULT_MESSAGES.transient);
    case 'rate':
      return new GasException(FAULT_MESSAGES.rate(service.key));
    case 'timeout':
      return new GasException(FAULT_MESSAGES.timeout(service.name, service.name === 'Spreadsheets' ? call.spreadsheetId : null));
    case 'quota':
      return new GasException(FAULT_MESSAGES.quota(service.key));
  }
}

export interface MethodFault {
  /** The method as the meter names it, e.g. `Range.setValues`. */
  method: string;
  /** Which of its calls from now on fails first: 1 (the default) is the next one. */
  nth?: number;
  error: FaultKind;
  /** How many of its calls fail, one after another (default 1; `Infinity`: every later one). */
  times?: number;
}

export interface IndexFault {
  /** Default `transient`. */
  error?: FaultKind;
  /** How many service calls fail, one after another (default 1; `Infinity`: every later one). */
  times?: number;
}

/** A call that failed because a test asked for it. */
export interface InjectedFault {
  /** Its place among the service calls since the emulator was created, from 1. */
  index: number;
  method: string;
  error: FaultKind;
  message: string;
}

export interface FaultController {
  /** The `nth` call of `method` from now on throws, `times` times. */
  failOn(fault: MethodFault): void;
  /** The `callIndex`-th service call from now (1: the next one), whatever it is, throws. */
  failAt(callIndex: number, fault?: IndexFault): void;
  /** Service calls made since the emulator was created (calls answered locally and logging not counted). */
  readonly calls: number;
  readonly injected: readonly InjectedFault[];
  /** Faults asked for that have not failed every call they will fail yet. */
  readonly armed: number;
  /** Forgets every fault not yet spent. */
  clear(): void;
}

interface Rule {
  matches(call: ServiceCall): boolean;
  /** Matching calls to let through before failing. */
  skip: number;
  /** Matching calls still to fail. */
  left: number;
  error: FaultKind;
}

function count(name: string, value: number, min: number): number {
  if (!(value >= min) || (Number.isFinite(value) && !Number.isInteger(value))) throw new RangeError(`${name} needs a whole number ≥ ${min}, got ${value}`);
  return value;
}

export function installFaults(rt: Runtime): FaultController {
  let rules: Rule[] = [];
  let calls = 0;
  const injected: InjectedFault[] = [];
  const arm = (rule: Rule): void => {
    rules.push(rule);
  };

  rt.faultFor = (call) => {
    const service = isServiceCall(call);
    if (service) calls += 1;
    let fired: Rule | undefined;
    // Every rule counts the call, even when an earlier one fails it: a failed call is still a call.
    for (const rule of rules) {
      if (!rule.matches(call)) continue;
      if (rule.skip > 0) rule.skip -= 1;
      else if (rule.left > 0) {
        rule.left -= 1;
        fired ??= rule;
      }
    }
    rules = rules.filter((r) => r.left > 0);
    if (!fired) return null;
    const error = faultError(fired.error, call);
    injected.push({ index: calls, method: call.method, error: fired.error, message: error.message });
    return error;
  };

  return {
    failOn: ({ method, nth = 1, error, times = 1 }) =>
      arm({ matches: (c) => c.method === method, skip: count('nth', nth, 1) - 1, left: count('times', times, 1), error }),
    failAt: (callIndex, { error = 'transient', times = 1 } = {}) =>
      arm({ matches: isServiceCall, skip: count('callIndex', callIndex, 1) - 1, left: count('times', times, 1), error }),
    get calls() {
      return calls;
    },
    injected,
    get armed() {
      return rules.length;
    },
    clear: () => {
      rules = [];
    },
  };
}
