import type { Browser, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { createEmulator } from '../emulator';
import { browserAvailable, emulatorCall, illegalValue, launchBrowser, type PageServer, screenshot, servePages } from './harness';

/**
 * A page whose buttons call the server as the add-on's pages do; every handler writes one line into
 * #log ("ok …", "fail …"), with the user object when one was given.
 */
const PAGE = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>harness</title></head>
<body>
<button id="greet">Chào</button>
<button id="explode">Lỗi</button>
<button id="chain">Chuỗi</button>
<button id="async">Bất đồng bộ</button>
<button id="date-back">Ngày về</button>
<button id="date-out">Ngày đi</button>
<button id="close">Đóng</button>
<ol id="log"></ol>
<script>
  function log(text) {
    var li = document.createElement('li');
    li.textContent = text;
    document.getElementById('log').appendChild(li);
  }
  function ok(value, user) { log('ok ' + JSON.stringify(value) + (user === undefined ? '' : ' user=' + user)); }
  function fail(error, user) { log('fail ' + (error instanceof Error) + ' ' + error.message + (user === undefined ? '' : ' user=' + user)); }
  var run = google.script.run;
  document.getElementById('greet').onclick = function () { run.withSuccessHandler(ok).withFailureHandler(fail).greet('Bình', { unit: 'Xã A' }); };
  document.getElementById('explode').onclick = function () { run.withSuccessHandler(ok).withFailureHandler(fail).explode(); };
  document.getElementById('chain').onclick = function () {
    var failing = run.withFailureHandler(fail).withUserObject('u2');
    run.withUserObject('u1').withSuccessHandler(ok).echo(1);
    failing.explode();
    run.withSuccessHandler(ok).echo(3);
  };
  document.getElementById('async').onclick = function () {
    var returned = false;
    run.withSuccessHandler(function () { log(returned ? 'handler after return' : 'handler before return'); }).echo(0);
    returned = true;
  };
  document.getElementById('date-back').onclick = function () { run.withSuccessHandler(ok).withFailureHandler(fail).today(); };
  document.getElementById('date-out').onclick = function () { run.withSuccessHandler(ok).withFailureHandler(fail).echo({ day: new Date(), list: [1] }); };
  document.getElementById('close').onclick = function () { google.script.host.editor.focus(); google.script.host.close(); };
</script>
</body>
</html>`;

function server(name: string, args: unknown[]): unknown {
  switch (name) {
    case 'greet':
      return { greeting: `Xin chào ${String(args[0])}`, unit: (args[1] as { unit: string }).unit };
    case 'echo':
      return args[0];
    case 'explode':
      throw new Error('Chưa có cấu hình cuộc thi.');
    case 'today':
      return { on: new Date(Date.UTC(2026, 0, 2)) };
    default:
      throw new Error(`Script function not found: ${name}`);
  }
}

async function logLines(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(`document.querySelectorAll('#log li').length >= ${count}`, undefined, { timeout: 5000 });
  return page.locator('#log li').allTextContents();
}

describe('google.script.run values (no browser needed)', () => {
  test('JSON-like values pass; a Date, a function, undefined in an array or a cycle is named with its place', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(illegalValue({ a: [1, 'x', null, { b: true }], c: '2026-01-02' }, 'value')).toBeNull();
    expect(illegalValue({ rows: [[1, new Date()]] }, 'value')).toBe('value.rows[0][1] is a Date');
    expect(illegalValue([() => 1], 'value')).toBe('value[0] is a function');
    expect(illegalValue({ list: [1, undefined] }, 'value')).toBe('value.list[1] is undefined in an array');
    expect(illegalValue(cycle, 'value')).toBe('value.self is a circular reference');
  });

  test('the server answers the rpc itself: value, message only on a throw, refusal of a Date', async () => {
    const pages = await servePages({ call: server });
    try {
      const base = new URL(pages.url('<p>x</p>')).origin;
      const post = async (name: string, args: unknown[]) =>
        (await fetch(`${base}/rpc/${name}`, { method: 'POST', body: JSON.stringify(args) })).json() as Promise<unknown>;
      expect(await post('echo', [{ n: 1 }])).toEqual({ ok: true, value: { n: 1 } });
      expect(await post('explode', [])).toEqual({ ok: false, message: 'Chưa có cấu hình cuộc thi.' });
      expect(await post('today', [])).toMatchObject({ ok: false, message: expect.stringMatching(/^harness: today: the return value.on is a Date/) });
      expect(await post('echo', [{ __harness: 'a function' }])).toMatchObject({ ok: false });
      expect(pages.calls.map((c) => c.name)).toEqual(['echo', 'explode', 'today']);
      expect(pages.violations).toEqual([
        expect.stringMatching(/^today: the return value.on is a Date/),
        'echo: argument 0 is a function',
      ]);
      expect((await fetch(`${base}/page/99`)).status).toBe(404);
    } finally {
      await pages.close();
    }
  });

  test('emulatorCall runs the named function in its own execution as the user; private or missing names fail', () => {
    const emu = createEmulator({ latency: 'off' });
    const scope = {
      whoAmI: () => emu.globals.Session.getActiveUser().getEmail(),
      secret_: () => 'hidden',
    };
    const call = emulatorCall(emu, { user: 'thuky@so.gov.vn', scope });
    expect(call('whoAmI', [])).toBe('thuky@so.gov.vn');
    expect(() => call('secret_', [])).toThrow('Script function not found: secret_');
    expect(() => call('missing', [])).toThrow('Script function not found: missing');
    expect(emu.meter.count('Execution.start')).toBe(3);
  });
});

// Runs only where Chromium is installed; with REQUIRE_BROWSER=1 (CI) its absence is an error.
(browserAvailable() ? describe : describe.skip)('a page in Chromium with google.script.run bridged to Node', () => {
  let browser: Browser;
  let pages: PageServer;
  let url: string;

  beforeAll(async () => {
    const launched = await launchBrowser();
    if (!launched) throw new Error('browserAvailable() said yes but no browser launched');
    browser = launched;
    pages = await servePages({ call: server });
    url = pages.url(PAGE);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
    await page.goto(url);
    return page;
  }

  test('a button calls the server: the success handler gets its value; a throw reaches the failure handler as an Error with the message', async () => {
    const page = await open();
    await page.click('#greet');
    await page.click('#explode');
    expect(await logLines(page, 2)).toEqual(['ok {"greeting":"Xin chào Bình","unit":"Xã A"}', 'fail true Chưa có cấu hình cuộc thi.']);
    expect(pages.calls.slice(-2)).toEqual([
      { name: 'greet', args: ['Bình', { unit: 'Xã A' }] },
      { name: 'explode', args: [] },
    ]);
    expect(existsSync(await screenshot(page, 'harness-page'))).toBe(true);
    await page.close();
  });

  test('each with… makes a new runner: handlers and user objects stay with the call they were set for', async () => {
    const page = await open();
    await page.click('#chain');
    expect((await logLines(page, 3)).sort()).toEqual(['fail true Chưa có cấu hình cuộc thi. user=u2', 'ok 1 user=u1', 'ok 3']);
    await page.click('#async');
    expect((await logLines(page, 4))[3]).toBe('handler after return');
    await page.close();
  });

  test('a Date returned or sent is a violation, reported to the test and to the failure handler', async () => {
    const page = await open();
    const before = pages.violations.length;
    await page.click('#date-back');
    await page.click('#date-out');
    const lines = await logLines(page, 2);
    expect(lines.every((l) => l.startsWith('fail true harness: '))).toBe(true);
    expect(pages.violations.slice(before).sort()).toEqual(['echo: argument 0.day is a Date', 'today: the return value.on is a Date']);
    await page.close();
  });

  test('google.script.host.close() is counted; editor.focus() exists', async () => {
    const page = await open();
    const before = pages.closedDialogs;
    await page.click('#close');
    // close() posts without waiting for an answer, as the real one returns nothing: poll the count.
    for (let i = 0; i < 100 && pages.closedDialogs === before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(pages.closedDialogs).toBe(before + 1);
    await page.close();
  });
});
