// Step 1 of the set-up wizard: where the draft comes from (the configuration the sheets hold now, a
// preset, or a blank page). Replacing a draft the clerk has edited is asked first, in the page.

import type { PresetId } from '../../core/config/presets';
import type { WizardText } from '../messages/wizard-text';
import type { WizardStart } from '../sidebar-contract';
import { h, type Child } from './client-kit';

export type StartChoice = PresetId | 'blank' | 'current';

export interface StartView {
  start: WizardStart;
  text: WizardText;
  /** Where the draft came from; null until one is chosen. */
  choice: StartChoice | null;
  /** A choice waiting for the clerk to confirm that it replaces the edited draft. */
  pending: StartChoice | null;
  loading: boolean;
  failure: string | null;
  choose(choice: StartChoice): void;
  confirm(): void;
  cancel(): void;
}

function option(view: StartView, choice: StartChoice, name: string, note: string): HTMLElement {
  const radio = h('input', { attrs: { type: 'radio', name: 'wizard-start', value: choice, 'data-preset': choice, disabled: view.loading } });
  radio.checked = (view.pending ?? view.choice) === choice;
  radio.addEventListener('change', () => {
    if (radio.checked) view.choose(choice);
  });
  return h('label', { attrs: { class: 'start-option' } }, radio, h('span', {}, h('strong', {}, name), h('br', {}), h('span', { attrs: { class: 'muted' } }, note)));
}

export function startStep(view: StartView): Child[] {
  const t = view.text.start;
  const options: HTMLElement[] = [];
  if (view.start.current !== null) options.push(option(view, 'current', t.current, t.currentNote(view.start.current.identity.title)));
  for (const preset of view.start.presets) options.push(option(view, preset.id, preset.name, t.source(preset.source)));
  options.push(option(view, 'blank', t.blank, t.blankNote));
  const question =
    view.pending === null
      ? null
      : h(
          'div',
          { attrs: { class: 'notice warning', role: 'alert' } },
          h('p', {}, t.replaceQuestion),
          h(
            'div',
            { attrs: { class: 'buttons' } },
            h('button', { attrs: { type: 'button', class: 'action', 'data-role': 'confirm-preset' }, on: { click: () => view.confirm() } }, t.replaceConfirm),
            h('button', { attrs: { type: 'button', 'data-role': 'cancel-preset' }, on: { click: () => view.cancel() } }, t.replaceCancel),
          ),
        );
  return [
    h('p', {}, t.intro),
    h('fieldset', { attrs: { class: 'start-options' } }, h('legend', { attrs: { class: 'visually-hidden' } }, view.text.steps.start), ...options),
    question,
    view.loading ? h('p', { attrs: { role: 'status' } }, h('span', { attrs: { class: 'spinner' } }), ' ', t.loadingPreset) : null,
    view.failure === null ? null : h('div', { attrs: { class: 'notice error', role: 'alert' } }, view.failure),
  ];
}
