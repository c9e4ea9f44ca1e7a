/**
 * FormApp and the objects it hands out (Form, items, choices, responses), typed as the
 * `@types/google-apps-script` Forms service: views over the records of `form-model.ts`, each call
 * metered as `Class.method` (items by their class: `Item`, `TextItem`, `CheckboxItem`, …).
 */
import { DestinationType, ItemType } from './enums';
import { fail } from './errors';
import { linkDestination } from './form-destination';
import { type Answer, type FormData, hasChoices, type ItemData, type ItemTypeName, isQuestion, type ResponseData } from './form-model';
import { type Runtime, SCOPES } from './runtime';
import { UserImpl } from './session';

type GasForm = GoogleAppsScript.Forms.Form;
type GasItem = GoogleAppsScript.Forms.Item;
type GasChoice = GoogleAppsScript.Forms.Choice;
type GasFormResponse = GoogleAppsScript.Forms.FormResponse;
type GasItemResponse = GoogleAppsScript.Forms.ItemResponse;
type GasUser = GoogleAppsScript.Base.User;

/**
 * Texts of FormApp failures. `notFound` is the Drive lookup failure practitioners quote;
 * `invalidConversion` is the text practitioners quote for a wrong `as*Item()` cast; `emptyArray`
 * is what practitioners report `setChoiceValues([])` throws instead of clearing the list ("Array is
 * empty: values", "La matriz está vacía: values" in Spanish); `setChoices([])` throws too, its
 * text following the same pattern [unverified]; the others are chosen here (README lists them).
 */
export const FORM_MESSAGES = {
  notFound: 'No item with the given ID could be found, or you do not have permission to access it.',
  invalidConversion: (type: string) => `Invalid conversion for item type: ${type}`,
  emptyArray: (name: string) => `Array is empty: ${name}`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  noDestination: 'This form does not have a response destination.',
  noResponse: (id: string) => `No response with ID ${id} exists for this form.`,
} as const;

const ITEM_CLASS: Record<ItemTypeName, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  LIST: 'ListItem',
  CHECKBOX: 'CheckboxItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
  DATE: 'DateItem',
  SCALE: 'ScaleItem',
};

/** Which typed item classes have a method beyond those every item has. */
const TYPED_METHODS: Record<string, (type: ItemTypeName) => boolean> = {
  isRequired: isQuestion,
  setRequired: isQuestion,
  getChoices: hasChoices,
  setChoiceValues: hasChoices,
  setChoices: hasChoices,
  createChoice: hasChoices,
  showOtherOption: (t) => t === 'MULTIPLE_CHOICE' || t === 'CHECKBOX',
  hasOtherOption: (t) => t === 'MULTIPLE_CHOICE' || t === 'CHECKBOX',
  setBounds: (t) => t === 'SCALE',
  getLowerBound: (t) => t === 'SCALE',
  getUpperBound: (t) => t === 'SCALE',
  setLabels: (t) => t === 'SCALE',
  getLeftLabel: (t) => t === 'SCALE',
  getRightLabel: (t) => t === 'SCALE',
  setIncludesYear: (t) => t === 'DATE',
  includesYear: (t) => t === 'DATE',
};

export class ChoiceImpl implements Pick<GasChoice, 'getValue' | 'isCorrectAnswer'> {
  constructor(
    private readonly rt: Runtime,
    readonly value: string,
  ) {}

  getValue(): string {
    this.rt.call('Choice.getValue');
    return this.value;
  }

  /** Quizzes are not emulated: no choice is a correct answer. */
  isCorrectAnswer(): boolean {
    this.rt.call('Choice.isCorrectAnswer');
    return false;
  }
}

type ItemApi = Pick<GasItem, 'getId' | 'getIndex' | 'getTitle' | 'getHelpText' | 'getType'>;

/**
 * One item seen as the generic `Item` (from getItems, getItemById) or as its typed class (from
 * add*Item or an as*Item cast). As in Apps Script, a generic Item has only the common methods:
 * calling setRequired or setChoiceValues on it is a TypeError until it is cast.
 */
export class ItemImpl implements ItemApi {
  constructor(
    private readonly rt: Runtime,
    readonly form: FormData,
    readonly data: ItemData,
    /** 'Item' or the typed class name. */
    readonly label: string,
  ) {}

  private call(method: string): void {
    const only = TYPED_METHODS[method];
    if (only && (this.label === 'Item' || !only(this.data.type))) {
      throw new TypeError(`${this.label}.${method} is not a function`);
    }
    this.rt.call(`${this.label}.${method}`);
  }

  private self<T>(): T {
    return this as unknown as T;
  }

  getId(): number {
    this.call('getId');
    return this.data.id;
  }

  getIndex(): number {
    this.call('getIndex');
    return this.form.items.indexOf(this.data);
  }

  getTitle(): string {
    this.call('getTitle');
    return this.data.title;
  }

  setTitle(title: string): GasItem {
    this.call('setTitle');
    this.data.title = String(title);
    return this.self();
  }

  getHelpText(): string {
    this.call('getHelpText');
    return this.data.helpText;
  }

  setHelpText(text: string): GasItem {
    this.call('setHelpText');
    this.data.helpText = String(text);
    return this.self();
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    this.call('getType');
    return ItemType[this.data.type];
  }

  isRequired(): boolean {
    this.call('isRequired');
    return this.data.required;
  }

  setRequired(enabled: boolean): GasItem {
    this.call('setRequired');
    this.data.required = Boolean(enabled);
    return this.self();
  }

  getChoices(): GasChoice[] {
    this.call('getChoices');
    return this.data.choices.map((v) => new ChoiceImpl(this.rt, v) as unknown as GasChoice);
  }

  /** Replaces every choice; a choice question cannot be left without any (FORM_MESSAGES.emptyArray). */
  setChoiceValues(values: string[]): GasItem {
    this.call('setChoiceValues');
    if (values.length === 0) fail(FORM_MESSAGES.emptyArray('values'));
    this.data.choices = values.map(String);
    return this.self();
  }

  setChoices(choices: GasChoice[]): GasItem {
    this.call('setChoices');
    if (choices.length === 0) fail(FORM_MESSAGES.emptyArray('choices'));
    this.data.choices = choices.map((c) => {
      if (!(c instanceof ChoiceImpl)) fail(FORM_MESSAGES.invalidArgument('choices'));
      return c.value;
    });
    return this.self();
  }

  createChoice(value: string): GasChoice {
    this.call('createChoice');
    return new ChoiceImpl(this.rt, String(value)) as unknown as GasChoice;
  }

  showOtherOption(enabled: boolean): GasItem {
    this.call('showOtherOption');
    this.data.otherOption = Boolean(enabled);
    return this.self();
  }

  hasOtherOption(): boolean {
    this.call('hasOtherOption');
    return this.data.otherOption;
  }

  setBounds(lower: number, upper: number): GasItem {
    this.call('setBounds');
    this.data.lowerBound = lower;
    this.data.upperBound = upper;
    return this.self();
  }

  getLowerBound(): number {
    this.call('getLowerBound');
    return this.data.lowerBound;
  }

  getUpperBound(): number {
    this.call('getUpperBound');
    return this.data.upperBound;
  }

  setLabels(lower: string, upper: string): GasItem {
    this.call('setLabels');
    this.data.leftLabel = String(lower);
    this.data.rightLabel = String(upper);
    return this.self();
  }

  getLeftLabel(): string {
    this.call('getLeftLabel');
    return this.data.leftLabel;
  }

  getRightLabel(): string {
    this.call('getRightLabel');
    return this.data.rightLabel;
  }

  setIncludesYear(enableYear: boolean): GasItem {
    this.call('setIncludesYear');
    this.data.includesYear = Boolean(enableYear);
    return this.self();
  }

  includesYear(): boolean {
    this.call('includesYear');
    return this.data.includesYear;
  }

  private as<T>(method: string, type: ItemTypeName): T {
    if (this.label !== 'Item') throw new TypeError(`${this.label}.${method} is not a function`);
    this.rt.call(`Item.${method}`);
    if (this.data.type !== type) fail(FORM_MESSAGES.invalidConversion(this.data.type));
    return new ItemImpl(this.rt, this.form, this.data, ITEM_CLASS[type]) as unknown as T;
  }

  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.as('asTextItem', 'TEXT');
  }

  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.as('asParagraphTextItem', 'PARAGRAPH_TEXT');
  }

  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.as('asMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }

  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this.as('asListItem', 'LIST');
  }

  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.as('asCheckboxItem', 'CHECKBOX');
  }

  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.as('asSectionHeaderItem', 'SECTION_HEADER');
  }

  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.as('asPageBreakItem', 'PAGE_BREAK');
  }

  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.as('asDateItem', 'DATE');
  }

  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.as('asScaleItem', 'SCALE');
  }
}

function itemView(rt: Runtime, form: FormData, item: ItemData): GasItem {
  return new ItemImpl(rt, form, item, 'Item') as unknown as GasItem;
}

// ---------------------------------------------------------------------------------------------
// Responses

/** A response as fetched: later edits do not change an object already handed out. */
export interface ResponseSnapshot {
  id: string;
  timestamp: number;
  respondentEmail: string;
  answers: ReadonlyMap<number, Answer>;
  editToken: string;
}

export function snapshotOf(r: ResponseData): ResponseSnapshot {
  return { id: r.id, timestamp: r.timestamp, respondentEmail: r.respondentEmail, answers: new Map(r.answers), editToken: r.editToken };
}

/** Research §5.4: an unanswered text, paragraph or date item still gets an ItemResponse of ''. */
function listedWhenUnanswered(type: ItemTypeName): boolean {
  return type === 'TEXT' || type === 'PARAGRAPH_TEXT' || type === 'DATE';
}

class ItemResponseImpl implements Pick<GasItemResponse, 'getItem' | 'getResponse'> {
  constructor(
    private readonly rt: Runtime,
    private readonly form: FormData,
    private readonly item: ItemData,
    private readonly answer: Answer,
  ) {}

  getItem(): GasItem {
    this.rt.call('ItemResponse.getItem');
    return itemView(this.rt, this.form, this.item);
  }

  /** A string, or the ticked values of a checkbox item (research §5.4). */
  getResponse(): string | string[] {
    this.rt.call('ItemResponse.getResponse');
    return Array.isArray(this.answer) ? [...this.answer] : this.answer;
  }
}

type FormResponseApi = Pick<
  GasFormResponse,
  'getId' | 'getTimestamp' | 'getRespondentEmail' | 'getItemResponses' | 'getResponseForItem' | 'getEditResponseUrl'
>;

export class FormResponseImpl implements FormResponseApi {
  constructor(
    private readonly rt: Runtime,
    private readonly form: FormData,
    readonly snapshot: ResponseSnapshot,
  ) {}

  getId(): string {
    this.rt.call('FormResponse.getId');
    return this.snapshot.id;
  }

  getTimestamp(): GoogleAppsScript.Base.Date {
    this.rt.call('FormResponse.getTimestamp');
    return new Date(this.snapshot.timestamp) as unknown as GoogleAppsScript.Base.Date;
  }

  /** '' when the form did not collect e-mail addresses. */
  getRespondentEmail(): string {
    this.rt.call('FormResponse.getRespondentEmail');
    return this.snapshot.respondentEmail;
  }

  /** In item order; unanswered items are left out except text, paragraph and date items (§5.4). */
  getItemResponses(): GasItemResponse[] {
    this.rt.call('FormResponse.getItemResponses');
    const out: GasItemResponse[] = [];
    for (const item of this.form.questions()) {
      const answer = this.snapshot.answers.get(item.id) ?? (listedWhenUnanswered(item.type) ? '' : undefined);
      if (answer !== undefined) out.push(new ItemResponseImpl(this.rt, this.form, item, answer) as unknown as GasItemResponse);
    }
    return out;
  }

  getResponseForItem(item: GasItem): GasItemResponse {
    this.rt.call('FormResponse.getResponseForItem');
    const data = (item as unknown as ItemImpl).data;
    const answer = this.snapshot.answers.get(data.id);
    return (answer === undefined ? null : new ItemResponseImpl(this.rt, this.form, data, answer)) as unknown as GasItemResponse;
  }

  getEditResponseUrl(): string {
    this.rt.call('FormResponse.getEditResponseUrl');
    return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform?edit2=${this.snapshot.editToken}`;
  }
}

export function formResponseView(rt: Runtime, form: FormData, snapshot: ResponseSnapshot): GasFormResponse {
  return new FormResponseImpl(rt, form, snapshot) as unknown as GasFormResponse;
}

// ---------------------------------------------------------------------------------------------
// Form

type FormApi = Pick<
  GasForm,
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'getConfirmationMessage'
  | 'setConfirmationMessage'
  | 'collectsEmail'
  | 'setCollectEmail'
  | 'canEditResponse'
  | 'setAllowResponseEdits'
  | 'hasLimitOneResponsePerUser'
  | 'setLimitOneResponsePerUser'
  | 'isAcceptingResponses'
  | 'setAcceptingResponses'
  | 'getPublishedUrl'
  | 'getEditUrl'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'moveItem'
  | 'getResponses'
  | 'getResponse'
  | 'addEditor'
  | 'addEditors'
  | 'getEditors'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addMultipleChoiceItem'
  | 'addListItem'
  | 'addCheckboxItem'
  | 'addSectionHeaderItem'
  | 'addPageBreakItem'
  | 'addDateItem'
  | 'addScaleItem'
>;

const views = new WeakMap<FormData, FormImpl>();

export function formView(rt: Runtime, data: FormData): GasForm {
  let v = views.get(data);
  if (!v) views.set(data, (v = new FormImpl(rt, data)));
  return v as unknown as GasForm;
}

export function isFormView(x: unknown): boolean {
  return x instanceof FormImpl;
}

export function formDataOf(form: unknown): FormData {
  if (!(form instanceof FormImpl)) fail("The parameters (Object) don't match the method signature for this method.");
  return form.data;
}

export class FormImpl implements FormApi {
  constructor(
    private readonly rt: Runtime,
    readonly data: FormData,
  ) {}

  private self(): GasForm {
    return this as unknown as GasForm;
  }

  getId(): string {
    this.rt.call('Form.getId');
    return this.data.id;
  }

  getTitle(): string {
    this.rt.call('Form.getTitle');
    return this.data.title;
  }

  setTitle(title: string): GasForm {
    this.rt.call('Form.setTitle');
    this.data.title = String(title);
    return this.self();
  }

  getDescription(): string {
    this.rt.call('Form.getDescription');
    return this.data.description;
  }

  setDescription(description: string): GasForm {
    this.rt.call('Form.setDescription');
    this.data.description = String(description);
    return this.self();
  }

  getConfirmationMessage(): string {
    this.rt.call('Form.getConfirmationMessage');
    return this.data.confirmationMessage;
  }

  setConfirmationMessage(message: string): GasForm {
    this.rt.call('Form.setConfirmationMessage');
    this.data.confirmationMessage = String(message);
    return this.self();
  }

  collectsEmail(): boolean {
    this.rt.call('Form.collectsEmail');
    return this.data.collectEmail;
  }

  setCollectEmail(collect: boolean): GasForm {
    this.rt.call('Form.setCollectEmail');
    this.data.collectEmail = Boolean(collect);
    return this.self();
  }

  canEditResponse(): boolean {
    this.rt.call('Form.canEditResponse');
    return this.data.allowResponseEdits;
  }

  setAllowResponseEdits(enabled: boolean): GasForm {
    this.rt.call('Form.setAllowResponseEdits');
    this.data.allowResponseEdits = Boolean(enabled);
    return this.self();
  }

  hasLimitOneResponsePerUser(): boolean {
    this.rt.call('Form.hasLimitOneResponsePerUser');
    return this.data.limitOneResponsePerUser;
  }

  setLimitOneResponsePerUser(enabled: boolean): GasForm {
    this.rt.call('Form.setLimitOneResponsePerUser');
    this.data.limitOneResponsePerUser = Boolean(enabled);
    return this.self();
  }

  isAcceptingResponses(): boolean {
    this.rt.call('Form.isAcceptingResponses');
    return this.data.acceptingResponses;
  }

  setAcceptingResponses(enabled: boolean): GasForm {
    this.rt.call('Form.setAcceptingResponses');
    this.data.acceptingResponses = Boolean(enabled);
    return this.self();
  }

  getPublishedUrl(): string {
    this.rt.call('Form.getPublishedUrl');
    return `https://docs.google.com/forms/d/e/${this.data.publishedId}/viewform`;
  }

  getEditUrl(): string {
    this.rt.call('Form.getEditUrl');
    return `https://docs.google.com/forms/d/${this.data.id}/edit`;
  }

  /** Creates the response sheet in the spreadsheet (see form-destination.ts); the caller needs edit access to it. */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GasForm {
    this.rt.call('Form.setDestination');
    if (String(type) !== 'SPREADSHEET') fail(FORM_MESSAGES.invalidArgument('type'));
    const exec = this.rt.current();
    const ss = this.rt.spreadsheets.get(String(id));
    if (!ss || !ss.canAccess(exec.effectiveUser)) fail(FORM_MESSAGES.notFound);
    linkDestination(this.rt, this.data, ss, exec.locale);
    return this.self();
  }

  getDestinationId(): string {
    this.rt.call('Form.getDestinationId');
    if (!this.data.destination) fail(FORM_MESSAGES.noDestination);
    return this.data.destination.spreadsheet.id;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    this.rt.call('Form.getDestinationType');
    if (!this.data.destination) fail(FORM_MESSAGES.noDestination);
    return DestinationType.SPREADSHEET;
  }

  /** Unlinks the spreadsheet; its response sheet stays as it is. */
  removeDestination(): GasForm {
    this.rt.call('Form.removeDestination');
    this.data.destination = null;
    return this.self();
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GasItem[] {
    this.rt.call('Form.getItems');
    const wanted = itemType === undefined ? undefined : String(itemType);
    return this.data.items.filter((i) => wanted === undefined || i.type === wanted).map((i) => itemView(this.rt, this.data, i));
  }

  /** null when no item has that id. */
  getItemById(id: number): GasItem {
    this.rt.call('Form.getItemById');
    const item = this.data.item(Number(id));
    return (item ? itemView(this.rt, this.data, item) : null) as GasItem;
  }

  private indexOf(itemOrIndex: GasItem | number, name: string): number {
    const index = typeof itemOrIndex === 'number' ? itemOrIndex : this.data.items.indexOf((itemOrIndex as unknown as ItemImpl).data);
    if (!Number.isInteger(index) || index < 0 || index >= this.data.items.length) fail(FORM_MESSAGES.invalidArgument(name));
    return index;
  }

  /** A deleted question's column stays in the response sheet, as in Forms. */
  deleteItem(itemOrIndex: GasItem | number): void {
    this.rt.call('Form.deleteItem');
    this.data.items.splice(this.indexOf(itemOrIndex, 'index'), 1);
  }

  moveItem(itemOrFrom: GasItem | number, toIndex: number): GasItem {
    this.rt.call('Form.moveItem');
    const from = this.indexOf(itemOrFrom, 'from');
    const to = this.indexOf(toIndex, 'toIndex');
    const [item] = this.data.items.splice(from, 1);
    this.data.items.splice(to, 0, item);
    return itemView(this.rt, this.data, item);
  }

  /** All responses, or those submitted (or last edited) at or after `timestamp`; cost grows with the count (§2.1). */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GasFormResponse[] {
    const from = timestamp === undefined ? -Infinity : (timestamp as unknown as Date).getTime();
    const chosen = this.data.responses.filter((r) => r.timestamp >= from);
    this.rt.call('Form.getResponses', undefined, chosen.length);
    return chosen.map((r) => formResponseView(this.rt, this.data, snapshotOf(r)));
  }

  getResponse(responseId: string): GasFormResponse {
    this.rt.call('Form.getResponse');
    const r = this.data.responses.find((x) => x.id === responseId);
    if (!r) fail(FORM_MESSAGES.noResponse(String(responseId)));
    return formResponseView(this.rt, this.data, snapshotOf(r));
  }

  addEditor(emailAddress: string | GasUser): GasForm {
    this.rt.call('Form.addEditor');
    this.data.editors.add(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return this.self();
  }

  addEditors(emailAddresses: string[]): GasForm {
    this.rt.call('Form.addEditors');
    emailAddresses.forEach((e) => this.data.editors.add(e));
    return this.self();
  }

  /** The owner first, then the editors. */
  getEditors(): GasUser[] {
    this.rt.call('Form.getEditors');
    return [this.data.owner, ...this.data.editors].map((e) => new UserImpl(this.rt, e) as unknown as GasUser);
  }

  private add<T>(method: string, type: ItemTypeName): T {
    this.rt.call(`Form.${method}`);
    return new ItemImpl(this.rt, this.data, this.data.addItem(type), ITEM_CLASS[type]) as unknown as T;
  }

  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('addTextItem', 'TEXT');
  }

  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('addParagraphTextItem', 'PARAGRAPH_TEXT');
  }

  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('addMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }

  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('addListItem', 'LIST');
  }

  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.add('addCheckboxItem', 'CHECKBOX');
  }

  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.add('addSectionHeaderItem', 'SECTION_HEADER');
  }

  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.add('addPageBreakItem', 'PAGE_BREAK');
  }

  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.add('addDateItem', 'DATE');
  }

  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.add('addScaleItem', 'SCALE');
  }
}

// ---------------------------------------------------------------------------------------------
// FormApp

type FormAppApi = Pick<GoogleAppsScript.Forms.FormApp, 'DestinationType' | 'ItemType' | 'create' | 'openById' | 'openByUrl' | 'getActiveForm'>;

export class FormAppImpl implements FormAppApi {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;

  constructor(private readonly rt: Runtime) {}

  /** A new form owned by the user the code runs as; published and accepting responses. */
  create(title: string): GasForm {
    this.rt.call('FormApp.create');
    this.rt.requireFullAuth('FormApp.create', SCOPES.forms);
    if (title === null || title === undefined || String(title) === '') fail(FORM_MESSAGES.invalidArgument('title'));
    return formView(this.rt, this.rt.forms.create(String(title), this.rt.current().effectiveUser));
  }

  private open(method: string, id: string): GasForm {
    this.rt.requireFullAuth(method, SCOPES.forms);
    const data = this.rt.forms.get(id);
    if (!data || !data.canEdit(this.rt.current().effectiveUser)) fail(FORM_MESSAGES.notFound);
    return formView(this.rt, data);
  }

  /** Only the form's owner and editors may open it. */
  openById(id: string): GasForm {
    this.rt.call('FormApp.openById');
    return this.open('FormApp.openById', String(id));
  }

  openByUrl(url: string): GasForm {
    this.rt.call('FormApp.openByUrl');
    const id = /\/forms\/d\/([^/]+)/.exec(String(url))?.[1] ?? '';
    return this.open('FormApp.openByUrl', id);
  }

  /** The emulated script is bound to a spreadsheet, never to a form. */
  getActiveForm(): GasForm {
    this.rt.call('FormApp.getActiveForm');
    return null as unknown as GasForm;
  }
}
