// The dashboard's step buttons: the same flows the menu runs, with what they would show in alerts
// returned to the sidebar instead. A step that asks first (locking scoring) stops at the question,
// before changing anything; the sidebar asks the person and runs it again, confirmed.

import type { StatePort } from '../app/ports';
import type { Dialogs } from './dialogs';
import type { Locale } from './locale';
import { uiText } from './messages/ui-text';
import type { DashboardView, StepId, StepMessage, StepOutcome } from './sidebar-contract';
import { clearProgress, isStepId, reportProgress } from './step-progress';
import { reportError } from './user-errors';

/** Runs one step; `progress` reports how far a long step is. */
export type StepRunner = (dialogs: Dialogs, locale: Locale, progress: (done: number, total: number) => void) => void;

class ConfirmationNeeded extends Error {
  constructor(readonly question: StepMessage) {
    super(question.text);
  }
}

class SidebarDialogs implements Dialogs {
  readonly messages: StepMessage[] = [];

  constructor(private readonly confirmed: boolean) {}

  tell(title: string, text: string): void {
    this.messages.push({ title, text });
  }

  confirm(title: string, text: string): boolean {
    if (this.confirmed) return true;
    throw new ConfirmationNeeded({ title, text });
  }
}

export interface SidebarStepContext {
  locale: Locale;
  steps: Readonly<Record<StepId, StepRunner>>;
  state: StatePort;
  /** The dashboard as it is after the step. */
  dashboard: () => DashboardView;
}

/** `step` and `confirmed` come from the page: anything else than a known step is refused. */
export function runSidebarStep(step: unknown, confirmed: unknown, context: SidebarStepContext): StepOutcome {
  const { locale, state } = context;
  const dialogs = new SidebarDialogs(confirmed === true);
  let question: StepMessage | null = null;
  let failed = false;
  if (!isStepId(step)) {
    dialogs.tell(uiText[locale].addOnName, uiText[locale].dashboard.unknownStep(String(step)));
    failed = true;
  } else {
    let reported = false;
    try {
      context.steps[step](dialogs, locale, (done, total) => {
        reported = true;
        reportProgress(state, step, done, total);
      });
    } catch (error) {
      if (error instanceof ConfirmationNeeded) question = error.question;
      else {
        reportError(dialogs, locale, error);
        failed = true;
      }
    } finally {
      if (reported) clearProgress(state);
    }
  }
  return { messages: dialogs.messages, question, failed, dashboard: context.dashboard() };
}
