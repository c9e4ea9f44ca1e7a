// A list of the draft (categories, units, members, criteria, prize tiers) as a table: one row per
// item, a control per column, add and remove buttons, and optionally a box to paste rows copied
// from a spreadsheet (lists of units run to dozens of rows). Adding or removing re-renders the step.

import { MEMBER_ROLE_WORDS, wordsHint } from '../../core/config/workbook-vocabulary';
import { h, type Child } from './client-kit';
import type { PasteBox, StepContext } from './wizard-context';
import { moveProblems, problemSlot } from './wizard-fields';
import type { PasteRejection, PasteResult } from './wizard-paste';

export interface ListColumn<T> {
  /** The item's property: the control's path is "<list>[<index>].<key>". */
  key: string;
  label: string;
  control(item: T, path: string, label: string): HTMLElement;
  /** A column for long text (names, descriptions) takes the room left. */
  wide?: boolean;
}

export interface ListSpec<T> {
  /** The list's model path, e.g. "categories": problems about the list as a whole point here. */
  path: string;
  title: string;
  hint?: string;
  items: T[];
  columns: readonly ListColumn<T>[];
  blank(): T;
  paste?: { columns: readonly string[]; read(text: string): PasteResult<T> };
  /** Shown under the table (a rubric's maximum). */
  footer?: Child;
}

function rejectionText(ctx: StepContext, rejection: PasteRejection): string {
  const t = ctx.text.paste;
  switch (rejection.reason) {
    case 'tooManyColumns':
      return t.tooManyColumns(rejection.line, rejection.count, rejection.most);
    case 'roleUnknown':
      // The pasted words are the members sheet's, Vietnamese whatever the interface language.
      return t.roleUnknown(rejection.line, rejection.value, wordsHint(MEMBER_ROLE_WORDS));
  }
}

function pasteSection<T>(ctx: StepContext, spec: ListSpec<T>, paste: NonNullable<ListSpec<T>['paste']>): HTMLElement {
  const t = ctx.text.paste;
  const box: PasteBox = ctx.pastes.get(spec.path) ?? { text: '', report: null };
  ctx.pastes.set(spec.path, box);
  const area = h('textarea', { attrs: { rows: 3, 'data-role': 'paste-text', spellcheck: 'false', wrap: 'off' } });
  area.value = box.text;
  area.addEventListener('input', () => {
    box.text = area.value;
  });
  const apply = h('button', { attrs: { type: 'button', 'data-role': 'paste-apply' } }, t.apply);
  apply.addEventListener('click', () => {
    const result = paste.read(area.value);
    spec.items.push(...result.rows);
    box.text = result.rejected.map((r) => r.text).join('\n');
    box.report = { added: result.rows.length, headerSkipped: result.headerSkipped, rejected: result.rejected.map((r) => r.rejection) };
    if (result.rows.length > 0) ctx.changed();
    ctx.rerender();
    document.querySelector<HTMLElement>(`[data-path="${spec.path}"] [data-role="paste-apply"]`)?.focus();
  });
  const report = box.report;
  const reportLines: Child[] = [];
  if (report) {
    const nothing = report.added === 0 && report.rejected.length === 0;
    reportLines.push(h('p', { attrs: { class: report.added > 0 ? 'ok' : 'muted' } }, nothing ? t.nothing : t.added(report.added)));
    if (report.headerSkipped) reportLines.push(h('p', { attrs: { class: 'muted' } }, t.headerSkipped));
    if (report.rejected.length > 0) {
      reportLines.push(
        h('div', { attrs: { class: 'notice warning' } }, t.kept, h('ul', {}, ...report.rejected.map((r) => h('li', {}, rejectionText(ctx, r))))),
      );
    }
  }
  // Always in view: pasting a column pair is how a clerk fills a list of dozens of units.
  area.id = `${spec.path.replace(/[^A-Za-z0-9_-]/g, '_')}-paste`;
  return h(
    'div',
    { attrs: { class: 'paste' } },
    h('label', { attrs: { for: area.id } }, t.title),
    h('p', { attrs: { class: 'hint muted' } }, t.hint(paste.columns)),
    area,
    h('div', { attrs: { class: 'list-actions' } }, apply),
    h('div', { attrs: { role: 'status' } }, ...reportLines),
  );
}

export function listEditor<T>(ctx: StepContext, spec: ListSpec<T>): HTMLElement {
  const t = ctx.text.listEditor;
  const firstKey = spec.columns[0]?.key;
  const rowPath = (index: number): string => `${spec.path}[${index}]`;
  const rows = spec.items.flatMap((item, index) => {
    const remove = h('button', { attrs: { type: 'button', class: 'remove', 'data-role': 'remove-row', 'aria-label': t.removeRow(index + 1), title: t.removeRow(index + 1) } }, '✕');
    remove.addEventListener('click', () => {
      spec.items.splice(index, 1);
      ctx.changed();
      const next = index < spec.items.length ? index : index - 1;
      ctx.rerender(next >= 0 && firstKey ? `${rowPath(next)}.${firstKey}` : spec.path);
    });
    const cells = spec.columns.map((column) => {
      const path = `${rowPath(index)}.${column.key}`;
      return { path, cell: h('td', { attrs: { class: column.wide ? 'wide' : undefined } }, column.control(item, path, `${column.label} (${index + 1})`)) };
    });
    const slot = problemSlot(rowPath(index));
    for (const { path } of cells) moveProblems(ctx, path, slot);
    return [
      h('tr', {}, h('td', { attrs: { class: 'num row-number' } }, index + 1), ...cells.map((c) => c.cell), h('td', {}, remove)),
      h('tr', { attrs: { class: 'row-problems' } }, h('td', {}), h('td', { attrs: { colspan: spec.columns.length + 1 } }, slot)),
    ];
  });
  const add = h('button', { attrs: { type: 'button', 'data-role': 'add-row' } }, `+ ${t.addRow}`);
  add.addEventListener('click', () => {
    spec.items.push(spec.blank());
    ctx.changed();
    ctx.rerender(firstKey ? `${rowPath(spec.items.length - 1)}.${firstKey}` : spec.path);
  });
  const slot = problemSlot(spec.path);
  const table =
    rows.length === 0
      ? h('p', { attrs: { class: 'muted' } }, t.empty)
      : h(
          'table',
          { attrs: { class: 'list-table' } },
          h(
            'thead',
            {},
            h('tr', {}, h('th', { attrs: { class: 'num' } }, t.rowNumber), ...spec.columns.map((c) => h('th', { attrs: { class: c.wide ? 'wide' : undefined } }, c.label)), h('th', {})),
          ),
          h('tbody', {}, ...rows),
        );
  const container = h(
    'section',
    { attrs: { class: 'list-editor', 'data-path': spec.path } },
    h('div', { attrs: { class: 'list-head' } }, h('h3', {}, spec.title), h('span', { attrs: { class: 'badge' } }, t.count(spec.items.length))),
    spec.hint ? h('p', { attrs: { class: 'hint muted' } }, spec.hint) : null,
    slot,
    table,
    spec.footer,
    h('div', { attrs: { class: 'list-actions' } }, add),
    spec.paste ? pasteSection(ctx, spec, spec.paste) : null,
  );
  ctx.hooks.set(spec.path, { marked: container, slot, focus: add });
  return container;
}
