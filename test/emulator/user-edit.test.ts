import { createEmulator, MESSAGES } from './index';

const OWNER = 'thuky@sonoivu.gov.vn';
const JUDGE = 'giamkhao1@sonoivu.gov.vn';

interface SeenEvent {
  handler: string;
  a1: string;
  keys: string[];
  values: unknown[][];
  user: string;
  authMode: string;
  triggerUid?: string;
}

/** A spreadsheet whose simple onEdit and installable `onScoresEdited` record every event they get. */
function setup() {
  const events: SeenEvent[] = [];
  const record = (handler: string) => (e: GoogleAppsScript.Events.SheetsOnEdit) => {
    events.push({
      handler,
      a1: e.range.getA1Notation(),
      keys: Object.keys(e).sort(),
      values: e.range.getValues(),
      user: e.user.getEmail(),
      authMode: String(e.authMode),
      triggerUid: e.triggerUid,
    });
  };
  const scope = { onEdit: record('onEdit'), onScoresEdited: record('onScoresEdited') };
  const emu = createEmulator({ latency: 'off', owner: OWNER, editors: [JUDGE], scope });
  const { SpreadsheetApp, ScriptApp } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const trigger = ScriptApp.newTrigger('onScoresEdited').forSpreadsheet(ss).onEdit().create();
  return { emu, SpreadsheetApp, sheet: ss.getSheets()[0], events, trigger };
}

describe('a person pastes a block', () => {
  test('the values are parsed like typed input and ONE onEdit event covers the block, without value or oldValue', () => {
    const { emu, sheet, events } = setup();
    sheet.getRange('C2').setValue(5);
    emu.globals.SpreadsheetApp.flush();
    const paste = emu.userPaste('Sheet1', 'B2:C3', [['8,5', '9'], ['=B2+C2', "'007"]], JUDGE);
    expect(paste).toMatchObject({ accepted: true, warnings: [] });
    expect(emu.inspect.values('Sheet1', 'B2:C3')).toEqual([[8.5, 9], [17.5, '007']]);
    expect(emu.inspect.cell('Sheet1', 'B3').formula).toBe('=B2+C2');
    expect(events.map((e) => e.handler)).toEqual(['onEdit', 'onScoresEdited']);
    const simple = events.filter((e) => e.handler === 'onEdit');
    expect(simple).toEqual([
      expect.objectContaining({ a1: 'B2:C3', user: JUDGE, authMode: 'LIMITED', keys: ['authMode', 'range', 'source', 'user'] }),
    ]);
  });

  test('an installable onEdit trigger runs once as its creator and reads the pasted values from the range', () => {
    const { emu, sheet, events, trigger } = setup();
    emu.userPaste(sheet, 'D5', [['Đạt', 7], ['Không đạt', 4]], JUDGE);
    const installable = events.filter((e) => e.handler === 'onScoresEdited');
    expect(installable).toEqual([
      {
        handler: 'onScoresEdited',
        a1: 'D5:E6',
        keys: ['authMode', 'range', 'source', 'triggerUid', 'user'],
        values: [['Đạt', 7], ['Không đạt', 4]],
        user: JUDGE,
        authMode: 'FULL',
        triggerUid: trigger.getUniqueId(),
      },
    ]);
  });

  test('a typed single cell still carries value and oldValue; a one-cell paste does not', () => {
    const { emu, events } = setup();
    emu.userEdit('Sheet1', 'A1', '3', JUDGE);
    emu.userPaste('Sheet1', 'A1', [['4']], JUDGE);
    expect(events.filter((e) => e.handler === 'onEdit').map((e) => e.keys)).toEqual([
      ['authMode', 'range', 'source', 'user', 'value'],
      ['authMode', 'range', 'source', 'user'],
    ]);
    emu.userEdit('Sheet1', 'A1', '5', JUDGE);
    expect(events.at(-1)?.keys).toEqual(['authMode', 'oldValue', 'range', 'source', 'triggerUid', 'user', 'value']);
  });

  test('one protected cell in the block refuses the whole paste: nothing changes and no handler runs', () => {
    const { emu, sheet, events } = setup();
    sheet.getRange('B2:C3').setValues([[1, 2], [3, 4]]);
    sheet.getRange('C3').protect().removeEditors([JUDGE]);
    emu.globals.SpreadsheetApp.flush();
    const paste = emu.userPaste('Sheet1', 'B2:C3', [[9, 9], [9, 9]], JUDGE);
    expect(paste).toEqual({ accepted: false, reason: 'protected', message: MESSAGES.protectedCell, warnings: [], results: [] });
    expect(emu.inspect.values('Sheet1', 'B2:C3')).toEqual([[1, 2], [3, 4]]);
    expect(events).toEqual([]);
    expect(emu.userPaste('Sheet1', 'B2:C3', [[9, 9], [9, 9]], OWNER).accepted).toBe(true);
  });

  test('a rule rejecting invalid data refuses the paste, naming the first violating cell in reading order', () => {
    const { emu, SpreadsheetApp, sheet, events } = setup();
    const score = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).build();
    sheet.getRange('B2:C3').setDataValidation(score);
    SpreadsheetApp.flush();
    const paste = emu.userPaste('Sheet1', 'B2:C3', [['8', '7'], ['11', 'mười hai']], JUDGE);
    expect(paste).toMatchObject({ accepted: false, reason: 'validation' });
    expect(paste.message).toBe('The data you entered in cell B3 violates the data validation rules set on this cell. Input must be a number between 0 and 10.');
    expect(emu.inspect.values('Sheet1', 'B2:C3')).toEqual([['', ''], ['', '']]);
    expect(events).toEqual([]);
  });

  test('a rule allowing invalid data keeps the block and warns once per invalid cell', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    sheet.getRange('A1:A3').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    SpreadsheetApp.flush();
    const paste = emu.userPaste('Sheet1', 'A1:A3', [['có'], ['TRUE'], ['không']], JUDGE);
    expect(paste.accepted).toBe(true);
    expect(paste.warnings).toEqual(['Invalid: Input must be TRUE or FALSE.', 'Invalid: Input must be TRUE or FALSE.']);
    expect(emu.inspect.values('Sheet1', 'A1:A3')).toEqual([['có'], [true], ['không']]);
  });

  test('someone without edit access cannot paste', () => {
    const { emu, events } = setup();
    expect(emu.userPaste('Sheet1', 'A1', [['x']], 'stranger@example.com')).toMatchObject({ accepted: false, reason: 'no-access' });
    expect(events).toEqual([]);
  });

  test('a block that does not fit its range, is ragged or runs off the sheet is a test mistake', () => {
    const { emu } = setup();
    expect(() => emu.userPaste('Sheet1', 'A1:B2', [[1, 2, 3]], JUDGE)).toThrow(/needs 2 × 2 values; got 1 × 3/);
    expect(() => emu.userPaste('Sheet1', 'A1', [[1, 2], [3]], JUDGE)).toThrow(/rectangular/);
    expect(() => emu.userPaste('Sheet1', 'Z1', [[1, 2]], JUDGE)).toThrow(/past the sheet's edge/);
  });
});
