import { createEmulator, MESSAGES } from './index';

const OWNER = 'thuky@sonoivu.gov.vn';
const JUDGE = 'giamkhao1@sonoivu.gov.vn';
const OTHER_JUDGE = 'giamkhao2@sonoivu.gov.vn';

function setup(scope: object = {}) {
  const emu = createEmulator({ latency: 'off', owner: OWNER, editors: [JUDGE, OTHER_JUDGE], scope });
  const { SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  return { emu, SpreadsheetApp, ss, sheet };
}

describe('protections', () => {
  test('a new protection starts with the spreadsheet editors; the owner and the caller cannot be removed', () => {
    const { emu, sheet } = setup();
    const p = sheet.getRange('A1:D1').protect().setDescription('Tiêu đề');
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual([JUDGE, OTHER_JUDGE, OWNER].sort());
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    emu.runAs({ user: JUDGE }, () => {
      const q = sheet.getRange('B5').protect();
      q.removeEditor(JUDGE);
      expect(q.getEditors().map((u) => u.getEmail())).toContain(JUDGE);
    });
    expect(p.getDescription()).toBe('Tiêu đề');
    expect(String(p.getProtectionType())).toBe('RANGE');
    expect(p.getRange().getA1Notation()).toBe('A1:D1');
  });

  test('the owner can always edit; a judge removed from the editors cannot', () => {
    const { emu, sheet } = setup();
    const p = sheet.protect();
    p.removeEditors([JUDGE, OTHER_JUDGE]);
    expect(emu.userEdit('Sheet1', 'A1', 'chủ sở hữu', OWNER).accepted).toBe(true);
    const refused = emu.userEdit('Sheet1', 'A2', 'giám khảo', JUDGE);
    expect(refused).toMatchObject({ accepted: false, reason: 'protected', message: MESSAGES.protectedCell });
    expect(emu.inspect.values('Sheet1', 'A1:A2')).toEqual([['chủ sở hữu'], ['']]);
    expect(emu.runAs({ user: JUDGE }, () => p.canEdit())).toBe(false);
    expect(p.canEdit()).toBe(true);
  });

  test('a judge may edit only the unprotected cells of a protected sheet', () => {
    const { emu, sheet } = setup();
    const p = sheet.protect();
    p.removeEditors([JUDGE, OTHER_JUDGE]);
    p.setUnprotectedRanges([sheet.getRange('C2:C10')]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['C2:C10']);
    expect(emu.userEdit('Sheet1', 'C3', 8.5, JUDGE).accepted).toBe(true);
    expect(emu.userEdit('Sheet1', 'D3', 8.5, JUDGE).accepted).toBe(false);
  });

  test('script writes run as the executing user and are refused on cells that user may not edit', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:B2').protect().removeEditors([JUDGE, OTHER_JUDGE]);
    expect(() => emu.runAs({ user: JUDGE }, () => sheet.getRange('B2:C2').setValues([[1, 2]]))).toThrow(MESSAGES.protectedCell);
    expect(() => emu.runAs({ user: JUDGE }, () => sheet.appendRow(['x']))).toThrow(MESSAGES.protectedCell);
    emu.runAs({ user: JUDGE }, () => sheet.getRange('C3').setValue('ok'));
    // An installable trigger runs as its creator (the owner here), so it may write anywhere.
    emu.runAs({ user: OWNER }, () => sheet.getRange('A1').setValue('owner'));
    expect(emu.inspect.values('Sheet1', 'A1:C3')).toEqual([['owner', '', ''], ['', '', ''], ['', '', 'ok']]);
  });

  test('warning-only protection lets everyone with access edit, with a warning', () => {
    const { emu, sheet } = setup();
    const p = sheet.getRange('A1:A5').protect().setWarningOnly(true);
    p.removeEditors([JUDGE]);
    expect(p.isWarningOnly()).toBe(true);
    const edit = emu.userEdit('Sheet1', 'A2', 'vẫn sửa được', JUDGE);
    expect(edit.accepted).toBe(true);
    expect(edit.warnings).toHaveLength(1);
    expect(emu.inspect.values('Sheet1', 'A2')).toEqual([['vẫn sửa được']]);
  });

  test('people without edit access cannot type at all; removed protections stop applying', () => {
    const { emu, sheet } = setup();
    expect(emu.userEdit('Sheet1', 'A1', 'x', 'stranger@example.com')).toMatchObject({ accepted: false, reason: 'no-access' });
    const p = sheet.getRange('A1').protect();
    p.removeEditors([JUDGE]);
    expect(emu.userEdit('Sheet1', 'A1', 'x', JUDGE).accepted).toBe(false);
    p.remove();
    expect(sheet.getProtections(emu.globals.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
    expect(emu.userEdit('Sheet1', 'A1', 'x', JUDGE).accepted).toBe(true);
  });

  test('getProtections lists a sheet’s protections by type; protecting a sheet twice returns the same one', () => {
    const { SpreadsheetApp, sheet } = setup();
    sheet.getRange('A1').protect();
    sheet.getRange('B1').protect();
    const s1 = sheet.protect().setDescription('Khóa');
    const s2 = sheet.protect();
    expect(s2.getDescription()).toBe('Khóa');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(2);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(s1.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.SHEET);
  });
});

describe('data validation', () => {
  test('the builder records criteria, values, help text; a new rule allows invalid data', () => {
    const { SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).setHelpText('Điểm từ 0 đến 10').build();
    expect(rule.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.NUMBER_BETWEEN);
    expect(rule.getCriteriaValues()).toEqual([0, 10]);
    expect(rule.getHelpText()).toBe('Điểm từ 0 đến 10');
    expect(rule.getAllowInvalid()).toBe(true);
    const list = SpreadsheetApp.newDataValidation().requireValueInList(['Đạt', 'Không đạt']).setAllowInvalid(false).build();
    expect(list.getCriteriaValues()).toEqual([['Đạt', 'Không đạt'], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.copy().requireCheckbox().build().getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.CHECKBOX);
  });

  test('a rule that rejects invalid data refuses a typed value outside it, with Sheets’ message', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).build();
    sheet.getRange('C2:C10').setDataValidation(rule);
    SpreadsheetApp.flush();
    const refused = emu.userEdit('Sheet1', 'C2', '11', JUDGE);
    expect(refused).toMatchObject({ accepted: false, reason: 'validation' });
    expect(refused.message).toBe('The data you entered in cell C2 violates the data validation rules set on this cell. Input must be a number between 0 and 10.');
    expect(emu.userEdit('Sheet1', 'C3', 'tám', JUDGE).accepted).toBe(false);
    expect(emu.userEdit('Sheet1', 'C4', '8,5', JUDGE).accepted).toBe(true);
    expect(emu.userEdit('Sheet1', 'C5', '', JUDGE).accepted).toBe(true);
    expect(emu.inspect.values('Sheet1', 'C2:C4')).toEqual([[''], [''], [8.5]]);
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaValues()).toEqual([0, 10]);
    expect(sheet.getRange('D2').getDataValidation()).toBeNull();
  });

  test('help text replaces the criterion in the message; lists compare the shown text', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Đạt', 'Không đạt'])
      .setAllowInvalid(false)
      .setHelpText('Chọn Đạt hoặc Không đạt')
      .build();
    sheet.getRange('B2').setDataValidation(rule);
    SpreadsheetApp.flush();
    expect(emu.userEdit('Sheet1', 'B2', 'Tốt', JUDGE).message).toMatch(/Chọn Đạt hoặc Không đạt$/);
    expect(emu.userEdit('Sheet1', 'B2', 'Đạt', JUDGE).accepted).toBe(true);
  });

  test('a rule that allows invalid data keeps the value and warns', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    SpreadsheetApp.flush();
    const edit = emu.userEdit('Sheet1', 'A1', 'có', JUDGE);
    expect(edit.accepted).toBe(true);
    expect(edit.warnings).toEqual(['Invalid: Input must be TRUE or FALSE.']);
  });

  test('script writes are not checked against validation rules', () => {
    const { SpreadsheetApp, sheet } = setup();
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue(99);
    expect(sheet.getRange('A1').getValue()).toBe(99);
  });
});

describe('onEdit', () => {
  test('a person’s edit runs onEdit(e) with range, value, oldValue, source, user and authMode', () => {
    const events: Array<Record<string, unknown>> = [];
    const scope = {
      onEdit(e: GoogleAppsScript.Events.SheetsOnEdit) {
        events.push({
          a1: e.range.getA1Notation(),
          value: e.value,
          oldValue: e.oldValue,
          source: e.source.getId(),
          user: e.user.getEmail(),
          authMode: String(e.authMode),
          activeUser: emu.globals.Session.getActiveUser().getEmail(),
        });
      },
    };
    const { emu, ss, sheet } = setup(scope);
    sheet.getRange('B2').setValue(7);
    emu.globals.SpreadsheetApp.flush();
    emu.userEdit('Sheet1', 'B2', '9', JUDGE);
    emu.userEdit('Sheet1', 'B3', 'mới', JUDGE);
    expect(events).toEqual([
      { a1: 'B2', value: '9', oldValue: '7', source: ss.getId(), user: JUDGE, authMode: 'LIMITED', activeUser: JUDGE },
      { a1: 'B3', value: 'mới', oldValue: undefined, source: ss.getId(), user: JUDGE, authMode: 'LIMITED', activeUser: JUDGE },
    ]);
  });

  test('script writes do not fire onEdit', () => {
    let calls = 0;
    const { sheet, SpreadsheetApp } = setup({ onEdit: () => calls++ });
    sheet.getRange('A1').setValue(1);
    SpreadsheetApp.flush();
    expect(calls).toBe(0);
  });

  test('a simple onEdit cannot create triggers (it runs without authorization)', () => {
    const scope = {
      onEdit() {
        emu.globals.ScriptApp.newTrigger('later').timeBased().after(1000).create();
      },
    };
    const { emu } = setup(scope);
    expect(() => emu.userEdit('Sheet1', 'A1', 'x', OWNER)).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });
});
