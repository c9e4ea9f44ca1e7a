// Step 7 of the set-up wizard: the prize tiers (one card each: eight fields do not fit a table row
// of the dialog), where prizes are counted (scope), the budget cap and the special prize, with the
// amounts written out in đồng beside the inputs and the total of the tiers kept up to date.

import { AWARD_KINDS, PRIZE_SCOPES, type AwardKind, type PrizeScope, type PrizeTier } from '../../core/config/model';
import { h, show, type Child } from './client-kit';
import type { StepContext } from './wizard-context';
import { bind, checkboxInput, formRow, numberInput, optionalNumberInput, problemSlot, selectInput, textInput, type Choice } from './wizard-fields';
import { formatAmount } from './wizard-numbers';

/** The amount in đồng, written out beside its input and kept up to date. */
function amountShown(ctx: StepContext, amount: () => number | undefined): HTMLElement {
  const shown = h('span', { attrs: { class: 'amount-text muted' } });
  ctx.live(() => show(shown, formatAmount(amount(), ctx.locale)));
  return shown;
}

function tierCard(ctx: StepContext, tier: PrizeTier, index: number, awards: Choice<AwardKind>[]): HTMLElement {
  const { fields: f } = ctx;
  const t = ctx.text.prizes;
  const path = (key: keyof PrizeTier): string => `prizes.tiers[${index}].${key}`;
  const remove = h('button', { attrs: { type: 'button', class: 'remove', 'data-role': 'remove-row', 'aria-label': ctx.text.listEditor.removeRow(index + 1), title: ctx.text.listEditor.removeRow(index + 1) } }, '✕');
  remove.addEventListener('click', () => {
    ctx.draft.prizes.tiers.splice(index, 1);
    ctx.changed();
    ctx.rerender('prizes.tiers');
  });
  const legend = h('legend', {});
  ctx.live(() => show(legend, `${index + 1}. ${tier.name}`));
  return h(
    'fieldset',
    { attrs: { class: 'tier-card' } },
    legend,
    remove,
    h(
      'div',
      { attrs: { class: 'form-grid' } },
      formRow(f.code, textInput(ctx, bind(tier, 'code'), path('code'), f.code)),
      formRow(f.name, textInput(ctx, bind(tier, 'name'), path('name'), f.name)),
      formRow(f.award, selectInput(ctx, bind(tier, 'award'), path('award'), f.award, awards)),
      formRow(f.awardIssuer, textInput(ctx, bind(tier, 'awardIssuer'), path('awardIssuer'), f.awardIssuer)),
      formRow(f.count, optionalNumberInput(ctx, bind(tier, 'count'), path('count'), f.count), t.countHint),
      formRow(f.amount, numberInput(ctx, bind(tier, 'amount'), path('amount'), f.amount, [amountShown(ctx, () => tier.amount)])),
      formRow(f.minScore, optionalNumberInput(ctx, bind(tier, 'minScore'), path('minScore'), f.minScore), t.minScoreHint),
      formRow(f.gift, textInput(ctx, bind(tier, 'gift'), path('gift'), f.gift)),
    ),
  );
}

/**
 * The money of the tiers with a number of prizes, as the clerk reads the plan: per category or per
 * kind of entrant when prizes are awarded that way (validation multiplies it out for the budget).
 */
function tiersTotal(ctx: StepContext): HTMLElement {
  const t = ctx.text.prizes;
  const total = h('p', { attrs: { class: 'prize-total', 'data-role': 'prize-total' } });
  ctx.live(() => {
    const prizes = ctx.draft.prizes;
    const counted = prizes.tiers.filter((tier) => tier.count !== undefined);
    const sum = counted.reduce((money, tier) => money + (tier.count ?? 0) * tier.amount, 0);
    const openEnded = prizes.tiers.some((tier) => tier.count === undefined && tier.amount > 0);
    const money = formatAmount(sum, ctx.locale);
    const line = prizes.scope === 'perCategory' ? t.totalPerCategory(money) : prizes.scope === 'perEntrantKind' ? t.totalPerEntrantKind(money) : t.total(money);
    show(total, h('strong', {}, line), openEnded ? h('span', { attrs: { class: 'muted' } }, ` ${t.openEnded}`) : null);
  });
  return total;
}

export function prizesStep(ctx: StepContext): Child[] {
  const { fields: f, sections: s } = ctx;
  const t = ctx.text.prizes;
  const prizes = ctx.draft.prizes;
  const awards: Choice<AwardKind>[] = AWARD_KINDS.map((value) => ({ value, label: ctx.text.choices.award[value] }));
  const scopes: Choice<PrizeScope>[] = PRIZE_SCOPES.map((value) => ({ value, label: ctx.text.choices.scope[value] }));
  const add = h('button', { attrs: { type: 'button', 'data-role': 'add-row' } }, `+ ${ctx.text.listEditor.addRow}`);
  add.addEventListener('click', () => {
    prizes.tiers.push({ code: '', name: '', award: 'none', awardIssuer: '', count: 1, amount: 0, gift: '' });
    ctx.changed();
    ctx.rerender(`prizes.tiers[${prizes.tiers.length - 1}].code`);
  });
  const slot = problemSlot('prizes.tiers');
  const list = h(
    'section',
    { attrs: { class: 'list-editor', 'data-path': 'prizes.tiers' } },
    h('div', { attrs: { class: 'list-head' } }, h('h3', {}, s.prizes), h('span', { attrs: { class: 'badge' } }, ctx.text.listEditor.count(prizes.tiers.length))),
    slot,
    prizes.tiers.length === 0 ? h('p', { attrs: { class: 'muted' } }, ctx.text.listEditor.empty) : null,
    ...prizes.tiers.map((tier, index) => tierCard(ctx, tier, index, awards)),
    h('div', { attrs: { class: 'list-actions' } }, add),
  );
  ctx.hooks.set('prizes.tiers', { marked: list, slot, focus: add });
  return [
    list,
    tiersTotal(ctx),
    h(
      'div',
      { attrs: { class: 'form-grid prize-rules' } },
      formRow(f.scope, selectInput(ctx, bind(prizes, 'scope'), 'prizes.scope', f.scope, scopes)),
      formRow(f.budgetCap, optionalNumberInput(ctx, bind(prizes, 'budgetCap'), 'prizes.budgetCap', f.budgetCap, [amountShown(ctx, () => prizes.budgetCap)]), t.budgetHint),
    ),
    checkboxInput(ctx, bind(prizes, 'specialPrizeAllowed'), 'prizes.specialPrizeAllowed', t.specialPrize),
  ];
}
