/**
 * Runs the add-on's HTML pages in a real browser: Debian's Chromium driven by playwright-core, the
 * pages served from a local http server whose `google.script.run` reaches Node, where the test
 * bridges each call to the emulator (research/emulation-and-oracles.md §5).
 *
 * The server enforces what Apps Script enforces on those calls (research/apps-script-platform.md
 * §1.8; https://developers.google.com/apps-script/guides/html/reference/run): arguments and return
 * values are JSON-like. A breach is recorded in `violations` and the call fails, so a test sees it
 * at once; in Apps Script the same page would fail silently (a Date returned reaches neither
 * handler) or get different data.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { types } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Emulator, MESSAGES } from '../emulator';

/** Debian's package; CI installs it with apt (.ci/run). No other browser is ever downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The launch flags verified in research/emulation-and-oracles.md §5 (launch ≈ 0.3 s). */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

const RESULTS_DIR = path.resolve(__dirname, '../../test-results');

/**
 * Whether browser tests can run here. With REQUIRE_BROWSER=1 (CI) a missing Chromium is an error,
 * so browser tests never skip silently.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install chromium).`);
  }
  return false;
}

/** Headless Chromium, or null when it is not installed (and not required). */
export async function launchBrowser(): Promise<Browser | null> {
  if (!browserAvailable()) return null;
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Saves a screenshot of the whole page as test-results/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface PageServer {
  /** Registers a page's HTML (the shim is injected) and returns its localhost URL. */
  url(html: string): string;
  /** Server functions the pages called, in order, with their arguments (calls refused for their arguments are not here). */
  readonly calls: { name: string; args: unknown[] }[];
  /** What broke Apps Script's rules on google.script.run values; a test should expect none. */
  readonly violations: string[];
  /** google.script.host.close() calls. */
  readonly closedDialogs: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Runs a server function, synchronously: its return value goes to the success handler, what it throws to the failure handler. */
  call(name: string, args: unknown[]): unknown;
}

/** A value the page sent that JSON cannot carry, tagged by the shim. */
class Refused {
  constructor(readonly what: string) {}
}

/**
 * Why Apps Script would refuse `value` as an argument or a return value, or null. The reference:
 * "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
 * prohibited type, including prohibited types inside objects or arrays. Objects that create
 * circular references will also fail". It adds "undefined fields within arrays become null": the
 * harness refuses those too, since the server would then see null where the page meant nothing
 * (a default parameter does not apply to null).
 */
export function illegalValue(value: unknown, where: string, seen: object[] = []): string | null {
  if (value instanceof Refused) return `${where} is ${value.what}`;
  if (types.isDate(value)) return `${where} is a Date`;
  if (typeof value === 'function') return `${where} is a function`;
  if (typeof value === 'bigint' || typeof value === 'symbol') return `${where} is a ${typeof value}`;
  if (value === null || typeof value !== 'object') return null;
  if (seen.includes(value)) return `${where} is a circular reference`;
  const inner = [...seen, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = value[i] === undefined ? `${where}[${i}] is undefined in an array` : illegalValue(value[i], `${where}[${i}]`, inner);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    const problem = illegalValue(v, `${where}.${key}`, inner);
    if (problem) return problem;
  }
  return null;
}

/** The shim's tags back to values `illegalValue` recognises. */
function untag(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untag);
  if (value === null || typeof value !== 'object') return value;
  const tag = (value as { __harness?: unknown }).__harness;
  if (typeof tag === 'string') return tag === 'undefined' ? undefined : new Refused(tag);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, untag(v)]));
}

/**
 * google.script.run and google.script.host for a page served here, first thing in <head>. Each
 * `with…` returns a new runner (chainable, the base runner unchanged); any other property is a
 * server function. Handlers always run asynchronously, a failure handler gets an Error carrying
 * the server's message, and both get the user object as second argument, as the reference says.
 * Values JSON cannot carry are tagged so the server can refuse them rather than see them altered.
 */
const SHIM = `<script>
(function () {
  function encode(args) {
    return JSON.stringify(args, function (key, value) {
      var raw = this[key];
      if (raw instanceof Date) return { __harness: 'a Date' };
      if (typeof raw === 'function') return { __harness: 'a function' };
      if (typeof Node !== 'undefined' && raw instanceof Node) return { __harness: 'a DOM element (forms are not supported by the harness)' };
      if (raw === undefined && Array.isArray(this)) return { __harness: 'undefined' };
      return value;
    });
  }
  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body });
  }
  function runner(handlers) {
    return new Proxy({}, {
      get: function (_, prop) {
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        if (prop === 'withSuccessHandler') return function (f) { return runner(Object.assign({}, handlers, { success: f })); };
        if (prop === 'withFailureHandler') return function (f) { return runner(Object.assign({}, handlers, { failure: f })); };
        if (prop === 'withUserObject') return function (o) { return runner(Object.assign({}, handlers, { user: o })); };
        return function () {
          var body;
          try { body = encode(Array.prototype.slice.call(arguments)); }
          catch (e) { body = JSON.stringify({ __harnessEncodeError: String(e && e.message || e) }); }
          post('/rpc/' + encodeURIComponent(prop), body)
            .then(function (response) { return response.json(); })
            .catch(function (e) { return { ok: false, message: 'harness: ' + String(e && e.message || e) }; })
            .then(function (result) {
              if (result.ok) { if (handlers.success) handlers.success(result.value, handlers.user); }
              else if (handlers.failure) handlers.failure(new Error(result.message), handlers.user);
              else console.error(new Error(result.message));
            });
        };
      },
    });
  }
  window.google = {
    script: {
      run: runner({}),
      host: {
        close: function () { post('/host/close', '{}'); },
        editor: { focus: function () {} },
      },
    },
  };
})();
</script>`;

/** The shim first in <head> (before the page's own scripts), or first in the document when there is no <head>. */
function withShim(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + SHIM + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + SHIM + html.slice(at);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}

/** A local http server (127.0.0.1, an ephemeral port) serving pages whose google.script.run calls `options.call`. */
export async function servePages(options: ServeOptions): Promise<PageServer> {
  const pages: string[] = [];
  const calls: { name: string; args: unknown[] }[] = [];
  const violations: string[] = [];
  let closedDialogs = 0;

  /** The reply to one google.script.run call: the value for the success handler, or the failure handler's message. */
  const rpc = (name: string, body: string): { ok: true; value: unknown } | { ok: false; message: string } => {
    const parsed: unknown = JSON.parse(body);
    const refuse = (problem: string) => {
      violations.push(`${name}: ${problem}`);
      return { ok: false as const, message: `harness: ${name}: ${problem}; Apps Script refuses it (google.script.run takes and returns JSON-like values)` };
    };
    if (!Array.isArray(parsed)) return refuse(`the arguments could not be sent (${(parsed as { __harnessEncodeError?: string }).__harnessEncodeError})`);
    const args = untag(parsed) as unknown[];
    const badArgument = args.map((a, i) => (a === undefined ? `argument ${i} is undefined` : illegalValue(a, `argument ${i}`))).find((p) => p);
    if (badArgument) return refuse(badArgument);
    calls.push({ name, args });
    let value: unknown;
    try {
      value = options.call(name, args);
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    const badReturn = illegalValue(value, 'the return value');
    return badReturn ? refuse(badReturn) : { ok: true, value };
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = /^\/page\/(\d+)$/.exec(url.pathname);
    if (request.method === 'GET' && page && pages[Number(page[1])] !== undefined) {
      send(response, 200, 'text/html', pages[Number(page[1])]);
      return;
    }
    const call = /^\/rpc\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'POST' && call) {
      readBody(request)
        .then((body) => JSON.stringify(rpc(decodeURIComponent(call[1]), body)))
        .then(
          (reply) => send(response, 200, 'application/json', reply),
          (e: unknown) => send(response, 500, 'text/plain', String(e)),
        );
      return;
    }
    if (request.method === 'POST' && url.pathname === '/host/close') {
      closedDialogs++;
      send(response, 200, 'application/json', '{}');
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end(); // no 404 in the page's console for the icon the browser asks for
      return;
    }
    send(response, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url(html) {
      pages.push(withShim(html));
      return `http://127.0.0.1:${port}/page/${pages.length - 1}`;
    },
    calls,
    violations,
    get closedDialogs() {
      return closedDialogs;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/**
 * `ServeOptions.call` for a bundle loaded into the emulator: each call runs the global function of
 * that name in its own execution as `user` (default: the owner), as every google.script.run call
 * is its own execution (research §1.8). Functions whose name ends in `_` are private in Apps
 * Script and cannot be called from a page.
 */
export function emulatorCall(emu: Emulator, options: { user?: string; scope?: object } = {}): ServeOptions['call'] {
  return (name, args) =>
    emu.runExecution({ user: options.user ?? emu.owner, kind: 'script', authMode: 'FULL' }, () => {
      const scope = (options.scope ?? emu.scope) as Record<string, unknown>;
      const target = name.endsWith('_') ? undefined : scope[name];
      if (typeof target !== 'function') throw new Error(MESSAGES.functionNotFound(name));
      return (target as (...a: unknown[]) => unknown)(...args);
    });
}
