import { presetById } from '../../../src/core/config/presets';
import { unitIntake } from '../../../src/core/intake/units-report';

describe('unitIntake', () => {
  const dakrong = presetById('dakrong2020').build();

  it('lists every unit in the configuration’s order and marks those below the quota (Đakrông: at least 1), counting what each unit chose in its pre-screening', () => {
    expect(unitIntake(dakrong, ['VP', 'PNV', 'PNV', ' VP '], ['PNV'])).toEqual([
      { unitCode: 'PNV', unitName: 'Phòng Nội vụ', entries: 2, required: 1, missing: false, chosen: 1 },
      { unitCode: 'VP', unitName: 'Văn phòng HĐND và UBND huyện', entries: 2, required: 1, missing: false, chosen: 0 },
      { unitCode: 'TCKH', unitName: 'Phòng Tài chính - Kế hoạch', entries: 0, required: 1, missing: true, chosen: 0 },
      { unitCode: 'VHTT', unitName: 'Trung tâm Văn hóa thông tin - Thể dục thể thao', entries: 0, required: 1, missing: true, chosen: 0 },
    ]);
  });

  it('counts entries of units not in the configuration under their own code at the end, so no entry is left out', () => {
    const rows = unitIntake(dakrong, ['XA-ANHAI', 'PNV', '', 'XA-ANHAI', 'XA-MO-O']);
    expect(rows.slice(4)).toEqual([
      { unitCode: 'XA-ANHAI', unitName: '', entries: 2, required: 0, missing: false, chosen: 0 },
      { unitCode: '', unitName: '', entries: 1, required: 0, missing: false, chosen: 0 },
      { unitCode: 'XA-MO-O', unitName: '', entries: 1, required: 0, missing: false, chosen: 0 },
    ]);
    expect(rows.reduce((sum, r) => sum + r.entries, 0)).toBe(5);
  });

  it('marks no unit missing when the plan sets no quota (Tân An)', () => {
    expect(unitIntake(presetById('tanAn2024').build(), [])).toEqual([{ unitCode: 'VP', unitName: 'Văn phòng UBND xã', entries: 0, required: 0, missing: false, chosen: 0 }]);
  });
});
