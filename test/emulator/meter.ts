export interface MethodStats {
  calls: number;
  modeledMs: number;
}

export interface MeterSnapshot {
  calls: number;
  modeledMs: number;
  byMethod: Record<string, MethodStats>;
}

/**
 * Counts every emulated call as `Service.method` with its modeled latency. Besides service methods
 * it records `Execution.start`, `Execution.flush` (the commit at the end of a run) and
 * `CustomFunction.<NAME>` (one per custom-function evaluation), so a run's cost is complete.
 */
export class Meter {
  calls = 0;
  modeledMs = 0;
  byMethod: Record<string, MethodStats> = {};

  record(name: string, ms: number): void {
    this.calls += 1;
    this.modeledMs += ms;
    const entry = (this.byMethod[name] ??= { calls: 0, modeledMs: 0 });
    entry.calls += 1;
    entry.modeledMs += ms;
  }

  /** Adds time to a call already recorded (a lock wait discovered after the call began). */
  addTime(name: string, ms: number): void {
    this.modeledMs += ms;
    const entry = (this.byMethod[name] ??= { calls: 0, modeledMs: 0 });
    entry.modeledMs += ms;
  }

  reset(): void {
    this.calls = 0;
    this.modeledMs = 0;
    this.byMethod = {};
  }

  snapshot(): MeterSnapshot {
    const byMethod: Record<string, MethodStats> = {};
    for (const [name, stats] of Object.entries(this.byMethod)) byMethod[name] = { ...stats };
    return { calls: this.calls, modeledMs: this.modeledMs, byMethod };
  }

  /** Calls of one method, 0 when never called. */
  count(name: string): number {
    return this.byMethod[name]?.calls ?? 0;
  }
}
