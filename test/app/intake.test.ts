import { receiveResponse, sendQueuedReceipts, setUpEntryForm, syncEntries, RECEIPT_STATES, type IntakePorts } from '../../src/app/intake';
import type { FormResponseData, FormsPort, MailPort, TriggersPort } from '../../src/app/ports';
import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../../src/core/intake/entries-sheet';
import { buildFormSpec, ORIGINALITY_CHOICE, type FormSpec } from '../../src/core/intake/form-spec';
import { intakeWording } from '../../src/ui/intake-flow';
import { freshWorkbook, registerRows as register } from './emulated-workbook';
import { DocumentLock, DocumentState } from '../../src/workspace/script-services';

/** Forms, triggers and mail as simple fakes; the spreadsheet, properties and lock are the emulator's. */
function setUp(quota = 100) {
  const { emu, workbook } = freshWorkbook();
  const config: ContestConfig = presetById('hauGiang2024').build();
  config.members = [{ name: 'Nguyễn Thị Thu Hà', email: 'ha.ntt@demo.example', role: 'judge', unit: 'Sở Nội vụ', position: '' }];
  const forms = { created: 0, stored: [] as FormResponseData[] };
  const formsPort: FormsPort = {
    createLinkedForm: () => ((forms.created += 1), { id: `form-${forms.created}`, url: 'https://forms.example/f' }),
    exists: (id) => id === `form-${forms.created}`,
    responses: () => forms.stored,
    setChoices: () => [],
  };
  const triggers = { submit: 0, daily: 0, open: 0 };
  const triggersPort: TriggersPort = {
    formSubmitTriggers: () => triggers.submit,
    createFormSubmitTrigger: () => void (triggers.submit += 1),
    ensureDailyTrigger: () => void (triggers.daily = 1),
    ensureOpenTrigger: () => void (triggers.open = 1),
    ensureEditTrigger: () => undefined,
    setTimedTrigger: () => undefined,
  };
  const sent: { to: string; subject: string; body: string }[] = [];
  const mail: MailPort = {
    remainingQuota: () => quota - sent.length,
    send: (to, subject, body) => void sent.push({ to, subject, body }),
  };
  const ports: IntakePorts = { workbook, forms: formsPort, triggers: triggersPort, mail, state: new DocumentState(), lock: new DocumentLock() };
  return { emu, config, ports, forms, triggers, sent, spec: buildFormSpec(config), wording: intakeWording(config) };
}

function answersFor(spec: FormSpec, values: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).map(([key, v]) => [spec.questions.find((q) => q.key === key)!.title, v]));
}

function goodEntry(spec: FormSpec, title = 'Số hóa hồ sơ một cửa bằng mã QR', extra: Record<string, string | string[]> = {}) {
  return answersFor(spec, {
    kind: 'Cá nhân',
    'author1.familyName': 'Lê',
    'author1.middleName': 'Văn',
    'author1.givenName': 'Tám',
    'author1.email': 'tam.lv@demo.example',
    unit: 'Sở Tư pháp',
    category: 'Cải cách thủ tục hành chính',
    title,
    format: 'Bài viết',
    length: '1500',
    situation: 'Người dân phải chờ lâu.',
    solution: `${title}: cấp mã QR cho từng hồ sơ để tra cứu trạng thái.`,
    originality: [ORIGINALITY_CHOICE],
    ...extra,
  });
}

const response = (id: string, answers: Record<string, string | string[]>, at = '2024-07-15T09:00:00+07:00', email = ''): FormResponseData => ({
  responseId: id,
  timestamp: new Date(at),
  respondentEmail: email,
  answers,
});

describe('creating the entry form', () => {
  it('creates one form and one submit trigger however many times it runs', () => {
    const { config, ports, forms, triggers } = setUp();
    const first = setUpEntryForm(config, ports);
    const second = setUpEntryForm(config, ports);
    expect([first, second].map((r) => r.kind === 'ready' && r.formCreated)).toEqual([true, false]);
    expect([forms.created, triggers.submit, triggers.daily, triggers.open]).toEqual([1, 1, 1, 1]);
  });

  it('never replaces a recorded form it cannot open unless told to: it may be another secretary\'s, still receiving entries', () => {
    const { config, ports, forms } = setUp();
    setUpEntryForm(config, ports);
    const unreachable = { ...ports, forms: { ...ports.forms, exists: () => false } };
    expect(setUpEntryForm(config, unreachable)).toEqual({ kind: 'unreachable', formId: 'form-1' });
    expect(forms.created).toBe(1);
    expect(syncEntries(config, unreachable, intakeWording(config))).toMatchObject({ created: 0, formUnreachable: true });
    expect(setUpEntryForm(config, unreachable, true)).toMatchObject({ kind: 'ready', formId: 'form-2', formCreated: true });
  });
});

describe('receiving a submission', () => {
  it('gives a sequential code, writes the checks in Vietnamese and queues then sends a receipt', () => {
    const { emu, config, ports, spec, wording, sent } = setUp();
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec)));
    receiveResponse(config, ports, wording, response('r2', goodEntry(spec, 'Chatbot trả lời thủ tục hành chính'), '2024-08-17T08:00:00+07:00'));
    const rows = register(emu);
    expect(rows.map((r) => [r[ENTRY_COLUMNS.code], r[ENTRY_COLUMNS.status], r[ENTRY_COLUMNS.receipt]])).toEqual([
      ['HG2024-001', 'Hợp lệ', RECEIPT_STATES.sent],
      ['HG2024-002', 'Cần xem xét', RECEIPT_STATES.sent],
    ]);
    expect(String(rows[1][ENTRY_COLUMNS.reasons])).toMatch(/16\/08\/2024/);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([
      ['tam.lv@demo.example', 'Biên nhận bài dự thi HG2024-001'],
      ['tam.lv@demo.example', 'Biên nhận bài dự thi HG2024-002'],
    ]);
  });

  it('changes nothing on a second event for the same response, or a blank one', () => {
    const { emu, config, ports, spec, wording } = setUp();
    const r = response('r1', goodEntry(spec));
    expect(receiveResponse(config, ports, wording, r).kind).toBe('created');
    expect(receiveResponse(config, ports, wording, r).kind).toBe('unchanged');
    expect(receiveResponse(config, ports, wording, response('r1', {})).kind).toBe('blankEvent');
    expect(register(emu)).toHaveLength(1);
  });

  it('updates the entry of an edited response, keeping its code', () => {
    const { emu, config, ports, spec, wording } = setUp();
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec)));
    const edited = receiveResponse(config, ports, wording, response('r1', goodEntry(spec, 'Số hóa hồ sơ một cửa (bản sửa)')));
    expect(edited).toMatchObject({ kind: 'updated', code: 'HG2024-001' });
    expect(register(emu).map((r) => r[ENTRY_COLUMNS.title])).toEqual(['Số hóa hồ sơ một cửa (bản sửa)']);
  });

  it('stores an ineligible author’s entry as invalid, with the reason, and hostile text as text', () => {
    const { emu, config, ports, spec, wording } = setUp();
    const hostile = '=IMPORTXML("http://x.example";"//a")';
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec, hostile, { 'author1.familyName': 'Nguyễn', 'author1.middleName': 'Thị Thu', 'author1.givenName': 'Hà', 'author1.email': 'HA.NTT@demo.example' })));
    const [row] = register(emu);
    expect(row[ENTRY_COLUMNS.status]).toBe('Không hợp lệ');
    expect(String(row[ENTRY_COLUMNS.reasons])).toContain('Nguyễn Thị Thu Hà');
    expect(row[ENTRY_COLUMNS.title]).toBe(hostile);
    expect(emu.inspect.sheetNames()).toContain(ENTRIES_SHEET);
    expect(emu.activeSpreadsheet.getSheetByName(ENTRIES_SHEET)!.getDataRange().getFormulas().flat().filter((f) => f !== '')).toEqual([]);
  });

  it('flags a near-duplicate with the closest entry and its similarity, never rejecting it', () => {
    const { emu, config, ports, spec, wording } = setUp();
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec)));
    receiveResponse(config, ports, wording, response('r2', goodEntry(spec, 'So hoa ho so mot cua bang ma QR')));
    const second = register(emu)[1];
    expect(second[ENTRY_COLUMNS.closest]).toBe('HG2024-001');
    expect(Number(second[ENTRY_COLUMNS.similarity])).toBeGreaterThanOrEqual(50);
    expect(second[ENTRY_COLUMNS.status]).toBe('Cần xem xét');
  });
});

describe('receipts and the daily mail quota', () => {
  it('keeps receipts queued when the quota is spent and sends them later, never dropping one', () => {
    const { emu, config, ports, spec, wording, sent } = setUp(1);
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec)));
    receiveResponse(config, ports, wording, response('r2', goodEntry(spec, 'Chatbot trả lời thủ tục hành chính')));
    expect(register(emu).map((r) => r[ENTRY_COLUMNS.receipt])).toEqual([RECEIPT_STATES.sent, RECEIPT_STATES.queued]);
    sent.length = 0; // a new day
    expect(sendQueuedReceipts(config, ports, wording)).toEqual({ sent: 1, queued: 0 });
    expect(register(emu).map((r) => r[ENTRY_COLUMNS.receipt])).toEqual([RECEIPT_STATES.sent, RECEIPT_STATES.sent]);
  });
});

describe('syncing from the form', () => {
  it('rebuilds missed entries in one pass, and a second sync changes nothing', () => {
    const { emu, config, ports, spec, wording, forms } = setUp();
    setUpEntryForm(config, ports);
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec)));
    forms.stored.push(
      response('r1', goodEntry(spec)),
      response('r2', goodEntry(spec, 'Chatbot trả lời thủ tục hành chính'), '2024-07-16T09:00:00+07:00'),
      response('r3', goodEntry(spec, 'Họp không giấy tờ tại UBND'), '2024-07-17T09:00:00+07:00'),
    );
    expect(syncEntries(config, ports, wording)).toEqual({ created: 2, updated: 0, unchanged: 1, formUnreachable: false, triggerRecreated: false });
    expect(syncEntries(config, ports, wording)).toEqual({ created: 0, updated: 0, unchanged: 3, formUnreachable: false, triggerRecreated: false });
    expect(register(emu).map((r) => r[ENTRY_COLUMNS.code])).toEqual(['HG2024-001', 'HG2024-002', 'HG2024-003']);
  });
});

describe('hostile and malformed answers', () => {
  it.each([
    ['a formula', '=HYPERLINK("http://x.example","bấm vào")'],
    ['a leading plus', '+84912345678'],
    ['a leading at sign', '@SUM(A1:A9)'],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['a placeholder', '{{so_quyet_dinh}}'],
    // Over Sheets' 50,000 characters per cell: cut to fit, the whole answer stays in the Form.
    ['very long text', 'Giải pháp '.repeat(6_000)],
    ['a date-looking text', '16/8/2024'],
  ])('stores %s as the text it is, never evaluated', (_what, hostile) => {
    const { emu, config, ports, spec, wording } = setUp();
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec, hostile, { situation: hostile })));
    const [row] = register(emu);
    expect(row[ENTRY_COLUMNS.title]).toEqual(hostile.length < 50_000 ? hostile : expect.stringMatching(/đã cắt bớt/));
    expect(emu.activeSpreadsheet.getSheetByName(ENTRIES_SHEET)!.getDataRange().getFormulas().flat().filter((f) => f !== '')).toEqual([]);
  });

  it('stores a response with every field missing as invalid, saying what is missing', () => {
    const { emu, config, ports, wording } = setUp();
    receiveResponse(config, ports, wording, response('r1', { 'Câu hỏi lạ': 'trả lời' }));
    const [row] = register(emu);
    expect(row[ENTRY_COLUMNS.status]).toBe('Không hợp lệ');
    expect(String(row[ENTRY_COLUMNS.reasons]).split('\n').length).toBeGreaterThan(3);
    expect(row[ENTRY_COLUMNS.otherAnswers]).toBe('Câu hỏi lạ: trả lời');
  });
});

describe('ideas already applied in the province', () => {
  it('compares a new entry with the applied-ideas sheet too', () => {
    const { emu, config, ports, spec, wording } = setUp();
    emu.activeSpreadsheet.insertSheet('Ý tưởng đã áp dụng').getRange(1, 1, 2, 3).setValues([
      ['Mã', 'Tên', 'Tóm tắt'],
      ['AD-2023-04', 'Số hóa hồ sơ một cửa bằng mã QR', 'Cấp mã QR cho từng hồ sơ để tra cứu trạng thái.'],
    ]);
    receiveResponse(config, ports, wording, response('r1', goodEntry(spec)));
    expect(register(emu)[0][ENTRY_COLUMNS.closest]).toBe('AD-2023-04');
  });
});
