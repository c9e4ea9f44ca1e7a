import fc from 'fast-check';
import { REPLICATION_STATUSES, type Agency, type Assignment, type StatusReport } from '../../../src/core/replication/replication-model';
import { applyReports } from '../../../src/core/replication/status-reports';

function assignment(initiativeCode: string, agencyCode: string, fields: Partial<Assignment> = {}): Assignment {
  return { initiativeCode, agencyCode, due: '2024-12-31', status: 'notStarted', evidence: '', updatedAt: null, reportedBy: '', responseId: '', note: '', droppedFromPlan: false, ...fields };
}

const at = (day: number, hour = 9): Date => new Date(Date.UTC(2024, 9, day, hour));

function report(responseId: string, fields: Partial<StatusReport>): StatusReport {
  return { responseId, timestamp: at(1), respondentEmail: 'vanthu@longhai.gov.vn', agencyCode: 'LH', initiativeCode: 'SK2024-01', status: 'applying', evidence: '', reporter: '', ...fields };
}

const agencies: Agency[] = [
  { code: 'LH', name: 'UBND thị trấn Long Hải', emails: ['vanthu@longhai.gov.vn', 'cchc@longhai.gov.vn'] },
  { code: 'STP', name: 'Sở Tư pháp', emails: [] },
];

describe('applying agencies’ status reports', () => {
  const rows = [assignment('SK2024-01', 'LH'), assignment('SK2024-01', 'STP'), assignment('SK2024-02', 'STP', { droppedFromPlan: true })];

  it('sets status, evidence, updated at, reporter and response on the row, in timestamp order', () => {
    const reports = [
      report('r2', { timestamp: at(5), status: 'applied', evidence: 'Quyết định 45/QĐ-UBND ngày 04/10/2024', respondentEmail: 'CCHC@LongHai.gov.vn ', reporter: 'Lê Văn Tư, Chánh Văn phòng' }),
      report('r1', { timestamp: at(2), status: 'applying', evidence: 'Đã họp triển khai' }),
    ];
    const { assignments, applied, held } = applyReports(rows, reports, agencies);
    expect(assignments[0]).toEqual(
      assignment('SK2024-01', 'LH', { status: 'applied', evidence: 'Quyết định 45/QĐ-UBND ngày 04/10/2024', updatedAt: at(5), reportedBy: 'Lê Văn Tư, Chánh Văn phòng (CCHC@LongHai.gov.vn)', responseId: 'r2' }),
    );
    expect(applied.map((r) => r.responseId)).toEqual(['r1', 'r2']);
    expect(held).toEqual([]);
    expect(assignments.slice(1)).toEqual(rows.slice(1));
  });

  it('keeps the evidence already there when a report gives none, and accepts anyone for an agency without contact addresses', () => {
    const start = [assignment('SK2024-01', 'STP', { evidence: 'Kế hoạch 12/KH-STP', status: 'applying', updatedAt: at(1) })];
    const { assignments } = applyReports(start, [report('r9', { agencyCode: 'stp', initiativeCode: 'sk2024-01', respondentEmail: 'ai.do@gmail.com', status: 'applied', evidence: '   ', timestamp: at(3) })], agencies);
    expect(assignments[0]).toMatchObject({ status: 'applied', evidence: 'Kế hoạch 12/KH-STP', reportedBy: 'ai.do@gmail.com', responseId: 'r9' });
  });

  it('applies to a pair dropped from the plan', () => {
    const { assignments, applied } = applyReports(rows, [report('r3', { agencyCode: 'STP', initiativeCode: 'SK2024-02', respondentEmail: 'x@stp.vn', status: 'applied' })], agencies);
    expect(applied).toHaveLength(1);
    expect(assignments[2]).toMatchObject({ status: 'applied', droppedFromPlan: true });
  });

  it('skips silently a report not newer than the row’s "updated at" (the secretariat changed the row later)', () => {
    const byHand = [assignment('SK2024-01', 'LH', { status: 'notSuitable', updatedAt: at(10), reportedBy: 'Ban thư ký' })];
    const { assignments, applied, held } = applyReports(byHand, [report('r1', { timestamp: at(9) }), report('r2', { timestamp: at(10) })], agencies);
    expect(assignments).toEqual(byHand);
    expect(applied).toEqual([]);
    expect(held).toEqual([]);
  });

  it('holds, in timestamp order, reports it cannot apply, with the reason', () => {
    const reports = [
      report('notContact', { timestamp: at(6), respondentEmail: 'nguoi.khac@gmail.com' }),
      report('noStatus', { timestamp: at(5), status: null }),
      report('notAssigned', { timestamp: at(4), initiativeCode: 'SK2024-02' }),
      report('unknownInitiative', { timestamp: at(3), initiativeCode: 'SK2099-01' }),
      report('unknownAgency', { timestamp: at(2), agencyCode: 'XA-MOI' }),
    ];
    const { assignments, applied, held } = applyReports(rows, reports, agencies);
    expect(held.map((h) => [h.report.responseId, h.reason])).toEqual([
      ['unknownAgency', 'unknownAgency'],
      ['unknownInitiative', 'unknownInitiative'],
      ['notAssigned', 'notAssigned'],
      ['noStatus', 'noStatus'],
      ['notContact', 'notContact'],
    ]);
    expect(applied).toEqual([]);
    expect(assignments).toEqual(rows);
  });

  const code = fc.constantFrom('SK2024-01', 'SK2024-02', 'SK2024-09');
  const agencyCode = fc.constantFrom('LH', 'STP', 'XA');
  const reportFields = fc.record({
    respondentEmail: fc.constantFrom('vanthu@longhai.gov.vn', 'Khac@Gmail.com', 'cchc@longhai.gov.vn'),
    agencyCode,
    initiativeCode: code,
    status: fc.option(fc.constantFrom(...REPLICATION_STATUSES), { nil: null }),
    evidence: fc.constantFrom('', 'QĐ 1', 'Báo cáo 2'),
    reporter: fc.constantFrom('', 'Trần Văn Bình, Chánh Văn phòng'),
  });
  // Distinct timestamps, one per report: minutes from the start of October.
  const reportsArb = fc
    .uniqueArray(fc.integer({ min: 0, max: 60 * 24 * 20 }), { maxLength: 15 })
    .chain((minutes) => fc.tuple(...minutes.map(() => reportFields)).map((fields) => fields.map((f, i) => ({ ...f, responseId: `r${i}`, timestamp: new Date(Date.UTC(2024, 9, 1) + minutes[i] * 60_000) }))));
  const rowsArb = fc.uniqueArray(
    fc.record({
      initiativeCode: code,
      agencyCode,
      status: fc.constantFrom(...REPLICATION_STATUSES),
      evidence: fc.constantFrom('', 'cũ'),
      updatedAt: fc.option(fc.integer({ min: 0, max: 60 * 24 * 20 }).map((m) => new Date(Date.UTC(2024, 9, 1) + m * 60_000)), { nil: null }),
      droppedFromPlan: fc.boolean(),
    }),
    { selector: (a) => `${a.initiativeCode}|${a.agencyCode}`, maxLength: 9 },
  );
  const toRows = (rows: Partial<Assignment>[]): Assignment[] => rows.map((r) => assignment(r.initiativeCode ?? '', r.agencyCode ?? '', r));

  it('changes nothing when the same reports are applied again', () => {
    fc.assert(
      fc.property(rowsArb, reportsArb, (rows, reports) => {
        const once = applyReports(toRows(rows), reports, agencies);
        const twice = applyReports(once.assignments, reports, agencies);
        expect(twice.assignments).toEqual(once.assignments);
        expect(twice.applied).toEqual([]);
        expect(twice.held).toEqual(once.held);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever order reports with distinct timestamps come in', () => {
    fc.assert(
      fc.property(
        rowsArb,
        reportsArb.chain((reports) => fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length, maxLength: reports.length }))),
        (rows, [reports, shuffled]) => {
          const a = applyReports(toRows(rows), reports, agencies);
          const b = applyReports(toRows(rows), shuffled, agencies);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
  });
});
