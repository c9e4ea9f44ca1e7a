/**
 * HtmlService: HtmlOutput objects made from a string or from one of the project's HTML files (the
 * pages `scripts/build.mjs` writes to build/, which clasp pushes as HTML files). What the methods
 * do follows the API reference (https://developers.google.com/apps-script/reference/html/html-output
 * and …/html-service, as quoted in the 2025-11-10 type definitions). Templates are not emulated:
 * the add-on's pages are built files whose data arrive through google.script.run.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gasEnum } from './enums';
import { fail } from './errors';
import type { Runtime } from './runtime';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export const HTML_MESSAGES = {
  /**
   * A missing file, as practitioners quote it (`Exception: No HTML file named Index was found.`,
   * RayBB/easy-gmail-scheduler#4 and several READMEs). The name is the one the code passed.
   */
  fileNotFound: (name: string) => `No HTML file named ${name} was found.`,
  /** Wording chosen here. */
  notEmulated: (method: string) =>
    `emulator: ${method} is not emulated (no templates); build the page into an HTML file and use createHtmlOutputFromFile`,
  /** Wording chosen here; addMetaTag's reference: "Only the following meta tags are allowed". */
  metaTagNotAllowed: (name: string) => `emulator: addMetaTag refuses "${name}"; Apps Script allows only ${ALLOWED_META_TAGS.join(', ')}`,
  /** Wording chosen here. */
  notAnEnumMember: (method: string, value: unknown) => `emulator: ${method} takes a member of its HtmlService enum, got ${String(value)}`,
} as const;

/** addMetaTag's reference lists these names and no others. */
export const ALLOWED_META_TAGS = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'] as const;

/** NATIVE and EMULATED were sunset in 2015: whatever is set, pages run in IFRAME mode (research §1.8). */
export const SandboxMode = gasEnum<typeof GoogleAppsScript.HTML.SandboxMode>(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = gasEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(['ALLOWALL', 'DEFAULT']);

/**
 * appendUntrusted's escaping. The real method escapes by context (inside a script or an attribute
 * it escapes for that context); this one always escapes for HTML text and attributes, which is what
 * the reference's example shows (`<p>` becomes `&lt;p&gt;`).
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function requireMember(method: string, members: object, value: unknown): void {
  if (!Object.values(members).includes(value)) throw new Error(HTML_MESSAGES.notAnEnumMember(method, value));
}

class HtmlOutputMetaTagImpl implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  constructor(
    private readonly rt: Runtime,
    private readonly name: string,
    private readonly content: string,
  ) {}

  getName(): string {
    this.rt.call('HtmlOutputMetaTag.getName');
    return this.name;
  }

  getContent(): string {
    this.rt.call('HtmlOutputMetaTag.getContent');
    return this.content;
  }
}

type HtmlOutputApi = Pick<
  GasHtmlOutput,
  | 'getContent' | 'setContent' | 'append' | 'appendUntrusted' | 'clear' | 'getTitle' | 'setTitle' | 'setSandboxMode'
  | 'setXFrameOptionsMode' | 'addMetaTag' | 'getMetaTags' | 'asTemplate'
>;

export class HtmlOutputImpl implements HtmlOutputApi {
  private title = '';
  /** null until set: the reference calls it the dialog's initial size, "null results in a default value". */
  private width: number | null = null;
  private height: number | null = null;
  private readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    private readonly rt: Runtime,
    private content: string,
  ) {}

  /** What the Ui shows, read without metering (showSidebar and the dialogs are one call each). */
  page(): { content: string; title: string; width: number | null; height: number | null } {
    return { content: this.content, title: this.title, width: this.width, height: this.height };
  }

  private self(): GasHtmlOutput {
    return this as unknown as GasHtmlOutput;
  }

  getContent(): string {
    this.rt.call('HtmlOutput.getContent');
    return this.content;
  }

  setContent(content: string): GasHtmlOutput {
    this.rt.call('HtmlOutput.setContent');
    this.content = String(content);
    return this.self();
  }

  /** Trusted content, as is. */
  append(addedContent: string): GasHtmlOutput {
    this.rt.call('HtmlOutput.append');
    this.content += String(addedContent);
    return this.self();
  }

  appendUntrusted(addedContent: string): GasHtmlOutput {
    this.rt.call('HtmlOutput.appendUntrusted');
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }

  clear(): GasHtmlOutput {
    this.rt.call('HtmlOutput.clear');
    this.content = '';
    return this.self();
  }

  /** The sidebar's heading; a dialog's title comes from showModalDialog's argument, which overrides it. */
  getTitle(): string {
    this.rt.call('HtmlOutput.getTitle');
    return this.title;
  }

  setTitle(title: string): GasHtmlOutput {
    this.rt.call('HtmlOutput.setTitle');
    this.title = String(title);
    return this.self();
  }

  getWidth(): number | null {
    this.rt.call('HtmlOutput.getWidth');
    return this.width;
  }

  /** A dialog's initial width in px; a sidebar is always 300 px wide whatever is set (ui.ts). */
  setWidth(width: number | null): GasHtmlOutput {
    this.rt.call('HtmlOutput.setWidth');
    this.width = width === null ? null : Number(width);
    return this.self();
  }

  getHeight(): number | null {
    this.rt.call('HtmlOutput.getHeight');
    return this.height;
  }

  setHeight(height: number | null): GasHtmlOutput {
    this.rt.call('HtmlOutput.setHeight');
    this.height = height === null ? null : Number(height);
    return this.self();
  }

  /** "This method now has no effect": checked, then ignored. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    this.rt.call('HtmlOutput.setSandboxMode');
    requireMember('HtmlOutput.setSandboxMode', SandboxMode, mode);
    return this.self();
  }

  /** Only the web-app header depends on it, and the add-on serves no web app: checked, then ignored. */
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this.rt.call('HtmlOutput.setXFrameOptionsMode');
    requireMember('HtmlOutput.setXFrameOptionsMode', XFrameOptionsMode, mode);
    return this.self();
  }

  /** Kept apart from the content: meta tags written in the HTML itself are ignored by Apps Script. */
  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.rt.call('HtmlOutput.addMetaTag');
    if (!(ALLOWED_META_TAGS as readonly string[]).includes(String(name))) throw new Error(HTML_MESSAGES.metaTagNotAllowed(String(name)));
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    this.rt.call('HtmlOutput.getMetaTags');
    return this.metaTags.map((t) => new HtmlOutputMetaTagImpl(this.rt, t.name, t.content));
  }

  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    throw new Error(HTML_MESSAGES.notEmulated('HtmlOutput.asTemplate'));
  }
}

type HtmlServiceApi = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
>;

export class HtmlServiceImpl implements HtmlServiceApi {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  /** `htmlDir` holds the project's HTML files as `<name>.html`. */
  constructor(
    private readonly rt: Runtime,
    private readonly htmlDir: string,
  ) {}

  /** A string of HTML, or nothing (empty). Blobs are not taken here. */
  createHtmlOutput(html?: string): GasHtmlOutput {
    this.rt.call('HtmlService.createHtmlOutput');
    if (html !== undefined && typeof html !== 'string') throw new Error('emulator: createHtmlOutput takes a string of HTML here, not a blob');
    return new HtmlOutputImpl(this.rt, html ?? '') as unknown as GasHtmlOutput;
  }

  /**
   * The file's text, read when called (so a test sees the latest build). `Index` names Index.html;
   * `Index.html` is also found, as practitioners report the call working with the extension
   * (RayBB/easy-gmail-scheduler#4). Names are case-sensitive, as in the script editor.
   */
  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    this.rt.call('HtmlService.createHtmlOutputFromFile');
    const name = String(filename);
    const file = [`${name}.html`, ...(name.endsWith('.html') ? [name] : [])]
      .map((candidate) => path.resolve(this.htmlDir, candidate))
      .find((candidate) => this.isProjectFile(candidate));
    if (!file) fail(HTML_MESSAGES.fileNotFound(name));
    return new HtmlOutputImpl(this.rt, readFileSync(file, 'utf8')) as unknown as GasHtmlOutput;
  }

  /** A file inside htmlDir (never one reached through `..`). */
  private isProjectFile(file: string): boolean {
    const relative = path.relative(this.htmlDir, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  }

  createTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    throw new Error(HTML_MESSAGES.notEmulated('HtmlService.createTemplate'));
  }

  createTemplateFromFile(): GoogleAppsScript.HTML.HtmlTemplate {
    throw new Error(HTML_MESSAGES.notEmulated('HtmlService.createTemplateFromFile'));
  }

  /** "Returns null for most script executions if not used in a web app's doGet() or doPost() function." */
  getUserAgent(): string | null {
    this.rt.call('HtmlService.getUserAgent');
    return null;
  }
}
