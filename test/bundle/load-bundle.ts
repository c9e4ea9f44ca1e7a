// Builds build/Code.js and reads it back: the bundle tests check the artifact clasp pushes.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Runs the real build (a few hundred milliseconds with esbuild) and returns Code.js and the manifest. */
export function buildBundle(): { code: string; manifest: Record<string, unknown> } {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  return {
    code: readFileSync(path.join(root, 'build/Code.js'), 'utf8'),
    manifest: JSON.parse(readFileSync(path.join(root, 'build/appsscript.json'), 'utf8')) as Record<string, unknown>,
  };
}
