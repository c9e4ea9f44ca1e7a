// Steps 2 to 5 of the set-up wizard: the contest's identity, its timeline, its categories and units,
// and the members of its boards. Each renders from the draft and edits it in place.

import type { Category, Member, MemberRole, OrganiserLevel, RollingIntake, SigningMode, Timeline, WindowIntake } from '../../core/config/model';
import { MEMBER_ROLES, ORGANISER_LEVELS, SIGNING_MODES } from '../../core/config/model';
import { COLUMN_HEADERS } from '../../core/config/workbook-vocabulary';
import { h, type Child } from './client-kit';
import type { StepContext } from './wizard-context';
import {
  bind,
  checkboxInput,
  dateInput,
  fieldGroup,
  formRow,
  numberInput,
  optionalDateInput,
  radioGroup,
  selectInput,
  textInput,
  type Choice,
} from './wizard-fields';
import { listEditor, type ListColumn } from './wizard-list-editor';
import { readCodedRows, readMemberRows } from './wizard-paste';

function choicesOf<V extends string>(values: readonly V[], words: Record<V, string>): Choice<V>[] {
  return values.map((value) => ({ value, label: words[value] }));
}

export function identityStep(ctx: StepContext): Child[] {
  const { fields: f } = ctx;
  const t = ctx.text.identity;
  const id = ctx.draft.identity;
  const organiser = id.organiser;
  const levels = choicesOf<OrganiserLevel>(ORGANISER_LEVELS, ctx.text.choices.level);
  return [
    h(
      'div',
      { attrs: { class: 'form-grid' } },
      formRow(f.contestCode, textInput(ctx, bind(id, 'code'), 'identity.code', f.contestCode), t.codeHint),
      formRow(f.year, numberInput(ctx, bind(id, 'year'), 'identity.year', f.year)),
    ),
    formRow(f.contestTitle, textInput(ctx, bind(id, 'title'), 'identity.title', f.contestTitle, { multiline: true })),
    h('h2', {}, t.organiser),
    formRow(f.parentBody, textInput(ctx, bind(organiser, 'parentBody'), 'identity.organiser.parentBody', f.parentBody), t.parentBodyHint),
    formRow(f.organiserName, textInput(ctx, bind(organiser, 'name'), 'identity.organiser.name', f.organiserName), t.organiserNameHint),
    h(
      'div',
      { attrs: { class: 'form-grid' } },
      formRow(f.symbol, textInput(ctx, bind(organiser, 'symbol'), 'identity.organiser.symbol', f.symbol), t.symbolHint),
      formRow(f.level, selectInput(ctx, bind(organiser, 'level'), 'identity.organiser.level', f.level, levels)),
    ),
    h('h2', {}, t.plan),
    h(
      'div',
      { attrs: { class: 'form-grid' } },
      formRow(f.planNumber, textInput(ctx, bind(id.plan, 'number'), 'identity.plan.number', f.planNumber), t.planNumberHint),
      formRow(f.planDate, dateInput(ctx, bind(id.plan, 'date'), 'identity.plan.date', f.planDate)),
    ),
    formRow(f.placeName, textInput(ctx, bind(id, 'placeName'), 'identity.placeName', f.placeName), t.placeNameHint),
    ...signerFields(ctx),
  ];
}

/**
 * The signer of the contest's documents. Not a plan's identity, but a blank configuration has no
 * head's title, which is required: without these fields a contest started blank could not be saved.
 */
function signerFields(ctx: StepContext): Child[] {
  const { fields: f } = ctx;
  const t = ctx.text.identity;
  const signer = ctx.draft.documents.signer;
  const modes = choicesOf<SigningMode>(SIGNING_MODES, ctx.text.choices.signingMode);
  const path = (key: keyof typeof signer): string => `documents.signer.${key}`;
  return [
    h('h2', {}, ctx.sections.signer),
    h('p', { attrs: { class: 'hint muted' } }, t.signerHint),
    h(
      'div',
      { attrs: { class: 'form-grid' } },
      formRow(f.onBehalfOf, textInput(ctx, bind(signer, 'onBehalfOf'), path('onBehalfOf'), f.onBehalfOf), t.onBehalfOfHint),
      formRow(f.signingMode, selectInput(ctx, bind(signer, 'mode'), path('mode'), f.signingMode, modes)),
      formRow(f.headTitle, textInput(ctx, bind(signer, 'headTitle'), path('headTitle'), f.headTitle), t.headTitleHint),
      formRow(f.position, textInput(ctx, bind(signer, 'position'), path('position'), f.position), t.positionHint),
      formRow(f.signerName, textInput(ctx, bind(signer, 'name'), path('name'), f.signerName)),
    ),
  ];
}

/**
 * A rolling intake started in the wizard takes Tân An 2024's cut-off, 31 October (DESIGN.md §2,
 * "Rolling intake"), the only plan with one; a window starts empty for the clerk to fill.
 */
function intakeOfMode(ctx: StepContext, mode: Timeline['intake']['mode']): WindowIntake | RollingIntake {
  if (mode === 'window') return ctx.setAside.window ?? { mode: 'window', opens: '', closes: '' };
  return ctx.setAside.rolling ?? { mode: 'rolling', staffCutoff: { month: 10, day: 31 } };
}

function switchIntake(ctx: StepContext, mode: Timeline['intake']['mode']): void {
  const timeline = ctx.draft.timeline;
  if (timeline.intake.mode === mode) return;
  if (timeline.intake.mode === 'window') ctx.setAside.window = timeline.intake;
  else ctx.setAside.rolling = timeline.intake;
  timeline.intake = intakeOfMode(ctx, mode);
  ctx.changed();
  ctx.rerender('timeline.intake.mode');
}

export function timelineStep(ctx: StepContext): Child[] {
  const { fields: f } = ctx;
  const t = ctx.text.timeline;
  const timeline = ctx.draft.timeline;
  const intake = timeline.intake;
  const modes = choicesOf<Timeline['intake']['mode']>(['window', 'rolling'], ctx.text.choices.intakeMode);
  const intakeFields: Child[] =
    intake.mode === 'window'
      ? [
          h(
            'div',
            { attrs: { class: 'form-grid' } },
            formRow(f.opens, dateInput(ctx, bind(intake, 'opens'), 'timeline.intake.opens', f.opens)),
            formRow(f.closes, dateInput(ctx, bind(intake, 'closes'), 'timeline.intake.closes', f.closes)),
          ),
        ]
      : [
          fieldGroup(
            ctx,
            'timeline.intake.staffCutoff',
            f.staffCutoff,
            h(
              'div',
              { attrs: { class: 'form-grid narrow' } },
              formRow(t.cutoffDay, numberInput(ctx, bind(intake.staffCutoff, 'day'), 'timeline.intake.staffCutoff.day', t.cutoffDay)),
              formRow(t.cutoffMonth, numberInput(ctx, bind(intake.staffCutoff, 'month'), 'timeline.intake.staffCutoff.month', t.cutoffMonth)),
            ),
          ),
          h('p', { attrs: { class: 'hint muted' } }, t.rollingHint),
        ];
  return [
    h('h2', {}, t.intake),
    radioGroup(ctx, intake.mode, 'timeline.intake.mode', f.intakeMode, modes, (mode) => switchIntake(ctx, mode)),
    ...intakeFields,
    h('h2', {}, t.deadlines),
    h(
      'div',
      { attrs: { class: 'form-grid' } },
      formRow(f.unitDeadline, optionalDateInput(ctx, bind(timeline, 'unitDeadline'), 'timeline.unitDeadline', f.unitDeadline), t.optionalDateHint),
      formRow(f.judgingDeadline, optionalDateInput(ctx, bind(timeline, 'judgingDeadline'), 'timeline.judgingDeadline', f.judgingDeadline), t.optionalDateHint),
      formRow(f.awardDate, optionalDateInput(ctx, bind(timeline, 'awardDate'), 'timeline.awardDate', f.awardDate), t.optionalDateHint),
    ),
  ];
}

function codedColumns(ctx: StepContext): ListColumn<Category>[] {
  const { fields: f } = ctx;
  return [
    { key: 'code', label: f.code, control: (item, path, label) => textInput(ctx, bind(item, 'code'), path, label) },
    { key: 'name', label: f.name, wide: true, control: (item, path, label) => textInput(ctx, bind(item, 'name'), path, label) },
  ];
}

export function listsStep(ctx: StepContext): Child[] {
  const { fields: f, sections: s, draft } = ctx;
  const rules = draft.unitRules;
  const codedList = (path: 'categories' | 'units', title: string, items: Category[], hint?: string) =>
    listEditor(ctx, {
      path,
      title,
      hint,
      items,
      columns: codedColumns(ctx),
      blank: () => ({ code: '', name: '' }),
      paste: {
        columns: [f.code, f.name],
        read: (text) => readCodedRows(text, [COLUMN_HEADERS[path].code, COLUMN_HEADERS[path].name]),
      },
    });
  return [
    codedList('categories', s.categories, draft.categories),
    codedList('units', s.units, draft.units, ctx.text.lists.unitsHint),
    h('h2', {}, s.unitRules),
    formRow(
      f.minEntriesPerUnit,
      numberInput(ctx, bind(rules, 'minEntriesPerUnit'), 'unitRules.minEntriesPerUnit', f.minEntriesPerUnit),
      ctx.text.lists.minEntriesHint,
    ),
    checkboxInput(ctx, bind(rules, 'preScreening'), 'unitRules.preScreening', ctx.text.lists.preScreening),
  ];
}

const UNIT_SUGGESTIONS = 'wizard-unit-names';

export function membersStep(ctx: StepContext): Child[] {
  const { fields: f, sections: s, draft } = ctx;
  const roles = choicesOf<MemberRole>(MEMBER_ROLES, ctx.text.choices.role);
  const columns: ListColumn<Member>[] = [
    { key: 'name', label: f.fullName, wide: true, control: (m, path, label) => textInput(ctx, bind(m, 'name'), path, label) },
    { key: 'email', label: f.email, wide: true, control: (m, path, label) => textInput(ctx, bind(m, 'email'), path, label, { type: 'email' }) },
    { key: 'role', label: f.role, control: (m, path, label) => selectInput(ctx, bind(m, 'role'), path, label, roles) },
    { key: 'unit', label: f.unit, wide: true, control: (m, path, label) => textInput(ctx, bind(m, 'unit'), path, label, { suggestions: UNIT_SUGGESTIONS }) },
    { key: 'position', label: f.position, wide: true, control: (m, path, label) => textInput(ctx, bind(m, 'position'), path, label) },
  ];
  return [
    h('p', { attrs: { class: 'muted' } }, ctx.text.members.intro),
    // Units are matched by name or code (memberUnitUnknown): suggest the names the list holds.
    h('datalist', { attrs: { id: UNIT_SUGGESTIONS } }, ...draft.units.map((u) => h('option', { attrs: { value: u.name } }))),
    listEditor(ctx, {
      path: 'members',
      title: s.members,
      items: draft.members,
      columns,
      // A new row is a judge's: judges are the members the contest needs e-mails for.
      blank: () => ({ name: '', email: '', role: 'judge', unit: '', position: '' }),
      paste: { columns: [f.fullName, f.email, f.role, f.unit, f.position], read: readMemberRows },
    }),
  ];
}
