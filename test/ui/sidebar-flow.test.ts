// The dashboard's step buttons: what the sidebar shows for a step's messages, its question and its
// failure, and the progress another execution reads while the step runs.

import type { StatePort } from '../../src/app/ports';
import type { DashboardView, StepId } from '../../src/ui/sidebar-contract';
import { STEP_IDS } from '../../src/ui/sidebar-contract';
import { runSidebarStep, type StepRunner } from '../../src/ui/sidebar-flow';
import { currentProgress } from '../../src/ui/step-progress';

class MemoryState implements StatePort {
  readonly values = new Map<string, string>();
  writes = 0;
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.writes += 1;
    this.values.set(key, value);
  }
}

const view = (title: string): DashboardView => ({
  locale: 'vi',
  configured: true,
  title,
  configProblems: { errors: 0, warnings: 0 },
  intake: null,
  rounds: [],
  results: null,
  documents: [],
  documentsFolderUrl: '',
  progress: null,
});

function steps(overrides: Partial<Record<StepId, StepRunner>>): Record<StepId, StepRunner> {
  const quiet: StepRunner = () => undefined;
  return Object.fromEntries(STEP_IDS.map((id) => [id, overrides[id] ?? quiet])) as Record<StepId, StepRunner>;
}

describe('a step run from the dashboard', () => {
  it('returns what the step said, then the dashboard as it is after the step', () => {
    const state = new MemoryState();
    let title = 'before';
    const outcome = runSidebarStep('syncEntries', false, {
      locale: 'vi',
      state,
      steps: steps({
        syncEntries: (dialogs) => {
          title = 'after';
          dialogs.tell('Nhận bài dự thi', 'Đồng bộ xong: 3 bài mới.');
        },
      }),
      dashboard: () => view(title),
    });
    expect(outcome).toEqual({ messages: [{ title: 'Nhận bài dự thi', text: 'Đồng bộ xong: 3 bài mới.' }], question: null, failed: false, dashboard: view('after') });
    expect(state.writes).toBe(0);
  });

  it('stops at a question before the step changes anything, and goes on once confirmed', () => {
    let locked = 0;
    const lock: StepRunner = (dialogs) => {
      if (!dialogs.confirm('Chấm điểm', 'Khóa vòng sơ khảo?')) return;
      locked += 1;
      dialogs.tell('Chấm điểm', 'Đã khóa.');
    };
    const context = { locale: 'vi' as const, state: new MemoryState(), steps: steps({ lockScoring: lock }), dashboard: () => view('x') };
    const asked = runSidebarStep('lockScoring', false, context);
    expect(asked.question).toEqual({ title: 'Chấm điểm', text: 'Khóa vòng sơ khảo?' });
    expect(asked.messages).toEqual([]);
    expect(locked).toBe(0);
    const done = runSidebarStep('lockScoring', true, context);
    expect(done.question).toBeNull();
    expect(done.messages).toEqual([{ title: 'Chấm điểm', text: 'Đã khóa.' }]);
    expect(locked).toBe(1);
  });

  it('only a literal true confirms: a page sending "true" or 1 is asked again', () => {
    let locked = false;
    const lock: StepRunner = (dialogs) => {
      locked = dialogs.confirm('t', 'q');
    };
    const context = { locale: 'vi' as const, state: new MemoryState(), steps: steps({ lockScoring: lock }), dashboard: () => view('x') };
    for (const confirmed of ['true', 1, null, undefined]) expect(runSidebarStep('lockScoring', confirmed, context).question).not.toBeNull();
    expect(locked).toBe(false);
  });

  it('turns an error into a message saying what to do, in the user language, without a stack trace', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: StepRunner = () => {
      throw new Error('Service Spreadsheets timed out while accessing document with id 1abc.');
    };
    const outcome = runSidebarStep('computeResults', false, { locale: 'en', state: new MemoryState(), steps: steps({ computeResults: failing }), dashboard: () => view('x') });
    expect(outcome.failed).toBe(true);
    expect(outcome.messages).toHaveLength(1);
    expect(outcome.messages[0].text).toContain('Service Spreadsheets timed out');
    expect(outcome.messages[0].text).toMatch(/Try again in a few minutes/);
    expect(outcome.messages[0].text).not.toMatch(/\bat .*\.ts:\d+/);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('refuses a step the dashboard does not have, whatever the page sends', () => {
    let ran = false;
    const all = steps({ createDocuments: () => (ran = true) as unknown as void });
    for (const step of ['deleteSheets', '', 42, null, { step: 'createDocuments' }, 'constructor', '__proto__']) {
      const outcome = runSidebarStep(step, true, { locale: 'vi', state: new MemoryState(), steps: all, dashboard: () => view('x') });
      expect(outcome.failed).toBe(true);
      expect(outcome.messages[0].text).toMatch(/Hãy đóng rồi mở lại bảng điều khiển/);
    }
    expect(ran).toBe(false);
  });

  it('reports progress that another execution reads while the step runs, and clears it after', () => {
    const state = new MemoryState();
    const seen: unknown[] = [];
    const documents: StepRunner = (_dialogs, _locale, progress) => {
      for (let done = 1; done <= 3; done++) {
        progress(done, 3);
        seen.push(currentProgress(state));
      }
    };
    const outcome = runSidebarStep('createDocuments', false, { locale: 'vi', state, steps: steps({ createDocuments: documents }), dashboard: () => view('x') });
    expect(seen).toEqual([1, 2, 3].map((done) => ({ step: 'createDocuments', done, total: 3 })));
    expect(currentProgress(state)).toBeNull();
    expect(outcome.failed).toBe(false);
  });

  it('clears progress even when the step fails half-way', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const state = new MemoryState();
    const documents: StepRunner = (_d, _l, progress) => {
      progress(1, 50);
      throw new Error('Exceeded maximum execution time');
    };
    runSidebarStep('createDocuments', false, { locale: 'vi', state, steps: steps({ createDocuments: documents }), dashboard: () => view('x') });
    expect(currentProgress(state)).toBeNull();
    spy.mockRestore();
  });

  it('ignores a progress value that is not one it wrote', () => {
    const state = new MemoryState();
    for (const junk of ['{', '{"step":"rm -rf","done":1,"total":2}', '{"step":"createDocuments","done":"1","total":2}', '[]']) {
      state.values.set('dashboard.progress', junk);
      expect(currentProgress(state)).toBeNull();
    }
  });
});
