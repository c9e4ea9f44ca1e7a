// The demo contest's people and units: Hậu Giang's district-level units of 2024 and fictional
// members (names and e-mail addresses are invented; the domain is reserved for examples).

import type { Member, Unit } from '../src/core/config/model';

export const DEMO_UNITS: Unit[] = [
  { code: 'VT', name: 'UBND thành phố Vị Thanh' },
  { code: 'NB', name: 'UBND thành phố Ngã Bảy' },
  { code: 'TXLM', name: 'UBND thị xã Long Mỹ' },
  { code: 'CT', name: 'UBND huyện Châu Thành' },
  { code: 'CTA', name: 'UBND huyện Châu Thành A' },
  { code: 'PH', name: 'UBND huyện Phụng Hiệp' },
  { code: 'VTH', name: 'UBND huyện Vị Thủy' },
  { code: 'HLM', name: 'UBND huyện Long Mỹ' },
];

function member(name: string, email: string, role: Member['role'], unit: string, position: string): Member {
  return { name, email, role, unit, position };
}

export const DEMO_MEMBERS: Member[] = [
  member('Trần Minh Khoa', 'khoa.tm@demo.example', 'organisingBoard', 'Sở Nội vụ', 'Phó Giám đốc Sở, Trưởng Ban Tổ chức'),
  member('Lê Thị Hồng Nhung', 'nhung.lth@demo.example', 'organisingBoard', 'Văn phòng UBND tỉnh', 'Phó Chánh Văn phòng'),
  member('Võ Văn Tâm', 'tam.vv@demo.example', 'organisingBoard', 'Sở Kế hoạch và Đầu tư', 'Phó Giám đốc Sở'),
  member('Nguyễn Thị Thu Hà', 'ha.ntt@demo.example', 'judge', 'Sở Nội vụ', 'Trưởng phòng Xây dựng Chính quyền và CCHC'),
  member('Phạm Quốc Bảo', 'bao.pq@demo.example', 'judge', 'Sở Tư pháp', 'Phó Giám đốc Sở'),
  member('Đặng Văn Hải', 'hai.dv@demo.example', 'judge', 'Sở Thông tin và Truyền thông', 'Trưởng phòng Chuyển đổi số'),
  member('Huỳnh Thị Ánh', 'anh.ht@demo.example', 'judge', 'Sở Tài chính', 'Phó Trưởng phòng'),
  member('Bùi Thanh Tùng', 'tung.bt@demo.example', 'judge', 'Văn phòng UBND tỉnh', 'Trưởng phòng Kiểm soát TTHC'),
  member('Ngô Thị Yến', 'yen.nt@demo.example', 'secretariat', 'Sở Nội vụ', 'Chuyên viên'),
  member('Lý Văn Đức', 'duc.lv@demo.example', 'secretariat', 'Sở Nội vụ', 'Chuyên viên'),
];
