// Issue 8's performance targets, checked against the lines the benchmark printed. A target that
// fails is printed as failing, with its figure.

import { callsByMethod } from './contest-run';
import { CUSTOM_FUNCTION_PREFIX } from './engine-bench';
import type { OperationLine, Target } from './lines';

/** Issue 8: "computing results for the province scenario in at most 20 Sheets calls, independent of entries". */
const RESULTS_SHEETS_CALLS = 20;
/** Issue 8 (and issue 3): custom functions over 10,000 entries under 1 s. */
const CUSTOM_FUNCTION_MS = 1_000;
/** Issue 8: bundle ≤ 150 KB, read as 150 × 1,000 bytes (the stricter reading). */
const BUNDLE_BYTES = 150_000;
export const RESULTS_OPERATION = 'Tính kết quả';

/** Methods called a different number of times by two steps: what grows with the contest. */
function differingCalls(a: OperationLine | undefined, b: OperationLine | undefined): Record<string, [number, number]> {
  const ca = (a && callsByMethod.get(a)) ?? {};
  const cb = (b && callsByMethod.get(b)) ?? {};
  const methods = [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort();
  return Object.fromEntries(methods.filter((m) => (ca[m] ?? 0) !== (cb[m] ?? 0)).map((m) => [m, [ca[m] ?? 0, cb[m] ?? 0]]));
}

export function checkTargets(lines: readonly OperationLine[], bundleBytes: number): Target[] {
  const results = (scenario: string): OperationLine | undefined => lines.find((l) => l.scenario === scenario && l.operation === RESULTS_OPERATION);
  const province = results('province');
  const control = results('province-100');
  const district = results('district');
  const sheetsCalls = province?.sheetsCalls ?? Number.POSITIVE_INFINITY;

  const functions = lines.filter((l) => l.scenario === 'engine-10000' && l.operation.startsWith(CUSTOM_FUNCTION_PREFIX));
  const slowest = functions.reduce<OperationLine | null>((worst, l) => (worst === null || (l.wallMs ?? 0) > (worst.wallMs ?? 0) ? l : worst), null);

  const menu = lines.filter((l) => l.calls !== null);
  const overLimit = menu.filter((l) => !l.resumable && l.withinLimit === false);
  const resumableOver = menu.filter((l) => l.resumable && (l.detail?.stillPending === true || (l.detail?.perExecution as { everyWithinLimit?: boolean } | undefined)?.everyWithinLimit === false));

  return [
    {
      target: `results for the province in ≤ ${RESULTS_SHEETS_CALLS} Sheets calls, independent of entries`,
      figure: {
        province: { entries: province?.entries, sheetsCalls: province?.sheetsCalls, calls: province?.calls },
        'province-100': { entries: control?.entries, sheetsCalls: control?.sheetsCalls, calls: control?.calls },
        district: { entries: district?.entries, judges: district?.judges, rounds: district?.rounds, sheetsCalls: district?.sheetsCalls, calls: district?.calls },
        sameCallsAt100And1000Entries: province !== undefined && control !== undefined && province.sheetsCalls === control.sheetsCalls,
        callsDifferingAt100And1000Entries: differingCalls(control, province),
      },
      pass: sheetsCalls <= RESULTS_SHEETS_CALLS && province?.sheetsCalls === control?.sheetsCalls,
    },
    {
      target: `custom functions over 10,000 entries < ${CUSTOM_FUNCTION_MS} ms`,
      figure: slowest ? { slowest: slowest.operation, wallMs: slowest.wallMs, functions: functions.length } : null,
      pass: functions.length > 0 && functions.every((l) => (l.wallMs ?? Number.POSITIVE_INFINITY) < CUSTOM_FUNCTION_MS),
    },
    {
      target: `bundle ≤ ${BUNDLE_BYTES} bytes (150 KB)`,
      figure: bundleBytes,
      pass: bundleBytes <= BUNDLE_BYTES,
    },
    {
      target: 'every menu operation under 6 minutes of modeled time, or resumable',
      figure: {
        operations: menu.length,
        over: [...overLimit, ...resumableOver].map((l) => ({ scenario: l.scenario, operation: l.operation, modeledMs: l.modeledMs, resumable: l.resumable ?? false })),
      },
      pass: overLimit.length === 0 && resumableOver.length === 0,
    },
  ];
}

/**
 * Per scenario, the share of all its steps' modeled time charged by [estimate] figures, with and
 * without the documents (Drive and Docs calls, all estimates): each line weighs by its modeledMs
 * (the submit trigger's by its total over the responses measured).
 */
export function estimatedShareByScenario(lines: readonly OperationLine[]): Record<string, { all: number; withoutDocuments: number }> {
  const sums = new Map<string, { all: number; estimated: number; documents: number; documentsEstimated: number }>();
  for (const l of lines) {
    if (l.modeledMs === null || l.estimatedShare === undefined) continue;
    const total = typeof l.detail?.totalModeledMs === 'number' ? l.detail.totalModeledMs : l.modeledMs;
    const sum = sums.get(l.scenario) ?? { all: 0, estimated: 0, documents: 0, documentsEstimated: 0 };
    sum.all += total;
    sum.estimated += total * l.estimatedShare;
    if (l.resumable) {
      sum.documents += total;
      sum.documentsEstimated += total * l.estimatedShare;
    }
    sums.set(l.scenario, sum);
  }
  const share = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) / 100 : 0);
  return Object.fromEntries(
    [...sums].map(([scenario, s]) => [scenario, { all: share(s.estimated, s.all), withoutDocuments: share(s.estimated - s.documentsEstimated, s.all - s.documents) }]),
  );
}
