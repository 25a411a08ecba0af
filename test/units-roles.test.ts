import { describe, expect, test } from 'vitest';
import { extractUnits } from '../src/extract/units/index.js';
import { snippetContext } from './helpers/seg.js';

/** Every mention found in a snippet: 'role name = span text'. */
function roles(text: string): string[] {
  return extractUnits(snippetContext(text))
    .map((m) => `${m.role} ${m.name} = ${text.slice(m.span.start, m.span.end)}`)
    .sort();
}

describe('unit roles', () => {
  test.each([
    ['Giao Phòng Nội vụ chủ trì tham mưu.', ['lead Phòng Nội vụ = Phòng Nội vụ']],
    [
      'Sở Nông nghiệp và Môi trường chủ trì; Sở Dân tộc và Tôn giáo lồng ghép các nguồn vốn; Công an tỉnh huy động lực lượng.',
      [
        'lead Công an tỉnh = Công an tỉnh',
        'lead Sở Dân tộc và Tôn giáo = Sở Dân tộc và Tôn giáo',
        'lead Sở Nông nghiệp và Môi trường = Sở Nông nghiệp và Môi trường',
      ],
    ],
    [
      'Ban cán sự đảng UBND huyện lãnh đạo đẩy mạnh cung cấp dịch vụ công trực tuyến.',
      ['lead Ban cán sự đảng Ủy ban nhân dân huyện = Ban cán sự đảng UBND huyện'],
    ],
    [
      'Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ thực hiện.',
      ['cooperate Phòng Nội vụ = Phòng Nội vụ', 'lead Phòng Tư pháp = Phòng Tư pháp'],
    ],
    ['1. Phòng Nội vụ: Theo dõi, kiểm tra.', ['lead Phòng Nội vụ = Phòng Nội vụ']],
    // a note in brackets between the heading's unit and its ':'
    ['2. Sở Y tế (cơ quan thường trực): Chủ trì kiểm tra.', ['lead Sở Y tế = Sở Y tế']],
    // collectives of hospitals, of party committees
    [
      '4. Bệnh viện Đa khoa tỉnh, các bệnh viện tuyến tỉnh: Chuẩn bị thuốc.',
      [
        'lead Bệnh viện Đa khoa tỉnh = Bệnh viện Đa khoa tỉnh',
        'lead Các bệnh viện tuyến tỉnh = các bệnh viện tuyến tỉnh',
      ],
    ],
    [
      '6. Các đảng ủy cấp trên cơ sở: quán triệt.',
      ['lead Các đảng ủy cấp trên cơ sở = Các đảng ủy cấp trên cơ sở'],
    ],
    // party style numbers its items with a dash
    [
      '1- Ủy ban Kiểm tra Huyện ủy: Chủ trì kiểm tra chuyên đề.',
      ['lead Ủy ban Kiểm tra Huyện ủy = Ủy ban Kiểm tra Huyện ủy'],
    ],
    // party collectives of the grassroots; the district broadcaster's name with its dash
    [
      '1. Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch này xây dựng kế hoạch.',
      ['lead Các chi bộ, đảng bộ cơ sở = Các chi bộ, đảng bộ cơ sở'],
    ],
    [
      '- Đài Truyền thanh - Truyền hình huyện mở chuyên mục.',
      ['lead Đài Truyền thanh - Truyền hình huyện = Đài Truyền thanh - Truyền hình huyện'],
    ],
    // a lettered item opened by its subject
    ['a) Công an tỉnh chủ trì kiểm tra.', ['lead Công an tỉnh = Công an tỉnh']],
    ['2.1. Phòng Tư pháp\nTăng cường công tác tuyên truyền.', ['lead Phòng Tư pháp = Phòng Tư pháp']],
    [
      '2. Công chức Văn phòng - Thống kê xã Theo dõi, đôn đốc việc giải quyết hồ sơ.',
      ['lead Công chức Văn phòng - Thống kê xã = Công chức Văn phòng - Thống kê xã'],
    ],
    [
      '3. Đề nghị Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện phối hợp hướng dẫn.',
      [
        'lead Ban Dân vận Huyện ủy = Ban Dân vận Huyện ủy',
        'lead Ủy ban Mặt trận Tổ quốc Việt Nam huyện = Ủy ban MTTQ Việt Nam huyện',
      ],
    ],
    [
      'Công chức Tư pháp - Hộ tịch có trách nhiệm hướng dẫn.',
      ['lead Công chức Tư pháp - Hộ tịch = Công chức Tư pháp - Hộ tịch'],
    ],
    [
      'Công chức Văn phòng - Thống kê tham mưu, giúp UBND xã triển khai.',
      ['lead Công chức Văn phòng - Thống kê = Công chức Văn phòng - Thống kê'],
    ],
    [
      '- Văn phòng - Thống kê xã chủ trì tham mưu:',
      ['lead Văn phòng - Thống kê xã = Văn phòng - Thống kê xã'],
    ],
    ['Đơn vị thực hiện: Phòng Kinh tế.', ['lead Phòng Kinh tế = Phòng Kinh tế']],
    [
      'Cơ quan chủ trì: Phòng Y tế; Cơ quan phối hợp: Trạm Y tế xã.',
      ['cooperate Trạm Y tế xã = Trạm Y tế xã', 'lead Phòng Y tế = Phòng Y tế'],
    ],
    [
      '(Giao Phòng Văn hóa và Thông tin chuẩn bị nội dung)',
      ['lead Phòng Văn hóa và Thông tin = Phòng Văn hóa và Thông tin'],
    ],
    [
      '- Phối hợp Ban Dân vận Huyện ủy tổ chức tổng kết.',
      ['cooperate Ban Dân vận Huyện ủy = Ban Dân vận Huyện ủy'],
    ],
    [
      'Định kỳ các xã báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Nội vụ).',
      ['receive Phòng Nội vụ = Phòng Nội vụ', 'receive Ủy ban nhân dân huyện = Ủy ban nhân dân huyện'],
    ],
    [
      'Định kỳ các xã báo cáo kết quả gửi UBND huyện (qua Phòng Nội vụ).',
      ['receive Phòng Nội vụ = Phòng Nội vụ', 'receive Ủy ban nhân dân huyện = UBND huyện'],
    ],
    [
      'Phòng Văn hóa - Thông tin: Chỉ đạo Trung tâm Văn hóa - Truyền thông thị xã xây dựng chuyên mục.',
      [
        'lead Phòng Văn hóa - Thông tin = Phòng Văn hóa - Thông tin',
        'lead Trung tâm Văn hóa - Truyền thông thị xã = Trung tâm Văn hóa - Truyền thông thị xã',
      ],
    ],
    [
      '1. Phòng Nội vụ: Theo dõi.\nYêu cầu các ban, ngành, cán bộ, công chức xã nghiêm túc triển khai, kịp thời phản ánh về Văn phòng - Thống kê xã để tổng hợp, báo cáo UBND xã.',
      [
        'lead Phòng Nội vụ = Phòng Nội vụ',
        'receive Văn phòng - Thống kê xã = Văn phòng - Thống kê xã',
        'receive Ủy ban nhân dân xã = UBND xã',
      ],
    ],
    [
      // A closing formula of four words ('quá trình triển khai'): the line is closing, where a
      // lead cue gives no role.
      '1. Phòng Nội vụ: Theo dõi.\nQuá trình triển khai, Phòng Tư pháp chủ trì tổng hợp vướng mắc.',
      ['lead Phòng Nội vụ = Phòng Nội vụ'],
    ],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual([...expected].sort());
  });

  // Named, but given no role: objects, generic partners, citations' issuers, closing addressees.
  test.each([
    'Tham mưu Ủy ban nhân dân huyện theo dõi, kiểm tra.',
    'Phối hợp với các cơ quan, đơn vị có liên quan triển khai.',
    'Quyết định số 269-QĐ/TU của Ban Thường vụ Tỉnh ủy ban hành Quy chế.',
    'Phát huy vai trò của Ủy ban Mặt trận Tổ quốc trong việc giám sát.',
    'Theo dõi, đôn đốc Bộ phận một cửa xã việc giải quyết hồ sơ.',
    'Thủ trưởng các phòng, ban, đơn vị triển khai thực hiện.',
    'Ủy ban nhân dân các phường, xã tạo điều kiện để Mặt trận Tổ quốc hoạt động.'.slice(35),
  ])('no role: %s', (text) => {
    expect(roles(text).filter((r) => !r.startsWith('lead Ủy ban nhân dân các phường'))).toEqual([]);
  });
});
