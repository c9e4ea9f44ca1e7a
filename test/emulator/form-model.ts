/**
 * The committed state of emulated Google Forms: settings, items, responses and the linked
 * response sheet. API objects (Form, Item, FormResponse) are views over these records; unlike
 * spreadsheet writes, FormApp changes apply at once (there is no write buffer to flush).
 */
import type { ResponseSheetLabels } from './response-sheet';
import type { SheetData, SpreadsheetData } from './sheet-model';

/** The item types the emulator can build (FormApp's `add*Item` methods it offers). */
export type ItemTypeName =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'LIST'
  | 'CHECKBOX'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK'
  | 'DATE'
  | 'SCALE';

/** Layout items hold no answer and get no column in the response sheet. */
export function isQuestion(type: ItemTypeName): boolean {
  return type !== 'SECTION_HEADER' && type !== 'PAGE_BREAK';
}

export function hasChoices(type: ItemTypeName): boolean {
  return type === 'MULTIPLE_CHOICE' || type === 'LIST' || type === 'CHECKBOX';
}

export interface ItemData {
  readonly id: number;
  readonly type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  /** "Other" option of multiple-choice and checkbox items: any text is accepted. */
  otherOption: boolean;
  /** Scale items; FormApp's default bounds are 1 to 5. */
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
  /** Date items. */
  includesYear: boolean;
}

/** One answer: a string, or the ticked values of a checkbox item. */
export type Answer = string | string[];

export interface ResponseData {
  readonly id: string;
  /** Time of the submission, or of the last edit. */
  timestamp: number;
  /** Who submitted, when known (signed in); '' for an anonymous respondent. */
  readonly respondent: string;
  /** The collected address: the respondent when the form collected e-mails, else ''. */
  readonly respondentEmail: string;
  /** Item id → answer; unanswered items are absent. */
  answers: Map<number, Answer>;
  readonly editToken: string;
  /** Where Forms wrote this response in the linked sheet; an edit rewrites that row. */
  destinationRow?: { sheet: SheetData; row: number };
}

export interface FormDestination {
  spreadsheet: SpreadsheetData;
  sheet: SheetData;
  /** Header texts, in the language of whoever linked the form. */
  labels: ResponseSheetLabels;
}

export class FormData {
  description = '';
  confirmationMessage = '';
  collectEmail = false;
  allowResponseEdits = false;
  limitOneResponsePerUser = false;
  acceptingResponses = true;
  readonly items: ItemData[] = [];
  readonly responses: ResponseData[] = [];
  readonly editors = new Set<string>();
  destination: FormDestination | null = null;
  private nextItemId = 1;
  private nextResponseId = 1;

  constructor(
    readonly id: string,
    /** The id in the published (respondent) URL, distinct from the edit id as in Forms. */
    readonly publishedId: string,
    public title: string,
    readonly owner: string,
  ) {}

  addItem(type: ItemTypeName): ItemData {
    const item: ItemData = {
      id: 1000000000 + this.nextItemId++ * 7919,
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      otherOption: false,
      lowerBound: 1,
      upperBound: 5,
      leftLabel: '',
      rightLabel: '',
      includesYear: true,
    };
    this.items.push(item);
    return item;
  }

  item(id: number): ItemData | undefined {
    return this.items.find((i) => i.id === id);
  }

  questions(): ItemData[] {
    return this.items.filter((i) => isQuestion(i.type));
  }

  newResponseId(): string {
    return `2_${this.id}-r${this.nextResponseId++}`;
  }

  canEdit(user: string): boolean {
    return user === this.owner || this.editors.has(user);
  }
}

/** Every form of the emulated Drive, by id. */
export class FormRegistry {
  private readonly forms = new Map<string, FormData>();
  private nextId = 1;

  create(title: string, owner: string): FormData {
    const n = this.nextId++;
    const form = new FormData(`emu-form-${n}`, `emu-pub-${n}`, title, owner);
    this.forms.set(form.id, form);
    return form;
  }

  get(id: string): FormData | undefined {
    return this.forms.get(id);
  }

  all(): FormData[] {
    return [...this.forms.values()];
  }
}
