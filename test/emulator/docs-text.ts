/**
 * DocumentApp's Text (from `editAsText()` or a search result) and RangeElement, and the searches
 * every element shares. A Text spans one or more paragraphs: offsets run through their texts
 * joined by '\n' (the joints are not editable: no call merges or splits paragraphs). The Text of
 * a Body, Table, TableRow or TableCell spans every paragraph inside it.
 *
 * findText/replaceText: the pattern is an RE2 regular expression matched in each paragraph on
 * its own, so a match never spans two paragraphs (research §5.2). The replacement is inserted as
 * written: the reference calls it "the text to use as replacement" and documents no group
 * references, so `$1` stays `$1`. Replaced text takes the style of the first character matched.
 */
import { type ParagraphBlock, paragraphText, spliceText, styleAt, styleRange, type TextStyle } from './docs-model';
import { compileRe2, matchesIn } from './docs-regex';
import { common, DOC_MESSAGES, DocNode, type DocSession, ElementType, TEXT_ATTRIBUTES, textPatch } from './docs-session';
import { fail } from './errors';

type GasText = GoogleAppsScript.Document.Text;
type GasElement = GoogleAppsScript.Document.Element;
type GasRangeElement = GoogleAppsScript.Document.RangeElement;

/** Where a Text's paragraphs come from and who its parent is. */
export interface TextHost {
  /** The paragraphs the Text spans, read at each call (edits change them). */
  paragraphs(): ParagraphBlock[];
  parent(): GasElement | null;
  /** The Text of one paragraph, which search results point at. */
  textOf(p: ParagraphBlock): TextImpl;
}

export interface Found {
  paragraph: ParagraphBlock;
  start: number;
  /** Exclusive. */
  end: number;
}

/** The first non-empty match at or after `from` (a paragraph and an offset in it). */
export function findIn(paragraphs: ParagraphBlock[], pattern: string, from?: { paragraph: ParagraphBlock; offset: number }): Found | null {
  const re = compileRe2(pattern);
  let i = from ? paragraphs.indexOf(from.paragraph) : 0;
  if (i < 0) return null;
  let offset = from?.offset ?? 0;
  for (; i < paragraphs.length; i++, offset = 0) {
    const m = matchesIn(re, paragraphText(paragraphs[i])).find((x) => x.start >= offset && x.end > x.start);
    if (m) return { paragraph: paragraphs[i], ...m };
  }
  return null;
}

/** Replaces every match in every paragraph; returns how many. */
export function replaceIn(paragraphs: ParagraphBlock[], pattern: string, replacement: string): number {
  const re = compileRe2(pattern);
  const text = String(replacement);
  let count = 0;
  for (const p of paragraphs) {
    for (const m of matchesIn(re, paragraphText(p)).reverse()) {
      if (m.end === m.start && !text) continue;
      spliceText(p, m.start, m.end, text);
      count++;
    }
  }
  return count;
}

export class RangeElementImpl implements GasRangeElement {
  constructor(
    private readonly s: DocSession,
    private readonly element: TextImpl,
    readonly found: Found,
  ) {}

  private get partial(): boolean {
    return this.found.start > 0 || this.found.end < paragraphText(this.found.paragraph).length;
  }

  getElement(): GasElement {
    this.s.rt.call('RangeElement.getElement');
    return this.element as unknown as GasElement;
  }

  /** "the number of characters before the start of the range, or -1 if the element is not partial". */
  getStartOffset(): number {
    this.s.rt.call('RangeElement.getStartOffset');
    return this.partial ? this.found.start : -1;
  }

  getEndOffsetInclusive(): number {
    this.s.rt.call('RangeElement.getEndOffsetInclusive');
    return this.partial ? this.found.end - 1 : -1;
  }

  isPartial(): boolean {
    this.s.rt.call('RangeElement.isPartial');
    return this.partial;
  }
}

/** Continues a search after a previous result (`findText(pattern, from)`). */
export function continueFrom(from: GasRangeElement | null | undefined): { paragraph: ParagraphBlock; offset: number } | undefined {
  if (from === null || from === undefined) return undefined;
  if (!(from instanceof RangeElementImpl)) throw new Error('emulator: findText continues from a RangeElement the emulator returned');
  return { paragraph: from.found.paragraph, offset: from.found.end };
}

type Styled = [value: unknown] | [start: number, endInclusive: number, value: unknown];

type TextApi = Pick<
  GasText,
  | 'getText' | 'setText' | 'appendText' | 'insertText' | 'deleteText' | 'setBold' | 'setItalic' | 'setUnderline' | 'setFontSize'
  | 'setFontFamily' | 'getTextAttributeIndices' | 'setAttributes' | 'getType' | 'editAsText' | 'replaceText'
>;

export class TextImpl extends DocNode implements TextApi {
  protected readonly label = 'Text';

  constructor(
    s: DocSession,
    private readonly host: TextHost,
  ) {
    super(s);
  }

  /** The paragraphs of this Text, unmetered (the element views use it). */
  paragraphs(): ParagraphBlock[] {
    return this.host.paragraphs();
  }

  private self(): GasText {
    return this as unknown as GasText;
  }

  private spans(): Array<{ p: ParagraphBlock; start: number; length: number }> {
    let at = 0;
    return this.host.paragraphs().map((p) => {
      const length = paragraphText(p).length;
      const span = { p, start: at, length };
      at += length + 1;
      return span;
    });
  }

  private full(): string {
    return this.host.paragraphs().map(paragraphText).join('\n');
  }

  /** Applies `fn` to the part of each paragraph inside [start, endInclusive]. */
  private over(start: number, endInclusive: number, fn: (p: ParagraphBlock, a: number, b: number) => void): void {
    const length = this.full().length;
    for (const offset of [start, endInclusive]) {
      if (!Number.isInteger(offset) || offset < 0 || offset >= length) fail(DOC_MESSAGES.textIndex(offset, length));
    }
    if (endInclusive < start) fail(`emulator: the start offset ${start} is after the end offset ${endInclusive}`);
    for (const sp of this.spans()) {
      const a = Math.max(start, sp.start) - sp.start;
      const b = Math.min(endInclusive + 1, sp.start + sp.length) - sp.start;
      if (b > a) fn(sp.p, a, b);
    }
  }

  /** The paragraph and local offset of a position, a joint counting as the end of the paragraph before it. */
  private at(offset: number): { p: ParagraphBlock; local: number } {
    const spans = this.spans();
    const length = this.full().length;
    const sp = spans.find((x) => offset >= x.start && offset <= x.start + x.length);
    if (!Number.isInteger(offset) || !sp) fail(DOC_MESSAGES.textIndex(offset, length));
    return { p: sp.p, local: offset - sp.start };
  }

  private style(method: string, key: keyof TextStyle, args: Styled): GasText {
    this.enter(method);
    this.changed();
    if (args.length === 3) this.over(Number(args[0]), Number(args[1]), (p, a, b) => styleRange(p, a, b, { [key]: args[2] }));
    else for (const p of this.host.paragraphs()) styleRange(p, 0, paragraphText(p).length, { [key]: args[0] });
    return this.self();
  }

  private read<K extends keyof TextStyle>(method: string, key: K, offset?: number | null): NonNullable<TextStyle[K]> | null {
    this.enter(method);
    if (offset !== undefined && offset !== null) {
      const { p, local } = this.at(offset);
      return styleAt(p, local)[key] ?? null;
    }
    const values = this.host.paragraphs().flatMap((p) => (p.runs.length ? p.runs.map((r) => r.style[key]) : [p.mark[key]]));
    return common(values) ?? null;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.TEXT;
  }

  getParent(): GasElement | null {
    this.enter('getParent');
    return this.host.parent();
  }

  editAsText(): GasText {
    this.enter('editAsText');
    return this.self();
  }

  asText(): GasText {
    this.enter('asText');
    return this.self();
  }

  getText(): string {
    this.enter('getText');
    return this.full();
  }

  /** Replaces the text; with several paragraphs, the first takes it and the others are emptied. */
  setText(text: string): GasText {
    this.enter('setText');
    this.changed();
    this.host.paragraphs().forEach((p, i) => spliceText(p, 0, paragraphText(p).length, i === 0 ? String(text) : ''));
    return this.self();
  }

  appendText(text: string): GasText {
    this.enter('appendText');
    this.changed();
    const last = this.host.paragraphs().at(-1);
    if (last) spliceText(last, paragraphText(last).length, paragraphText(last).length, String(text));
    return this.self();
  }

  insertText(offset: number, text: string): GasText {
    this.enter('insertText');
    this.changed();
    const { p, local } = this.at(offset);
    spliceText(p, local, local, String(text));
    return this.self();
  }

  deleteText(startOffset: number, endOffsetInclusive: number): GasText {
    this.enter('deleteText');
    this.changed();
    this.over(startOffset, endOffsetInclusive, (p, a, b) => spliceText(p, a, b, ''));
    return this.self();
  }

  setBold(...args: [boolean] | [number, number, boolean]): GasText {
    return this.style('setBold', 'bold', args);
  }

  setItalic(...args: [boolean] | [number, number, boolean]): GasText {
    return this.style('setItalic', 'italic', args);
  }

  setUnderline(...args: [boolean] | [number, number, boolean]): GasText {
    return this.style('setUnderline', 'underline', args);
  }

  setFontSize(...args: [number] | [number, number, number]): GasText {
    return this.style('setFontSize', 'fontSize', args);
  }

  setFontFamily(...args: [string] | [number, number, string]): GasText {
    return this.style('setFontFamily', 'fontFamily', args);
  }

  /** null when unset or mixed, as Apps Script reports attributes nobody set [unverified for unset]. */
  isBold(offset?: number | null): boolean | null {
    return this.read('isBold', 'bold', offset);
  }

  isItalic(offset?: number | null): boolean | null {
    return this.read('isItalic', 'italic', offset);
  }

  isUnderline(offset?: number | null): boolean | null {
    return this.read('isUnderline', 'underline', offset);
  }

  getFontSize(offset?: number | null): number | null {
    return this.read('getFontSize', 'fontSize', offset);
  }

  getFontFamily(offset?: number | null): string | null {
    return this.read('getFontFamily', 'fontFamily', offset);
  }

  /** Offsets where the text attributes change: the start of each run. */
  getTextAttributeIndices(): number[] {
    this.enter('getTextAttributeIndices');
    const indices = this.spans().flatMap(({ p, start }) => {
      let at = start;
      return p.runs.map((r) => {
        const index = at;
        at += r.text.length;
        return index;
      });
    });
    return indices.length ? [...new Set(indices)] : [0];
  }

  setAttributes(...args: [object] | [number, number, object]): GasText {
    this.enter('setAttributes');
    this.changed();
    if (args.length === 3) this.over(args[0], args[1], (p, a, b) => styleRange(p, a, b, textPatch(args[2])));
    else for (const p of this.host.paragraphs()) styleRange(p, 0, paragraphText(p).length, textPatch(args[0]));
    return this.self();
  }

  getAttributes(offset?: number | null): Record<string, unknown> {
    this.enter('getAttributes');
    const out: Record<string, unknown> = {};
    for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
      if (offset !== undefined && offset !== null) {
        const { p, local } = this.at(offset);
        out[name] = styleAt(p, local)[key] ?? null;
      } else {
        out[name] = common(this.host.paragraphs().flatMap((p) => (p.runs.length ? p.runs.map((r) => r.style[key]) : [p.mark[key]])));
      }
    }
    return out;
  }

  findText(searchPattern: string, from?: GasRangeElement | null): GasRangeElement | null {
    this.enter('findText');
    const found = findIn(this.host.paragraphs(), searchPattern, continueFrom(from));
    return found && new RangeElementImpl(this.s, this.host.textOf(found.paragraph), found);
  }

  replaceText(searchPattern: string, replacement: string): GasElement {
    this.enter('replaceText');
    this.changed();
    replaceIn(this.host.paragraphs(), searchPattern, replacement);
    return this as unknown as GasElement;
  }
}
