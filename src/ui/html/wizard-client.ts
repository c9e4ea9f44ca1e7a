// The set-up wizard page (build/Wizard.html, a modal dialog over the Sheet). It keeps one draft of
// the contest configuration, renders a step from it, lets inputs edit it in place, validates it with
// the core's own rules after every change (the same check the server repeats when saving), shows
// each problem under its field, and sends the draft to wizardSave.

import type { ContestConfig } from '../../core/config/model';
import { validateConfig } from '../../core/config/validation';
import { hasErrors, type Problem } from '../../core/problem';
import { describeProblem } from '../messages/problems';
import { WIZARD_STEP_IDS, wizardText, type WizardStepId, type WizardText } from '../messages/wizard-text';
import type { Locale } from '../locale';
import type { WizardSaveOutcome, WizardStart } from '../sidebar-contract';
import { appRoot, call, closeDialog, failureText, h, show, type Child } from './client-kit';
import { labelsFor, type PasteBox, type SetAside, type StepContext } from './wizard-context';
import type { FieldHook } from './wizard-fields';
import { prizesStep } from './wizard-prizes-step';
import { errorsFirst, reviewStep, savedView, type SaveSetback } from './wizard-review-step';
import { rubricStep } from './wizard-rubric-step';
import { startStep, type StartChoice } from './wizard-start-step';
import { placeOf, stepOf, stepOfPath } from './wizard-problem-place';
import { identityStep, listsStep, membersStep, timelineStep } from './wizard-steps';

/** Validation runs this long after the last keystroke: often enough to follow typing, not on every key. */
const VALIDATION_DELAY_MS = 250;

const EDIT_STEPS: Record<Exclude<WizardStepId, 'start' | 'review'>, (ctx: StepContext) => Child[]> = {
  identity: identityStep,
  timeline: timelineStep,
  lists: listsStep,
  members: membersStep,
  rubric: rubricStep,
  prizes: prizesStep,
};

interface Wizard {
  start: WizardStart;
  locale: Locale;
  text: WizardText;
  draft: ContestConfig | null;
  choice: StartChoice | null;
  pending: StartChoice | null;
  loading: boolean;
  loadFailure: string | null;
  /** The clerk changed the draft since it was loaded. */
  edited: boolean;
  step: WizardStepId;
  problems: Problem[];
  hooks: Map<string, FieldHook>;
  live: (() => void)[];
  pastes: Map<string, PasteBox>;
  setAside: SetAside;
  timer: number | undefined;
  confirmingReplace: boolean;
  saving: boolean;
  setback: SaveSetback | null;
  saved: WizardSaveOutcome | null;
  nav: HTMLElement;
  body: HTMLElement;
  footer: HTMLElement;
}

function counts(problems: readonly Problem[], step: WizardStepId): { errors: number; warnings: number } {
  const mine = problems.filter((p) => stepOf(p) === step);
  const errors = mine.filter((p) => p.severity === 'error').length;
  return { errors, warnings: mine.length - errors };
}

function renderNav(w: Wizard): void {
  const items = WIZARD_STEP_IDS.map((id, index) => {
    const { errors, warnings } = counts(w.problems, id);
    const badges: Child[] =
      w.draft === null || id === 'start'
        ? []
        : [
            errors > 0 ? h('span', { attrs: { class: 'badge error', 'aria-hidden': 'true' } }, errors) : null,
            warnings > 0 ? h('span', { attrs: { class: 'badge warning', 'aria-hidden': 'true' } }, warnings) : null,
            errors + warnings > 0 ? h('span', { attrs: { class: 'visually-hidden' } }, `(${w.text.stepProblems(errors, warnings)})`) : null,
          ];
    const button = h(
      'button',
      {
        attrs: {
          type: 'button',
          'data-step-id': id,
          'aria-current': id === w.step ? 'step' : undefined,
          disabled: w.saved !== null || w.saving || (w.draft === null && id !== 'start'),
          title: errors + warnings > 0 ? w.text.stepProblems(errors, warnings) : undefined,
        },
        on: { click: () => goTo(w, id) },
      },
      h('span', { attrs: { class: 'step-number' } }, index + 1),
      h('span', { attrs: { class: 'step-label' } }, w.text.steps[id]),
      ...badges,
    );
    return h('li', {}, button);
  });
  show(w.nav, h('ol', {}, ...items));
}

/** Puts every problem of the current step under its field, or in the step's own box when it has none. */
function markFields(w: Wizard, box: HTMLElement): void {
  for (const hook of w.hooks.values()) {
    hook.marked.removeAttribute('aria-invalid');
    hook.marked.removeAttribute('data-severity');
    hook.slot.replaceChildren();
  }
  const loose: HTMLElement[] = [];
  for (const problem of errorsFirst(w.problems)) {
    if (w.step === 'review' || stepOf(problem) !== w.step) continue;
    const line = h('div', { attrs: { class: problem.severity } }, describeProblem(problem, w.locale));
    const hook = w.hooks.get(placeOf(problem));
    if (!hook) {
      loose.push(line);
      continue;
    }
    hook.marked.setAttribute('aria-invalid', 'true');
    // Errors come first: a field with an error keeps the error's colour when a warning follows.
    if (!hook.marked.hasAttribute('data-severity')) hook.marked.setAttribute('data-severity', problem.severity);
    hook.slot.append(line);
  }
  if (loose.length === 0) show(box);
  else show(box, h('div', { attrs: { class: 'notice warning' } }, h('strong', {}, w.text.stepLevelProblems), ...loose));
}

function stepContext(w: Wizard, draft: ContestConfig): StepContext {
  return {
    draft,
    locale: w.locale,
    text: w.text,
    ...labelsFor(w.locale),
    hooks: w.hooks,
    changed: () => changed(w),
    rerender: (focusPath) => renderBody(w, focusPath),
    live: (refresh) => w.live.push(refresh),
    pastes: w.pastes,
    setAside: w.setAside,
  };
}

function stepContent(w: Wizard): Child[] {
  if (w.saved !== null) return savedView(w.text, w.saved);
  if (w.step === 'start' || w.draft === null) {
    return startStep({
      start: w.start,
      text: w.text,
      choice: w.choice,
      pending: w.pending,
      loading: w.loading,
      failure: w.loadFailure,
      choose: (choice) => chooseStart(w, choice),
      confirm: () => {
        const choice = w.pending;
        w.pending = null;
        if (choice !== null) void loadChoice(w, choice);
      },
      cancel: () => {
        w.pending = null;
        renderBody(w);
      },
    });
  }
  if (w.step === 'review') {
    return reviewStep({
      text: w.text,
      locale: w.locale,
      problems: w.problems,
      existingSheets: w.start.existingSheets,
      setback: w.setback,
      fix: (path) => goTo(w, stepOfPath(path), path),
    });
  }
  return EDIT_STEPS[w.step](stepContext(w, w.draft));
}

function renderBody(w: Wizard, focusPath?: string): void {
  w.hooks.clear();
  w.live = [];
  const box = h('div', { attrs: { class: 'step-problems' } });
  show(w.body, h('h1', { attrs: { tabindex: -1 } }, w.text.steps[w.step]), box, ...stepContent(w));
  for (const refresh of w.live) refresh();
  markFields(w, box);
  const hook = focusPath === undefined ? undefined : w.hooks.get(focusPath);
  const target = hook?.focus ?? (focusPath === undefined ? undefined : w.body.querySelector<HTMLElement>(`[data-path="${CSS.escape(focusPath)}"]`));
  if (target) {
    target.focus();
    target.scrollIntoView({ block: 'center' });
  } else if (focusPath !== undefined) {
    box.scrollIntoView({ block: 'start' });
  } else {
    w.body.scrollTop = 0;
  }
}

function footerButton(role: string, label: string, onClick: () => void, options: { action?: boolean; disabled?: boolean } = {}): HTMLButtonElement {
  return h('button', { attrs: { type: 'button', 'data-role': role, class: options.action ? 'action' : undefined, disabled: options.disabled }, on: { click: onClick } }, label);
}

function renderFooter(w: Wizard): void {
  const t = w.text;
  if (w.saved !== null) {
    const failure = h('span', { attrs: { class: 'error', role: 'alert' } });
    const openDashboard = footerButton('open-dashboard', t.review.openDashboard, () => {
      openDashboard.disabled = true;
      call('menuOpenDashboard')
        .then(() => closeDialog())
        .catch((error: unknown) => {
          openDashboard.disabled = false;
          show(failure, t.review.openDashboardFailed(failureText(error)));
        });
    }, { action: true });
    show(w.footer, failure, h('span', { attrs: { class: 'spacer' } }), footerButton('close', t.review.close, () => closeDialog()), openDashboard);
    return;
  }
  if (w.saving) {
    show(w.footer, h('span', { attrs: { role: 'status' } }, h('span', { attrs: { class: 'spinner' } }), ' ', t.review.saving));
    return;
  }
  if (w.confirmingReplace) {
    show(
      w.footer,
      h('p', { attrs: { class: 'question', role: 'alert' } }, t.review.existingSheets(w.start.existingSheets)),
      footerButton('cancel-replace', t.review.cancel, () => {
        w.confirmingReplace = false;
        renderFooter(w);
      }),
      footerButton('confirm-replace', t.review.confirmReplace, () => void save(w), { action: true }),
    );
    w.footer.querySelector<HTMLElement>('[data-role="confirm-replace"]')?.focus();
    return;
  }
  const index = WIZARD_STEP_IDS.indexOf(w.step);
  const back = footerButton('back', t.back, () => goTo(w, WIZARD_STEP_IDS[index - 1]), { disabled: index === 0 });
  const forward =
    w.step === 'review'
      ? footerButton('save', t.review.save, () => askToSave(w), { action: true, disabled: w.draft === null || hasErrors(w.problems) })
      : footerButton('next', t.next, () => goTo(w, WIZARD_STEP_IDS[index + 1]), { action: true, disabled: w.draft === null });
  show(w.footer, back, h('span', { attrs: { class: 'spacer muted' } }, w.draft === null ? t.chooseFirst : ''), forward);
}

function validateNow(w: Wizard): void {
  window.clearTimeout(w.timer);
  w.timer = undefined;
  w.problems = w.draft === null ? [] : validateConfig(w.draft);
  const box = w.body.querySelector<HTMLElement>('.step-problems');
  if (box) markFields(w, box);
  renderNav(w);
  renderFooter(w);
}

function changed(w: Wizard): void {
  w.edited = true;
  w.setback = null;
  for (const refresh of w.live) refresh();
  window.clearTimeout(w.timer);
  w.timer = window.setTimeout(() => validateNow(w), VALIDATION_DELAY_MS);
}

function goTo(w: Wizard, step: WizardStepId, focusPath?: string): void {
  if (w.timer !== undefined) validateNow(w);
  w.step = step;
  w.confirmingReplace = false;
  renderNav(w);
  renderBody(w, focusPath);
  renderFooter(w);
  if (focusPath === undefined) w.body.querySelector<HTMLElement>('h1')?.focus();
}

function useDraft(w: Wizard, config: ContestConfig, choice: StartChoice): void {
  w.draft = structuredClone(config);
  w.choice = choice;
  w.edited = false;
  w.setback = null;
  w.pastes.clear();
  w.setAside = {};
  validateNow(w);
}

async function loadChoice(w: Wizard, choice: StartChoice): Promise<void> {
  if (choice === 'current') {
    if (w.start.current !== null) useDraft(w, w.start.current, choice);
    renderBody(w);
    return;
  }
  w.loading = true;
  w.loadFailure = null;
  renderBody(w);
  try {
    useDraft(w, await call('wizardPreset', choice), choice);
  } catch (error) {
    w.loadFailure = w.text.start.presetFailed(failureText(error));
  }
  w.loading = false;
  renderBody(w);
}

function chooseStart(w: Wizard, choice: StartChoice): void {
  if (choice === w.choice) {
    w.pending = null;
    renderBody(w);
  } else if (w.draft !== null && w.edited) {
    w.pending = choice;
    renderBody(w);
  } else void loadChoice(w, choice);
}

function askToSave(w: Wizard): void {
  if (w.start.existingSheets.length > 0) {
    w.confirmingReplace = true;
    renderFooter(w);
  } else void save(w);
}

async function save(w: Wizard): Promise<void> {
  if (w.draft === null) return;
  w.confirmingReplace = false;
  w.saving = true;
  renderNav(w);
  renderFooter(w);
  try {
    // A JSON round trip drops the properties an emptied optional field left undefined.
    const outcome = await call('wizardSave', JSON.parse(JSON.stringify(w.draft)) as ContestConfig);
    if (outcome.saved) w.saved = outcome;
    else w.setback = { refused: outcome.problems };
  } catch (error) {
    w.setback = { failure: failureText(error) };
  }
  w.saving = false;
  goTo(w, 'review');
}

function openWizard(start: WizardStart): void {
  const root = appRoot();
  document.documentElement.lang = start.locale;
  const w: Wizard = {
    start,
    locale: start.locale,
    text: wizardText[start.locale],
    draft: null,
    choice: null,
    pending: null,
    loading: false,
    loadFailure: null,
    edited: false,
    step: 'start',
    problems: [],
    hooks: new Map(),
    live: [],
    pastes: new Map(),
    setAside: {},
    timer: undefined,
    confirmingReplace: false,
    saving: false,
    setback: null,
    saved: null,
    nav: h('nav', { attrs: { class: 'wizard-nav', 'aria-label': wizardText[start.locale].stepsLabel } }),
    body: h('section', { attrs: { class: 'wizard-body' } }),
    footer: h('footer', { attrs: { class: 'wizard-footer' } }),
  };
  root.className = 'wizard';
  show(root, h('div', { attrs: { class: 'wizard-layout' } }, w.nav, w.body), w.footer);
  // Editing the configuration the sheets hold is the default when there is one.
  if (start.current !== null) useDraft(w, start.current, 'current');
  goTo(w, 'start');
}

call('wizardStart')
  .then(openWizard)
  .catch((error: unknown) => {
    // The locale comes with the start data: without it, Vietnamese, the default.
    show(appRoot(), h('div', { attrs: { class: 'notice error', role: 'alert' } }, wizardText.vi.loadFailed(failureText(error))));
  });
