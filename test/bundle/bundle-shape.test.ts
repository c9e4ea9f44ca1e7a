// The built Code.js is a classic script Apps Script's V8 runtime loads as it is.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { buildBundle } from './load-bundle';
import { DASHBOARD_PAGE, WIZARD_PAGE } from '../../src/ui/pages';
import type { ServerApi } from '../../src/ui/sidebar-contract';

const { code, manifest } = buildBundle();
const script = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);

function topLevelFunctions(): Map<string, ts.FunctionDeclaration> {
  const found = new Map<string, ts.FunctionDeclaration>();
  for (const statement of script.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) found.set(statement.name.text, statement);
  }
  return found;
}

function jsDocAbove(fn: ts.FunctionDeclaration): string {
  return ts.getJSDocCommentsAndTags(fn).map((d) => d.getText(script)).join('\n');
}

describe('build/Code.js', () => {
  it('parses as a classic script with no import, export or require', () => {
    const diagnostics = (script as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    expect(diagnostics).toEqual([]);
    expect(script.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s))).toBe(false);
    expect(code).not.toMatch(/(?:\b|__)require\(/);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares every entry point as a top-level function', () => {
    const names = [...topLevelFunctions().keys()];
    expect(names).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'menuSetUpContest', 'menuCheckConfiguration', 'CCHC_MONEY', 'CCHC_MONEY_WORDS', 'CCHC_AGGREGATE', 'CCHC_RANK', 'CCHC_PRIZE']),
    );
  });

  it('exposes nothing but the entry points: no helper becomes a global', () => {
    const declaredNames = script.statements.flatMap((s) => {
      if (ts.isFunctionDeclaration(s) && s.name) return [s.name.text];
      if (ts.isVariableStatement(s)) return s.declarationList.declarations.map((d) => d.name.getText(script));
      return [];
    });
    expect(declaredNames.filter((n) => !topLevelFunctions().has(n))).toEqual(['__cchcAddon']);
  });

  it.each([
    ['CCHC_MONEY', /Viết số tiền/],
    ['CCHC_MONEY_WORDS', /Viết số tiền/],
    ['CCHC_AGGREGATE', /Tổng hợp điểm của các giám khảo/],
    ['CCHC_RANK', /Xếp hạng các bài theo điểm/],
    ['CCHC_PRIZE', /Xét giải theo cơ cấu giải/],
  ])('keeps the @customfunction JSDoc directly above %s, in Vietnamese', (name, wording) => {
    const fn = topLevelFunctions().get(name);
    expect(fn).toBeDefined();
    const doc = jsDocAbove(fn!);
    expect(doc).toContain('@customfunction');
    expect(doc).toMatch(wording);
    // Nothing but whitespace between the comment and the declaration.
    const between = code.slice(code.indexOf(doc) + doc.length, fn!.getStart(script));
    expect(between.trim()).toBe('');
  });

  it('ships a V8 manifest in the Ho Chi Minh City time zone with explicit scopes', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
    // `spreadsheets`, not `spreadsheets.currentonly`: the private judging mode creates and opens a
    // spreadsheet per judge (README, "OAuth scopes"). Documents: `documents` and `drive.file` (only
    // files the add-on made), never the restricted full `drive`. Nothing broader than the list below.
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual(
      ['spreadsheets', 'script.container.ui', 'forms', 'script.scriptapp', 'script.send_mail', 'documents', 'drive.file']
        .map((s) => `https://www.googleapis.com/auth/${s}`)
        .sort(),
    );
  });

  it('enables the Docs advanced service, which fills every placeholder of a document in one request, and the Sheets one, which reads many sheets in one', () => {
    expect(manifest.dependencies).toEqual({
      enabledAdvancedServices: [
        { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
        { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
      ],
    });
  });
});

describe('the HTML pages (build/Dashboard.html, build/Wizard.html)', () => {
  const root = path.resolve(__dirname, '../..');
  const pages = [DASHBOARD_PAGE, WIZARD_PAGE].map((name) => ({ name, html: readFileSync(path.join(root, 'build', `${name}.html`), 'utf8') }));

  it.each(pages)('$name is one self-contained page: its script and styles inline, nothing loaded from the network', ({ html }) => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\/(?!developers\.google\.com)[^"'\s)]+\.(js|css)\b/i);
    expect(html).toContain('<main id="app">');
  });

  it.each(pages)('$name never parses data as HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write', ({ html }) => {
    expect(html).not.toMatch(/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write/);
  });

  it.each(pages)('$name calls only server functions of the contract', ({ html }) => {
    const api: (keyof ServerApi)[] = ['sidebarDashboard', 'sidebarRunStep', 'sidebarProgress', 'wizardStart', 'wizardPreset', 'wizardSave', 'menuSetUpContest', 'menuOpenDashboard'];
    for (const name of api) expect(topLevelFunctions().has(name)).toBe(true);
    const called = [...html.matchAll(/\bcall\(\s*["'](\w+)["']/g)].map((m) => m[1]);
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((name) => !api.includes(name as keyof ServerApi))).toEqual([]);
  });
});
