// Step 6 of the set-up wizard: the preliminary rubric, the optional idea-defence round (its rubric,
// shortlist and final score) and the tie-break chain, which names the rubrics' criteria and so is
// edited beside them: a renamed criterion would otherwise leave a chain the clerk cannot fix here.

import { rubricMaximum, type Criterion, type DefenceRound, type FinalScore, type Rubric, type Shortlist, type TieBreak } from '../../core/config/model';
import { presetById } from '../../core/config/presets';
import { h, show, type Child } from './client-kit';
import type { StepContext } from './wizard-context';
import { bind, checkboxInput, formRow, numberInput, problemSlot, radioGroup, textInput, type Choice } from './wizard-fields';
import { listEditor, type ListColumn } from './wizard-list-editor';
import { formatScore } from './wizard-numbers';

function rubricEditor(ctx: StepContext, rubric: Rubric, path: string, title: string): HTMLElement {
  const { fields: f } = ctx;
  const text = (key: 'code' | 'name' | 'description', wide = false): ListColumn<Criterion> => ({
    key,
    label: f[key],
    wide,
    control: (c, p, label) => textInput(ctx, bind(c, key), p, label),
  });
  const number = (key: 'maxPoints' | 'weight' | 'step'): ListColumn<Criterion> => ({
    key,
    label: f[key],
    control: (c, p, label) => numberInput(ctx, bind(c, key), p, label),
  });
  const maximum = h('p', { attrs: { class: 'rubric-max' } });
  ctx.live(() => show(maximum, ctx.text.rubric.maximum(formatScore(rubricMaximum(rubric), ctx.locale))));
  return listEditor(ctx, {
    path,
    title,
    items: rubric.criteria,
    columns: [text('code'), text('name', true), number('maxPoints'), number('weight'), number('step'), text('description', true)],
    // Weight 1 and step 0.5, as every preset's criteria (presets.ts); the points are the clerk's to give.
    blank: () => ({ code: '', name: '', maxPoints: NaN, weight: 1, step: 0.5, description: '' }),
    footer: maximum,
  });
}

/** The round a contest gets when the clerk ticks it: Hậu Giang 2024's, the only seed plan with one (presets.ts). */
function startingDefence(): DefenceRound {
  const defence = presetById('hauGiang2024').build().rounds.defence;
  if (defence === undefined) throw new Error('The Hậu Giang 2024 preset has no defence round.');
  return defence;
}

function shortlistOfMode(ctx: StepContext, mode: Shortlist['mode']): Shortlist {
  if (mode === 'topN') return ctx.setAside.topN ?? { mode: 'topN', count: NaN };
  return ctx.setAside.minScore ?? { mode: 'minScore', score: NaN };
}

function finalOfMode(ctx: StepContext, mode: FinalScore['mode']): FinalScore {
  return mode === 'defenceOnly' ? { mode } : (ctx.setAside.weighted ?? { mode: 'weighted', preliminaryWeight: NaN, defenceWeight: NaN });
}

function defenceSection(ctx: StepContext, defence: DefenceRound): Child[] {
  const { fields: f, sections: s } = ctx;
  const t = ctx.text.rubric;
  const words = ctx.text.choices;
  const shortlist = defence.shortlist;
  const final = defence.final;
  const shortlistModes: Choice<Shortlist['mode']>[] = (['topN', 'minScore'] as const).map((value) => ({ value, label: words.shortlistMode[value] }));
  const finalModes: Choice<FinalScore['mode']>[] = (['defenceOnly', 'weighted'] as const).map((value) => ({ value, label: words.finalMode[value] }));
  const chooseShortlist = (mode: Shortlist['mode']): void => {
    if (shortlist.mode === 'topN') ctx.setAside.topN = shortlist;
    else ctx.setAside.minScore = shortlist;
    defence.shortlist = shortlistOfMode(ctx, mode);
    ctx.changed();
    ctx.rerender('rounds.defence.shortlist.mode');
  };
  const chooseFinal = (mode: FinalScore['mode']): void => {
    if (final.mode === 'weighted') ctx.setAside.weighted = final;
    defence.final = finalOfMode(ctx, mode);
    ctx.changed();
    ctx.rerender('rounds.defence.final.mode');
  };
  return [
    rubricEditor(ctx, defence.rubric, 'rounds.defence.rubric.criteria', s.defenceRubric),
    h('h3', {}, t.shortlist),
    radioGroup(ctx, shortlist.mode, 'rounds.defence.shortlist.mode', f.shortlistMode, shortlistModes, chooseShortlist),
    shortlist.mode === 'topN'
      ? formRow(f.shortlistCount, numberInput(ctx, bind(shortlist, 'count'), 'rounds.defence.shortlist.count', f.shortlistCount))
      : formRow(f.shortlistScore, numberInput(ctx, bind(shortlist, 'score'), 'rounds.defence.shortlist.score', f.shortlistScore)),
    h('h3', {}, t.final),
    radioGroup(ctx, final.mode, 'rounds.defence.final.mode', f.finalMode, finalModes, chooseFinal),
    final.mode === 'weighted'
      ? h(
          'div',
          { attrs: { class: 'form-grid' } },
          formRow(f.preliminaryWeight, numberInput(ctx, bind(final, 'preliminaryWeight'), 'rounds.defence.final.preliminaryWeight', f.preliminaryWeight)),
          formRow(f.defenceWeight, numberInput(ctx, bind(final, 'defenceWeight'), 'rounds.defence.final.defenceWeight', f.defenceWeight)),
        )
      : null,
  ];
}

/** A tie-break step as an option value: "criterion:TM", "defenceScore", … */
function stepKey(step: TieBreak): string {
  return step.kind === 'criterion' ? `criterion:${step.code}` : step.kind;
}

interface TieBreakOption {
  step: TieBreak;
  label: string;
}

/** The steps the chain may use: every criterion of both rounds, then the other kinds. */
function tieBreakOptions(ctx: StepContext): TieBreakOption[] {
  const words = ctx.text.choices;
  const rounds = ctx.draft.rounds;
  const criteria = [...rounds.preliminary.rubric.criteria, ...(rounds.defence?.rubric.criteria ?? [])];
  const seen = new Set<string>();
  const options: TieBreakOption[] = [];
  for (const c of criteria) {
    if (c.code.trim() === '' || seen.has(c.code)) continue;
    seen.add(c.code);
    options.push({ step: { kind: 'criterion', code: c.code }, label: c.name.trim() === '' ? words.criterion(c.code) : `${words.criterion(c.code)} – ${c.name}` });
  }
  for (const kind of ['preliminaryScore', 'defenceScore', 'earlierSubmission'] as const) options.push({ step: { kind }, label: words.tieBreak[kind] });
  return options;
}

function tieBreakEditor(ctx: StepContext): HTMLElement {
  const path = 'scoring.tieBreaks';
  const chain = ctx.draft.scoring.tieBreaks;
  const t = ctx.text.rubric;
  const move = (from: number, to: number): void => {
    const [step] = chain.splice(from, 1);
    chain.splice(to, 0, step);
    ctx.changed();
    ctx.rerender(`${path}[${to}]`);
  };
  const rows = chain.map((_step, index) => {
    const select = h('select', { attrs: { 'data-path': `${path}[${index}]`, 'aria-label': `${ctx.fields.tieBreaks} (${index + 1})` } });
    // Options follow the criteria as they are typed on this step; a code no rubric has stays listed, so the error shows what it is.
    const fill = (): void => {
      const options = tieBreakOptions(ctx);
      const current = chain[index];
      if (!options.some((o) => stepKey(o.step) === stepKey(current))) {
        options.unshift({ step: current, label: current.kind === 'criterion' ? ctx.text.choices.criterion(current.code) : ctx.text.choices.tieBreak[current.kind] });
      }
      show(select, ...options.map((o) => h('option', { attrs: { value: stepKey(o.step) } }, o.label)));
      select.value = stepKey(current);
    };
    fill();
    ctx.live(fill);
    select.addEventListener('change', () => {
      const chosen = tieBreakOptions(ctx).find((o) => stepKey(o.step) === select.value);
      if (chosen) chain[index] = chosen.step;
      ctx.changed();
    });
    const button = (role: string, label: string, symbol: string, action: () => void, disabled = false): HTMLButtonElement => {
      const b = h('button', { attrs: { type: 'button', 'data-role': role, 'aria-label': label, title: label, disabled } }, symbol);
      b.addEventListener('click', action);
      return b;
    };
    return h(
      'li',
      {},
      select,
      button('move-up', t.moveUp(index + 1), '↑', () => move(index, index - 1), index === 0),
      button('move-down', t.moveDown(index + 1), '↓', () => move(index, index + 1), index === chain.length - 1),
      button('remove-row', ctx.text.listEditor.removeRow(index + 1), '✕', () => {
        chain.splice(index, 1);
        ctx.changed();
        ctx.rerender(path);
      }),
    );
  });
  const add = h('button', { attrs: { type: 'button', 'data-role': 'add-row' } }, `+ ${t.addTieBreak}`);
  add.addEventListener('click', () => {
    const used = new Set(chain.map(stepKey));
    const next = tieBreakOptions(ctx).find((o) => !used.has(stepKey(o.step)));
    if (next) chain.push(next.step);
    ctx.changed();
    ctx.rerender(`${path}[${chain.length - 1}]`);
  });
  const slot = problemSlot(path);
  const container = h(
    'section',
    { attrs: { class: 'list-editor tie-breaks', 'data-path': path } },
    h('h3', {}, ctx.fields.tieBreaks),
    h('p', { attrs: { class: 'hint muted' } }, t.tieBreakHint),
    slot,
    h('ol', {}, ...rows),
    h('div', { attrs: { class: 'list-actions' } }, add),
  );
  ctx.hooks.set(path, { marked: container, slot, focus: add });
  return container;
}

export function rubricStep(ctx: StepContext): Child[] {
  const rounds = ctx.draft.rounds;
  const defenceEnabled = {
    get: () => rounds.defence !== undefined,
    set: (on: boolean) => {
      if (on) rounds.defence = ctx.setAside.defence ?? startingDefence();
      else {
        ctx.setAside.defence = rounds.defence;
        delete rounds.defence;
      }
    },
  };
  return [
    rubricEditor(ctx, rounds.preliminary.rubric, 'rounds.preliminary.rubric.criteria', ctx.sections.preliminaryRubric),
    h('h2', {}, ctx.sections.defence),
    checkboxInput(ctx, defenceEnabled, 'rounds.defence.enabled', ctx.text.rubric.defence, () => ctx.rerender('rounds.defence.enabled')),
    h('p', { attrs: { class: 'hint muted' } }, ctx.text.rubric.defenceHint),
    ...(rounds.defence ? defenceSection(ctx, rounds.defence) : []),
    tieBreakEditor(ctx),
  ];
}
