// What both pages share. The DOM is built from data with text nodes and attributes, never by
// parsing HTML, so a value a user typed (an entry titled "<img src=x onerror=…>") is shown as
// text; google.script.run is wrapped as promises typed by the server's API.

import type { ServerApi } from '../sidebar-contract';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: Runner; host: { close(): void } } };

/** Calls a server function; each call is its own execution on Apps Script (about a second). */
export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>)).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** The text of a failed call: Apps Script passes an Error whose message is the server's. */
export function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function closeDialog(): void {
  google.script.host.close();
}

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  /** Attributes, set with setAttribute (a value is never parsed as markup). */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

/** An element with attributes, listeners and children; strings and numbers become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [event, listener] of Object.entries(props.on ?? {})) {
    if (listener) element.addEventListener(event, listener);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces everything inside `parent`. */
export function show(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * A link that opens in a new tab, for https URLs only: a link is shown only for addresses the
 * add-on made (Drive files); anything else is plain text, so no "javascript:" URL can run.
 */
export function link(url: string, text: string): HTMLElement {
  if (!/^https:\/\//i.test(url)) return h('span', {}, text);
  return h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, text);
}

/** The page's root element (every page has `<main id="app">`). */
export function appRoot(): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element.');
  return root;
}
