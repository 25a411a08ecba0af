import { describe, expect, test } from 'vitest';
import { issuerSubjectReference } from '../src/extract/citations/issuer-subject-reference.js';
import { namedDocument } from '../src/extract/citations/named-document.js';
import { namedLaw } from '../src/extract/citations/named-law.js';
import { partyResolution } from '../src/extract/citations/party-resolution.js';
import type { ExtractContext, Extractor } from '../src/extract/types.js';
import type { Citation } from '../src/schema/citation.js';

const run = (x: Extractor<Citation>, text: string) =>
  x
    .find({ text } as ExtractContext)
    .map((c) => ({ ...c, said: text.slice(c.mentions[0]!.start, c.mentions[0]!.end) }));

describe('named laws', () => {
  test.each([
    [
      'giải quyết khiếu nại, tố cáo: Luật Khiếu nại, Luật Tố cáo, Luật tiếp công dân, các Nghị định',
      ['Luật Khiếu nại', 'Luật Tố cáo', 'Luật tiếp công dân'],
    ],
    [
      'thực hiện Luật Thực hiện dân chủ ở cơ sở \n\nđã được Quốc hội khóa XV thông qua',
      ['Luật Thực hiện dân chủ ở cơ sở'],
    ],
    [
      'theo quy định của Luật cán \n\nbộ, công chức, Luật Viên chức.',
      ['Luật cán bộ, công chức', 'Luật Viên chức'],
    ],
    // a law on a list of laws has a name after it, on the next line too
    [
      'tuyên truyền các quy định của Luật Hải quan, Luật\nQuản lý ngoại thương và các văn bản hướng dẫn;',
      ['Luật Hải quan', 'Luật Quản lý ngoại thương'],
    ],
    ['một số điều của Bộ Luật lao động về điều kiện lao động', ['Bộ Luật lao động']],
    ['thực hiện Luật Phòng, chống thiên tai ngày 19/6/2013 của Quốc hội', ['Luật Phòng, chống thiên tai']],
    ['chấp hành các quy ước, hương ước, Pháp lệnh dân chủ ở cơ sở.', ['Pháp lệnh dân chủ ở cơ sở']],
  ])('%s', (text, titles) => {
    const found = run(namedLaw, text);
    expect(found.map((c) => c.title)).toEqual(titles);
    expect(found.map((c) => c.said.replace(/\s+/g, ' '))).toEqual(titles);
    expect(found.every((c) => c.id === null && c.ruleId === 'citation.named-law')).toBe(true);
  });

  test('a year or a date after the name', () => {
    const [hoTich] = run(namedLaw, 'theo Luật Hộ tịch năm 2014;');
    expect(hoTich).toMatchObject({ title: 'Luật Hộ tịch', year: 2014, said: 'Luật Hộ tịch năm 2014' });
    const [thienTai] = run(namedLaw, 'Luật Phòng, chống thiên tai ngày 19/6/2013;');
    expect(thienTai).toMatchObject({ issuedDate: '2013-06-19', year: 2013 });
  });

  test('a number printed after the name makes the law a numbered citation', () => {
    const [law] = run(
      namedLaw,
      'Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội;',
    );
    expect(law).toMatchObject({
      id: '10/2022/QH15',
      type: 'Luật',
      year: 2022,
      issuedDate: '2022-11-10',
      issuer: 'Quốc hội',
      title: 'Luật Thực hiện dân chủ ở cơ sở',
      said: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội',
    });
  });

  test.each([
    'chính sách, pháp luật của Nhà nước; kỷ luật, kỷ cương',
    'các Nghị định quy định chi tiết thi hành Luật, các Thông tư',
    'Luật số 16/2017/QH14',
    'Pháp lệnh số 34/2007/PL-UBTVQH11',
    'Chính sách, Pháp luật của Nhà nước',
    'Đoàn Luật sư tỉnh tham gia tư vấn; Luật gia Nguyễn Văn A',
    // a heading ending on 'Luật', then its body
    '7. Sơ kết việc thi hành Luật\nPhòng Nội vụ chủ trì, phối hợp với các cơ quan',
  ])('no named law in %s', (text) => {
    expect(run(namedLaw, text)).toEqual([]);
  });
});

describe('party resolutions', () => {
  test.each([
    [
      'Đặc biệt là Nghị \n quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Quyết định',
      'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
    ],
    ['gắn với Nghị quyết Trung ương 4 (khóa XII) về tăng cường', 'Nghị quyết Trung ương 4 (khóa XII)'],
    [
      'Nghị quyết đại hội Đảng bộ các cấp, nhiệm kỳ 2020-2025; Chỉ thị',
      'Nghị quyết đại hội Đảng bộ các cấp, nhiệm kỳ 2020-2025',
    ],
    [
      'Nghị quyết đại hội Đảng bộ thị xã lần thứ VII, nhiệm kỳ 2020 - 2025 và các văn bản',
      'Nghị quyết đại hội Đảng bộ thị xã lần thứ VII, nhiệm kỳ 2020 - 2025',
    ],
    [
      'triển khai thực hiện Nghị quyết Đại hội Đảng bộ các cấp, góp phần',
      'Nghị quyết Đại hội Đảng bộ các cấp',
    ],
  ])('%s', (text, title) => {
    const [c] = run(partyResolution, text);
    expect(c?.title).toBe(title);
    expect(c?.said.replace(/\s+/g, ' ')).toBe(title);
  });

  test.each(['góp phần đưa Nghị quyết đi vào đời sống', 'các Nghị quyết, Chỉ thị của Đảng'])(
    'none in %s',
    (text) => {
      expect(run(partyResolution, text)).toEqual([]);
    },
  );
});

describe('references by type, issuer and subject', () => {
  test('Chỉ thị của UBND tỉnh về việc …', () => {
    const text = 'quán triệt Chỉ \nthị của UBND tỉnh về việc tiếp tục tăng cường công tác dân vận; nhằm';
    const [c] = run(issuerSubjectReference, text);
    expect(c).toMatchObject({
      id: null,
      type: 'Chỉ thị',
      issuer: 'Ủy ban nhân dân tỉnh',
      title: 'việc tiếp tục tăng cường công tác dân vận',
      said: 'Chỉ \nthị của UBND tỉnh',
    });
  });

  test.each([
    'Nghị định của Chính phủ và các văn bản có liên quan.',
    'các Nghị quyết của Ban Chấp hành Trung ương về công tác dân vận',
    'các Chủ trương, Nghị quyết, Kết luận, Đề án của Trung ương, của tỉnh về công tác dân vận',
    'Chương trình, kế hoạch của Ban Dân vận Huyện ủy về công tác dân vận',
  ])('none in %s', (text) => {
    expect(run(issuerSubjectReference, text)).toEqual([]);
  });
});

describe('named programmes and regulations', () => {
  test.each([
    [
      'triển khai có hiệu quả Chương trình tổng thể cải cách hành \nchính nhà nước giai đoạn 2021-2030 theo Nghị quyết số 76/NQ-CP',
      'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030',
    ],
    [
      'thực hiện có hiệu quả Quy chế giám sát và phản biện xã hội của Mặt trận Tổ \nquốc Việt Nam và các tổ chức chính trị - xã hội; thực hiện',
      'Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
    ],
  ])('%s', (text, title) => {
    const [c] = run(namedDocument, text);
    expect(c?.title).toBe(title);
    expect(c?.said.replace(/\s+/g, ' ')).toBe(title);
  });

  test.each([
    'gắn với thực hiện Quy chế dân chủ ở cơ sở và công tác cải cách hành chính',
    'Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam',
    'Xây dựng Quy chế đối thoại trực tiếp của Chủ tịch UBND xã với tổ chức, công dân.',
    'Đẩy mạnh thực hiện Chương trình cải cách hành chính, chương trình chuyển đổi số',
    'việc thực hiện Quy chế tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng',
    'Quy chế số 03-QC/TU ngày 18/3/2021',
    // the attachment of a decision cited after it: the decision is the citation
    'thực hiện nghiêm Quy chế hoạt động của Ban Chỉ đạo ban hành kèm theo Quyết định số 15/QĐ-BCĐ ngày 10/01/2024',
  ])('none in %s', (text) => {
    expect(run(namedDocument, text)).toEqual([]);
  });
});

describe('plenum resolutions named by their session', () => {
  test('Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII', () => {
    const text = 'quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về';
    const [c] = run(partyResolution, text);
    expect(c?.said).toBe('Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII');
  });
});

describe('self-references are not references', () => {
  test('Trên đây là Kế hoạch của UBND xã về …', () => {
    expect(
      run(issuerSubjectReference, 'Trên đây là Kế hoạch của UBND xã về thực hiện công tác dân vận năm 2023.'),
    ).toEqual([]);
  });
});
