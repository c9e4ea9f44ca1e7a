// The dashboard sidebar and the set-up wizard as a secretariat clerk uses them: the built pages
// (build/Dashboard.html, build/Wizard.html) in Debian's Chromium, google.script.run bridged to the
// built bundle (build/Code.js) running on the emulator. Screenshots go to test-results/.

import { createContext, runInContext } from 'node:vm';
import type { Browser, Page } from 'playwright-core';
import { createEmulator, type Emulator } from '../emulator';
import { buildBundle } from '../bundle/load-bundle';
import { browserAvailable, emulatorCall, launchBrowser, screenshot, servePages, type PageServer } from './harness';
import type { ContestConfig } from '../../src/core/config/model';
import { entryAnswers, questionTitles } from '../app/entry-answers';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';

const { code } = buildBundle();
const SECRETARY = 'yen.nt@demo.example';
const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
/** Inside Hậu Giang 2024's submission window (01/7–16/8/2024). */
const IN_WINDOW = new Date('2024-07-15T09:00:00+07:00');

interface Session {
  emu: Emulator;
  server: PageServer;
  call(name: string, ...args: unknown[]): unknown;
}

const servers: PageServer[] = [];
let browser: Browser | null = null;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await browser?.close();
});

/** The bundle loaded as Apps Script loads it, its globals reachable from the pages. */
async function session(userLocale: 'vi' | 'en' = 'vi'): Promise<Session> {
  const emu = createEmulator({ owner: SECRETARY, latency: 'off', userLocale, startTime: IN_WINDOW });
  const context = createContext({});
  emu.install(context as typeof globalThis);
  runInContext(code, context, { filename: 'Code.js' });
  emu.scope = context;
  const bridge = emulatorCall(emu, { user: SECRETARY });
  const server = await servePages({ call: bridge });
  servers.push(server);
  return { emu, server, call: (name, ...args) => JSON.parse(JSON.stringify(bridge(name, args) ?? null)) as unknown };
}

/** Opens what the last menu click showed (the sidebar is 300 px wide in Sheets). */
async function open(s: Session, kind: 'sidebar' | 'dialog'): Promise<Page> {
  const shown = kind === 'sidebar' ? s.emu.ui.sidebars.at(-1) : s.emu.ui.dialogs.at(-1);
  if (!shown) throw new Error(`No ${kind} was shown.`);
  const page = await browser!.newPage({ viewport: kind === 'sidebar' ? { width: 300, height: 900 } : { width: shown.width ?? 960, height: shown.height ?? 680 } });
  const scripts: string[] = [];
  page.on('dialog', (d) => {
    scripts.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => scripts.push(`page error: ${e.message}`));
  (page as Page & { ranScripts: string[] }).ranScripts = scripts;
  await page.goto(s.server.url(shown.content));
  return page;
}

/** Waits for something the page makes happen on the server side. */
async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Still not true after ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const ranScripts = (page: Page): string[] => (page as Page & { ranScripts: string[] }).ranScripts;

function hauGiangWithPeople(s: Session): ContestConfig {
  const draft = s.call('wizardPreset', 'hauGiang2024') as ContestConfig;
  return { ...draft, units: [...draft.units, ...DEMO_UNITS], members: [...draft.members, ...DEMO_MEMBERS] };
}

/** An entrant fills the entry form (the submit trigger files it into the register). */
function submitEntry(s: Session, config: ContestConfig, n: number, entry: { title: string; unit: string; category: string }): void {
  const title = questionTitles(config);
  const answers = entryAnswers(config, n, { [title('title')]: entry.title, [title('unit')]: entry.unit, [title('category')]: entry.category });
  s.emu.forms.respond(s.emu.forms.list()[0], answers, { respondent: `tg${n}@demo.example` });
}

const itInBrowser = browserAvailable() ? it : it.skip;
jest.setTimeout(60_000);

describe('the set-up wizard in Chromium', () => {
  itInBrowser('fills Hậu Giang 2024 from its preset, shows a missing field inline, pastes units and members, saves; the dashboard then shows the contest', async () => {
    const s = await session();
    s.call('menuSetUpContest');
    const wizard = await open(s, 'dialog');
    await wizard.click('[data-preset="hauGiang2024"]');
    await wizard.waitForSelector('[data-step-id="identity"]');
    await screenshot(wizard, 'wizard-1-preset');

    await wizard.click('[data-step-id="identity"]');
    const title = wizard.locator('[data-path="identity.title"]');
    await title.waitFor();
    expect(await title.inputValue()).toMatch(/Hậu Giang/);
    await title.fill('');
    await wizard.waitForFunction(`document.querySelector('[data-path="identity.title"]')?.getAttribute('aria-invalid') === 'true'`);
    expect(await wizard.locator('body').innerText()).toMatch(/Tên cuộc thi/);
    await screenshot(wizard, 'wizard-2-identity-missing-title');
    await title.fill('Cuộc thi sáng kiến, giải pháp cải cách hành chính tỉnh Hậu Giang năm 2024');
    await wizard.waitForFunction(`document.querySelector('[data-path="identity.title"]')?.getAttribute('aria-invalid') !== 'true'`);

    await wizard.click('[data-step-id="lists"]');
    await wizard.locator('[data-path="units"] [data-role="paste-text"]').fill(DEMO_UNITS.map((u) => `${u.code}\t${u.name}`).join('\n'));
    await wizard.locator('[data-path="units"] [data-role="paste-apply"]').click();
    await screenshot(wizard, 'wizard-3-units-pasted');

    await wizard.click('[data-step-id="members"]');
    await wizard.locator('[data-path="members"] [data-role="paste-text"]').fill(
      DEMO_MEMBERS.map((m) => [m.name, m.email, { organisingBoard: 'Ban Tổ chức', judge: 'Ban Giám khảo', secretariat: 'Tổ giúp việc' }[m.role], m.unit, m.position].join('\t')).join('\n'),
    );
    await wizard.locator('[data-path="members"] [data-role="paste-apply"]').click();
    await wizard.click('[data-step-id="prizes"]');
    await screenshot(wizard, 'wizard-4-prizes');

    await wizard.click('[data-step-id="review"]');
    await screenshot(wizard, 'wizard-5-review');
    await wizard.click('[data-role="save"]');
    await wizard.waitForSelector('[data-role="open-dashboard"]');
    await screenshot(wizard, 'wizard-6-saved');
    expect(s.server.violations).toEqual([]);

    const saved = s.call('wizardStart') as { current: ContestConfig | null };
    expect(saved.current?.units.map((u) => u.code)).toEqual(expect.arrayContaining(DEMO_UNITS.map((u) => u.code)));
    expect(saved.current?.members.map((m) => m.email)).toEqual(DEMO_MEMBERS.map((m) => m.email));

    await wizard.click('[data-role="open-dashboard"]');
    // The page asks the server to open the sidebar, then closes itself.
    await until(() => s.server.closedDialogs === 1);
    expect(s.emu.ui.sidebars).toHaveLength(1);
    const dashboard = await open(s, 'sidebar');
    await dashboard.waitForSelector('[data-section="intake"], [data-section="steps"]');
    expect(await dashboard.locator('body').innerText()).toContain('Cuộc thi sáng kiến, giải pháp cải cách hành chính tỉnh Hậu Giang năm 2024');
    await screenshot(dashboard, 'dashboard-1-after-wizard');
    expect(ranScripts(wizard)).toEqual([]);
  });
});

describe('the dashboard sidebar in Chromium', () => {
  itInBrowser('creates the form from its button, counts the entries that arrive, and shows a title made of markup as text', async () => {
    const s = await session();
    const config = hauGiangWithPeople(s);
    expect((s.call('wizardSave', config) as { saved: boolean }).saved).toBe(true);
    s.call('menuOpenDashboard');
    const page = await open(s, 'sidebar');
    await page.waitForSelector('[data-step="createForm"]');
    await screenshot(page, 'dashboard-2-configured');

    await page.click('[data-step="createForm"]');
    await page.waitForSelector('.notice');
    expect(await page.locator('.notice').first().innerText()).toMatch(/Đã tạo biểu mẫu dự thi/);

    const [vt, nb] = DEMO_UNITS;
    submitEntry(s, config, 1, { title: 'Một cửa số liên thông cấp xã', unit: vt.name, category: config.categories[0].name });
    submitEntry(s, config, 2, { title: HOSTILE_TITLE, unit: nb.name, category: config.categories[1].name });
    await page.click('[data-step="syncEntries"]');
    await page.waitForFunction(`document.querySelector('[data-section="intake"]')?.textContent?.includes('HG2024-002') ?? false`);
    const intake = await page.locator('[data-section="intake"]').innerText();
    expect(intake).toContain(HOSTILE_TITLE);
    expect(intake).toContain('Một cửa số liên thông cấp xã');
    // The title is text: no image element was made from it and no script ran.
    expect(await page.locator('[data-section="intake"] img').count()).toBe(0);
    expect(ranScripts(page)).toEqual([]);
    // Units without an entry are the ones to chase.
    expect(intake).toContain(DEMO_UNITS[2].name);
    await screenshot(page, 'dashboard-3-entries');
    expect(s.server.violations).toEqual([]);
  });

  itInBrowser('asks before locking scoring; cancelling changes nothing, agreeing runs the step', async () => {
    const s = await session();
    s.call('wizardSave', hauGiangWithPeople(s));
    s.call('menuOpenDashboard');
    const page = await open(s, 'sidebar');
    await page.click('[data-step="lockScoring"]');
    await page.waitForSelector('[data-role="confirm"]');
    expect(await page.locator('body').innerText()).toMatch(/Khóa vòng sơ khảo\?/);
    await screenshot(page, 'dashboard-4-question');
    await page.click('[data-role="cancel"]');
    await page.waitForSelector('[data-role="confirm"]', { state: 'detached' });
    expect(s.server.calls.filter((c) => c.name === 'sidebarRunStep').map((c) => c.args)).toEqual([['lockScoring', false]]);

    await page.click('[data-step="lockScoring"]');
    await page.click('[data-role="confirm"]');
    await page.waitForSelector('.notice');
    expect(s.server.calls.filter((c) => c.name === 'sidebarRunStep').map((c) => c.args).at(-1)).toEqual(['lockScoring', true]);
    // Nothing was assigned yet, so the step says what to do first.
    expect(await page.locator('.notice').first().innerText()).toMatch(/phân công|Phân công/);
  });

  itInBrowser('speaks English to an English-speaking user', async () => {
    const s = await session('en');
    s.call('wizardSave', hauGiangWithPeople(s));
    s.call('menuOpenDashboard');
    expect(s.emu.ui.sidebars.at(-1)?.title).toBe('Contest dashboard');
    const page = await open(s, 'sidebar');
    await page.waitForSelector('[data-step="createForm"]');
    const text = await page.locator('body').innerText();
    expect(text).toContain('Create entry form');
    expect(text).not.toMatch(/Đồng bộ bài dự thi/);
    await screenshot(page, 'dashboard-5-english');
  });
});
