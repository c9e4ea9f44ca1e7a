// What a step of the set-up wizard is rendered with: the draft it edits in place, the words of the
// user's language, and the page's services (validation after a change, re-rendering the step).

import type { ContestConfig, DefenceRound, FinalScore, RollingIntake, Shortlist, WindowIntake } from '../../core/config/model';
import { fieldLabels, sectionLabels } from '../messages/problems';
import type { WizardText } from '../messages/wizard-text';
import type { Locale } from '../locale';
import type { FieldContext } from './wizard-fields';
import type { PasteRejection } from './wizard-paste';

/** A list's paste box, kept across re-renders of the step: what is in it and what the last paste did. */
export interface PasteBox {
  text: string;
  report: { added: number; headerSkipped: boolean; rejected: PasteRejection[] } | null;
}

/**
 * Values put aside when a mode is switched, so that switching back restores what the clerk had
 * (the window's dates after a look at rolling intake, the defence round after unticking it).
 */
export interface SetAside {
  window?: WindowIntake;
  rolling?: RollingIntake;
  defence?: DefenceRound;
  topN?: Extract<Shortlist, { mode: 'topN' }>;
  minScore?: Extract<Shortlist, { mode: 'minScore' }>;
  weighted?: Extract<FinalScore, { mode: 'weighted' }>;
}

export interface StepContext extends FieldContext {
  draft: ContestConfig;
  locale: Locale;
  text: WizardText;
  fields: (typeof fieldLabels)['vi'];
  sections: (typeof sectionLabels)['vi'];
  /** Renders the step again from the draft (a row added or removed, a mode switched) and focuses `focusPath`. */
  rerender(focusPath?: string): void;
  /** A figure of the step that derives from the draft (a rubric's maximum, a total): refreshed after every change. */
  live(refresh: () => void): void;
  pastes: Map<string, PasteBox>;
  setAside: SetAside;
}

export function labelsFor(locale: Locale): Pick<StepContext, 'fields' | 'sections'> {
  return { fields: fieldLabels[locale], sections: sectionLabels[locale] };
}
