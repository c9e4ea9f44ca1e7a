// Builds what clasp pushes: build/Code.js, build/appsscript.json and the HTML pages.
//
// Recipe (research/apps-script-codebases.md §3): esbuild bundles src/main.ts into one IIFE held by
// a single global; a generated footer then declares one top-level `function NAME(...)` per export
// of src/main.ts, delegating to the bundle and carrying the JSDoc read from the TypeScript source,
// so Apps Script sees real function declarations (menus, triggers, google.script.run) and Sheets
// sees each `@customfunction` block directly above its declaration. esbuild drops ordinary
// comments (pitfall P1), which is why the JSDoc comes from the source and not from the bundle.
// Only what src/main.ts exports becomes global (pitfall P8).

import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/main.ts');
const outDir = path.join(root, process.env.BUILD_DIR ?? 'build');
const bundleGlobal = '__cchcAddon';

/** Reads the entry's exports with the TypeScript checker: name, parameters and JSDoc text. */
function readEntryPoints() {
  const program = ts.createProgram([entry], { strict: true, target: ts.ScriptTarget.ES2020, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`Cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/main.ts has no exports');
  const problems = [];
  const entryPoints = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (name === 'default') {
      problems.push('src/main.ts must not have a default export: Apps Script calls functions by name.');
      continue;
    }
    if (!declaration || !ts.isFunctionDeclaration(declaration)) {
      problems.push(`src/main.ts exports "${name}", which is not a function declaration.`);
      continue;
    }
    const declSource = declaration.getSourceFile();
    const params = declaration.parameters.map((p) => (p.dotDotDotToken ? '...' : '') + p.name.getText(declSource));
    const jsDoc = (ts.getJSDocCommentsAndTags(declaration) ?? [])
      .filter((node) => node.kind === ts.SyntaxKind.JSDoc)
      .map((node) => node.getText(declSource))
      .join('\n');
    entryPoints.push({ name, params, jsDoc });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return entryPoints;
}

function footerFor(entryPoints) {
  const wrappers = entryPoints.map(({ name, params, jsDoc }) => {
    // A rest parameter reads the same in the parameter list and in the call.
    const args = params.join(', ');
    return `${jsDoc ? jsDoc + '\n' : ''}function ${name}(${args}) {\n  return ${bundleGlobal}.${name}(${args});\n}`;
  });
  return `\n// Entry points Apps Script calls by name (generated from src/main.ts).\n${wrappers.join('\n\n')}\n`;
}

/** The bundle must be a classic script: module syntax or a require shim would fail in Apps Script. */
function assertClassicScript(code) {
  const forbidden = [
    [/^\s*import\s/m, 'an import statement'],
    [/^\s*export\s/m, 'an export statement'],
    [/(?:\b|__)require\(/, 'a require() call'],
  ];
  for (const [pattern, what] of forbidden) {
    if (pattern.test(code)) throw new Error(`build/Code.js contains ${what}; Apps Script cannot load it.`);
  }
}

/** What the server bundle and the pages' scripts share. */
const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'iife',
  target: 'es2020', // Apps Script's V8 runtime; BigInt (money words above 2^53) needs ES2020
  charset: 'utf8',
  legalComments: 'none',
  // Whitespace and syntax only: identifiers keep their names, so the stack traces in Apps Script's
  // execution log stay readable. Saves about a fifth of the bundle (issue 8 budgets 150 KB).
  minifyWhitespace: true,
  minifySyntax: true,
  write: false,
  logLevel: 'warning',
};

/**
 * The HTML pages HtmlService serves (src/ui/pages.ts names them). Apps Script cannot serve .js or
 * .css files, so each page is one .html holding its CSS and its client bundle inline (sqrrrl's
 * starter, research/apps-script-codebases.md §1.3). The page parses no data: the client fetches
 * JSON through google.script.run and builds the DOM with text nodes.
 */
const PAGES = [
  { file: 'Dashboard', entry: 'src/ui/html/dashboard-client.ts', css: ['src/ui/html/base.css', 'src/ui/html/dashboard.css'] },
  { file: 'Wizard', entry: 'src/ui/html/wizard-client.ts', css: ['src/ui/html/base.css', 'src/ui/html/wizard.css'] },
];

async function buildPage(page) {
  const result = await build({ ...BUNDLE_OPTIONS, entryPoints: [path.join(root, page.entry)], platform: 'browser' });
  const script = result.outputFiles[0].text;
  // esbuild escapes "</script" inside strings; check anyway, as one would end the inline script.
  if (/<\/script/i.test(script)) throw new Error(`${page.entry} bundles to code containing "</script"; the page would break.`);
  const css = (await Promise.all(page.css.map((file) => readFile(path.join(root, file), 'utf8')))).join('\n');
  const html = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<base target="_top">
<style>
${css}
</style>
</head>
<body>
<main id="app"><span class="spinner" role="status"></span></main>
<script>
${script}
</script>
</body>
</html>
`;
  await writeFile(path.join(outDir, `${page.file}.html`), html, 'utf8');
  return { page: `build/${page.file}.html`, bytes: Buffer.byteLength(html, 'utf8') };
}

async function main() {
  const entryPoints = readEntryPoints();
  const result = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [entry],
    globalName: bundleGlobal,
    platform: 'neutral', // never 'node' (pitfall P6): a Node import must fail here, not in Apps Script
    mainFields: ['module', 'main'],
  });
  const header = '// CCHC contest add-on. Generated by scripts/build.mjs from src/: do not edit.\n';
  const code = header + result.outputFiles[0].text + footerFor(entryPoints);
  assertClassicScript(code);

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'Code.js'), code, 'utf8');
  await copyFile(path.join(root, 'appsscript.json'), path.join(outDir, 'appsscript.json'));
  const pages = await Promise.all(PAGES.map(buildPage));

  const manifest = JSON.parse(await readFile(path.join(outDir, 'appsscript.json'), 'utf8'));
  console.log(
    JSON.stringify({
      bundle: 'build/Code.js',
      bytes: Buffer.byteLength(code, 'utf8'),
      entryPoints: entryPoints.map((e) => e.name),
      runtime: manifest.runtimeVersion,
      pages,
    }),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
