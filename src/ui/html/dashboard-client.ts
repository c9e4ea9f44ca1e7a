// The dashboard sidebar: loads the DashboardView, shows where the contest stands (intake, judging,
// results, documents) and runs the steps. Every value from the server is user data, so the page
// is built with client-kit's text nodes and attributes only.

import { localeFromTag, type Locale } from '../locale';
import { dashboardText, type DashboardText } from '../messages/dashboard-text';
import {
  STEP_IDS,
  type DashboardView,
  type DocumentView,
  type IntakeView,
  type ProgressView,
  type ResultsView,
  type RoundView,
  type StepId,
  type StepMessage,
  type StepOutcome,
  type Tally,
} from '../sidebar-contract';
import { appRoot, call, failureText, h, link, show, type Child } from './client-kit';

type StepGroup = 'intake' | 'judging' | 'results' | 'replication';

/** The add-on menu's groups (src/ui/menu.ts, between its separators), so both read the same. */
const STEP_GROUP: Record<StepId, StepGroup> = {
  createForm: 'intake',
  syncEntries: 'intake',
  unitsReport: 'intake',
  assignJudges: 'judging',
  scoringSheets: 'judging',
  syncScores: 'judging',
  lockScoring: 'judging',
  remindJudges: 'judging',
  computeResults: 'results',
  createDocuments: 'results',
  updateInitiatives: 'replication',
  updateReplication: 'replication',
  remindAgencies: 'replication',
  yearlySummary: 'replication',
  replicationReport: 'replication',
};
const GROUP_ORDER: readonly StepGroup[] = ['intake', 'judging', 'results', 'replication'];

/** Longer lists than this start folded, so the sidebar stays scannable. */
const FOLD_AFTER = 8;
/** How often a running step asks for its progress; each call is an execution of its own. */
const PROGRESS_POLL_MS = 3000;

interface Notice {
  /** failed: the step's own answer says it stopped; connection: the call itself failed (a successful refresh clears it). */
  kind: 'info' | 'failed' | 'connection';
  title: string;
  text: string;
}

interface Run {
  step: StepId;
  startedAt: number;
  progress: ProgressView | null;
}

interface State {
  locale: Locale;
  view: DashboardView | null;
  /** Set when the first load failed, so the page offers to try again. */
  loadError: string | null;
  run: Run | null;
  /** A call other than a step under way. */
  busy: 'refresh' | 'setUp' | null;
  notices: Notice[];
  question: { step: StepId; message: StepMessage } | null;
  /** Folded lists the user opened, kept open across re-renders. */
  openFolds: Set<string>;
}

const state: State = {
  locale: localeFromTag(navigator.language),
  view: null,
  loadError: null,
  run: null,
  busy: null,
  notices: [],
  question: null,
  openFolds: new Set(),
};

/** Elements a running step updates between renders (elapsed seconds, progress). */
const live: { elapsed: HTMLElement | null; progress: HTMLElement | null } = { elapsed: null, progress: null };
let ticker: number | undefined;
let poller: number | undefined;

function text(): DashboardText {
  return dashboardText[state.locale];
}

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.max(0, Math.min(100, Math.round((part / whole) * 100))) : 0;
}

function bar(part: number, whole: number, label: string): HTMLElement {
  const value = percent(part, whole);
  return h(
    'div',
    { attrs: { class: 'bar', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value } },
    h('span', { attrs: { style: `width:${value}%` } }),
  );
}

function badge(kind: 'ok' | 'warning' | 'error' | 'plain', label: string): HTMLElement {
  return h('span', { attrs: { class: kind === 'plain' ? 'badge' : `badge ${kind}` } }, label);
}

function section(id: 'intake' | 'judging' | 'results' | 'documents' | 'steps', heading: string, ...children: Child[]): HTMLElement {
  return h('section', { attrs: { 'data-section': id, 'aria-labelledby': `heading-${id}` } }, h('h2', { attrs: { id: `heading-${id}` } }, heading), ...children);
}

/** A list that starts folded when long; `key` keeps the user's choice across re-renders. */
function fold(key: string, summary: string, long: boolean, content: HTMLElement): HTMLElement {
  if (!long) return h('div', {}, h('h3', {}, summary), content);
  return h(
    'details',
    {
      attrs: { open: state.openFolds.has(key) },
      on: {
        toggle: (event) => {
          const details = event.currentTarget as HTMLDetailsElement;
          if (details.open) state.openFolds.add(key);
          else state.openFolds.delete(key);
        },
      },
    },
    h('summary', {}, summary),
    content,
  );
}

function tallyTable(nameHeader: string, countHeader: string, rows: readonly Tally[], shortNames: ReadonlySet<string> = new Set()): HTMLElement {
  const t = text();
  return h(
    'table',
    { attrs: { class: 'tally' } },
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, nameHeader), h('th', { attrs: { scope: 'col', class: 'num' } }, countHeader))),
    h(
      'tbody',
      {},
      ...rows.map((row) => {
        const short = shortNames.has(row.name);
        return h(
          'tr',
          { attrs: { class: short ? 'short' : undefined } },
          h('td', {}, row.name, short ? h('span', { attrs: { class: 'badge warning' } }, t.intake.short) : null),
          h('td', { attrs: { class: 'num' } }, t.number(row.count)),
        );
      }),
    ),
  );
}

function headerBlock(view: DashboardView): HTMLElement {
  const t = text();
  const disabled = isBusy();
  const refreshing = state.busy === 'refresh';
  const refreshButton = h(
    'button',
    { attrs: { type: 'button', 'data-role': 'refresh', disabled, 'aria-busy': refreshing ? 'true' : undefined }, on: { click: () => void refresh() } },
    refreshing ? h('span', { attrs: { class: 'spinner', 'aria-hidden': 'true' } }) : null,
    refreshing ? ' ' : null,
    t.header.refresh,
  );
  const setUpButton = (primary: boolean): HTMLElement =>
    h('button', { attrs: { type: 'button', class: primary ? 'action' : undefined, 'data-role': 'set-up', disabled }, on: { click: () => void openWizard() } }, t.header.setUp);

  if (!view.configured) {
    return h(
      'header',
      { attrs: { class: 'dash-header' } },
      h('div', { attrs: { class: 'title-row' } }, h('h1', {}, t.header.notSetUp), refreshButton),
      h('p', { attrs: { class: 'muted' } }, t.header.notSetUpHint),
      setUpButton(true),
    );
  }
  const { errors, warnings } = view.configProblems;
  const status: Child[] =
    errors === 0 && warnings === 0
      ? [badge('ok', t.header.configOk)]
      : [
          t.header.configLabel,
          ' ',
          errors > 0 ? badge('error', t.header.errors(errors)) : null,
          errors > 0 && warnings > 0 ? ' ' : null,
          warnings > 0 ? badge('warning', t.header.warnings(warnings)) : null,
        ];
  return h(
    'header',
    { attrs: { class: 'dash-header' } },
    h('div', { attrs: { class: 'title-row' } }, h('h1', {}, view.title || t.header.untitled), refreshButton),
    h('p', { attrs: { class: 'config-status' } }, ...status),
    errors > 0 || warnings > 0 ? h('p', { attrs: { class: 'muted' } }, t.header.problemsHint) : null,
    errors > 0 || warnings > 0 ? setUpButton(false) : null,
  );
}

function intakeSection(intake: IntakeView | null): HTMLElement {
  const t = text();
  if (!intake) return section('intake', t.intake.heading, h('p', { attrs: { class: 'muted' } }, t.intake.none));
  const short = new Set(intake.unitsWithoutEntry);
  return section(
    'intake',
    t.intake.heading,
    h('p', { attrs: { class: 'total' } }, t.intake.total(intake.total)),
    intake.recent.length > 0
      ? h(
          'div',
          { attrs: { 'data-role': 'recent' } },
          h('h3', {}, t.intake.recent),
          h(
            'ul',
            { attrs: { class: 'recent' } },
            ...intake.recent.map((entry) => h('li', {}, h('strong', {}, entry.code || '—'), ' ', entry.title, h('br', {}), h('span', { attrs: { class: 'muted' } }, [entry.unit, entry.status].filter((x) => x !== '').join(' · ')))),
          ),
        )
      : null,
    intake.byStatus.length > 0 ? h('div', {}, h('h3', {}, t.intake.byStatus), tallyTable(t.intake.status, t.intake.count, intake.byStatus)) : null,
    intake.byCategory.length > 0 ? h('div', {}, h('h3', {}, t.intake.byCategory), tallyTable(t.intake.category, t.intake.count, intake.byCategory)) : null,
    intake.byUnit.length > 0 && intake.unitsWithoutEntry.length > 0
      ? h(
          'div',
          { attrs: { class: 'callout warning', 'data-role': 'units-without-entry' } },
          h('p', {}, h('strong', {}, t.intake.unitsShort(intake.unitsWithoutEntry.length))),
          h('ul', {}, ...intake.unitsWithoutEntry.map((name) => h('li', {}, name))),
        )
      : null,
    intake.byUnit.length > 0 && intake.unitsWithoutEntry.length === 0 ? h('p', { attrs: { class: 'ok' } }, t.intake.allUnitsHaveEntries) : null,
    intake.byUnit.length > 0
      ? fold(
          'units',
          intake.byUnit.length > FOLD_AFTER ? t.intake.byUnitCount(intake.byUnit.length) : t.intake.byUnit,
          intake.byUnit.length > FOLD_AFTER,
          tallyTable(t.intake.unit, t.intake.count, intake.byUnit, short),
        )
      : null,
  );
}

function roundBlock(round: RoundView): HTMLElement {
  const t = text();
  const name = t.judging.round(round.round);
  return h(
    'div',
    { attrs: { class: 'round', 'data-round': round.round } },
    h('h3', {}, name, ' ', round.locked ? badge('ok', t.judging.locked) : badge('plain', t.judging.open)),
    h('p', {}, t.judging.sheetsComplete(round.complete, round.assigned)),
    bar(round.complete, round.assigned, `${name}: ${t.judging.sheetsComplete(round.complete, round.assigned)}`),
    round.judges.length > 0
      ? h(
          'table',
          { attrs: { class: 'judges' } },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'col' } }, t.judging.judge),
              h('th', { attrs: { scope: 'col', class: 'num' } }, t.judging.done),
              h('th', { attrs: { scope: 'col', class: 'bar-cell' } }),
            ),
          ),
          h(
            'tbody',
            {},
            ...round.judges.map((judge) => {
              const detail = t.judging.judgeDetail(judge.complete, judge.partial, judge.notStarted);
              return h(
                'tr',
                { attrs: { title: detail } },
                h('td', {}, judge.name || judge.email),
                h('td', { attrs: { class: 'num' } }, `${t.number(judge.complete)}/${t.number(judge.assigned)}`),
                h('td', { attrs: { class: 'bar-cell' } }, bar(judge.complete, judge.assigned, `${judge.name || judge.email}: ${detail}`)),
              );
            }),
          ),
        )
      : null,
    round.discrepancies.length > 0
      ? fold(
          `discrepancies-${round.round}`,
          t.judging.discrepancies(round.discrepancies.length),
          round.discrepancies.length > FOLD_AFTER,
          h(
            'ul',
            { attrs: { class: 'discrepancies' } },
            ...round.discrepancies.map((d) =>
              h(
                'li',
                { attrs: { 'data-level': d.level } },
                h('span', { attrs: { class: 'code' } }, d.entryCode),
                ' ',
                h('span', { attrs: { class: 'entry-title' } }, d.title),
                h(
                  'div',
                  {},
                  badge(d.level === 'escalate' ? 'error' : 'warning', t.judging.level[d.level]),
                  ' ',
                  h('span', { attrs: { class: 'muted' } }, t.judging.spread(d.spread)),
                ),
              ),
            ),
          ),
        )
      : h('p', { attrs: { class: 'muted' } }, t.judging.noDiscrepancies),
  );
}

function judgingSection(rounds: readonly RoundView[]): HTMLElement {
  const t = text();
  if (rounds.length === 0) return section('judging', t.judging.heading, h('p', { attrs: { class: 'muted' } }, t.judging.none));
  return section('judging', t.judging.heading, ...rounds.map(roundBlock));
}

function resultsSection(results: ResultsView | null): HTMLElement {
  const t = text();
  if (!results) return section('results', t.results.heading, h('p', { attrs: { class: 'muted' } }, t.results.none));
  return section(
    'results',
    t.results.heading,
    h(
      'p',
      {},
      results.provisional ? badge('warning', t.results.provisional) : badge('ok', t.results.final),
      ' ',
      t.results.ranked(results.ranked, results.entries),
    ),
    results.provisional ? h('p', { attrs: { class: 'muted' } }, t.results.provisionalHint) : null,
    results.prizes.length === 0
      ? h('p', { attrs: { class: 'muted' } }, t.results.noPrizes)
      : h(
          'table',
          { attrs: { class: 'prizes' } },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'col' } }, t.results.prize),
              h('th', { attrs: { scope: 'col', class: 'num' } }, t.results.count),
              h('th', { attrs: { scope: 'col', class: 'num' } }, t.results.money),
            ),
          ),
          h(
            'tbody',
            {},
            ...results.prizes.map((prize) =>
              h('tr', {}, h('td', {}, prize.name), h('td', { attrs: { class: 'num' } }, t.number(prize.count)), h('td', { attrs: { class: 'num' } }, t.money(prize.money))),
            ),
          ),
          h(
            'tfoot',
            {},
            h('tr', {}, h('th', { attrs: { scope: 'row', colspan: 2 } }, t.results.total), h('td', { attrs: { class: 'num total' } }, t.money(results.money))),
          ),
        ),
  );
}

const STATUS_BADGE: Record<DocumentView['status'], 'ok' | 'warning' | 'error' | 'plain'> = {
  pending: 'warning',
  made: 'ok',
  signed: 'ok',
  failed: 'error',
  template: 'plain',
};

function documentItem(doc: DocumentView): HTMLElement {
  const t = text();
  const links: Child[] = [];
  if (doc.docUrl) links.push(' ', link(doc.docUrl, t.documents.doc));
  if (doc.pdfUrl) links.push(' ', link(doc.pdfUrl, t.documents.pdf));
  return h(
    'li',
    { attrs: { 'data-status': doc.status } },
    h('div', { attrs: { class: 'doc-name' } }, doc.name),
    h(
      'div',
      { attrs: { class: 'doc-meta' } },
      badge(STATUS_BADGE[doc.status], t.documents.status[doc.status]),
      ' ',
      h('span', { attrs: { class: 'muted' } }, t.documents.version(doc.version)),
      ...links,
    ),
  );
}

function documentsSection(view: DashboardView): HTMLElement {
  const t = text();
  const docs = view.documents;
  const counts = new Map<DocumentView['status'], number>();
  for (const doc of docs) counts.set(doc.status, (counts.get(doc.status) ?? 0) + 1);
  const pending = counts.get('pending') ?? 0;
  const progress = view.progress;
  return section(
    'documents',
    t.documents.heading,
    progress
      ? h('div', { attrs: { class: 'under-way' } }, h('p', {}, t.documents.underWay(progress.step, progress.done, progress.total)), bar(progress.done, progress.total, t.steps.label(progress.step)))
      : null,
    docs.length === 0 ? h('p', { attrs: { class: 'muted' } }, t.documents.none) : null,
    docs.length > 0
      ? h(
          'p',
          { attrs: { class: 'doc-counts' } },
          ...[...counts.entries()].flatMap(([status, n]) => [badge(STATUS_BADGE[status], t.documents.statusCount(t.documents.status[status], n)), ' ']),
        )
      : null,
    pending > 0 ? h('p', { attrs: { class: 'warning', 'data-role': 'waiting' } }, t.documents.waiting(pending)) : null,
    docs.length > 0 ? fold('documents', t.documents.list(docs.length), docs.length > FOLD_AFTER, h('ul', { attrs: { class: 'documents' } }, ...docs.map(documentItem))) : null,
    view.documentsFolderUrl ? h('p', { attrs: { class: 'folder' } }, link(view.documentsFolderUrl, t.documents.folder)) : null,
  );
}

function stepButton(step: StepId): HTMLElement {
  const t = text();
  const running = state.run?.step === step;
  const button = h(
    'button',
    {
      attrs: { type: 'button', class: running ? 'step running' : 'step', 'data-step': step, disabled: isBusy(), 'aria-busy': running ? 'true' : undefined },
      on: { click: () => void runStep(step, false) },
    },
    running ? h('span', { attrs: { class: 'spinner', 'aria-hidden': 'true' } }) : null,
    h('span', { attrs: { class: 'step-label' } }, t.steps.label(step)),
  );
  if (!running) return button;
  live.elapsed = h('span', { attrs: { class: 'elapsed' } });
  live.progress = h('div', { attrs: { class: 'step-progress' } });
  button.appendChild(live.elapsed);
  return h('div', { attrs: { class: 'step-wrap' } }, button, live.progress);
}

function noticeBlock(notice: Notice): HTMLElement {
  const t = text();
  return h(
    'div',
    { attrs: { class: notice.kind === 'info' ? 'notice' : 'notice error' } },
    notice.kind === 'failed' ? h('span', { attrs: { class: 'badge error' } }, t.steps.failed) : null,
    notice.kind === 'failed' ? ' ' : null,
    notice.title ? h('strong', {}, notice.title) : null,
    notice.title ? '\n' : null,
    notice.text,
  );
}

function questionBlock(question: { step: StepId; message: StepMessage }): HTMLElement {
  const t = text();
  return h(
    'div',
    { attrs: { class: 'question', role: 'group', 'aria-label': t.steps.question } },
    h('div', { attrs: { class: 'question-text' } }, question.message.title ? h('strong', {}, question.message.title) : null, question.message.title ? '\n' : null, question.message.text),
    h(
      'div',
      { attrs: { class: 'question-buttons' } },
      h('button', { attrs: { type: 'button', class: 'action', 'data-role': 'confirm' }, on: { click: () => void runStep(question.step, true) } }, t.steps.confirm),
      h('button', { attrs: { type: 'button', 'data-role': 'cancel' }, on: { click: () => cancelQuestion(question.step) } }, t.steps.cancel),
    ),
  );
}

function stepsSection(view: DashboardView): HTMLElement {
  const t = text();
  return section(
    'steps',
    t.steps.heading,
    !view.configured ? h('p', { attrs: { class: 'muted' } }, t.steps.notSetUp) : null,
    ...GROUP_ORDER.map((group) =>
      h(
        'div',
        { attrs: { class: 'step-group', role: 'group', 'aria-labelledby': `steps-${group}` } },
        h('h3', { attrs: { id: `steps-${group}` } }, t.steps.groups[group]),
        ...STEP_IDS.filter((step) => STEP_GROUP[step] === group).map(stepButton),
      ),
    ),
  );
}

/**
 * The page's two parts. The outcome area is made once and only its content changes: a screen
 * reader announces changes inside a live region that already exists, not a region just inserted.
 */
let layout: { content: HTMLElement; outcome: HTMLElement } | null = null;

function pageLayout(): { content: HTMLElement; outcome: HTMLElement } {
  if (!layout) {
    layout = { content: h('div'), outcome: h('div', { attrs: { class: 'outcome', 'aria-live': 'polite', 'data-role': 'outcome' } }) };
    show(appRoot(), layout.content, layout.outcome);
  }
  return layout;
}

/** Replaces what the outcome area says (after the steps, where the user clicked). */
function setOutcome(notices: Notice[], question: State['question'] = null): void {
  state.notices = notices;
  state.question = question;
  show(pageLayout().outcome, ...notices.map(noticeBlock), question ? questionBlock(question) : null);
}

function isBusy(): boolean {
  return state.busy !== null || state.run !== null;
}

/** Rebuilds the page but the outcome area; focus returns to the control that had it (found by its hook) or to `focus`. */
function render(options: { focus?: string; reveal?: boolean } = {}): void {
  const { content, outcome } = pageLayout();
  const active = document.activeElement;
  const hook = options.focus ?? (active instanceof HTMLElement ? focusHook(active) : null);
  document.documentElement.lang = state.locale;
  live.elapsed = null;
  live.progress = null;
  const t = text();
  if (!state.view) {
    show(
      content,
      state.loadError === null || state.busy !== null
        ? h('span', { attrs: { class: 'spinner', role: 'status', 'aria-label': t.loading } })
        : h('button', { attrs: { type: 'button', 'data-role': 'refresh', disabled: isBusy() }, on: { click: () => void refresh() } }, t.errors.retry),
    );
  } else {
    const view = state.view;
    show(
      content,
      headerBlock(view),
      view.configured ? intakeSection(view.intake) : null,
      view.configured ? judgingSection(view.rounds) : null,
      view.configured ? resultsSection(view.results) : null,
      view.configured ? documentsSection(view) : null,
      stepsSection(view),
    );
  }
  updateRunning();
  if (hook) {
    const target = document.querySelector<HTMLElement>(hook);
    if (target && !target.hasAttribute('disabled')) target.focus();
  }
  if (options.reveal && (state.notices.length > 0 || state.question)) outcome.scrollIntoView({ block: 'nearest' });
}

function focusHook(element: HTMLElement): string | null {
  const step = element.getAttribute('data-step');
  if (step) return `[data-step="${step}"]`;
  const role = element.getAttribute('data-role');
  return role ? `[data-role="${role}"]` : null;
}

function updateRunning(): void {
  const run = state.run;
  if (!run) return;
  const t = text();
  if (live.elapsed) show(live.elapsed, ` · ${t.steps.elapsed(Math.floor((Date.now() - run.startedAt) / 1000))}`);
  const progress = run.progress;
  if (live.progress) {
    if (progress && progress.step === run.step && progress.total > 0) {
      const label = t.steps.progress(progress.done, progress.total);
      show(live.progress, h('span', { attrs: { class: 'muted' } }, label), bar(progress.done, progress.total, label));
    } else {
      show(live.progress);
    }
  }
}

function startTimers(run: Run): void {
  ticker = window.setInterval(updateRunning, 1000);
  const poll = (): void => {
    poller = window.setTimeout(() => {
      call('sidebarProgress')
        .then((progress) => {
          if (state.run !== run) return;
          run.progress = progress;
          updateRunning();
        })
        // A missed poll only delays the progress shown; the step's own answer is what counts.
        .catch(() => undefined)
        .finally(() => {
          if (state.run === run) poll();
        });
    }, PROGRESS_POLL_MS);
  };
  poll();
}

function stopTimers(): void {
  window.clearInterval(ticker);
  window.clearTimeout(poller);
}

function adopt(view: DashboardView): void {
  state.view = view;
  state.locale = view.locale;
  state.loadError = null;
}

/** What a failed call says: `action` names what the user asked for, when it was a step or the wizard. */
function connectionNotice(detail: string, action: string | null): Notice {
  const t = text();
  return { kind: 'connection', title: action === null ? t.errors.title : t.errors.titleFor(action), text: t.errors.callFailed(detail) };
}

async function runStep(step: StepId, confirmed: boolean): Promise<void> {
  if (isBusy()) return;
  const run: Run = { step, startedAt: Date.now(), progress: null };
  state.run = run;
  setOutcome([]);
  render();
  startTimers(run);
  let outcome: StepOutcome | null = null;
  let failure: string | null = null;
  try {
    outcome = await call('sidebarRunStep', step, confirmed);
  } catch (error) {
    failure = failureText(error);
  }
  stopTimers();
  state.run = null;
  if (outcome) {
    adopt(outcome.dashboard);
    const kind = outcome.failed ? 'failed' : 'info';
    const notices: Notice[] = outcome.messages.map((m) => ({ kind, title: m.title, text: m.text }));
    if (notices.length === 0 && !outcome.question) notices.push({ kind, title: '', text: text().steps.done(step) });
    setOutcome(notices, outcome.question ? { step, message: outcome.question } : null);
  } else {
    setOutcome([connectionNotice(failure ?? '', text().steps.label(step))]);
  }
  render({ focus: state.question ? '[data-role="confirm"]' : `[data-step="${step}"]`, reveal: true });
}

function cancelQuestion(step: StepId): void {
  setOutcome([{ kind: 'info', title: '', text: text().steps.cancelled(step) }]);
  render({ focus: `[data-step="${step}"]`, reveal: true });
}

async function refresh(): Promise<void> {
  if (isBusy()) return;
  state.busy = 'refresh';
  render();
  try {
    adopt(await call('sidebarDashboard'));
    if (state.notices.some((n) => n.kind === 'connection')) setOutcome(state.notices.filter((n) => n.kind !== 'connection'), state.question);
  } catch (error) {
    loadFailed(failureText(error));
  }
  state.busy = null;
  render({ reveal: true });
}

async function openWizard(): Promise<void> {
  if (isBusy()) return;
  state.busy = 'setUp';
  render();
  try {
    await call('menuSetUpContest');
    setOutcome([{ kind: 'info', title: '', text: text().header.wizardOpened }]);
  } catch (error) {
    setOutcome([connectionNotice(failureText(error), text().header.setUp)]);
  }
  state.busy = null;
  render({ reveal: true });
}

/** Before any view arrived the page offers "try again"; after, the last view stays and a notice says what failed. */
function loadFailed(detail: string): void {
  if (state.view) {
    setOutcome([connectionNotice(detail, null)]);
    return;
  }
  state.loadError = detail;
  setOutcome([{ kind: 'connection', title: text().errors.title, text: text().errors.loadFailed(detail) }]);
}

/** The first load: only the page's spinner shows until the server answers. */
async function load(): Promise<void> {
  try {
    adopt(await call('sidebarDashboard'));
  } catch (error) {
    loadFailed(failureText(error));
  }
  render();
}

void load();
