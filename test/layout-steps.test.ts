import { describe, expect, test } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { toSourceOffset } from '../src/normalize/to-source-offset.js';

/** Runs only the layout steps named, so each table row tests one repair. */
const run = (text: string, ...steps: string[]) => normalizeText(text, { steps });

describe('unwrap-emphasis', () => {
  test.each([
    ['**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'],
    [
      'về Ủy ban nhân dân thị xã (*qua phòng Nội vụ*) để tổng hợp',
      'về Ủy ban nhân dân thị xã (qua phòng Nội vụ) để tổng hợp',
    ],
    ['***Ghi chú:*** nội dung', 'Ghi chú: nội dung'],
    ['_Kèm theo Kế hoạch_ này', 'Kèm theo Kế hoạch này'],
    // negative rows: a footnote mark, a rule, a product sign
    ['Các xã (*) báo cáo', 'Các xã (*) báo cáo'],
    ['* * *', '* * *'],
    ['diện tích 5 * 4 m', 'diện tích 5 * 4 m'],
  ])('%j → %j', (input, expected) => {
    expect(run(input, 'unwrap-emphasis').text).toBe(expected);
  });
});

describe('split-columns', () => {
  test.each([
    // a tab between the columns (Word's plain-text export, DOCX paragraphs)
    [
      'Số: 27/KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 27/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ],
    ['- Lưu: VT, VHXH.\t\tTM. ỦY BAN NHÂN DÂN', '- Lưu: VT, VHXH.\nTM. ỦY BAN NHÂN DÂN'],
    ['1.\tTuyên truyền', '1.\tTuyên truyền'],
    ['Nơi nhận:                        CHỦ TỊCH', 'Nơi nhận:\nCHỦ TỊCH'],
    [
      'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ],
    [
      'Số: 21/KH-UBND        Nam Chính, ngày 16 tháng 01 năm 2025',
      'Số: 21/KH-UBND\nNam Chính, ngày 16 tháng 01 năm 2025',
    ],
    // as OCR of a scan runs the columns together, with one space
    [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ LÂM Độc lập - Tự do - Hạnh phúc\nSố: 86/KH-UBND Phú Lâm, ngày 20 tháng 8 năm 2024',
      'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ LÂM\nĐộc lập - Tự do - Hạnh phúc\nSố: 86/KH-UBND\nPhú Lâm, ngày 20 tháng 8 năm 2024',
    ],
    [
      'Nơi nhận: KT. CHỦ TỊCH\n- UBND huyện Tiên Du (b/c); PHÓ CHỦ TỊCH\n- Lưu: VT.',
      'Nơi nhận:\nKT. CHỦ TỊCH\n- UBND huyện Tiên Du (b/c);\nPHÓ CHỦ TỊCH\n- Lưu: VT.',
    ],
    // negative rows: a blank number, a blank day, an item number, a double space
    ['Số:        /KH-UBND', 'Số:        /KH-UBND'],
    [
      'giữ vững bản chất của chế độ Cộng hòa xã hội chủ nghĩa Việt Nam',
      'giữ vững bản chất của chế độ Cộng hòa xã hội chủ nghĩa Việt Nam',
    ],
    ['Nam Chính, ngày        tháng 01 năm 2023', 'Nam Chính, ngày        tháng 01 năm 2023'],
    ['I.      MỤC ĐÍCH, YÊU CẦU', 'I.      MỤC ĐÍCH, YÊU CẦU'],
    ['của  Nhân  dân', 'của  Nhân  dân'],
    ['                    Nguyễn Xuân Lâm', '                    Nguyễn Xuân Lâm'],
  ])('%j', (input, expected) => {
    expect(run(input, 'split-columns').text).toBe(expected);
  });
});

describe('drop-page-numbers', () => {
  test.each([
    ['xử lý đơn \n\n\n\n4\n\nthư, khiếu nại', 'xử lý đơn \nthư, khiếu nại'],
    ['hết trang một.\n\n- 2 -\n\nII. NỘI DUNG', 'hết trang một.\n\nII. NỘI DUNG'],
    ['dòng cuối trang\nTrang 3/10\ntiếp tục', 'dòng cuối trang\ntiếp tục'],
    // negative rows: a number inside text, a lone number with no page break around it
    ['Có 1975 người tham gia', 'Có 1975 người tham gia'],
    ['STT\n1\nTuyên truyền', 'STT\n1\nTuyên truyền'],
  ])('%j', (input, expected) => {
    expect(run(input, 'drop-page-numbers').text).toBe(expected);
  });
});

describe('drop-running-headers', () => {
  const page = (n: number) =>
    `Kế hoạch số 21/KH-UBND của UBND xã\n${Array.from({ length: 16 }, (_, i) => `Dòng ${n}.${i} của trang.`).join('\n')}\n`;
  test('a short line repeated at the top of every page goes', () => {
    const r = run(page(1) + page(2) + page(3), 'drop-running-headers');
    expect(r.text).not.toContain('Kế hoạch số 21/KH-UBND của UBND xã');
    expect(r.text).toContain('Dòng 3.15 của trang.');
  });
  test('a footer beside every page number goes, however short the pages', () => {
    const footer = 'Kế hoạch phòng, chống thiên tai năm 2024 - UBND phường An Lạc';
    const text = `1. Kiện toàn Ban Chỉ huy.\n\n${footer}\n\n2\n\n2. Rà soát các khu vực.\n\n${footer}\n\n3\n\n3. Báo cáo.`;
    const r = run(text, 'drop-running-headers', 'drop-page-numbers');
    expect(r.text).not.toContain(footer);
    expect(r.text).toContain('2. Rà soát các khu vực.');
  });
  test('a repeated line of the text (with its final stop, or close together) stays', () => {
    const text = 'Thời gian thực hiện: Thường xuyên trong năm 2022.\nA\n'.repeat(4);
    expect(run(text, 'drop-running-headers').text).toBe(text);
    const close = 'Ủy ban nhân dân các xã\nB\n'.repeat(4);
    expect(run(close, 'drop-running-headers').text).toBe(close);
  });
});

describe('drop-blank-line-padding', () => {
  test('a blank line after every line goes; a run of blank lines stays as one', () => {
    const input =
      'Căn cứ Chỉ thị số 33/CT-TTg \n\nvề tiếp tục tăng cường \n\nvà đổi mới.\n\n \n\nI. MỤC ĐÍCH\n\n1. Nhằm triển khai\n\ncó hiệu quả\n\ncông tác.';
    expect(run(input, 'drop-blank-line-padding').text).toBe(
      'Căn cứ Chỉ thị số 33/CT-TTg \nvề tiếp tục tăng cường \nvà đổi mới.\n\nI. MỤC ĐÍCH\n1. Nhằm triển khai\ncó hiệu quả\ncông tác.',
    );
  });
  test('blank lines between paragraphs only are kept (negative)', () => {
    const input =
      'Dòng một\ndòng hai\ndòng ba.\n\nĐoạn hai\ndòng bốn\ndòng năm.\n\nĐoạn ba\ndòng sáu\ndòng bảy.';
    expect(run(input, 'drop-blank-line-padding').text).toBe(input);
  });
});

describe('rejoin-broken-codes', () => {
  test.each([
    ['Quyết định số 23- \nQĐ/TW ngày 30/7/2021', 'Quyết định số 23-QĐ/TW ngày 30/7/2021'],
    ['Chỉ thị số 03/CT-\nUBND ngày', 'Chỉ thị số 03/CT-UBND ngày'],
    ['Quyết định số 1631/QĐ-UBND-\n\nHC ngày 28/10/2021', 'Quyết định số 1631/QĐ-UBND-HC ngày 28/10/2021'],
    ['Chỉ thị số 33/CT-\nTTg', 'Chỉ thị số 33/CT-TTg'],
    // negative rows: a dash between words, a dash before a capitalised word
    ['kinh tế -\nxã hội', 'kinh tế -\nxã hội'],
    ['Phòng Văn hóa -\nThông tin', 'Phòng Văn hóa -\nThông tin'],
    ['số 12-\nĐảng bộ', 'số 12-\nĐảng bộ'],
  ])('%j', (input, expected) => {
    expect(run(input, 'rejoin-broken-codes').text).toBe(expected);
  });
});

describe('join-wrapped-lines', () => {
  test.each([
    // wrapped: the next line starts in lower case, even across a page-break blank line
    [
      '1. Tổ chức quán triệt chủ trương của Đảng, \nchính sách, pháp luật',
      '1. Tổ chức quán triệt chủ trương của Đảng, chính sách, pháp luật',
    ],
    [
      'Kết luận số 120-KL/TW ngày \n\n07/01/2016 của Bộ Chính trị',
      'Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị',
    ],
    [
      'theo đúng chủ trương, đường lối của\nĐảng, chính sách',
      'theo đúng chủ trương, đường lối của Đảng, chính sách',
    ],
    // kept: a numbered item, a bullet, a sentence end, a short heading over its body, caps lines
    ['như sau:\nI. MỤC ĐÍCH', 'như sau:\nI. MỤC ĐÍCH'],
    ['trong sạch, vững mạnh \n- Tăng cường', 'trong sạch, vững mạnh \n- Tăng cường'],
    ['quyền làm chủ của Nhân dân.\nTăng cường công tác', 'quyền làm chủ của Nhân dân.\nTăng cường công tác'],
    [
      '4. Thực hiện Quy chế dân chủ ở cơ sở \nTổ chức triển khai',
      '4. Thực hiện Quy chế dân chủ ở cơ sở \nTổ chức triển khai',
    ],
    ['ỦY BAN NHÂN DÂN\nXÃ NAM CHÍNH', 'ỦY BAN NHÂN DÂN\nXÃ NAM CHÍNH'],
    [
      'Số: 21/KH-UBND\nNam Chính, ngày 16 tháng 01 năm 2025',
      'Số: 21/KH-UBND\nNam Chính, ngày 16 tháng 01 năm 2025',
    ],
    ['- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN', '- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN'],
    // a word that goes on, then a capitalised verb: a heading over its body; after 'của', a name
    [
      '1. Ban Tuyên giáo các huyện ủy, đảng ủy trực thuộc\nTham mưu cấp ủy cùng cấp.',
      '1. Ban Tuyên giáo các huyện ủy, đảng ủy trực thuộc\nTham mưu cấp ủy cùng cấp.',
    ],
    ['theo đề nghị của\nTổ chức Y tế Thế giới.', 'theo đề nghị của Tổ chức Y tế Thế giới.'],
    // an aside in brackets that opens in lower case goes on the sentence; a bracketed note does not
    [
      'cao điểm trước, trong và sau Tết Nguyên đán Bính Ngọ 2026\n(từ ngày 15/12/2025 đến ngày 15/02/2026).',
      'cao điểm trước, trong và sau Tết Nguyên đán Bính Ngọ 2026 (từ ngày 15/12/2025 đến ngày 15/02/2026).',
    ],
    [
      'Thực hiện công tác quản lý, bảo vệ rừng năm 2026\n(Ban hành kèm theo Quyết định số 1287/QĐ-UBND)',
      'Thực hiện công tác quản lý, bảo vệ rừng năm 2026\n(Ban hành kèm theo Quyết định số 1287/QĐ-UBND)',
    ],
    ['các nội dung sau:\n(1) Tuyên truyền', 'các nội dung sau:\n(1) Tuyên truyền'],
    // a heading ending on a word that is a continuation word without its marks ('tự' / 'từ',
    // 'vệ' / 'về') is no continuation; an OCR slip of one ('cùa' for 'của') still is
    [
      '3. Bảo đảm an ninh, trật tự\nCông an huyện chủ động nắm tình hình.',
      '3. Bảo đảm an ninh, trật tự\nCông an huyện chủ động nắm tình hình.',
    ],
    [
      '4. Công tác bảo vệ\nHạt Kiểm lâm tăng cường tuần tra.',
      '4. Công tác bảo vệ\nHạt Kiểm lâm tăng cường tuần tra.',
    ],
    ['theo chủ trương cùa\nĐảng, chính sách', 'theo chủ trương cùa Đảng, chính sách'],
    // a quarter opens no line of its own
    [
      'hỗ trợ 45 nhà, hoàn thành trong Quý\nIII/2025. Huyện đoàn vận động đoàn viên.',
      'hỗ trợ 45 nhà, hoàn thành trong Quý III/2025. Huyện đoàn vận động đoàn viên.',
    ],
    // table rows with bars between their cells, even one starting with its number
    [
      'STT | Nhiệm vụ | Cơ quan chủ trì\n1 | Ban hành Quy chế | Văn phòng\n2 | Rà soát | Phòng Nội vụ',
      'STT | Nhiệm vụ | Cơ quan chủ trì\n1 | Ban hành Quy chế | Văn phòng\n2 | Rà soát | Phòng Nội vụ',
    ],
  ])('%j', (input, expected) => {
    expect(run(input, 'join-wrapped-lines').text).toBe(expected);
  });

  // A hard-wrapped paragraph of full lines: the typical line width the join step measures.
  const PAGE = [
    'Tăng cường công tác dân vận chính quyền trong quy hoạch, chủ trương thu hồi',
    'đất, phương án bồi thường, hỗ trợ giải phóng mặt bằng, tái định cư, xây dựng',
    'cơ sở hạ tầng, phương án điều chỉnh, quy hoạch khu dân cư, các quỹ vận động',
    'Nhân dân đóng góp; thực hiện tốt công tác tiếp công dân, giải quyết kịp thời',
    'những bức xúc chính đáng của Nhân dân; tăng cường đối thoại, tiếp xúc với',
    'Nhân dân. Hình thức công khai phải phong phú, đa dạng và địa điểm công khai',
    'phải thuận tiện cho người dân theo dõi, tránh tình trạng niêm yết công khai',
    'các văn bản đã hết hiệu lực của cơ quan, đơn vị trên địa bàn xã, thị trấn.',
  ];

  test('a full-width line in a hard-wrapped text joins the capitalised line after it', () => {
    const wrapped = [...PAGE, 'Thực hiện dân chủ trong hoạt động của cơ quan, đơn vị phải gắn liền với'].join(
      '\n',
    );
    const r = run(wrapped, 'join-wrapped-lines');
    expect(r.text.split('\n')).toHaveLength(2);
  });

  test('a full-width line joins a bracketed short form after it, not a bracketed note', () => {
    const wrapped = [
      ...PAGE,
      'các tiện ích của ứng dụng định danh điện tử quốc gia trên thiết bị di động',
      '(VNeID) đến từng thôn, tổ dân phố.',
    ].join('\n');
    expect(run(wrapped, 'join-wrapped-lines').text.split('\n')).toHaveLength(2);
    const note = [
      ...PAGE,
      'các tiện ích của ứng dụng định danh điện tử quốc gia trên thiết bị di động',
      '(Kèm theo Kế hoạch số 35/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân huyện)',
    ].join('\n');
    expect(run(note, 'join-wrapped-lines').text.split('\n')).toHaveLength(3);
  });

  test('…but not a capitalised line indented deeper: that opens a paragraph under a heading', () => {
    const wrapped = [
      ...PAGE,
      '2. Rà soát, sửa đổi, bổ sung các quy chế, quy định về thực hiện dân chủ cơ sở',
      '    Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện rà soát',
      'các văn bản do Hội đồng nhân dân, Ủy ban nhân dân huyện ban hành có nội dung.',
    ].join('\n');
    const lines = run(wrapped, 'join-wrapped-lines').text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('2. Rà soát, sửa đổi, bổ sung các quy chế, quy định về thực hiện dân chủ cơ sở');
    expect(lines[2]).toMatch(/^ {4}Phòng Tư pháp chủ trì/u);
  });

  test('…nor a line that opens with a capitalised verb after a line with no closing mark', () => {
    const wrapped = [
      ...PAGE.slice(0, 5),
      'Nhân dân. Hình thức công khai phải phong phú, đa dạng và địa điểm công khai.',
      '1. Hoàn thiện thể chế, chính sách và nâng cao nhận thức về chuyển đổi số tỉnh',
      'Rà soát, sửa đổi, bổ sung các quy chế, quy định của tỉnh về quản lý, vận hành,',
      'khai thác các hệ thống thông tin dùng chung; xây dựng quy chế quản lý dữ liệu;',
      'Tăng cường tuyên truyền về chuyển đổi số trên báo chí và hệ thống truyền thanh.',
    ].join('\n');
    const lines = run(wrapped, 'join-wrapped-lines').text.split('\n');
    expect(lines[1]).toBe('1. Hoàn thiện thể chế, chính sách và nâng cao nhận thức về chuyển đổi số tỉnh');
    // after a ';' the capitalised verb goes on the sentence
    expect(lines).toHaveLength(3);
  });
});

describe('layout: the whole chain keeps every change traceable', () => {
  const input =
    ' ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nthực hiện Quyết định số 23- \n\nQĐ/TW của \n\nBộ Chính trị về việc xử lý đơn \n\n\n\n4\n\nthư.\n\n**TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH**\n\n';
  test('every correction is layout and slices to its `to`, and maps back to where its `from` was', () => {
    const r = normalizeText(input);
    expect(r.text).toContain('Quyết định số 23-QĐ/TW của Bộ Chính trị về việc xử lý đơn thư.');
    expect(r.text).toContain('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH');
    r.corrections.forEach((c, i) => {
      expect(c.kind).toBe('layout');
      // A later step may edit the same place again ('\n' left by a page number joined to ' ').
      const redone = r.corrections
        .slice(i + 1)
        .some((d) => d.span.start < c.span.end && c.span.start < d.span.end);
      if (redone) return;
      expect(r.text.slice(c.span.start, c.span.end)).toBe(c.to);
      // Edits that touch share one region of the offset map: the region holds what was replaced.
      // (A deletion has an empty span, which the map sends past the removed text.)
      if (c.to === '') return;
      expect(
        input.slice(toSourceOffset(r, c.span.start, 'start'), toSourceOffset(r, c.span.end, 'end')),
      ).toContain(c.from);
    });
  });
  test('layout repair is idempotent', () => {
    const once = normalizeText(input).text;
    expect(normalizeText(once).text).toBe(once);
  });
  test('a 1 MB line of dots, digits and dashes passes quickly', () => {
    const line = '1.-/'.repeat(250_000);
    const t0 = performance.now();
    normalizeText(`${line}\n${line}`);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
