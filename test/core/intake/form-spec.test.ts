import { presetById } from '../../../src/core/config/presets';
import { buildFormSpec, ORIGINALITY_CHOICE, readSubmission, type Answer } from '../../../src/core/intake/form-spec';

const config = presetById('hauGiang2024').build();
const spec = buildFormSpec(config);
const titleOf = (key: string): string => spec.questions.find((q) => q.key === key)!.title;
const parse = { contribution: (t: string) => (t === '' ? null : Number(t.replace('%', '').replace(',', '.'))), length: (t: string) => (t === '' ? null : Number(t)) };
const meta = { responseId: 'r1', receivedAt: '2024-07-15T02:00:00.000Z', respondentEmail: ' An.NV@Demo.Example ' };

describe('the entry form built from the configuration', () => {
  it('asks for up to four authors (Hậu Giang: groups of at most 4), names split into family, middle and given name', () => {
    expect(spec.questions.filter((q) => q.kind === 'section' && q.key.startsWith('author')).map((q) => q.title)).toEqual([
      'Tác giả (người đại diện)',
      'Đồng tác giả 2 (nếu có)',
      'Đồng tác giả 3 (nếu có)',
      'Đồng tác giả 4 (nếu có)',
    ]);
    expect(spec.questions.filter((q) => q.required).map((q) => q.title)).toEqual([
      'Đối tượng dự thi',
      'Tác giả (người đại diện) — Họ',
      'Tác giả (người đại diện) — Tên',
      'Cơ quan, đơn vị dự thi',
      'Lĩnh vực',
      'Tên mô hình, sáng kiến, giải pháp',
      'Hình thức',
      'Thực trạng, khó khăn, vướng mắc và kết quả đã đạt được',
      'Giải pháp đề xuất',
      'Cam đoan',
    ]);
  });

  it('offers the contest’s own lists and states its rules', () => {
    expect(spec.questions.find((q) => q.key === 'unit')!.choices).toEqual(config.units.map((u) => u.name));
    expect(spec.questions.find((q) => q.key === 'category')!.choices).toHaveLength(6);
    expect(spec.questions.find((q) => q.key === 'format')!.choices).toEqual(['Bài viết', 'Video']);
    expect(spec.description).toContain('Thời gian nhận bài: từ ngày 01/07/2024 đến hết ngày 16/08/2024.');
    expect(spec.description).toContain('Nhóm tác giả không quá 4 người.');
  });

  it('has unique question titles, since answers come back keyed by title', () => {
    const titles = spec.questions.map((q) => q.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('asks an individual-only contest for one author without contribution', () => {
    const dakrong = buildFormSpec(presetById('dakrong2020').build());
    expect(dakrong.questions.some((q) => q.key.startsWith('author2'))).toBe(false);
    expect(dakrong.questions.some((q) => q.key === 'author1.contribution')).toBe(false);
  });
});

describe('reading a response', () => {
  const answers: Record<string, Answer> = {
    [titleOf('kind')]: 'Nhóm tác giả',
    [titleOf('author1.familyName')]: ' Nguyễn ',
    [titleOf('author1.middleName')]: 'Văn',
    [titleOf('author1.givenName')]: 'An',
    [titleOf('author1.contribution')]: '60%',
    [titleOf('author2.familyName')]: 'Trần',
    [titleOf('author2.givenName')]: 'Bình',
    [titleOf('author2.contribution')]: '40',
    [titleOf('moreAuthors')]: 'Lê Thị Hồng Nhung; Chuyên viên; Sở Tư pháp; nhung@x.vn; 0\n\n',
    [titleOf('unit')]: 'Sở Tư pháp',
    [titleOf('category')]: 'Cải cách thủ tục hành chính',
    [titleOf('title')]: '=HYPERLINK("x")  Số hóa   hồ sơ',
    [titleOf('format')]: 'Bài viết',
    [titleOf('length')]: '1500',
    [titleOf('situation')]: 'Dòng 1\r\nDòng 2',
    [titleOf('originality')]: [ORIGINALITY_CHOICE],
  };
  const s = readSubmission(spec, config, answers, meta, parse);

  it('fills the typed fields, resolving names of units and categories to their codes, and reads authors past the last block', () => {
    expect(s).toMatchObject({
      kind: 'group',
      unitCode: 'STP',
      categoryCode: 'TTHC',
      format: 'article',
      length: 1500,
      respondentEmail: 'an.nv@demo.example',
      situation: 'Dòng 1\nDòng 2',
      originalityDeclared: true,
    });
    expect(s.authors.map((a) => [a.familyName, a.middleName, a.givenName, a.contribution])).toEqual([
      ['Nguyễn', 'Văn', 'An', 60],
      ['Trần', '', 'Bình', 40],
      ['Lê', 'Thị Hồng', 'Nhung', 0],
    ]);
  });

  it('keeps user text as data and every answer as given', () => {
    expect(s.title).toBe('=HYPERLINK("x") Số hóa hồ sơ');
    expect(s.raw[titleOf('author1.familyName')]).toBe(' Nguyễn ');
    expect(s.raw[titleOf('originality')]).toBe(ORIGINALITY_CHOICE);
  });

  it('leaves unknown choices null for the checks to report, and an unticked declaration false', () => {
    const odd = readSubmission(spec, config, { [titleOf('unit')]: 'Sở Không Có', [titleOf('kind')]: 'Học sinh' }, meta, parse);
    expect(odd).toMatchObject({ unitCode: null, kind: null, originalityDeclared: false, title: '' });
    expect(odd.authors).toHaveLength(1);
  });
});

describe('questions added by hand', () => {
  it('keeps their answers, and takes an upload question’s Drive ids as attachments', () => {
    const ids = ['1AbCdEfGhIjKlMnOpQrStUvWxYz012345', '1ZyXwVuTsRqPoNmLkJiHgFeDcBa987654'];
    const s = readSubmission(spec, config, { 'Tải tệp lên': ids, 'Ghi chú thêm': 'Bài gửi kèm bản giấy' }, meta, parse);
    expect(s.attachmentFileIds).toEqual(ids);
    expect(s.raw['Ghi chú thêm']).toBe('Bài gửi kèm bản giấy');
  });
});
