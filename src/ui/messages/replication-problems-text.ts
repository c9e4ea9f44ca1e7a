// The replication sheets' problems as sentences: where (sheet, row), what, and what the add-on did
// with the line. Vietnamese first; English complete (checked by the Record types).

import type { ReplicationProblem, ReplicationProblemCode } from '../../core/replication/replication-problems';
import type { Locale } from '../locale';

type Params = ReplicationProblem['params'];
type Sentence = (p: Params) => string;

const v = (p: Params, key: string): string => String(p[key] ?? '');

const VI: Record<ReplicationProblemCode, Sentence> = {
  missingColumn: (p) => `thiếu cột "${v(p, 'column')}"; các dòng được đọc như cột này để trống. Hãy khôi phục tiêu đề cột`,
  missingCode: (p) => `dòng có nội dung nhưng chưa có "${v(p, 'column')}"; dòng này bị bỏ qua`,
  duplicateCode: (p) => `mã sáng kiến ${v(p, 'code')} trùng với dòng ${v(p, 'firstRow')}; cả hai dòng được giữ, hãy đổi một mã`,
  unreadableYear: (p) => `"${v(p, 'value')}" không phải là năm; sáng kiến được giữ nhưng chưa tính vào năm nào`,
  unknownEntry: (p) => `không có bài dự thi mã ${v(p, 'entryCode')}; dòng được giữ như đã nhập`,
  duplicateAgency: (p) => `mã đơn vị ${v(p, 'code')} trùng với dòng ${v(p, 'firstRow')}; dòng này bị bỏ qua`,
  invalidEmail: (p) => `"${v(p, 'email')}" của ${v(p, 'agency')} không phải là địa chỉ email; đã bỏ địa chỉ này`,
  unknownInitiative: (p) => `sáng kiến ${v(p, 'code')} không có trong danh mục; dòng kế hoạch này bị bỏ qua`,
  unknownAgency: (p) => `đơn vị "${v(p, 'agency')}" (giao sáng kiến ${v(p, 'initiative')}) không có trong sheet "Đơn vị nhân rộng"; chưa giao cho đơn vị này`,
  noAgencies: (p) => `sáng kiến ${v(p, 'initiative')} chưa được giao cho đơn vị nào`,
  ownerAssigned: (p) => `${v(p, 'agency')} là đơn vị chủ trì sáng kiến ${v(p, 'initiative')}; không giao cho chính đơn vị này`,
  duplicatePair: (p) => `sáng kiến ${v(p, 'initiative')} đã giao cho ${v(p, 'agency')} ở dòng ${v(p, 'otherRow')}; hạn ở dòng sau được dùng`,
  duplicateTrackingRow: (p) => `cặp ${v(p, 'initiative')} / ${v(p, 'agency')} đã có ở dòng ${v(p, 'firstRow')}; dòng này bị bỏ qua`,
  unreadableDue: (p) => `hạn "${v(p, 'value')}" không đọc được (nhập theo dạng dd/mm/yyyy); lượt giao chưa có hạn`,
  unreadableStatus: (p) => `trạng thái "${v(p, 'value')}" không có trong danh sách; được đọc là "Chưa triển khai"`,
  unreadableUpdatedAt: (p) => `thời điểm cập nhật "${v(p, 'value')}" không đọc được (dd/mm/yyyy hh:mm); được đọc là để trống`,
};

const EN: Record<ReplicationProblemCode, Sentence> = {
  missingColumn: (p) => `the column "${v(p, 'column')}" is missing; rows read it as blank. Restore the column header`,
  missingCode: (p) => `a row with content but no "${v(p, 'column')}"; the row is skipped`,
  duplicateCode: (p) => `initiative code ${v(p, 'code')} is also on row ${v(p, 'firstRow')}; both rows are kept, change one code`,
  unreadableYear: (p) => `"${v(p, 'value')}" is not a year; the initiative is kept but counted in no year`,
  unknownEntry: (p) => `there is no entry ${v(p, 'entryCode')}; the row is kept as typed`,
  duplicateAgency: (p) => `agency code ${v(p, 'code')} is also on row ${v(p, 'firstRow')}; this row is skipped`,
  invalidEmail: (p) => `"${v(p, 'email')}" of ${v(p, 'agency')} is not an e-mail address; it was left out`,
  unknownInitiative: (p) => `initiative ${v(p, 'code')} is not in the register; this plan line is skipped`,
  unknownAgency: (p) => `agency "${v(p, 'agency')}" (for initiative ${v(p, 'initiative')}) is not in the "Đơn vị nhân rộng" sheet; not assigned to it`,
  noAgencies: (p) => `initiative ${v(p, 'initiative')} is assigned to no agency`,
  ownerAssigned: (p) => `${v(p, 'agency')} owns initiative ${v(p, 'initiative')}; it is not assigned to itself`,
  duplicatePair: (p) => `initiative ${v(p, 'initiative')} is already assigned to ${v(p, 'agency')} on row ${v(p, 'otherRow')}; the later line's due date is used`,
  duplicateTrackingRow: (p) => `the pair ${v(p, 'initiative')} / ${v(p, 'agency')} is also on row ${v(p, 'firstRow')}; this row is skipped`,
  unreadableDue: (p) => `due date "${v(p, 'value')}" cannot be read (use dd/mm/yyyy); the assignment has no due date`,
  unreadableStatus: (p) => `status "${v(p, 'value')}" is not one of the listed words; read as "Chưa triển khai" (not started)`,
  unreadableUpdatedAt: (p) => `"updated at" "${v(p, 'value')}" cannot be read (dd/mm/yyyy hh:mm); read as blank`,
};

export interface ReplicationProblemText {
  heading: string;
  describe(problem: ReplicationProblem): string;
  more(count: number): string;
}

export const replicationProblemText: Record<Locale, ReplicationProblemText> = {
  vi: {
    heading: 'Cần xem lại:',
    describe: (p) => `Sheet "${p.sheet}", dòng ${p.row}: ${VI[p.code](p.params)}.`,
    more: (count) => `- … và ${count} điểm khác.`,
  },
  en: {
    heading: 'To check:',
    describe: (p) => `Sheet "${p.sheet}", row ${p.row}: ${EN[p.code](p.params)}.`,
    more: (count) => `- … and ${count} more.`,
  },
};
