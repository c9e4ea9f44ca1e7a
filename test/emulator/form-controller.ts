/**
 * The respondents' side of Google Forms, for tests and the demo (`emu.forms`): a person submits or
 * edits a response, Forms stores it and writes it to the linked sheet, then the installable
 * onFormSubmit triggers of the form and of the spreadsheet fire, each in its own execution as
 * its creator. Also the unmetered registry and inspection of forms.
 */
import { displayValue } from './cell-values';
import { AuthMode } from './enums';
import { responseColumns, writeResponse } from './form-destination';
import type { Answer, FormData, ItemData, ResponseData } from './form-model';
import { formDataOf, formResponseView, formView, type ResponseSnapshot, snapshotOf } from './forms';
import { figureMs } from './latency';
import { namedValuesOf, type ResponseRow, sheetSubmitEvent } from './response-sheet';
import type { Runtime } from './runtime';
import type { SheetData } from './sheet-model';
import type { FireOptions, FireResult, TriggerController, TriggerRecord } from './triggers';

type GasForm = GoogleAppsScript.Forms.Form;

/** Answers by question title; checkbox answers as arrays, scale answers as numbers or strings, dates as `yyyy-MM-dd`. */
export type RespondAnswers = Record<string, string | number | string[]>;

export interface RespondOptions extends FireOptions {
  /** The respondent's address: collected when the form collects e-mails; needed by one-response-per-user forms. */
  respondent?: string;
  /** Default: the virtual clock. */
  timestamp?: Date;
  /** Edit this earlier response (same id): the answers given replace earlier ones, '' or [] clears one. */
  editOf?: string;
  /** Fire every trigger twice (§3.2); with 'blank' the second event is blank and a few seconds later. */
  duplicate?: true | 'blank';
  /**
   * What the Sheets event of an edit carries: 'changed' (default) leaves unchanged answers blank,
   * as practitioners report [not in the research; unverified]; 'all' the whole row.
   */
  editedValues?: 'changed' | 'all';
  /** Store and write the response now; fire the triggers when `fire()` is called. */
  defer?: boolean;
}

export interface RespondResult {
  responseId: string;
  /** The response as a FormResponse (its calls are metered). */
  response: GoogleAppsScript.Forms.FormResponse;
  /** Row in the response sheet, or null when the form has no destination. */
  row: number | null;
  /** What spreadsheet triggers receive (the first event), or null without a destination. */
  values: string[] | null;
  namedValues: Record<string, string[]> | null;
  /** Handlers that ran (empty while deferred). */
  results: FireResult[];
  /** Fires the triggers of a deferred response; once. */
  fire(options?: FireOptions): FireResult[];
}

export interface FormItemInfo {
  id: number;
  type: string;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
}

export interface FormResponseInfo {
  id: string;
  timestamp: Date;
  respondentEmail: string;
  /** By question title. */
  answers: Record<string, Answer>;
}

/** A form as its owner sees it in the Forms editor, read without metering. */
export interface FormInfo {
  id: string;
  title: string;
  description: string;
  confirmationMessage: string;
  owner: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  acceptingResponses: boolean;
  destination: { spreadsheetId: string; sheetName: string } | null;
  items: FormItemInfo[];
  responses: FormResponseInfo[];
}

/** Research §3.2: the blank duplicate comes "a few seconds after" the real submission [3 s assumed]. */
const BLANK_DUPLICATE_DELAY_MS = 3000;

function sameAnswer(a: Answer | null | undefined, b: Answer | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export class FormController {
  constructor(
    private readonly rt: Runtime,
    private readonly triggers: TriggerController,
  ) {}

  /** A form made in the Forms editor (not by the script): unmetered. */
  create(title: string, options: { owner?: string; editors?: string[] } = {}): GasForm {
    const data = this.rt.forms.create(title, options.owner ?? this.rt.owner);
    (options.editors ?? []).forEach((e) => data.editors.add(e));
    return formView(this.rt, data);
  }

  /** No access checks, unmetered. */
  openById(id: string): GasForm {
    return formView(this.rt, this.dataOf(id));
  }

  /** Every form, in creation order. */
  list(): GasForm[] {
    return this.rt.forms.all().map((f) => formView(this.rt, f));
  }

  private dataOf(form: GasForm | string): FormData {
    if (typeof form !== 'string') return formDataOf(form);
    const data = this.rt.forms.get(form);
    if (!data) throw new Error(`No form ${form}`);
    return data;
  }

  info(form: GasForm | string): FormInfo {
    const f = this.dataOf(form);
    const titles = new Map(f.items.map((i) => [i.id, i.title]));
    return {
      id: f.id,
      title: f.title,
      description: f.description,
      confirmationMessage: f.confirmationMessage,
      owner: f.owner,
      collectEmail: f.collectEmail,
      allowResponseEdits: f.allowResponseEdits,
      limitOneResponsePerUser: f.limitOneResponsePerUser,
      acceptingResponses: f.acceptingResponses,
      destination: f.destination && { spreadsheetId: f.destination.spreadsheet.id, sheetName: f.destination.sheet.name },
      items: f.items.map((i) => ({
        id: i.id,
        type: i.type,
        title: i.title,
        helpText: i.helpText,
        required: i.required,
        choices: [...i.choices],
      })),
      responses: f.responses.map((r) => ({
        id: r.id,
        timestamp: new Date(r.timestamp),
        respondentEmail: r.respondentEmail,
        answers: Object.fromEntries(
          [...r.answers].filter(([id]) => titles.has(id)).map(([id, a]) => [titles.get(id) as string, Array.isArray(a) ? [...a] : a]),
        ),
      })),
    };
  }

  /**
   * A person submits the form (or edits an earlier response with `editOf`). Checks what the Forms
   * page would refuse (unknown question, choice not offered, missing required answer, closed form,
   * second response of a one-response-per-user form, edit not allowed) with `emulator:` errors.
   */
  respond(form: GasForm | string, answers: RespondAnswers, options: RespondOptions = {}): RespondResult {
    const f = this.dataOf(form);
    if (!f.acceptingResponses) throw new Error(`emulator: form ${f.id} is not accepting responses`);
    const { response, before } = this.store(f, this.resolve(f, answers), options);
    const written = writeResponse(this.rt, f, response);
    const values = written && before && options.editedValues !== 'all' ? this.changedOnly(f, written, before, response) : written?.values;
    const snapshot = snapshotOf(response);
    const fire = this.delivery(f, snapshot, written && values ? { row: written, values } : null, options);
    let results: FireResult[] = [];
    if (!options.defer) {
      this.rt.clock.advance(this.rt.model(figureMs('formSubmitDispatch')));
      results = fire();
    }
    return {
      responseId: response.id,
      response: formResponseView(this.rt, f, snapshot),
      row: written?.row ?? null,
      values: values ? [...values] : null,
      namedValues: written && values ? namedValuesOf(written.headers, values) : null,
      results,
      fire,
    };
  }

  /** Stores a new response, or applies an edit; `before` is the edited response as it was. */
  private store(
    f: FormData,
    given: Map<number, Answer | null>,
    options: RespondOptions,
  ): { response: ResponseData; before?: ResponseData } {
    const earlier = options.editOf === undefined ? undefined : this.editable(f, options.editOf);
    const before = earlier && { ...earlier, answers: new Map(earlier.answers) };
    const merged = new Map(earlier?.answers);
    for (const [id, a] of given) {
      if (a === null) merged.delete(id);
      else merged.set(id, a);
    }
    const missing = f.questions().find((q) => q.required && !merged.has(q.id));
    if (missing) throw new Error(`emulator: required question "${missing.title}" has no answer`);
    const response = earlier ?? this.newResponse(f, options.respondent ?? '');
    response.timestamp = (options.timestamp ?? this.rt.clock.date()).getTime();
    response.answers = merged;
    if (!earlier) f.responses.push(response);
    return { response, before };
  }

  /**
   * Fires, once, the form's onFormSubmit triggers and then the linked spreadsheet's, each round
   * in turn (two rounds for a duplicate; the second blank for a blank duplicate).
   */
  private delivery(
    f: FormData,
    snapshot: ResponseSnapshot,
    sheet: { row: ResponseRow; values: string[] } | null,
    options: RespondOptions,
  ): (fireOptions?: FireOptions) => FireResult[] {
    const blankAt = snapshot.timestamp + BLANK_DUPLICATE_DELAY_MS;
    const blank: ResponseSnapshot | undefined =
      options.duplicate === 'blank' ? { id: f.newResponseId(), timestamp: blankAt, respondentEmail: '', answers: new Map(), editToken: '' } : undefined;
    const destination = f.destination;
    const formEvent = (snap: ResponseSnapshot) => (t: TriggerRecord) =>
      ({ authMode: AuthMode.FULL, response: formResponseView(this.rt, f, snap), source: formView(this.rt, f), triggerUid: t.id }) as unknown as GoogleAppsScript.Events.FormsOnFormSubmit;
    let fired = false;
    return (fireOptions = {}) => {
      if (fired) throw new Error('emulator: this response has already reached its triggers');
      fired = true;
      const scope = fireOptions.scope ?? options.scope;
      const results: FireResult[] = [];
      for (let round = 0; round < (options.duplicate ? 2 : 1); round++) {
        const blankRound = round === 1 && blank !== undefined;
        results.push(...this.triggers.dispatch('ON_FORM_SUBMIT', f.id, formEvent(blankRound ? blank : snapshot), scope));
        if (!sheet || !destination) continue;
        const values = blankRound ? this.blankValues(destination.sheet, sheet.row, blankAt) : sheet.values;
        const event = sheetSubmitEvent(this.rt, destination.sheet, sheet.row.row, sheet.row.headers, values);
        results.push(...this.triggers.dispatch('ON_FORM_SUBMIT', destination.spreadsheet.id, event, scope));
      }
      return this.triggers.settle(results, { ...options, ...fireOptions });
    };
  }

  private newResponse(f: FormData, respondent: string): ResponseData {
    if (f.collectEmail && !respondent) throw new Error('emulator: the form collects e-mail addresses: pass options.respondent');
    if (f.limitOneResponsePerUser) {
      if (!respondent) throw new Error('emulator: a one-response-per-user form needs a signed-in respondent: pass options.respondent');
      if (f.responses.some((x) => x.respondent === respondent)) {
        throw new Error(`emulator: ${respondent} has already responded to a one-response-per-user form`);
      }
    }
    const id = f.newResponseId();
    return {
      id,
      timestamp: 0,
      respondent,
      respondentEmail: f.collectEmail ? respondent : '',
      answers: new Map(),
      editToken: Buffer.from(id).toString('base64url'),
    };
  }

  private editable(f: FormData, id: string): ResponseData {
    if (!f.allowResponseEdits) throw new Error(`emulator: form ${f.id} does not allow editing responses`);
    const r = f.responses.find((x) => x.id === id);
    if (!r) throw new Error(`emulator: form ${f.id} has no response ${id}`);
    return r;
  }

  /** Question item id → answer, or null for an answer cleared ('' or []). */
  private resolve(f: FormData, answers: RespondAnswers): Map<number, Answer | null> {
    const out = new Map<number, Answer | null>();
    for (const [title, value] of Object.entries(answers)) {
      const item = f.questions().find((q) => q.title === title);
      if (!item) throw new Error(`emulator: form ${f.id} has no question titled "${title}"`);
      out.set(item.id, this.answerFor(item, value));
    }
    return out;
  }

  private answerFor(item: ItemData, value: string | number | string[]): Answer | null {
    if (item.type === 'CHECKBOX') {
      const ticked = (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');
      ticked.forEach((v) => this.checkChoice(item, v));
      return ticked.length ? ticked : null;
    }
    if (Array.isArray(value)) throw new Error(`emulator: "${item.title}" takes one answer, not a list`);
    const text = String(value);
    if (text === '') return null;
    if (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') this.checkChoice(item, text);
    if (item.type === 'SCALE') {
      const n = Number(text);
      if (!Number.isInteger(n) || n < item.lowerBound || n > item.upperBound) {
        throw new Error(`emulator: "${item.title}" takes a whole number from ${item.lowerBound} to ${item.upperBound}`);
      }
    }
    // Apps Script reference, ItemResponse.getResponse(): a date item reads YYYY-MM-DD, or MM-DD without a year.
    if (item.type === 'DATE' && !(item.includesYear ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{2}-\d{2}$/).test(text)) {
      throw new Error(`emulator: "${item.title}" takes a date as ${item.includesYear ? 'yyyy-MM-dd' : 'MM-dd'}`);
    }
    return text;
  }

  private checkChoice(item: ItemData, value: string): void {
    const other = item.otherOption && item.type !== 'LIST';
    if (!item.choices.includes(value) && !other) throw new Error(`emulator: "${value}" is not a choice of "${item.title}"`);
  }

  /** The row's display values with every column blank except the timestamp and the answers that changed. */
  private changedOnly(f: FormData, written: ResponseRow, before: ResponseData, after: ResponseData): string[] {
    const old = responseColumns(f, before);
    const now = responseColumns(f, after);
    return written.values.map((v, j) => {
      const h = written.headers[j];
      return j === 0 || (now.has(h) && !sameAnswer(old.get(h), now.get(h))) ? v : '';
    });
  }

  /** Research §3.2: a blank event "not logged in the forms spreadsheet" with a different timestamp. */
  private blankValues(sheet: SheetData, written: ResponseRow, at: number): string[] {
    const ss = sheet.parent;
    const stamp = displayValue(new Date(at), sheet.cell(written.row, 1)?.format, ss.locale, ss.timeZone);
    return written.values.map((_v, j) => (j === 0 ? stamp : ''));
  }
}
