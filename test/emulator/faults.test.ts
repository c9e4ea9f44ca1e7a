import { API_FAULT_MESSAGES, FAULT_MESSAGES } from './faults';
import { createEmulator, LATENCY } from './index';

function setup(latency: 'model' | 'off' = 'model') {
  const emu = createEmulator({ latency, owner: 'owner@example.com' });
  const { SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  return { emu, SpreadsheetApp, ss, sheet };
}

const RATE = FAULT_MESSAGES.rate('spreadsheets');

describe('failOn: the nth call of a method throws', () => {
  test('the third setValues from now fails with the rate-limit text; the others write', () => {
    const { emu, sheet } = setup();
    emu.faults.failOn({ method: 'Range.setValues', nth: 3, error: 'rate' });
    sheet.getRange('A1').setValues([[1]]);
    sheet.getRange('A2').setValues([[2]]);
    expect(() => sheet.getRange('A3').setValues([[3]])).toThrow(RATE);
    sheet.getRange('A4').setValues([[4]]);
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.values(sheet, 'A1:A4')).toEqual([[1], [2], [''], [4]]);
  });

  test('`times` fails that many calls in a row, then the method works again', () => {
    const { emu, sheet } = setup();
    emu.faults.failOn({ method: 'Range.getValues', error: 'timeout', times: 2 });
    const read = () => sheet.getRange('A1').getValues();
    expect(read).toThrow(FAULT_MESSAGES.timeout('Spreadsheets', emu.activeSpreadsheet.getId()));
    expect(read).toThrow('timed out');
    expect(read()).toEqual([['']]);
    expect(emu.faults.armed).toBe(0);
  });

  test('a failed call is metered and takes its own modeled time', () => {
    const { emu, sheet } = setup();
    emu.meter.reset();
    emu.faults.failOn({ method: 'Sheet.getLastRow', error: 'transient' });
    expect(() => sheet.getLastRow()).toThrow(FAULT_MESSAGES.transient);
    expect(emu.meter.byMethod['Sheet.getLastRow']).toEqual({ calls: 1, modeledMs: LATENCY.metadata.ms });
    const before = emu.clock.now();
    sheet.getLastRow();
    expect(emu.clock.now() - before).toBe(LATENCY.metadata.ms);
    expect(emu.meter.count('Sheet.getLastRow')).toBe(2);
  });
});

describe('a failed call does nothing', () => {
  test('a failed read neither reads nor commits the writes waiting before it', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue('mới');
    emu.faults.failOn({ method: 'Range.getValue', error: 'transient' });
    expect(() => sheet.getRange('B1').getValue()).toThrow(FAULT_MESSAGES.transient);
    // Another person still sees the sheet as it was: the write waits in the buffer.
    expect(emu.inspect.values(sheet, 'A1')).toEqual([['']]);
    expect(sheet.getRange('A1').getValue()).toBe('mới');
    expect(emu.inspect.values(sheet, 'A1')).toEqual([['mới']]);
  });

  test('a failed insertSheet makes no sheet, a failed setProperty stores nothing, a failed send sends nothing', () => {
    const { emu, ss } = setup();
    emu.faults.failOn({ method: 'Spreadsheet.insertSheet', error: 'timeout' });
    emu.faults.failOn({ method: 'Properties.setProperty', error: 'quota' });
    emu.faults.failOn({ method: 'MailApp.sendEmail', error: 'quota' });
    expect(() => ss.insertSheet('Kết quả')).toThrow('timed out');
    expect(emu.inspect.sheetNames()).toEqual(['Sheet1']);
    const props = emu.globals.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('k', 'v')).toThrow(FAULT_MESSAGES.quota('properties'));
    expect(props.getProperty('k')).toBeNull();
    expect(() => emu.globals.MailApp.sendEmail('a@example.com', 'Biên nhận', 'Nội dung')).toThrow(FAULT_MESSAGES.quota('email'));
    expect(emu.mail.sent).toHaveLength(0);
    expect(emu.mail.remaining()).toBe(100);
  });
});

describe('failAt: the kth service call from now, whatever it is', () => {
  test('counts only calls that reach a server, not local getters or logging', () => {
    const { emu, sheet } = setup();
    emu.faults.failAt(2, { error: 'rate' });
    const range = sheet.getRange('A1:B2'); // local: not counted
    range.getNumRows(); // local
    emu.globals.Logger.log('không tính');
    range.getValues(); // 1st service call
    expect(() => emu.globals.PropertiesService.getScriptProperties().getProperty('x')).toThrow(FAULT_MESSAGES.rate('properties'));
    expect(emu.faults.injected).toEqual([{ index: emu.faults.calls, method: 'Properties.getProperty', error: 'rate', message: FAULT_MESSAGES.rate('properties') }]);
  });

  test('`calls` tells where an operation starts, so a test can aim at each of its calls', () => {
    const { emu, sheet } = setup();
    const operation = () => {
      sheet.getRange('A1').setValue(1);
      sheet.getRange('A1:A3').getValues();
      emu.globals.SpreadsheetApp.flush();
    };
    const start = emu.faults.calls;
    operation();
    expect(emu.faults.calls - start).toBe(3);
    const failed: string[] = [];
    for (let k = 1; k <= 3; k++) {
      emu.faults.failAt(k);
      expect(operation).toThrow(FAULT_MESSAGES.transient);
      failed.push(emu.faults.injected[emu.faults.injected.length - 1].method);
    }
    expect(failed).toEqual(['Range.setValue', 'Range.getValues', 'SpreadsheetApp.flush']);
  });

  test('clear() forgets faults not yet spent; bad arguments are refused', () => {
    const { emu, sheet } = setup();
    emu.faults.failAt(1);
    emu.faults.failOn({ method: 'Range.getValues', nth: 5, error: 'rate' });
    expect(emu.faults.armed).toBe(2);
    emu.faults.clear();
    expect(emu.faults.armed).toBe(0);
    expect(sheet.getRange('A1').getValues()).toEqual([['']]);
    expect(() => emu.faults.failAt(0)).toThrow(RangeError);
    expect(() => emu.faults.failOn({ method: 'Range.getValues', nth: 1.5, error: 'rate' })).toThrow(RangeError);
    expect(() => emu.faults.failOn({ method: 'Range.getValues', error: 'rate', times: 0 })).toThrow(RangeError);
  });

  test('`times: Infinity` fails every later service call, the day a quota is spent', () => {
    const { emu, sheet } = setup('off');
    emu.faults.failAt(1, { error: 'quota', times: Infinity });
    for (let i = 0; i < 5; i++) expect(() => sheet.getRange('A1').getValues()).toThrow(FAULT_MESSAGES.quota('spreadsheets'));
    expect(emu.faults.armed).toBe(1);
  });
});

describe('the texts of each service', () => {
  test('timeouts name the spreadsheet a call reads; services without a document are named alone', () => {
    const { emu, ss } = setup();
    const other = emu.createSpreadsheet('Phiếu chấm');
    emu.faults.failOn({ method: 'Range.getValues', error: 'timeout' });
    expect(() => other.getSheets()[0].getRange('A1').getValues()).toThrow(`Service Spreadsheets timed out while accessing document with id ${other.getId()}.`);
    emu.faults.failOn({ method: 'Lock.waitLock', error: 'timeout' });
    expect(() => emu.globals.LockService.getDocumentLock().waitLock(1000)).toThrow('Service timed out: Lock');
    expect(ss.getId()).not.toBe(other.getId());
  });

  test('the Sheets advanced service fails as its REST API does, a 429 for both rate and quota', () => {
    const { emu, ss } = setup();
    const batchGet = () => emu.globals.Sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['Sheet1!A1'] });
    const fails = (error: 'transient' | 'timeout' | 'rate' | 'quota', text: string) => {
      emu.faults.failOn({ method: 'Sheets.Spreadsheets.Values.batchGet', error });
      expect(batchGet).toThrow(API_FAULT_MESSAGES.failed('sheets.spreadsheets.values.batchGet', text));
    };
    fails('transient', API_FAULT_MESSAGES.transient);
    fails('timeout', API_FAULT_MESSAGES.timeout);
    fails('rate', API_FAULT_MESSAGES.perMinute('Read', 'sheets'));
    fails('quota', API_FAULT_MESSAGES.perMinute('Read', 'sheets'));
    expect(batchGet().valueRanges).toHaveLength(1);
  });
});
