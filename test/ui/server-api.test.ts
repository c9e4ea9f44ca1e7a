// The pages call the server by name through google.script.run: src/main.ts must export each
// function of the contract with its signature (checked by `npm run typecheck`) and as a global of
// the bundle (checked here and in test/bundle/bundle-shape.test.ts).

import * as entryPoints from '../../src/main';
import type { ServerApi } from '../../src/ui/sidebar-contract';

const serverApi: ServerApi = entryPoints;

describe('the server functions the dashboard and the wizard call', () => {
  it('are all exported by src/main.ts', () => {
    const names: (keyof ServerApi)[] = ['sidebarDashboard', 'sidebarRunStep', 'sidebarProgress', 'wizardStart', 'wizardPreset', 'wizardSave', 'menuSetUpContest', 'menuOpenDashboard'];
    for (const name of names) expect(typeof serverApi[name]).toBe('function');
  });
});
