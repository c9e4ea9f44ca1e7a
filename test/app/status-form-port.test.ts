// GoogleForms.setChoices on the emulator: the status form's lists follow the replication plan with
// a fixed number of service calls, whatever the number of choices.

import { presetById } from '../../src/core/config/presets';
import type { Agency, Initiative } from '../../src/core/replication/replication-model';
import { STATUS_FORM_TITLES, statusFormChoices, statusFormSpec, statusReportOf } from '../../src/core/replication/status-form';
import { GoogleForms } from '../../src/workspace/google-form';
import { freshWorkbook } from './emulated-workbook';

const config = presetById('hauGiang2024').build();
const initiative = (n: number): Initiative => ({
  code: `HG2024-${String(n).padStart(3, '0')}`,
  title: `Sáng kiến số ${n}`,
  ownerUnit: 'Sở Nội vụ',
  category: '',
  summary: '',
  decision: '',
  year: 2024,
  source: 'contest',
  entryCode: '',
  prize: '',
});
const AGENCIES: Agency[] = config.units.map((u) => ({ code: u.code, name: u.name, emails: [] }));
const INITIATIVES = Array.from({ length: 300 }, (_, i) => initiative(i + 1));
/** The first `count` initiatives, each assigned to the first agency. */
const planOf = (count: number) => INITIATIVES.slice(0, count).map((i) => ({ initiativeCode: i.code, agencyCode: AGENCIES[0].code }));

function setUp() {
  const { emu } = freshWorkbook();
  const forms = new GoogleForms(emu.activeSpreadsheet.getId());
  const { id } = forms.createLinkedForm(statusFormSpec(config, INITIATIVES, AGENCIES, planOf(3)), []);
  const choicesOf = (title: string) => emu.inspect.form(id).items.find((i) => i.title === title)!.choices;
  return { emu, forms, id, choicesOf };
}

describe('refreshing the status form’s choices', () => {
  it('replaces the lists with the plan’s, and a report answered with a new choice reads back', () => {
    const { emu, forms, id, choicesOf } = setUp();
    expect(choicesOf(STATUS_FORM_TITLES.initiative)).toEqual(['HG2024-001 – Sáng kiến số 1', 'HG2024-002 – Sáng kiến số 2', 'HG2024-003 – Sáng kiến số 3']);
    const plan = [...planOf(2), { initiativeCode: 'HG2024-150', agencyCode: AGENCIES[1].code }];
    expect(forms.setChoices(id, statusFormChoices(statusFormSpec(config, INITIATIVES, AGENCIES, plan)))).toEqual([]);
    expect(choicesOf(STATUS_FORM_TITLES.initiative)).toEqual(['HG2024-001 – Sáng kiến số 1', 'HG2024-002 – Sáng kiến số 2', 'HG2024-150 – Sáng kiến số 150']);
    expect(choicesOf(STATUS_FORM_TITLES.agency)).toEqual([`${AGENCIES[0].code} – ${AGENCIES[0].name}`, `${AGENCIES[1].code} – ${AGENCIES[1].name}`]);
    emu.forms.respond(
      id,
      {
        [STATUS_FORM_TITLES.agency]: `${AGENCIES[1].code} – ${AGENCIES[1].name}`,
        [STATUS_FORM_TITLES.initiative]: 'HG2024-150 – Sáng kiến số 150',
        [STATUS_FORM_TITLES.status]: 'Đang áp dụng',
        [STATUS_FORM_TITLES.reporter]: 'Lê Văn Tám, Chánh Văn phòng, 0293 3870 000',
      },
      { respondent: 'VP@demo.example' },
    );
    const [report] = forms.responses(id).map(statusReportOf);
    expect([report.agencyCode, report.initiativeCode, report.status, report.respondentEmail]).toEqual([
      AGENCIES[1].code,
      'HG2024-150',
      'applying',
      'vp@demo.example',
    ]);
  });

  it('makes the same service calls for 300 choices as for 3: one openById, one getItems, one setChoiceValues per question', () => {
    const { emu, forms, id, choicesOf } = setUp();
    const callsFor = (count: number) => {
      emu.meter.reset();
      forms.setChoices(id, statusFormChoices(statusFormSpec(config, INITIATIVES, AGENCIES, planOf(count))));
      return emu.meter.snapshot().byMethod;
    };
    const few = callsFor(3);
    const many = callsFor(300);
    expect(choicesOf(STATUS_FORM_TITLES.initiative)).toHaveLength(300);
    expect(Object.fromEntries(Object.entries(many).map(([m, s]) => [m, s.calls]))).toEqual(
      Object.fromEntries(Object.entries(few).map(([m, s]) => [m, s.calls])),
    );
    expect([many['FormApp.openById'].calls, many['Form.getItems'].calls, many['ListItem.setChoiceValues'].calls, many['MultipleChoiceItem.setChoiceValues'].calls]).toEqual([
      1, 1, 2, 1,
    ]);
  });

  it('tries a choice question again when Forms is busy for a moment', () => {
    const { emu, forms, id, choicesOf } = setUp();
    emu.faults.failOn({ method: 'ListItem.setChoiceValues', error: 'transient' });
    expect(forms.setChoices(id, statusFormChoices(statusFormSpec(config, INITIATIVES, AGENCIES, planOf(5))))).toEqual([]);
    expect(emu.faults.injected).toHaveLength(1);
    expect(choicesOf(STATUS_FORM_TITLES.initiative)).toHaveLength(5);
  });

  it('reports the titles it did not find, a text question among them, and leaves every other question as it was', () => {
    const { emu, forms, id } = setUp();
    const before = emu.inspect.form(id).items;
    const missing = forms.setChoices(id, {
      'Câu hỏi đã xóa': ['A', 'B'],
      [STATUS_FORM_TITLES.reporter]: ['Không phải câu hỏi lựa chọn'],
      [STATUS_FORM_TITLES.status]: ['Chưa triển khai', 'Đã áp dụng'],
    });
    expect(missing).toEqual(['Câu hỏi đã xóa', STATUS_FORM_TITLES.reporter]);
    const after = emu.inspect.form(id).items;
    expect(after.map((i) => [i.title, i.choices])).toEqual(
      before.map((i) => [i.title, i.title === STATUS_FORM_TITLES.status ? ['Chưa triển khai', 'Đã áp dụng'] : i.choices]),
    );
  });
});
