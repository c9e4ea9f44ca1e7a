// Where the wizard shows a problem and where the clerk fixes it. A problem belongs to the step
// that edits the field of its path; a few point at a setting the wizard does not edit while the fix
// their message asks for is a field it does (enter the judging deadline, list judges, tick the
// defence round), so they are shown at that field. Paths the wizard has no input for (scoring
// rules, judging, legal bases, recipients, formats, entrants) belong to the review step, which
// lists them as settings edited in the configuration sheets.

import type { ValidationProblemCode } from '../../core/config/validation';
import type { WizardStepId } from '../messages/wizard-text';

const STEP_OF_PREFIX: readonly (readonly [string, WizardStepId])[] = [
  ['identity', 'identity'],
  ['documents.signer', 'identity'],
  ['timeline', 'timeline'],
  ['categories', 'lists'],
  ['units', 'lists'],
  ['unitRules', 'lists'],
  ['members', 'members'],
  ['rounds', 'rubric'],
  // The tie-break chain names the criteria's codes, so it is edited beside the rubrics.
  ['scoring.tieBreaks', 'rubric'],
  ['prizes', 'prizes'],
];

/** The field that fixes a problem about a setting outside the wizard, by the problem's code. */
const FIXED_AT: Readonly<Record<string, string>> = {
  remindersWithoutDeadline: 'timeline.judgingDeadline',
  lockWithoutDeadline: 'timeline.judgingDeadline',
  minJudgesAboveJudges: 'members',
  judgesPerEntryAboveJudges: 'members',
  trimmedMeanTooFewJudges: 'members',
  defenceJudgesWithoutRound: 'rounds.defence.enabled',
} satisfies Partial<Record<ValidationProblemCode, string>>;

export function stepOfPath(path: string): WizardStepId {
  const found = STEP_OF_PREFIX.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`));
  return found ? found[1] : 'review';
}

/**
 * The model path of the field where the problem is shown and fixed. The server's problems carry no
 * code (ProblemView): they are placed by their path alone.
 */
export function placeOf(problem: { path: string; code?: string }): string {
  const code = problem.code;
  return code !== undefined && Object.prototype.hasOwnProperty.call(FIXED_AT, code) ? FIXED_AT[code] : problem.path;
}

/** The step that shows the problem. */
export function stepOf(problem: { path: string; code?: string }): WizardStepId {
  return stepOfPath(placeOf(problem));
}
