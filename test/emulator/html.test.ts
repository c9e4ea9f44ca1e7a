import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALLOWED_META_TAGS, createEmulator, HTML_COSTS, HTML_MESSAGES, LATENCY, SIDEBAR_WIDTH_PX } from './index';

const DASHBOARD = '<!DOCTYPE html>\n<html lang="vi"><body><main id="app">Bảng điều khiển</main></body></html>\n';

/** A project folder of HTML files, as build/ holds them, plus a file next to it that is not in it. */
function projectDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'emu-html-'));
  const dir = path.join(root, 'build');
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'Dashboard.html'), DASHBOARD);
  writeFileSync(path.join(dir, 'pages', 'Wizard.html'), '<main id="app">Thiết lập</main>');
  writeFileSync(path.join(root, 'Secret.html'), '<p>outside the project</p>');
  return dir;
}

function setup(latency: 'model' | 'off' = 'off') {
  const htmlDir = projectDir();
  const emu = createEmulator({ latency, htmlDir });
  return { emu, htmlDir, HtmlService: emu.globals.HtmlService, SpreadsheetApp: emu.globals.SpreadsheetApp };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}

describe('HtmlService.createHtmlOutputFromFile', () => {
  test('serves the file <htmlDir>/<name>.html as it is on disk now, by name with or without .html, in sub-folders', () => {
    const { htmlDir, HtmlService } = setup();
    expect(HtmlService.createHtmlOutputFromFile('Dashboard').getContent()).toBe(DASHBOARD);
    expect(HtmlService.createHtmlOutputFromFile('Dashboard.html').getContent()).toBe(DASHBOARD);
    expect(HtmlService.createHtmlOutputFromFile('pages/Wizard').getContent()).toBe('<main id="app">Thiết lập</main>');
    writeFileSync(path.join(htmlDir, 'Dashboard.html'), '<main id="app">bản mới</main>');
    expect(HtmlService.createHtmlOutputFromFile('Dashboard').getContent()).toBe('<main id="app">bản mới</main>');
  });

  test('a file that is not in the project throws the real exception, naming what the code asked for', () => {
    const { HtmlService } = setup();
    for (const name of ['Sidebar', 'dashboard', '../Secret', 'pages', '']) {
      const e = thrown(() => HtmlService.createHtmlOutputFromFile(name));
      expect([name, e.message, String(e)]).toEqual([name, HTML_MESSAGES.fileNotFound(name), `Exception: No HTML file named ${name} was found.`]);
    }
  });

  const built = path.resolve(__dirname, '../../build/Dashboard.html');
  (existsSync(built) ? test : test.skip)('without htmlDir the project is the repository build/ folder (after npm run build)', () => {
    const content = createEmulator({ latency: 'off' }).globals.HtmlService.createHtmlOutputFromFile('Dashboard').getContent();
    expect(content).toMatch(/^<!DOCTYPE html>/);
    expect(content).toContain('<main id="app">');
  });
});

describe('HtmlOutput', () => {
  test('content: createHtmlOutput, append as is, appendUntrusted escaped (the reference examples), setContent, clear', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
    const output = HtmlService.createHtmlOutput('<b>Hello, world!</b>');
    expect(output.append('<p>Hello again, world.</p>').getContent()).toBe('<b>Hello, world!</b><p>Hello again, world.</p>');
    output.setContent('<b>Hello, world!</b>');
    expect(output.appendUntrusted('<p>Hello again, world.</p>').getContent()).toBe('<b>Hello, world!</b>&lt;p&gt;Hello again, world.&lt;/p&gt;');
    expect(output.clear().getContent()).toBe('');
    expect(() => HtmlService.createHtmlOutput({ getBlob: () => null } as unknown as string)).toThrow(/^emulator: createHtmlOutput takes a string/);
  });

  test('appendUntrusted never adds markup: its text has no < > " \' and reads back as the input', () => {
    const { HtmlService } = setup();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', 'Đ', ' ', ';', '#', 'l', 't') }), (text) => {
        const added = HtmlService.createHtmlOutput('<p>').appendUntrusted(text).getContent().slice('<p>'.length);
        expect(added).not.toMatch(/[<>"']/);
        expect(unescapeHtml(added)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  test('setters chain on the same object; title empty and size null until set', () => {
    const { HtmlService } = setup();
    const output = HtmlService.createHtmlOutput('<p>x</p>');
    expect([output.getTitle(), output.getWidth(), output.getHeight()]).toEqual(['', null, null]);
    const chained = output
      .setTitle('Bảng điều khiển')
      .setWidth(960)
      .setHeight(680)
      .setSandboxMode(HtmlService.SandboxMode.NATIVE)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width, initial-scale=1');
    expect(chained).toBe(output);
    expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getContent()]).toEqual(['Bảng điều khiển', 960, 680, '<p>x</p>']);
    expect(output.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([['viewport', 'width=device-width, initial-scale=1']]);
  });

  test('misuse is refused: a meta tag Apps Script does not allow, a value that is not an enum member, templates', () => {
    const { HtmlService } = setup();
    const output = HtmlService.createHtmlOutput();
    expect(ALLOWED_META_TAGS).toContain('viewport');
    expect(() => output.addMetaTag('description', 'x')).toThrow(HTML_MESSAGES.metaTagNotAllowed('description'));
    expect(() => output.setSandboxMode('SAFE' as unknown as GoogleAppsScript.HTML.SandboxMode)).toThrow(/^emulator: HtmlOutput.setSandboxMode/);
    expect(() => output.setXFrameOptionsMode('DENY' as unknown as GoogleAppsScript.HTML.XFrameOptionsMode)).toThrow(/^emulator:/);
    expect(() => HtmlService.createTemplateFromFile('Dashboard')).toThrow(HTML_MESSAGES.notEmulated('HtmlService.createTemplateFromFile'));
    expect(() => HtmlService.createTemplate('<?= 1 ?>')).toThrow(/not emulated/);
    expect(() => output.asTemplate()).toThrow(/not emulated/);
    expect(HtmlService.getUserAgent()).toBeNull();
  });
});

describe('showing an HtmlOutput', () => {
  test('a sidebar records the page, its title and the user; it is always 300 px wide, so no width is recorded', () => {
    const { emu, HtmlService, SpreadsheetApp } = setup();
    emu.runAs('thuky@so.gov.vn', () =>
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Dashboard').setTitle('CCHC').setWidth(500)),
    );
    expect(emu.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'CCHC', content: DASHBOARD, user: 'thuky@so.gov.vn' }]);
    expect(SIDEBAR_WIDTH_PX).toBe(300);
  });

  test("a dialog records the size set on the page and the dialog's own title, which overrides setTitle", () => {
    const { emu, HtmlService, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    ui.showModalDialog(HtmlService.createHtmlOutputFromFile('pages/Wizard').setTitle('ignored').setWidth(960).setHeight(680), 'Thiết lập');
    ui.showModelessDialog(HtmlService.createHtmlOutput('<p>x</p>'), 'Không cỡ');
    expect(emu.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Thiết lập', content: '<main id="app">Thiết lập</main>', user: emu.owner, width: 960, height: 680 },
      { kind: 'modeless', title: 'Không cỡ', content: '<p>x</p>', user: emu.owner },
    ]);
  });
});

describe('meter and latency', () => {
  test('reading a project file costs the htmlFile figure; building and showing the page are one call each, and nothing is flushed', () => {
    const { emu, HtmlService, SpreadsheetApp } = setup('model');
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A1').setValue('chưa lưu');
    const ui = SpreadsheetApp.getUi();
    const before = emu.meter.snapshot();
    const started = emu.clock.now();
    const page = HtmlService.createHtmlOutputFromFile('Dashboard');
    expect(emu.clock.now() - started).toBe(LATENCY.htmlFile.ms);
    expect(emu.inspect.values(sheet, 'A1')).toEqual([['']]);
    page.setTitle('CCHC').getContent();
    ui.showSidebar(page);
    const after = emu.meter.snapshot();
    const calls = (name: string) => (after.byMethod[name]?.calls ?? 0) - (before.byMethod[name]?.calls ?? 0);
    expect(after.calls - before.calls).toBe(4);
    expect([calls('HtmlService.createHtmlOutputFromFile'), calls('HtmlOutput.setTitle'), calls('HtmlOutput.getContent'), calls('Ui.showSidebar')]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(after.modeledMs - before.modeledMs).toBe(LATENCY.htmlFile.ms + LATENCY.uiCall.ms);
  });

  test('a missing file still pays for the look-up, and latency off makes it free', () => {
    const model = setup('model');
    expect(() => model.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(HTML_MESSAGES.fileNotFound('Nope'));
    expect(model.emu.meter.modeledMs).toBe(LATENCY.htmlFile.ms);
    const off = setup('off');
    off.HtmlService.createHtmlOutputFromFile('Dashboard');
    expect([off.emu.meter.calls, off.emu.meter.modeledMs]).toEqual([1, 0]);
  });

  test('every method named in HTML_COSTS exists on the emulated object', () => {
    const { HtmlService } = setup();
    const objects: Record<string, object> = { HtmlService, HtmlOutput: HtmlService.createHtmlOutput() };
    for (const key of Object.keys(HTML_COSTS)) {
      const [label, method] = key.split('.');
      expect([key, typeof (objects[label] as Record<string, unknown>)?.[method]]).toEqual([key, 'function']);
    }
  });

  test('install() puts HtmlService on the target, as the bundle finds it', () => {
    const { emu } = setup();
    const target: Record<string, unknown> = {};
    const undo = emu.install(target);
    expect(target.HtmlService).toBe(emu.globals.HtmlService);
    undo();
    expect('HtmlService' in target).toBe(false);
  });
});
