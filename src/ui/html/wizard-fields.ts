// The wizard's form controls. Each control edits one value of the draft configuration in place
// (no re-render while typing, so the caret stays put), carries `data-path` with the model path the
// validation's Problem.path uses, and has a slot under it where the problems about that path go.

import { h, type Child } from './client-kit';

/** Reads and writes one value of the draft. */
export interface Binding<V> {
  get(): V;
  set(value: V): void;
}

export function bind<T, K extends keyof T>(target: T, key: K): Binding<T[K]> {
  return {
    get: () => target[key],
    set: (value) => {
      target[key] = value;
    },
  };
}

/** Where the problems about one model path are shown. */
export interface FieldHook {
  /** Gets aria-invalid while a problem points at the path. */
  marked: HTMLElement;
  /** The messages go here, right under the control. */
  slot: HTMLElement;
  /** What a "Fix" button of the review step focuses. */
  focus: HTMLElement;
}

/** What a control needs from the page: where to register itself and whom to tell of a change. */
export interface FieldContext {
  hooks: Map<string, FieldHook>;
  /** A value of the draft changed: refresh what derives from it and validate again. */
  changed(): void;
}

let nextId = 0;

/** An element id for a control; paths contain "[", "]" and ".", which ids may hold but selectors dislike. */
function freshId(path: string): string {
  nextId += 1;
  return `f${nextId}-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Where the messages about a path go; empty, it takes no room. */
export function problemSlot(path: string): HTMLElement {
  return h('div', { attrs: { class: 'field-problems', id: `${freshId(path)}-problems`, 'aria-live': 'polite' } });
}

/**
 * Shows the problems of `path` in `slot` instead of under its control: the controls of a table row
 * share one line under the row, as wide as the table, rather than a narrow column each.
 */
export function moveProblems(ctx: FieldContext, path: string, slot: HTMLElement): void {
  const hook = ctx.hooks.get(path);
  if (!hook) return;
  const described = (hook.marked.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && id !== hook.slot.id);
  hook.marked.setAttribute('aria-describedby', [...described, slot.id].join(' '));
  hook.slot.remove();
  ctx.hooks.set(path, { ...hook, slot });
}

/** The cell holding a control, what follows it (a formatted amount) and the slot for its problems. */
function register(ctx: FieldContext, path: string, control: HTMLElement, label: string, after: Child[] = []): HTMLElement {
  control.id = freshId(path);
  control.setAttribute('data-path', path);
  control.setAttribute('aria-label', label);
  const slot = problemSlot(path);
  control.setAttribute('aria-describedby', slot.id);
  ctx.hooks.set(path, { marked: control, slot, focus: control });
  return h('div', { attrs: { class: 'field' } }, h('div', { attrs: { class: 'field-control' } }, control, ...after), slot);
}

export interface TextOptions {
  multiline?: boolean;
  /** The id of a <datalist> of suggestions. */
  suggestions?: string;
  type?: 'text' | 'email';
}

export function textInput(ctx: FieldContext, value: Binding<string>, path: string, label: string, options: TextOptions = {}): HTMLElement {
  const control = options.multiline
    ? h('textarea', { attrs: { rows: 2 } })
    : h('input', { attrs: { type: options.type ?? 'text', list: options.suggestions, autocomplete: 'off', spellcheck: options.type === 'email' ? 'false' : undefined } });
  control.value = value.get();
  control.addEventListener('input', () => {
    value.set(control.value);
    ctx.changed();
  });
  return register(ctx, path, control, label);
}

/**
 * What a number box holds: undefined when empty, NaN when the browser cannot read what was typed
 * ("1e", "--2"), so validation reports it instead of it silently becoming empty or 0.
 */
function typedNumber(input: HTMLInputElement): number | undefined {
  if (input.validity.badInput) return NaN;
  return input.value.trim() === '' ? undefined : Number(input.value);
}

function numberBox(initial: number | undefined): HTMLInputElement {
  // step "any": the browser must not judge values itself; validation does, in the user's language.
  const input = h('input', { attrs: { type: 'number', step: 'any', inputmode: 'decimal', class: 'num' } });
  input.value = initial !== undefined && Number.isFinite(initial) ? String(initial) : '';
  return input;
}

/** A required number: emptied, it becomes NaN so that validation says it is missing or wrong. */
export function numberInput(ctx: FieldContext, value: Binding<number>, path: string, label: string, after: Child[] = []): HTMLElement {
  const input = numberBox(value.get());
  input.addEventListener('input', () => {
    value.set(typedNumber(input) ?? NaN);
    ctx.changed();
  });
  return register(ctx, path, input, label, after);
}

/** An optional number: empty means absent (undefined) in the model. */
export function optionalNumberInput(
  ctx: FieldContext,
  value: Binding<number | undefined>,
  path: string,
  label: string,
  after: Child[] = [],
): HTMLElement {
  const input = numberBox(value.get());
  input.addEventListener('input', () => {
    value.set(typedNumber(input));
    ctx.changed();
  });
  return register(ctx, path, input, label, after);
}

/** A required day: `<input type="date">` holds 'YYYY-MM-DD', the model's format, or '' when empty. */
export function dateInput(ctx: FieldContext, value: Binding<string>, path: string, label: string): HTMLElement {
  const input = h('input', { attrs: { type: 'date' } });
  input.value = value.get();
  input.addEventListener('input', () => {
    value.set(input.value);
    ctx.changed();
  });
  return register(ctx, path, input, label);
}

/** An optional day: empty means absent (undefined) in the model. */
export function optionalDateInput(ctx: FieldContext, value: Binding<string | undefined>, path: string, label: string): HTMLElement {
  const input = h('input', { attrs: { type: 'date' } });
  input.value = value.get() ?? '';
  input.addEventListener('input', () => {
    value.set(input.value === '' ? undefined : input.value);
    ctx.changed();
  });
  return register(ctx, path, input, label);
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

export function selectInput<V extends string>(
  ctx: FieldContext,
  value: Binding<V>,
  path: string,
  label: string,
  choices: readonly Choice<V>[],
): HTMLElement {
  const select = h('select', {}, ...choices.map((c) => h('option', { attrs: { value: c.value } }, c.label)));
  select.value = value.get();
  select.addEventListener('change', () => {
    const chosen = choices.find((c) => c.value === select.value);
    if (chosen) value.set(chosen.value);
    ctx.changed();
  });
  return register(ctx, path, select, label);
}

/** A checkbox with its label beside it; `onToggle` runs after the draft changed (e.g. to re-render). */
export function checkboxInput(ctx: FieldContext, value: Binding<boolean>, path: string, label: string, onToggle?: () => void): HTMLElement {
  const box = h('input', { attrs: { type: 'checkbox' } });
  box.checked = value.get();
  box.addEventListener('change', () => {
    value.set(box.checked);
    ctx.changed();
    onToggle?.();
  });
  box.id = freshId(path);
  box.setAttribute('data-path', path);
  const slot = problemSlot(path);
  box.setAttribute('aria-describedby', slot.id);
  ctx.hooks.set(path, { marked: box, slot, focus: box });
  return h('div', { attrs: { class: 'field checkbox' } }, h('label', { attrs: { for: box.id } }, box, ' ', label), slot);
}

/** Radio buttons choosing a mode; the group carries the path. The caller re-renders on change. */
export function radioGroup<V extends string>(
  ctx: FieldContext,
  current: V,
  path: string,
  legend: string,
  choices: readonly Choice<V>[],
  onChoose: (value: V) => void,
): HTMLElement {
  const name = freshId(path);
  const radios = choices.map((c) => {
    const radio = h('input', { attrs: { type: 'radio', name, value: c.value } });
    radio.checked = c.value === current;
    radio.addEventListener('change', () => {
      if (radio.checked) onChoose(c.value);
    });
    return h('label', { attrs: { class: 'radio' } }, radio, ' ', c.label);
  });
  const group = h('fieldset', { attrs: { class: 'radio-group', 'data-path': path } }, h('legend', {}, legend), ...radios);
  const slot = problemSlot(path);
  group.setAttribute('aria-describedby', slot.id);
  const first = group.querySelector('input');
  ctx.hooks.set(path, { marked: group, slot, focus: first ?? group });
  return h('div', { attrs: { class: 'field' } }, group, slot);
}

/**
 * A labelled form row: the visible label names the control (its aria-label is dropped), the hint
 * under it says what to type.
 */
export function formRow(label: string, field: HTMLElement, hint?: string): HTMLElement {
  const control = field.querySelector<HTMLElement>('[data-path]');
  const children: Child[] = [];
  if (control && control.tagName !== 'FIELDSET') {
    control.removeAttribute('aria-label');
    children.push(h('label', { attrs: { for: control.id } }, label));
  }
  children.push(field);
  if (hint) {
    const note = h('div', { attrs: { class: 'hint muted', id: `${control?.id ?? freshId('hint')}-hint` } }, hint);
    control?.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${note.id}`.trim());
    children.push(note);
  }
  return h('div', { attrs: { class: 'form-row' } }, ...children);
}

/** A container several controls share the problems of (the staff cut-off's day and month). */
export function fieldGroup(ctx: FieldContext, path: string, legend: string, ...fields: HTMLElement[]): HTMLElement {
  const group = h('fieldset', { attrs: { class: 'field-group', 'data-path': path } }, h('legend', {}, legend), ...fields);
  const slot = problemSlot(path);
  group.setAttribute('aria-describedby', slot.id);
  const first = group.querySelector<HTMLElement>('input, select, textarea');
  ctx.hooks.set(path, { marked: group, slot, focus: first ?? group });
  return h('div', { attrs: { class: 'field' } }, group, slot);
}
