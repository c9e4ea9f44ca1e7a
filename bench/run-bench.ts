// `npm run bench`: issue 8's performance benchmark, as JSON lines. One line per scenario and
// operation (bench/README.md explains every field), then one line of targets with their figures
// and pass or fail. The scenarios run every menu step in the emulator with the latency model on;
// the engine lines time the custom functions and the rules engine at 1,000 and 10,000 entries.

import { statSync } from 'node:fs';
import path from 'node:path';
import { runScenario } from './contest-run';
import { engineLines } from './engine-bench';
import type { OperationLine } from './lines';
import { districtScenario, provinceScenario } from './scenarios';
import { checkTargets, estimatedShareByScenario } from './targets';

const bundleBytes = statSync(path.resolve(__dirname, '../build/Code.js')).size;
const lines: OperationLine[] = [];
const print = (batch: readonly OperationLine[]): void => {
  for (const line of batch) console.log(JSON.stringify(line));
  lines.push(...batch);
};

print(engineLines(1_000, bundleBytes));
print(engineLines(10_000, bundleBytes));
for (const scenario of [districtScenario(), provinceScenario(100), provinceScenario(1_000)]) print(runScenario(scenario, bundleBytes));
console.log(JSON.stringify({ targets: checkTargets(lines, bundleBytes), estimatedShareOfModeledMs: estimatedShareByScenario(lines) }));
