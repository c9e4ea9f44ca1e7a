/** SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, recorded; answers scripted by tests. */
import { Button, ButtonSet } from './enums';
import { HtmlOutputImpl } from './html';
import type { Runtime } from './runtime';

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  /** Created with createAddonMenu() (shown under Extensions). */
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface ToastRecord {
  spreadsheetId: string;
  message: string;
  title: string;
  timeoutSeconds: number;
}

/**
 * Ui.showSidebar's reference: "All sidebars shown by scripts are 300 pixels wide." A sidebar's
 * record therefore has no width; an HtmlOutput's setWidth does not change it.
 */
export const SIDEBAR_WIDTH_PX = 300;

export interface HtmlRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  user: string;
  /** A dialog's initial size in px, when the HtmlOutput set one (setWidth/setHeight); otherwise Apps Script's default. */
  width?: number;
  height?: number;
}

/** Objects accepted as HtmlOutput: HtmlService's, or anything with getContent() (and optionally getTitle()). */
interface HtmlLike {
  getContent(): string;
  getTitle?(): string;
}

/** The page an HtmlOutput holds; HtmlService's is read unmetered, so showing it is one call. */
function pageOf(html: HtmlLike): { content: string; title: string; width: number | null; height: number | null } {
  if (html instanceof HtmlOutputImpl) return html.page();
  return { content: html.getContent(), title: html.getTitle?.() ?? '', width: null, height: null };
}

export class UiRecorder {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly sidebars: HtmlRecord[] = [];
  readonly dialogs: HtmlRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: Array<{ text: string; button: ButtonName }> = [];
  addonName = 'Add-on';

  /** The button the next alert returns (otherwise OK, or YES for yes/no sets). */
  answerAlert(button: ButtonName): void {
    this.alertAnswers.push(button);
  }

  /** The text and button the next prompt returns (otherwise '' and OK/YES). */
  answerPrompt(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }

  takeAlertAnswer(buttons: ButtonSetName): ButtonName {
    return this.alertAnswers.shift() ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
  }

  takePromptAnswer(buttons: ButtonSetName): { text: string; button: ButtonName } {
    return this.promptAnswers.shift() ?? { text: '', button: buttons.startsWith('YES') ? 'YES' : 'OK' };
  }

  /** Every clickable item with its caption path, e.g. `['CCHC', 'Thiết lập', 'Tạo cuộc thi']`. */
  menuItems(): Array<{ path: string[]; functionName: string }> {
    const out: Array<{ path: string[]; functionName: string }> = [];
    const walk = (items: MenuEntry[], path: string[]): void => {
      for (const e of items) {
        if (e.type === 'item') out.push({ path: [...path, e.caption], functionName: e.functionName });
        else if (e.type === 'submenu') walk(e.items, [...path, e.caption]);
      }
    };
    this.menus.forEach((m) => walk(m.items, [m.caption]));
    return out;
  }

  /** The function behind a menu item, found by its full path or by its caption alone. */
  functionFor(captionOrPath: string | string[]): string {
    const items = this.menuItems();
    const hit =
      typeof captionOrPath === 'string'
        ? items.find((i) => i.path[i.path.length - 1] === captionOrPath)
        : items.find((i) => i.path.join('\u0000') === captionOrPath.join('\u0000'));
    if (!hit) throw new Error(`No menu item ${JSON.stringify(captionOrPath)}; menus: ${JSON.stringify(items.map((i) => i.path))}`);
    return hit.functionName;
  }

  addMenu(menu: RecordedMenu): void {
    const i = this.menus.findIndex((m) => m.addon === menu.addon && m.caption === menu.caption);
    if (i >= 0) this.menus.splice(i, 1, menu);
    else this.menus.push(menu);
  }
}

type GasMenu = GoogleAppsScript.Base.Menu;

function copyEntries(items: MenuEntry[]): MenuEntry[] {
  return items.map((e) => (e.type === 'submenu' ? { ...e, items: copyEntries(e.items) } : { ...e }));
}

class MenuImpl implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly rt: Runtime,
    readonly caption: string,
    private readonly addon: boolean,
  ) {}

  private self(): GasMenu {
    return this as unknown as GasMenu;
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.rt.call('Menu.addItem');
    this.items.push({ type: 'item', caption, functionName });
    return this.self();
  }

  addSeparator(): GasMenu {
    this.rt.call('Menu.addSeparator');
    this.items.push({ type: 'separator' });
    return this.self();
  }

  addSubMenu(menu: GasMenu): GasMenu {
    this.rt.call('Menu.addSubMenu');
    const sub = menu as unknown as MenuImpl;
    this.items.push({ type: 'submenu', caption: sub.caption, items: sub.items });
    return this.self();
  }

  addToUi(): void {
    this.rt.call('Menu.addToUi');
    this.rt.ui.addMenu({ caption: this.caption, addon: this.addon, items: copyEntries(this.items) });
  }
}

class PromptResponseImpl implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(
    private readonly rt: Runtime,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    this.rt.call('PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.rt.call('PromptResponse.getSelectedButton');
    return Button[this.button];
  }
}

type UiApi = Pick<
  GoogleAppsScript.Base.Ui,
  'Button' | 'ButtonSet' | 'alert' | 'prompt' | 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
>;

/** Splits alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogArgs(args: unknown[]): { title: string; prompt: string; buttons: ButtonSetName } {
  if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: args[2] as ButtonSetName };
  if (args.length === 2) return { title: '', prompt: String(args[0]), buttons: args[1] as ButtonSetName };
  return { title: '', prompt: String(args[0]), buttons: 'OK' };
}

export class UiService implements UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly rt: Runtime) {}

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.rt.call('Ui.alert');
    const d = dialogArgs(args);
    const response = this.rt.ui.takeAlertAnswer(d.buttons);
    this.rt.ui.alerts.push({ ...d, response });
    return Button[response];
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    this.rt.call('Ui.prompt');
    const d = dialogArgs(args);
    const answer = this.rt.ui.takePromptAnswer(d.buttons);
    this.rt.ui.prompts.push({ ...d, response: answer.button, responseText: answer.text });
    return new PromptResponseImpl(this.rt, answer.text, answer.button) as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  createAddonMenu(): GasMenu {
    this.rt.call('Ui.createAddonMenu');
    return new MenuImpl(this.rt, this.rt.ui.addonName, true) as unknown as GasMenu;
  }

  createMenu(caption: string): GasMenu {
    this.rt.call('Ui.createMenu');
    return new MenuImpl(this.rt, caption, false) as unknown as GasMenu;
  }

  private show(kind: HtmlRecord['kind'], html: HtmlLike, title?: string): void {
    const page = pageOf(html);
    const record: HtmlRecord = { kind, title: title ?? page.title, content: page.content, user: this.rt.current().activeUser };
    if (kind !== 'sidebar' && page.width !== null) record.width = page.width;
    if (kind !== 'sidebar' && page.height !== null) record.height = page.height;
    (kind === 'sidebar' ? this.rt.ui.sidebars : this.rt.ui.dialogs).push(record);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.rt.call('Ui.showSidebar');
    this.show('sidebar', userInterface);
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.rt.call('Ui.showModalDialog');
    this.show('modal', userInterface, title);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.rt.call('Ui.showModelessDialog');
    this.show('modeless', userInterface, title);
  }
}
