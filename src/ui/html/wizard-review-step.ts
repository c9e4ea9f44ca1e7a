// Step 8 of the set-up wizard: every problem of the draft, errors first, each with a way to the
// field; what the wizard leaves to the configuration sheets; the sheets a save would archive; and,
// after a save, what the server wrote or why it refused (its validation is authoritative).

import type { Problem } from '../../core/problem';
import { describeProblem } from '../messages/problems';
import type { WizardText } from '../messages/wizard-text';
import type { Locale } from '../locale';
import type { ProblemView, WizardSaveOutcome } from '../sidebar-contract';
import { h, type Child } from './client-kit';
import { placeOf, stepOfPath } from './wizard-problem-place';

/** The answer of the last save that did not go through, shown above the draft's own problems. */
export type SaveSetback = { refused: ProblemView[] } | { failure: string };

export interface ReviewView {
  text: WizardText;
  locale: Locale;
  problems: readonly Problem[];
  existingSheets: readonly string[];
  setback: SaveSetback | null;
  /** Goes to the step that edits `path` and focuses the field. */
  fix(path: string): void;
}

/** Errors before warnings, each in the order validation found them. */
export const errorsFirst = <T extends { severity: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));

function problemList(view: ReviewView, problems: readonly ProblemView[]): HTMLElement {
  const t = view.text.review;
  return h(
    'ul',
    { attrs: { class: 'problem-list' } },
    ...errorsFirst(problems).map((p) => {
      const fix = stepOfPath(p.path) !== 'review'
        ? h('button', { attrs: { type: 'button', 'data-role': 'fix', 'data-path': p.path }, on: { click: () => view.fix(p.path) } }, t.fix)
        : h('span', { attrs: { class: 'muted' } }, t.inSheets);
      return h(
        'li',
        { attrs: { class: p.severity } },
        h('span', { attrs: { class: `badge ${p.severity}` } }, p.severity === 'error' ? t.error : t.warning),
        ' ',
        h('span', { attrs: { class: 'problem-text' } }, p.message),
        ' ',
        fix,
      );
    }),
  );
}

function setbackNotice(view: ReviewView, setback: SaveSetback): HTMLElement {
  const t = view.text.review;
  if ('failure' in setback) return h('div', { attrs: { class: 'notice error', role: 'alert' } }, t.saveFailed(setback.failure));
  return h('div', { attrs: { class: 'notice error', role: 'alert' } }, h('p', {}, t.notSaved), problemList(view, setback.refused));
}

export function reviewStep(view: ReviewView): Child[] {
  const t = view.text.review;
  // Each problem leads to the field that fixes it.
  const problems: ProblemView[] = view.problems.map((p) => ({ path: placeOf(p), severity: p.severity, message: describeProblem(p, view.locale) }));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return [
    view.setback ? setbackNotice(view, view.setback) : null,
    h('h2', {}, t.problems),
    problems.length === 0
      ? h('p', { attrs: { class: 'ok' } }, t.none)
      : h('p', {}, t.summary(errors, problems.length - errors)),
    errors > 0 ? h('div', { attrs: { class: 'notice error' } }, t.errorsBlockSave) : null,
    problems.length > 0 ? problemList(view, problems) : null,
    h('h2', {}, t.otherSettings),
    h('p', { attrs: { class: 'muted' } }, t.otherSettingsNote),
    view.existingSheets.length > 0 ? h('div', { attrs: { class: 'notice warning', 'data-role': 'existing-sheets' } }, t.existingSheets(view.existingSheets)) : null,
  ];
}

/** What a successful save wrote, with the warnings it was saved with. */
export function savedView(text: WizardText, outcome: WizardSaveOutcome): Child[] {
  const t = text.review;
  const warnings = errorsFirst(outcome.problems);
  return [
    h('div', { attrs: { class: 'notice', role: 'status', 'data-role': 'saved' } }, h('strong', {}, t.saved)),
    outcome.written.length > 0 ? h('p', {}, t.written(outcome.written)) : null,
    outcome.archived.length > 0 ? h('p', {}, t.archived(outcome.archived)) : null,
    warnings.length > 0
      ? h(
          'div',
          {},
          h('p', {}, t.savedWithWarnings),
          h('ul', { attrs: { class: 'problem-list' } }, ...warnings.map((p) => h('li', { attrs: { class: p.severity } }, p.message))),
        )
      : null,
  ];
}
