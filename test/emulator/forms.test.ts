import { createEmulator, FORM_MESSAGES, FORMS_AND_MAIL_COSTS, LATENCY } from './index';

const OWNER = 'thuky@so.gov.vn';
const JUDGE = 'gk1@so.gov.vn';

type Scope = Record<string, unknown>;

function setup(scope: Scope = {}, options: { latency?: 'model' | 'off'; userLocale?: string } = {}) {
  const emu = createEmulator({
    latency: options.latency ?? 'off',
    owner: OWNER,
    editors: [JUDGE],
    scope,
    userLocale: options.userLocale,
    startTime: new Date('2026-07-01T08:00:00+07:00'),
  });
  const { FormApp, ScriptApp, SpreadsheetApp, Session } = emu.globals;
  return { emu, FormApp, ScriptApp, SpreadsheetApp, Session };
}

/** The intake form of a contest, built as the add-on builds it. */
function buildIntakeForm(FormApp: GoogleAppsScript.Forms.FormApp): GoogleAppsScript.Forms.Form {
  const form = FormApp.create('Hội thi sáng kiến CCHC 2026');
  form.setDescription('Mỗi đơn vị gửi tối đa 3 sáng kiến.').setConfirmationMessage('Đã nhận bài dự thi.').setAllowResponseEdits(true);
  form.addSectionHeaderItem().setTitle('Thông tin tác giả').setHelpText('Ghi đúng họ tên trên CCCD');
  form.addTextItem().setTitle('Họ và tên').setRequired(true);
  form.addListItem().setTitle('Đơn vị').setChoiceValues(['UBND xã A', 'UBND xã B']).setRequired(true);
  form.addPageBreakItem().setTitle('Sáng kiến');
  form.addParagraphTextItem().setTitle('Mô tả sáng kiến');
  form.addMultipleChoiceItem().setTitle('Cấp áp dụng').setChoiceValues(['Xã', 'Huyện', 'Tỉnh']);
  form.addCheckboxItem().setTitle('Lĩnh vực').setChoiceValues(['Thể chế', 'TTHC', 'Số hóa']);
  form.addDateItem().setTitle('Ngày áp dụng');
  form.addScaleItem().setTitle('Mức độ lan tỏa').setBounds(1, 10);
  return form;
}

const ENTRY = {
  'Họ và tên': 'Trần Thị Bình',
  'Đơn vị': 'UBND xã A',
  'Mô tả sáng kiến': 'Một cửa điện tử',
  'Cấp áp dụng': 'Huyện',
  'Lĩnh vực': ['Thể chế', 'TTHC'],
  'Ngày áp dụng': '2026-03-15',
  'Mức độ lan tỏa': 8,
};

describe('building a form', () => {
  test('a form built item by item reads back with its settings, items and choices', () => {
    const { emu, FormApp } = setup();
    const id = buildIntakeForm(FormApp).getId();
    const form = FormApp.openById(id);
    expect([form.getTitle(), form.getDescription(), form.getConfirmationMessage()]).toEqual([
      'Hội thi sáng kiến CCHC 2026',
      'Mỗi đơn vị gửi tối đa 3 sáng kiến.',
      'Đã nhận bài dự thi.',
    ]);
    expect([form.canEditResponse(), form.collectsEmail(), form.isAcceptingResponses(), form.hasLimitOneResponsePerUser()]).toEqual([
      true, false, true, false,
    ]);
    expect(form.getItems().map((i) => [String(i.getType()), i.getTitle(), i.getIndex()])).toEqual([
      ['SECTION_HEADER', 'Thông tin tác giả', 0],
      ['TEXT', 'Họ và tên', 1],
      ['LIST', 'Đơn vị', 2],
      ['PAGE_BREAK', 'Sáng kiến', 3],
      ['PARAGRAPH_TEXT', 'Mô tả sáng kiến', 4],
      ['MULTIPLE_CHOICE', 'Cấp áp dụng', 5],
      ['CHECKBOX', 'Lĩnh vực', 6],
      ['DATE', 'Ngày áp dụng', 7],
      ['SCALE', 'Mức độ lan tỏa', 8],
    ]);
    const [fields] = form.getItems(FormApp.ItemType.CHECKBOX);
    const checkbox = form.getItemById(fields.getId()).asCheckboxItem();
    expect(checkbox.getChoices().map((c) => c.getValue())).toEqual(['Thể chế', 'TTHC', 'Số hóa']);
    expect(form.getItems(FormApp.ItemType.TEXT)[0].asTextItem().isRequired()).toBe(true);
    expect(form.getItems(FormApp.ItemType.SCALE)[0].asScaleItem().getUpperBound()).toBe(10);
    expect(form.getItems()[0].getHelpText()).toBe('Ghi đúng họ tên trên CCCD');
    expect(form.getItemById(12345)).toBeNull();
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${id}/edit`);
    expect(emu.inspect.form(id).items.find((i) => i.title === 'Đơn vị')).toMatchObject({
      type: 'LIST', required: true, choices: ['UBND xã A', 'UBND xã B'],
    });
  });

  test('setChoices takes choices made by createChoice; moveItem and deleteItem reorder and remove', () => {
    const { emu, FormApp } = setup();
    const form = FormApp.create('Khảo sát');
    const mc = form.addMultipleChoiceItem().setTitle('Xếp loại');
    mc.setChoices([mc.createChoice('Tốt'), mc.createChoice('Khá')]);
    form.addTextItem().setTitle('Ghi chú');
    const moved = form.moveItem(1, 0);
    expect(moved.getTitle()).toBe('Ghi chú');
    form.deleteItem(0);
    expect(emu.inspect.form(form.getId()).items.map((i) => [i.title, i.choices])).toEqual([['Xếp loại', ['Tốt', 'Khá']]]);
    expect(() => form.deleteItem(3)).toThrow(FORM_MESSAGES.invalidArgument('index'));
  });

  test('a generic Item has only the common methods until cast, and a wrong cast fails as in Apps Script', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Khảo sát');
    form.addMultipleChoiceItem().setTitle('Cấp').setChoiceValues(['Xã']);
    const [item] = form.getItems();
    expect(() => (item as unknown as GoogleAppsScript.Forms.TextItem).setRequired(true)).toThrow(TypeError);
    expect(() => item.asTextItem()).toThrow('Invalid conversion for item type: MULTIPLE_CHOICE');
    item.asMultipleChoiceItem().setRequired(true);
    expect(form.getItems()[0].asMultipleChoiceItem().isRequired()).toBe(true);
  });

  test('opening needs edit access and full authorization; a spreadsheet-bound script has no active form', () => {
    const { emu, FormApp } = setup();
    const id = FormApp.create('Riêng tư').getId();
    expect(() => emu.runAs(JUDGE, () => FormApp.openById(id))).toThrow(FORM_MESSAGES.notFound);
    expect(() => FormApp.openById('emu-form-999')).toThrow(FORM_MESSAGES.notFound);
    FormApp.openById(id).addEditor(JUDGE);
    expect(emu.runAs(JUDGE, () => FormApp.openById(id).getTitle())).toBe('Riêng tư');
    expect(() => emu.runAs({ kind: 'simpleTrigger', authMode: 'LIMITED' }, () => FormApp.openById(id))).toThrow(
      'You do not have permission to call FormApp.openById. Required permissions: https://www.googleapis.com/auth/forms',
    );
    expect(FormApp.getActiveForm()).toBeNull();
    expect(() => FormApp.create('')).toThrow(FORM_MESSAGES.invalidArgument('title'));
  });
});

describe('responses reach the linked sheet and the triggers', () => {
  test('a response lands in the response sheet Forms creates, and both kinds of trigger get their event objects', () => {
    const seen: Scope[] = [];
    const scope: Scope = {
      onSheetSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit) {
        seen.push({
          kind: 'sheet',
          keys: Object.keys(e).sort(),
          values: e.values,
          named: e.namedValues,
          a1: `${e.range.getSheet().getName()}!${e.range.getA1Notation()}`,
          authMode: String(e.authMode),
          triggerUid: e.triggerUid,
          runsAs: emu.globals.Session.getEffectiveUser().getEmail(),
        });
      },
      onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit) {
        seen.push({
          kind: 'form',
          keys: Object.keys(e).sort(),
          id: e.response.getId(),
          answers: e.response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]),
          source: e.source.getId(),
          triggerUid: e.triggerUid,
        });
      },
    };
    const { emu, FormApp, ScriptApp, SpreadsheetApp } = setup(scope);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const form = buildIntakeForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
    const sheetTrigger = ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
    const formTrigger = emu.runAs(JUDGE, () => ScriptApp.newTrigger('onFormSubmit').forForm(form).onFormSubmit().create());

    const out = emu.forms.respond(form, ENTRY);

    expect(emu.inspect.sheetNames()).toEqual(['Câu trả lời biểu mẫu 1', 'Sheet1']);
    const headers = ['Dấu thời gian', 'Họ và tên', 'Đơn vị', 'Mô tả sáng kiến', 'Cấp áp dụng', 'Lĩnh vực', 'Ngày áp dụng', 'Mức độ lan tỏa'];
    const row = ['1/7/2026 8:00:00', 'Trần Thị Bình', 'UBND xã A', 'Một cửa điện tử', 'Huyện', 'Thể chế, TTHC', '15/3/2026', '8'];
    expect(emu.inspect.displayValues('Câu trả lời biểu mẫu 1')).toEqual([headers, row]);
    expect(out.row).toBe(2);
    expect(seen).toEqual([
      {
        kind: 'form',
        keys: ['authMode', 'response', 'source', 'triggerUid'],
        id: out.responseId,
        answers: [
          ['Họ và tên', 'Trần Thị Bình'],
          ['Đơn vị', 'UBND xã A'],
          ['Mô tả sáng kiến', 'Một cửa điện tử'],
          ['Cấp áp dụng', 'Huyện'],
          ['Lĩnh vực', ['Thể chế', 'TTHC']],
          ['Ngày áp dụng', '2026-03-15'],
          ['Mức độ lan tỏa', '8'],
        ],
        source: form.getId(),
        triggerUid: formTrigger.getUniqueId(),
      },
      {
        kind: 'sheet',
        keys: ['authMode', 'namedValues', 'range', 'triggerUid', 'values'],
        values: row,
        named: Object.fromEntries(headers.map((h, j) => [h, [row[j]]])),
        a1: 'Câu trả lời biểu mẫu 1!A2:H2',
        authMode: 'FULL',
        triggerUid: sheetTrigger.getUniqueId(),
        runsAs: OWNER,
      },
    ]);
    expect(emu.inspect.form(form.getId()).responses).toEqual([
      { id: out.responseId, timestamp: new Date('2026-07-01T01:00:00Z'), respondentEmail: '', answers: { ...ENTRY, 'Mức độ lan tỏa': '8' } },
    ]);
  });

  test('collecting e-mails: an English account gets "Form Responses 1", the address is column B and getRespondentEmail gives it', () => {
    const { emu, FormApp, SpreadsheetApp } = setup({}, { userLocale: 'en' });
    const other = SpreadsheetApp.create('Intake');
    const form = FormApp.create('Intake').setCollectEmail(true);
    form.addTextItem().setTitle('Name');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, other.getId());
    expect(() => emu.forms.respond(form, { Name: 'An' })).toThrow(/collects e-mail addresses/);
    emu.forms.respond(form, { Name: 'An' }, { respondent: 'an@xa-a.gov.vn' });
    expect(emu.inspect.sheetNames(other)).toEqual(['Form Responses 1', 'Sheet1']);
    expect(emu.inspect.values(other.getSheetByName('Form Responses 1') as GoogleAppsScript.Spreadsheet.Sheet, 'A1:C2')).toEqual([
      ['Timestamp', 'Email Address', 'Name'],
      [new Date('2026-07-01T01:00:00Z'), 'an@xa-a.gov.vn', 'An'],
    ]);
    expect(form.getResponses().map((r) => r.getRespondentEmail())).toEqual(['an@xa-a.gov.vn']);
    const quiet = FormApp.create('Ẩn danh');
    quiet.addTextItem().setTitle('Ý kiến');
    emu.forms.respond(quiet, { 'Ý kiến': 'Tốt' }, { respondent: 'an@xa-a.gov.vn' });
    expect(quiet.getResponses()[0].getRespondentEmail()).toBe('');
  });

  test('getItemResponses lists an unanswered text question as "" and leaves out an unanswered choice question (§5.4)', () => {
    const { emu, FormApp } = setup();
    const form = buildIntakeForm(FormApp);
    const { responseId } = emu.forms.respond(form, { 'Họ và tên': 'Lê Văn C', 'Đơn vị': 'UBND xã B' });
    const items = form.getResponse(responseId).getItemResponses();
    expect(items.map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ['Họ và tên', 'Lê Văn C'],
      ['Đơn vị', 'UBND xã B'],
      ['Mô tả sáng kiến', ''],
      ['Ngày áp dụng', ''],
    ]);
  });

  test('an edited response keeps its id and rewrites its row in place; the sheet event carries only the changed answers', () => {
    const events: Array<{ values: string[]; row: number }> = [];
    const ids: string[] = [];
    const { emu, FormApp, ScriptApp, SpreadsheetApp } = setup({
      onSheetSubmit: (e: GoogleAppsScript.Events.SheetsOnFormSubmit) => events.push({ values: e.values, row: e.range.getRow() }),
      onFormSubmit: (e: GoogleAppsScript.Events.FormsOnFormSubmit) => ids.push(e.response.getId()),
    });
    const form = buildIntakeForm(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
    ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
    ScriptApp.newTrigger('onFormSubmit').forForm(form.getId()).onFormSubmit().create();
    const first = emu.forms.respond(form, ENTRY);
    emu.forms.respond(form, { ...ENTRY, 'Họ và tên': 'Phạm D' });
    emu.clock.advance(3600_000);
    const edit = emu.forms.respond(form, { 'Mô tả sáng kiến': 'Một cửa liên thông', 'Lĩnh vực': [] }, { editOf: first.responseId });

    expect(edit.responseId).toBe(first.responseId);
    expect(edit.row).toBe(2);
    const sheet = 'Câu trả lời biểu mẫu 1';
    expect(emu.inspect.displayValues(sheet, 'A2:H2')).toEqual([
      ['1/7/2026 9:00:00', 'Trần Thị Bình', 'UBND xã A', 'Một cửa liên thông', 'Huyện', '', '15/3/2026', '8'],
    ]);
    expect(emu.inspect.displayValues(sheet, 'B3')).toEqual([['Phạm D']]);
    expect(events[2]).toEqual({ values: ['1/7/2026 9:00:00', '', '', 'Một cửa liên thông', '', '', '', ''], row: 2 });
    expect(ids).toEqual([first.responseId, expect.any(String), first.responseId]);
    expect(form.getResponses().map((r) => r.getId())).toHaveLength(2);
    expect(form.getResponse(first.responseId).getTimestamp()).toEqual(new Date('2026-07-01T02:00:00Z'));

    const whole = emu.forms.respond(form, { 'Cấp áp dụng': 'Tỉnh' }, { editOf: first.responseId, editedValues: 'all' });
    expect(whole.values).toEqual(['1/7/2026 9:00:00', 'Trần Thị Bình', 'UBND xã A', 'Một cửa liên thông', 'Tỉnh', '', '15/3/2026', '8']);
  });

  test('duplicate events reach every trigger twice; a blank duplicate is later, empty and not stored (§3.2)', () => {
    const sheetEvents: string[][] = [];
    const formEvents: Array<[string, unknown[], string]> = [];
    const { emu, FormApp, ScriptApp, SpreadsheetApp } = setup({
      onSheetSubmit: (e: GoogleAppsScript.Events.SheetsOnFormSubmit) => sheetEvents.push(e.values),
      onFormSubmit: (e: GoogleAppsScript.Events.FormsOnFormSubmit) =>
        formEvents.push([e.response.getId(), e.response.getItemResponses().map((r) => r.getResponse()), e.response.getTimestamp().toISOString()]),
    });
    const form = FormApp.create('Đăng ký');
    form.addTextItem().setTitle('Tên');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
    ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
    ScriptApp.newTrigger('onFormSubmit').forForm(form).onFormSubmit().create();

    const twice = emu.forms.respond(form, { 'Tên': 'A' }, { duplicate: true });
    expect(twice.results).toHaveLength(4);
    expect(sheetEvents).toEqual([['1/7/2026 8:00:00', 'A'], ['1/7/2026 8:00:00', 'A']]);
    expect(formEvents.map(([id]) => id)).toEqual([twice.responseId, twice.responseId]);

    sheetEvents.length = 0;
    formEvents.length = 0;
    const blank = emu.forms.respond(form, { 'Tên': 'B' }, { duplicate: 'blank' });
    expect(sheetEvents).toEqual([['1/7/2026 8:00:00', 'B'], ['1/7/2026 8:00:03', '']]);
    expect(formEvents[0]).toEqual([blank.responseId, ['B'], '2026-07-01T01:00:00.000Z']);
    expect(formEvents[1][0]).not.toBe(blank.responseId);
    // Blank: an unanswered text item still reads '' (§5.4).
    expect(formEvents[1].slice(1)).toEqual([[''], '2026-07-01T01:00:03.000Z']);
    expect(emu.inspect.values('Câu trả lời biểu mẫu 1', 'B2:B4')).toEqual([['A'], ['B'], ['']]);
    expect(form.getResponses()).toHaveLength(2);
  });

  test('answers are checked as the Forms page would check them', () => {
    const { emu, FormApp } = setup();
    const form = buildIntakeForm(FormApp);
    expect(() => emu.forms.respond(form, { ...ENTRY, 'Chức vụ': 'x' })).toThrow('has no question titled "Chức vụ"');
    expect(() => emu.forms.respond(form, { ...ENTRY, 'Đơn vị': 'UBND xã Z' })).toThrow('"UBND xã Z" is not a choice of "Đơn vị"');
    expect(() => emu.forms.respond(form, { ...ENTRY, 'Họ và tên': '' })).toThrow('required question "Họ và tên" has no answer');
    expect(() => emu.forms.respond(form, { ...ENTRY, 'Mức độ lan tỏa': 11 })).toThrow('from 1 to 10');
    expect(() => emu.forms.respond(form, { ...ENTRY, 'Ngày áp dụng': '15/3/2026' })).toThrow('yyyy-MM-dd');
    const once = FormApp.create('Một lần').setLimitOneResponsePerUser(true);
    once.addTextItem().setTitle('Tên');
    emu.forms.respond(once, { 'Tên': 'A' }, { respondent: 'a@x.vn' });
    expect(() => emu.forms.respond(once, { 'Tên': 'A' }, { respondent: 'a@x.vn' })).toThrow('already responded');
    once.setAcceptingResponses(false);
    expect(() => emu.forms.respond(once, { 'Tên': 'B' }, { respondent: 'b@x.vn' })).toThrow('not accepting responses');
    const first = emu.forms.respond(FormApp.openById(once.getId()).setAcceptingResponses(true), { 'Tên': 'B' }, { respondent: 'b@x.vn' });
    expect(() => emu.forms.respond(once, { 'Tên': 'C' }, { editOf: first.responseId })).toThrow('does not allow editing');
    expect(() => form.getResponse('2_nope')).toThrow(FORM_MESSAGES.noResponse('2_nope'));
  });

  test('linking a form that already has responses copies them; a question added later gets a column at the end', () => {
    const { emu, FormApp, SpreadsheetApp } = setup();
    const form = FormApp.create('Góp ý');
    form.addTextItem().setTitle('Ý kiến');
    emu.forms.respond(form, { 'Ý kiến': 'Một' });
    emu.clock.advance(60_000);
    emu.forms.respond(form, { 'Ý kiến': 'Hai' });
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
    form.addSectionHeaderItem().setTitle('Phần 2');
    form.addTextItem().setTitle('Đề xuất');
    form.moveItem(2, 0);
    emu.forms.respond(form, { 'Ý kiến': 'Ba', 'Đề xuất': 'Thêm' });
    expect(emu.inspect.displayValues('Câu trả lời biểu mẫu 1')).toEqual([
      ['Dấu thời gian', 'Ý kiến', 'Đề xuất'],
      ['1/7/2026 8:00:00', 'Một', ''],
      ['1/7/2026 8:01:00', 'Hai', ''],
      ['1/7/2026 8:01:00', 'Ba', 'Thêm'],
    ]);
    form.removeDestination();
    expect(() => form.getDestinationId()).toThrow(FORM_MESSAGES.noDestination);
  });

  test('each firing is its own execution: a handler meets a lock held elsewhere, and deferred submissions land before handlers run', () => {
    const log: string[] = [];
    const { emu, FormApp, ScriptApp, SpreadsheetApp } = setup({
      onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit) {
        const lock = emu.globals.LockService.getScriptLock();
        const got = lock.tryLock(1000);
        const rows = SpreadsheetApp.getActive().getSheetByName('Câu trả lời biểu mẫu 1')?.getLastRow();
        log.push(`${e.response.getItemResponses()[0].getResponse()}: lock=${got} rows=${rows}`);
      },
    });
    const form = FormApp.create('Đăng ký');
    form.addTextItem().setTitle('Tên');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
    ScriptApp.newTrigger('onFormSubmit').forForm(form).onFormSubmit().create();

    const busy = emu.beginExecution({ user: JUDGE });
    emu.runAs(busy, () => emu.globals.LockService.getScriptLock().waitLock(1000));
    emu.forms.respond(form, { 'Tên': 'A' });
    emu.endExecution(busy);
    const b = emu.forms.respond(form, { 'Tên': 'B' }, { defer: true });
    const c = emu.forms.respond(form, { 'Tên': 'C' }, { defer: true });
    expect(b.results).toEqual([]);
    c.fire();
    b.fire();
    expect(() => b.fire()).toThrow('already reached its triggers');
    expect(log).toEqual(['A: lock=false rows=2', 'C: lock=true rows=4', 'B: lock=true rows=4']);
  });
});

describe('metering', () => {
  test('FormApp calls are metered with modeled latency; getResponses grows with the responses; a form call flushes pending writes', () => {
    const { emu, FormApp, SpreadsheetApp } = setup({}, { latency: 'model' });
    const form = FormApp.create('Đo');
    form.addTextItem().setTitle('Tên').setRequired(true);
    expect(['FormApp.create', 'Form.addTextItem', 'TextItem.setTitle', 'TextItem.setRequired'].map((m) => emu.meter.byMethod[m])).toEqual([
      { calls: 1, modeledMs: LATENCY.formCreate.ms },
      { calls: 1, modeledMs: LATENCY.formEdit.ms },
      { calls: 1, modeledMs: LATENCY.formEdit.ms },
      { calls: 1, modeledMs: LATENCY.formEdit.ms },
    ]);
    for (let i = 0; i < 10; i++) emu.forms.respond(form, { 'Tên': `N${i}` });
    SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('chưa ghi');
    emu.meter.reset();
    form.getResponses();
    // The pending write is committed inside the call and paid by it.
    expect(emu.meter.snapshot().byMethod).toEqual({
      'Form.getResponses': { calls: 1, modeledMs: LATENCY.flush.ms + LATENCY.flush.perCellMs + LATENCY.formResponses.ms + 10 * LATENCY.formResponses.perItemMs },
    });
    emu.meter.reset();
    const t0 = emu.clock.now();
    form.getTitle();
    FormApp.openById(form.getId()).getItems()[0].asTextItem().setHelpText('đầy đủ');
    expect(Object.keys(emu.meter.snapshot().byMethod).sort()).toEqual([
      'Form.getId', 'Form.getItems', 'Form.getTitle', 'FormApp.openById', 'Item.asTextItem', 'TextItem.setHelpText',
    ]);
    expect(emu.clock.now() - t0).toBe(LATENCY.formRead.ms * 2 + LATENCY.formOpen.ms + LATENCY.formEdit.ms);
  });

  test('triggers fire after the modeled dispatch delay', () => {
    let firedAt = 0;
    const { emu, FormApp, ScriptApp } = setup({ onFormSubmit: () => (firedAt = emu.clock.now()) }, { latency: 'model' });
    const form = FormApp.create('Trễ');
    form.addTextItem().setTitle('Tên');
    ScriptApp.newTrigger('onFormSubmit').forForm(form).onFormSubmit().create();
    const submittedAt = emu.clock.now();
    emu.forms.respond(form, { 'Tên': 'A' });
    expect(firedAt - submittedAt).toBe(LATENCY.formSubmitDispatch.ms + LATENCY.executionStart.ms);
  });

  test('each getter of Form, Item, FormResponse and ItemResponse records exactly one call', () => {
    const { emu, FormApp, SpreadsheetApp } = setup();
    const form = FormApp.create('Đếm');
    form.addTextItem().setTitle('Tên');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
    const { responseId } = emu.forms.respond(form, { 'Tên': 'A' });
    const response = form.getResponse(responseId);
    const common = ['getId', 'getIndex', 'getTitle', 'getHelpText', 'getType'];
    const targets: Array<[string, object, string[]]> = [
      ['Form', form, [
        'getId', 'getTitle', 'getDescription', 'getConfirmationMessage', 'collectsEmail', 'canEditResponse', 'hasLimitOneResponsePerUser',
        'isAcceptingResponses', 'getPublishedUrl', 'getEditUrl', 'getDestinationId', 'getDestinationType', 'getItems', 'getEditors', 'getResponses',
      ]],
      ['Item', form.getItems()[0], common],
      ['TextItem', form.getItems()[0].asTextItem(), [...common, 'isRequired']],
      ['FormResponse', response, ['getId', 'getTimestamp', 'getRespondentEmail', 'getItemResponses', 'getEditResponseUrl']],
      ['ItemResponse', response.getItemResponses()[0], ['getItem', 'getResponse']],
    ];
    for (const [label, obj, getters] of targets) {
      for (const m of getters) {
        const before = emu.meter.calls;
        (obj as Record<string, () => unknown>)[m]();
        expect([`${label}.${m}`, emu.meter.calls - before]).toEqual([`${label}.${m}`, 1]);
      }
    }
  });

  test('every FormApp and MailApp method in the cost table exists on the emulated object', () => {
    const { emu, FormApp } = setup();
    const form = FormApp.create('Bảng');
    const objects: Record<string, object> = {
      FormApp,
      Form: form,
      Item: form.addTextItem(),
      TextItem: form.addTextItem(),
      ParagraphTextItem: form.addParagraphTextItem(),
      MultipleChoiceItem: form.addMultipleChoiceItem(),
      ListItem: form.addListItem(),
      CheckboxItem: form.addCheckboxItem(),
      SectionHeaderItem: form.addSectionHeaderItem(),
      PageBreakItem: form.addPageBreakItem(),
      DateItem: form.addDateItem(),
      ScaleItem: form.addScaleItem(),
      MailApp: emu.globals.MailApp,
    };
    objects.Item = form.getItems()[0];
    for (const key of Object.keys(FORMS_AND_MAIL_COSTS)) {
      const [label, method] = key.split('.');
      expect([key, typeof (objects[label] as Record<string, unknown>)?.[method]]).toEqual([key, 'function']);
    }
  });
});

describe('replacing the choices of a question already made', () => {
  test('setChoiceValues replaces every choice; an empty list is refused and the choices stay', () => {
    const { emu, FormApp } = setup();
    const form = FormApp.create('Báo cáo tiến độ');
    form.addListItem().setTitle('Đơn vị').setChoiceValues(['SNV – Sở Nội vụ', 'STP – Sở Tư pháp']);
    form.addMultipleChoiceItem().setTitle('Tình hình').setChoiceValues(['Chưa triển khai']);
    const [list, choice] = FormApp.openById(form.getId()).getItems();
    list.asListItem().setChoiceValues(['STC – Sở Tài chính']);
    choice.asMultipleChoiceItem().setChoiceValues(['Chưa triển khai', 'Đã áp dụng']);
    expect(() => list.asListItem().setChoiceValues([])).toThrow(FORM_MESSAGES.emptyArray('values'));
    expect(() => choice.asMultipleChoiceItem().setChoices([])).toThrow(FORM_MESSAGES.emptyArray('choices'));
    expect(emu.inspect.form(form.getId()).items.map((i) => [i.title, i.choices])).toEqual([
      ['Đơn vị', ['STC – Sở Tài chính']],
      ['Tình hình', ['Chưa triển khai', 'Đã áp dụng']],
    ]);
  });

  test('a response keeps the choice it was given after the choices change; a new response must pick a current one', () => {
    const { emu, FormApp } = setup();
    const form = FormApp.create('Báo cáo tiến độ');
    form.addListItem().setTitle('Đơn vị').setChoiceValues(['SNV – Sở Nội vụ']);
    emu.forms.respond(form, { 'Đơn vị': 'SNV – Sở Nội vụ' });
    form.getItems()[0].asListItem().setChoiceValues(['STC – Sở Tài chính']);
    expect(form.getResponses()[0].getItemResponses()[0].getResponse()).toBe('SNV – Sở Nội vụ');
    expect(() => emu.forms.respond(form, { 'Đơn vị': 'SNV – Sở Nội vụ' })).toThrow('is not a choice of "Đơn vị"');
  });
});
