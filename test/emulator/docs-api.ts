/**
 * The Docs advanced service (`Docs` global): `Documents.batchUpdate` with `replaceAllText`
 * requests, and a small `Documents.get`. It reads and writes committed content only: a Document
 * that DocumentApp opened earlier in the same execution keeps its working copy and does not see
 * the change (and saving edits made in that copy replaces the whole committed content).
 *
 * replaceAllText (research §5.2: "SubstringMatchCriteria {text, matchCase} (literal substring)";
 * the requests of one batchUpdate "are applied atomically"): the text is matched literally in every
 * paragraph of the body and of table cells, requests apply in order, each seeing the result of
 * the previous. A '\n' in replaceText splits the paragraph; the new paragraphs keep its
 * attributes. Inserted text takes the style of the first character matched.
 */
import {
  type Block, cloneContent, type DocContent, type ParagraphBlock, paragraphText, spliceText, splitParagraph, type TextStyle,
} from './docs-model';
import { DOCUMENTS_SCOPE } from './docs-session';
import type { DriveItem, DriveStore } from './drive';
import { fail } from './errors';
import type { Runtime } from './runtime';

type BatchUpdateRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchUpdateResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
type ReplaceAllText = GoogleAppsScript.Docs.Schema.ReplaceAllTextRequest;

export const DOCS_API_MESSAGES = {
  /** The form advanced-service failures take (GoogleJsonResponseException), as practitioners quote it. */
  notFound: (method: string) => `API call to docs.documents.${method} failed with error: Requested entity was not found.`,
  notEmulated: (kind: string, index: number) => `emulator: request ${kind} (requests[${index}]) not emulated; only replaceAllText is`,
  /** The API refuses an empty search text; its exact wording is not known. */
  emptyText: (index: number) => `emulator: requests[${index}].replaceAllText.containsText.text must not be empty`,
} as const;

/** Start offsets of `needle` in `haystack`, left to right, not overlapping. */
function occurrences(haystack: string, needle: string, matchCase: boolean): number[] {
  const [h, n] = matchCase ? [haystack, needle] : [haystack.toLowerCase(), needle.toLowerCase()];
  if (!matchCase && (h.length !== haystack.length || n.length !== needle.length)) return occurrences(haystack, needle, true);
  const out: number[] = [];
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + n.length)) out.push(at);
  return out;
}

/** Replaces in one paragraph; returns the paragraphs it became (itself, then any split off) and the count. */
function replaceInParagraph(p: ParagraphBlock, find: string, replace: string, matchCase: boolean): { parts: ParagraphBlock[]; count: number } {
  const starts = occurrences(paragraphText(p), find, matchCase);
  const tails: ParagraphBlock[] = [];
  for (const start of [...starts].reverse()) {
    spliceText(p, start, start + find.length, replace);
    for (let k = replace.lastIndexOf('\n'); k >= 0; k = k > 0 ? replace.lastIndexOf('\n', k - 1) : -1) {
      const at = start + k;
      tails.unshift(splitParagraph(p, at + 1));
      spliceText(p, at, at + 1, '');
    }
  }
  return { parts: [p, ...tails], count: starts.length };
}

function replaceInList(list: Block[], find: string, replace: string, matchCase: boolean): number {
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (b.kind === 'table') {
      for (const cell of b.rows.flatMap((r) => r.cells)) count += replaceInList(cell.paragraphs, find, replace, matchCase);
      continue;
    }
    const { parts, count: n } = replaceInParagraph(b, find, replace, matchCase);
    list.splice(i, 1, ...parts);
    i += parts.length - 1;
    count += n;
  }
  return count;
}

function textStyleJson(style: TextStyle): Record<string, unknown> {
  return {
    ...(style.bold === undefined ? {} : { bold: style.bold }),
    ...(style.italic === undefined ? {} : { italic: style.italic }),
    ...(style.underline === undefined ? {} : { underline: style.underline }),
    ...(style.fontSize === undefined ? {} : { fontSize: { magnitude: style.fontSize, unit: 'PT' } }),
    ...(style.fontFamily === undefined ? {} : { weightedFontFamily: { fontFamily: style.fontFamily } }),
  };
}

const API_ALIGNMENT = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' } as const;

/** A paragraph as the API shows it: text runs, the last one ending with '\n'. */
function paragraphJson(p: ParagraphBlock): GoogleAppsScript.Docs.Schema.Paragraph {
  const runs = p.runs.length ? p.runs : [{ text: '', style: p.mark }];
  return {
    elements: runs.map((r, i) => ({
      textRun: { content: i === runs.length - 1 ? `${r.text}\n` : r.text, textStyle: textStyleJson(r.style) },
    })),
    paragraphStyle: p.style.alignment ? { alignment: API_ALIGNMENT[p.style.alignment] } : {},
  };
}

function contentJson(blocks: Block[]): GoogleAppsScript.Docs.Schema.StructuralElement[] {
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? { paragraph: paragraphJson(b) }
      : {
          table: {
            rows: b.rows.length,
            columns: Math.max(0, ...b.rows.map((r) => r.cells.length)),
            tableRows: b.rows.map((r) => ({ tableCells: r.cells.map((c) => ({ content: contentJson(c.paragraphs) })) })),
          },
        },
  );
}

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

export class DocumentsCollection {
  constructor(
    private readonly rt: Runtime,
    private readonly store: DriveStore,
  ) {}

  private doc(method: string, documentId: string): DriveItem & { doc: DocContent } {
    const file = this.store.items.get(String(documentId));
    if (!file?.doc) fail(DOCS_API_MESSAGES.notFound(method));
    return file as DriveItem & { doc: DocContent };
  }

  /**
   * Applies every request to a copy and commits it once: nothing changes when one is refused.
   * A reply's `occurrencesChanged` is absent when 0, as the API's JSON leaves out zero values.
   */
  batchUpdate(resource: BatchUpdateRequest, documentId: string): BatchUpdateResponse {
    const requests = resource?.requests ?? [];
    this.rt.call('Docs.Documents.batchUpdate', undefined, requests.length);
    this.rt.requireFullAuth('Docs.Documents.batchUpdate', DOCUMENTS_SCOPE);
    const file = this.doc('batchUpdate', documentId);
    const replaceAll: ReplaceAllText[] = requests.map((r, i) => {
      const kinds = Object.keys(r ?? {});
      if (kinds.length !== 1 || kinds[0] !== 'replaceAllText') fail(DOCS_API_MESSAGES.notEmulated(kinds.join('+') || '{}', i));
      const req = r.replaceAllText as ReplaceAllText;
      if (!req.containsText?.text) fail(DOCS_API_MESSAGES.emptyText(i));
      return req;
    });
    const content = cloneContent(file.doc);
    const replies = replaceAll.map((req) => {
      const n = replaceInList(content.body, String(req.containsText?.text), String(req.replaceText ?? ''), Boolean(req.containsText?.matchCase));
      return { replaceAllText: n ? { occurrencesChanged: n } : {} };
    });
    this.store.commitDoc(file, content);
    return { documentId: file.id, replies };
  }

  /** The document's title, page setup and body: paragraphs (text runs) and tables. */
  get(documentId: string): GoogleAppsScript.Docs.Schema.Document {
    this.rt.call('Docs.Documents.get');
    this.rt.requireFullAuth('Docs.Documents.get', DOCUMENTS_SCOPE);
    const file = this.doc('get', documentId);
    const { page } = file.doc;
    return {
      documentId: file.id,
      title: file.name,
      body: { content: contentJson(file.doc.body) },
      documentStyle: {
        pageSize: { width: pt(page.width), height: pt(page.height) },
        marginTop: pt(page.marginTop),
        marginBottom: pt(page.marginBottom),
        marginLeft: pt(page.marginLeft),
        marginRight: pt(page.marginRight),
      },
    };
  }
}

/** The `Docs` global: only `Documents` is emulated (no `newXxx()` builders). */
export class DocsAdvancedService {
  readonly Documents: DocumentsCollection;

  constructor(rt: Runtime, store: DriveStore) {
    this.Documents = new DocumentsCollection(rt, store);
  }
}
