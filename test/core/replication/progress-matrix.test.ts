import { dueWithin, overdueAssignments, progressMatrix, statusTotals } from '../../../src/core/replication/progress-matrix';
import type { Agency, Assignment, Initiative } from '../../../src/core/replication/replication-model';

function assignment(initiativeCode: string, agencyCode: string, fields: Partial<Assignment> = {}): Assignment {
  return { initiativeCode, agencyCode, due: null, status: 'notStarted', evidence: '', updatedAt: null, reportedBy: '', responseId: '', note: '', droppedFromPlan: false, ...fields };
}

function initiative(code: string, title: string): Initiative {
  return { code, title, ownerUnit: '', category: '', summary: '', decision: '', year: 2022, source: 'manual', entryCode: '', prize: '' };
}

const today = '2024-10-15';

describe('overdue and soon-due assignments', () => {
  it('counts as overdue a planned pair not started or applying whose due date is before today, most late first, then by codes', () => {
    const list = [
      assignment('SK2', 'B', { due: '2024-10-10' }),
      assignment('SK1', 'B', { due: '2024-10-10', status: 'applying' }),
      assignment('SK1', 'A', { due: '2024-10-10' }),
      assignment('SK3', 'A', { due: '2024-09-30' }),
      assignment('SK4', 'A', { due: '2024-10-14' }),
      assignment('SK5', 'A', { due: today }),
      assignment('SK6', 'A', { due: '2024-01-01', status: 'applied' }),
      assignment('SK7', 'A', { due: '2024-01-01', status: 'notSuitable' }),
      assignment('SK8', 'A', { due: '2024-01-01', droppedFromPlan: true }),
      assignment('SK9', 'A', { due: null }),
    ];
    expect(overdueAssignments(list, today).map((o) => [o.assignment.initiativeCode, o.assignment.agencyCode, o.daysLate])).toEqual([
      ['SK3', 'A', 15],
      ['SK1', 'A', 5],
      ['SK1', 'B', 5],
      ['SK2', 'B', 5],
      ['SK4', 'A', 1],
    ]);
  });

  it('counts days across months and years by the calendar', () => {
    expect(overdueAssignments([assignment('SK1', 'A', { due: '2023-12-31' })], '2024-03-01')[0].daysLate).toBe(61);
  });

  it('finds the open pairs due today or in the next days, not the overdue or finished ones', () => {
    const list = [
      assignment('SK1', 'A', { due: today }),
      assignment('SK1', 'B', { due: '2024-10-18', status: 'applying' }),
      assignment('SK1', 'C', { due: '2024-10-19' }),
      assignment('SK1', 'D', { due: '2024-10-14' }),
      assignment('SK1', 'E', { due: '2024-10-16', status: 'applied' }),
      assignment('SK1', 'F', { due: '2024-10-16', droppedFromPlan: true }),
      assignment('SK1', 'G', { due: null }),
    ];
    expect(dueWithin(list, today, 3).map((a) => a.agencyCode)).toEqual(['A', 'B']);
    expect(dueWithin(list, today, 0).map((a) => a.agencyCode)).toEqual(['A']);
  });

  it('totals planned pairs by status, leaving out pairs dropped from the plan', () => {
    const list = [
      assignment('SK1', 'A', { status: 'applied' }),
      assignment('SK1', 'B', { status: 'applied' }),
      assignment('SK1', 'C', { status: 'applying' }),
      assignment('SK1', 'D'),
      assignment('SK2', 'A', { status: 'applied', droppedFromPlan: true }),
    ];
    expect(statusTotals(list)).toEqual({ notStarted: 1, applying: 1, applied: 2, notSuitable: 0 });
    expect(statusTotals([])).toEqual({ notStarted: 0, applying: 0, applied: 0, notSuitable: 0 });
  });
});

describe('the progress matrix', () => {
  const initiatives = [
    initiative('SK2022-01', 'Ngày thứ bảy lắng nghe dân nói'),
    initiative('SK2022-02', '=HYPERLINK("http://x.vn","Ký số bản đồ")'),
    initiative('SK2022-03', 'Ngày thứ năm không chờ'),
  ];
  const agencies: Agency[] = [
    { code: 'LH', name: 'UBND thị trấn Long Hải', emails: [] },
    { code: 'SNV', name: 'Sở Nội vụ', emails: [] },
    { code: 'STP', name: 'Sở Tư pháp', emails: [] },
    { code: 'VT', name: 'UBND phường Vũng Tàu', emails: [] },
  ];
  const assignments = [
    assignment('SK2022-02', 'VT', { status: 'applied', due: '2024-09-30' }),
    assignment('SK2022-01', 'VT', { due: '2024-09-30' }),
    assignment('SK2022-01', 'SNV', { status: 'applying', due: '2024-10-31' }),
    assignment('SK2022-02', 'SNV', { status: 'notSuitable' }),
    assignment('SK2022-02', 'LH', { status: 'applied', droppedFromPlan: true }),
    assignment('SK2099-01', 'XA-MOI', { status: 'applying', due: '2024-10-01' }),
  ];
  const overdue = overdueAssignments(assignments, today);
  const { header, rows } = progressMatrix(initiatives, agencies, assignments, overdue);

  it('has a column per agency with planned assignments, in the agencies sheet’s order, named, then codes the sheet lacks', () => {
    expect(header).toEqual(['Mã sáng kiến', 'Tên sáng kiến', 'Sở Nội vụ', 'UBND phường Vũng Tàu', 'XA-MOI', 'Đã áp dụng / được giao']);
  });

  it('has a row per initiative with planned assignments, each cell the status word, marked when overdue, blank when not assigned', () => {
    expect(rows.slice(0, 3)).toEqual([
      ['SK2022-01', 'Ngày thứ bảy lắng nghe dân nói', 'Đang áp dụng', 'Chưa triển khai (quá hạn)', '', '0/2'],
      ['SK2022-02', '=HYPERLINK("http://x.vn","Ký số bản đồ")', 'Không phù hợp', 'Đã áp dụng', '', '1/2'],
      ['SK2099-01', '', '', '', 'Đang áp dụng (quá hạn)', '0/1'],
    ]);
  });

  it('then the totals per agency, then the overdue list with its title and header', () => {
    expect(rows.slice(3)).toEqual([
      [],
      ['TỔNG SỐ', '', '0/2', '1/2', '0/1', '1/5'],
      [],
      ['DANH SÁCH QUÁ HẠN'],
      ['Mã sáng kiến', 'Tên sáng kiến', 'Đơn vị', 'Hạn hoàn thành', 'Số ngày quá hạn', 'Trạng thái'],
      ['SK2022-01', 'Ngày thứ bảy lắng nghe dân nói', 'UBND phường Vũng Tàu', '30/09/2024', 15, 'Chưa triển khai'],
      ['SK2099-01', '', 'XA-MOI', '01/10/2024', 14, 'Đang áp dụng'],
    ]);
  });

  it('is only its headings and totals when nothing is planned', () => {
    const empty = progressMatrix(initiatives, agencies, [], []);
    expect(empty.header).toEqual(['Mã sáng kiến', 'Tên sáng kiến', 'Đã áp dụng / được giao']);
    expect(empty.rows).toEqual([[], ['TỔNG SỐ', '', '0/0'], [], ['DANH SÁCH QUÁ HẠN'], ['Mã sáng kiến', 'Tên sáng kiến', 'Đơn vị', 'Hạn hoàn thành', 'Số ngày quá hạn', 'Trạng thái']]);
  });
});
