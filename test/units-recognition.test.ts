import { describe, expect, test } from 'vitest';
import { readUnitList } from '../src/extract/units/read-unit-list.js';
import { tokenize } from '../src/extract/units/tokens.js';

/** The units read at the start of `text`: [canonical name, the words its span covers]. */
function unitsAt(text: string): Array<[string, string]> {
  const list = readUnitList(text, tokenize(text), 0);
  return (list?.units ?? [])
    .filter((u) => !u.generic)
    .map((u) => [u.name, text.slice(u.span.start, u.span.end)]);
}

describe('unit recognition', () => {
  test.each([
    ['Phòng Nội vụ chủ trì', [['Phòng Nội vụ', 'Phòng Nội vụ']]],
    ['phòng Văn hoá - Thông tin tham mưu', [['Phòng Văn hóa - Thông tin', 'phòng Văn hoá - Thông tin']]],
    ['Phòng Tài chính và Kế hoạch dự trù', [['Phòng Tài chính và Kế hoạch', 'Phòng Tài chính và Kế hoạch']]],
    ['UBND xã Nam Chính xây dựng', [['Ủy ban nhân dân xã Nam Chính', 'UBND xã Nam Chính']]],
    [
      'Ủy ban nhân dân các xã, thị trấn báo cáo',
      [['Ủy ban nhân dân các xã, thị trấn', 'Ủy ban nhân dân các xã, thị trấn']],
    ],
    ['Ủy ban nhân dân Huyện (qua', [['Ủy ban nhân dân Huyện', 'Ủy ban nhân dân Huyện']]],
    ['UBMTTQ Việt Nam huyện;', [['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'UBMTTQ Việt Nam huyện']]],
    ['Ủy ban MTTQ, các tổ chức', [['Ủy ban Mặt trận Tổ quốc', 'Ủy ban MTTQ']]],
    [
      'HĐND&UBND xã',
      [
        ['Hội đồng nhân dân', 'HĐND'],
        ['Ủy ban nhân dân xã', 'UBND xã'],
      ],
    ],
    [
      'Công chức Văn phòng - Thống kê xã Theo dõi',
      [['Công chức Văn phòng - Thống kê xã', 'Công chức Văn phòng - Thống kê xã']],
    ],
    [
      'Công chức Văn phòng Đảng uỷ - Nội vụ',
      [['Công chức Văn phòng Đảng ủy - Nội vụ', 'Công chức Văn phòng Đảng uỷ - Nội vụ']],
    ],
    [
      'Công chức phụ trách Văn hóa - xã hội có',
      [['Công chức phụ trách Văn hóa - xã hội', 'Công chức phụ trách Văn hóa - xã hội']],
    ],
    ['Văn phòng - Thống kê xã để', [['Văn phòng - Thống kê xã', 'Văn phòng - Thống kê xã']]],
    ['Đài Phát thanh xã Xây dựng', [['Đài Phát thanh xã', 'Đài Phát thanh xã']]],
    ['Khối dân vận Đảng uỷ', [['Khối dân vận Đảng ủy', 'Khối dân vận Đảng uỷ']]],
    ['Hội Cựu chiến binh huyện tổ chức', [['Hội Cựu chiến binh huyện', 'Hội Cựu chiến binh huyện']]],
    ['Ban Chỉ huy Quân sự xã', [['Ban Chỉ huy Quân sự xã', 'Ban Chỉ huy Quân sự xã']]],
    ['Thanh tra huyện', [['Thanh tra huyện', 'Thanh tra huyện']]],
    ['Chủ tịch UBND phường thực hiện', [['Chủ tịch Ủy ban nhân dân phường', 'Chủ tịch UBND phường']]],
    [
      'Trung tâm Văn hóa - Thể thao và Truyền thanh Huyện phối hợp',
      [
        [
          'Trung tâm Văn hóa - Thể thao và Truyền thanh Huyện',
          'Trung tâm Văn hóa - Thể thao và Truyền thanh Huyện',
        ],
      ],
    ],
    // collectives
    [
      'Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thị xã;',
      [
        [
          'Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thị xã',
          'Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thị xã',
        ],
      ],
    ],
    [
      'Các tổ chức chính trị - xã hội Huyện phối hợp',
      [['Các tổ chức chính trị - xã hội Huyện', 'Các tổ chức chính trị - xã hội Huyện']],
    ],
    [
      'các đoàn thể chính trị - xã hội cùng cấp tiếp tục',
      [['Các đoàn thể chính trị - xã hội', 'các đoàn thể chính trị - xã hội']],
    ],
    ['Các bộ phận chuyên môn chủ động', [['Các bộ phận chuyên môn', 'Các bộ phận chuyên môn']]],
    ['Các Ban, ngành, đoàn thể: theo', [['Các Ban, ngành, đoàn thể', 'Các Ban, ngành, đoàn thể']]],
    // coordination: borrowed head, shared party committee
    [
      'Ủy ban nhân dân thị xã, các phường, xã thực hiện',
      [
        ['Ủy ban nhân dân thị xã', 'Ủy ban nhân dân thị xã'],
        ['Ủy ban nhân dân các phường, xã', 'các phường, xã'],
      ],
    ],
    [
      'Ban Tuyên giáo, Ban Dân vận Thị ủy chỉ đạo',
      [
        ['Ban Tuyên giáo Thị ủy', 'Ban Tuyên giáo'],
        ['Ban Dân vận Thị ủy', 'Ban Dân vận Thị ủy'],
      ],
    ],
    [
      'Ủy ban Mặt trận Tổ quốc và đoàn thể các cấp làm tốt',
      [
        ['Ủy ban Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc'],
        ['Đoàn thể các cấp', 'đoàn thể các cấp'],
      ],
    ],
    [
      'Các phòng ban, đơn vị, Ủy ban nhân dân các phường, xã triển khai',
      [
        ['Các phòng ban, đơn vị', 'Các phòng ban, đơn vị'],
        ['Ủy ban nhân dân các phường, xã', 'Ủy ban nhân dân các phường, xã'],
      ],
    ],
    ['Phòng Nội vụ ⏎\n- Chủ trì, phối hợp', [['Phòng Nội vụ', 'Phòng Nội vụ']]],
    // party bodies
    ['Ủy ban Kiểm tra Huyện ủy chủ trì', [['Ủy ban Kiểm tra Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy']]],
    [
      'Ban cán sự đảng UBND huyện chỉ đạo',
      [['Ban cán sự đảng Ủy ban nhân dân huyện', 'Ban cán sự đảng UBND huyện']],
    ],
    ['Đảng đoàn HĐND huyện chỉ đạo', [['Đảng đoàn Hội đồng nhân dân huyện', 'Đảng đoàn HĐND huyện']]],
    ['Đảng ủy Công an huyện chủ trì', [['Đảng ủy Công an huyện', 'Đảng ủy Công an huyện']]],
    [
      'Các chi, đảng bộ trực thuộc: triển khai',
      [['Các chi, đảng bộ trực thuộc', 'Các chi, đảng bộ trực thuộc']],
    ],
    [
      'Ủy ban Kiểm tra Huyện ủy và Văn phòng Huyện ủy theo dõi',
      [
        ['Ủy ban Kiểm tra Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy'],
        ['Văn phòng Huyện ủy', 'Văn phòng Huyện ủy'],
      ],
    ],
    // village heads
    ['Trưởng các thôn: xây dựng', [['Trưởng các thôn', 'Trưởng các thôn']]],
    ['Trưởng thôn, tổ dân phố phối hợp', [['Trưởng thôn, tổ dân phố', 'Trưởng thôn, tổ dân phố']]],
    [
      'Công an xã, Trưởng thôn các thôn phối hợp',
      [
        ['Công an xã', 'Công an xã'],
        ['Trưởng thôn các thôn', 'Trưởng thôn các thôn'],
      ],
    ],
    // names with a verb-like word after a dash, lower-case tails, commas
    ['Phòng Kinh tế - Xây dựng:', [['Phòng Kinh tế - Xây dựng', 'Phòng Kinh tế - Xây dựng']]],
    ['Phòng Tổ chức cán bộ: Chủ trì', [['Phòng Tổ chức cán bộ', 'Phòng Tổ chức cán bộ']]],
    [
      'Phòng Khảo thí và Kiểm định chất lượng giáo dục chủ trì',
      [
        [
          'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
          'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
        ],
      ],
    ],
    ['Ban Tiếp công dân huyện phối hợp', [['Ban Tiếp công dân huyện', 'Ban Tiếp công dân huyện']]],
    [
      'Sở Văn hóa, Thể thao và Du lịch phối hợp',
      [['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch']],
    ],
    [
      'Phòng Giáo dục và Đào tạo giáo dục học sinh',
      [['Phòng Giáo dục và Đào tạo', 'Phòng Giáo dục và Đào tạo']],
    ],
    ['Văn phòng Sở trước ngày 10/12/2025', [['Văn phòng Sở', 'Văn phòng Sở']]],
    // the press, broadcasters, youth unions and state telecoms
    [
      'Báo Quảng Trị, Đài Phát thanh - Truyền hình tỉnh, Tỉnh Đoàn phối hợp',
      [
        ['Báo Quảng Trị', 'Báo Quảng Trị'],
        ['Đài Phát thanh - Truyền hình tỉnh', 'Đài Phát thanh - Truyền hình tỉnh'],
        ['Tỉnh Đoàn', 'Tỉnh Đoàn'],
      ],
    ],
    [
      'Viễn thông Quảng Trị, Viettel Quảng Trị phối hợp',
      [
        ['Viễn thông Quảng Trị', 'Viễn thông Quảng Trị'],
        ['Viettel Quảng Trị', 'Viettel Quảng Trị'],
      ],
    ],
    // name words that only start a verb ('báo' of 'báo cáo', 'trực' of 'trực tiếp'), 'hàng' of 'Ngân hàng'
    ['Hội Nhà báo tỉnh chủ trì', [['Hội Nhà báo tỉnh', 'Hội Nhà báo tỉnh']]],
    [
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền',
      [
        [
          'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
          'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        ],
      ],
    ],
    [
      'Phòng Giao dịch Ngân hàng Chính sách xã hội thị xã phối hợp',
      [
        [
          'Phòng Giao dịch Ngân hàng Chính sách xã hội thị xã',
          'Phòng Giao dịch Ngân hàng Chính sách xã hội thị xã',
        ],
      ],
    ],
    ['Phòng Nội vụ hằng năm báo cáo', [['Phòng Nội vụ', 'Phòng Nội vụ']]],
    // one board of several party committees
    [
      'Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tham mưu',
      [
        [
          'Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
          'Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
        ],
      ],
    ],
    [
      'Ban Tuyên giáo các huyện ủy tham mưu',
      [['Ban Tuyên giáo các huyện ủy', 'Ban Tuyên giáo các huyện ủy']],
    ],
    // fields listed with commas, the last after 'và' (names of 2025's merged offices)
    [
      'Phòng Văn hóa, Khoa học và Thông tin chủ trì',
      [['Phòng Văn hóa, Khoa học và Thông tin', 'Phòng Văn hóa, Khoa học và Thông tin']],
    ],
    [
      'Phòng Kinh tế, Hạ tầng và Đô thị phường phối hợp',
      [['Phòng Kinh tế, Hạ tầng và Đô thị phường', 'Phòng Kinh tế, Hạ tầng và Đô thị phường']],
    ],
    [
      'Sở Tài chính, Báo và Phát thanh, Truyền hình Gia Lai và UBND các xã, phường tổ chức',
      [
        ['Sở Tài chính', 'Sở Tài chính'],
        ['Báo và Phát thanh, Truyền hình Gia Lai', 'Báo và Phát thanh, Truyền hình Gia Lai'],
        ['Ủy ban nhân dân các xã, phường', 'UBND các xã, phường'],
      ],
    ],
    // justice and border bodies, working groups, a steering committee named by its number
    ['Cục Quản lý thị trường tỉnh chủ trì', [['Cục Quản lý thị trường tỉnh', 'Cục Quản lý thị trường tỉnh']]],
    ['Bộ đội Biên phòng tỉnh chủ trì', [['Bộ đội Biên phòng tỉnh', 'Bộ đội Biên phòng tỉnh']]],
    [
      'Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp',
      [
        ['Viện Kiểm sát nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh'],
        ['Tòa án nhân dân tỉnh', 'Tòa án nhân dân tỉnh'],
      ],
    ],
    ['Tổ giúp việc Ban Chỉ đạo: Giúp', [['Tổ giúp việc Ban Chỉ đạo', 'Tổ giúp việc Ban Chỉ đạo']]],
    ['Tổ kiểm tra liên ngành phối hợp', [['Tổ kiểm tra liên ngành', 'Tổ kiểm tra liên ngành']]],
    ['Ban Chỉ đạo 389 tỉnh chủ trì', [['Ban Chỉ đạo 389 tỉnh', 'Ban Chỉ đạo 389 tỉnh']]],
    // a proper name's last word takes no lower-case companion
    ['Viettel Quảng Trị phát triển hạ tầng', [['Viettel Quảng Trị', 'Viettel Quảng Trị']]],
    ['Tổ trưởng các tổ dân phố phối hợp', [['Tổ trưởng các tổ dân phố', 'Tổ trưởng các tổ dân phố']]],
    [
      'Trung tâm Phục vụ hành chính công phường tiếp nhận',
      [['Trung tâm Phục vụ hành chính công phường', 'Trung tâm Phục vụ hành chính công phường']],
    ],
    [
      'Ban công tác Mặt trận khu dân cư phối hợp',
      [['Ban công tác Mặt trận khu dân cư', 'Ban công tác Mặt trận khu dân cư']],
    ],
    [
      'Ban Chỉ huy Phòng thủ dân sự phường chủ trì',
      [['Ban Chỉ huy Phòng thủ dân sự phường', 'Ban Chỉ huy Phòng thủ dân sự phường']],
    ],
    // a body named by its head alone, in a plan it issues
    ['Thanh tra Sở: kiểm tra', [['Thanh tra Sở', 'Thanh tra Sở']]],
    ['Thanh tra Sở Y tế kiểm tra', [['Thanh tra Sở Y tế', 'Thanh tra Sở Y tế']]],
    [
      'Các phòng chuyên môn thuộc Sở tổ chức kiểm tra',
      [['Các phòng chuyên môn thuộc Sở', 'Các phòng chuyên môn thuộc Sở']],
    ],
    // youth-union bodies end with their committee, as party bodies do
    ['Ban Tuyên giáo Tỉnh đoàn chủ trì', [['Ban Tuyên giáo Tỉnh đoàn', 'Ban Tuyên giáo Tỉnh đoàn']]],
    [
      'Ban Tổ chức - Kiểm tra Tỉnh đoàn biên soạn',
      [['Ban Tổ chức - Kiểm tra Tỉnh đoàn', 'Ban Tổ chức - Kiểm tra Tỉnh đoàn']],
    ],
    // the island zones and the areas of 2025, a number after a level, a restriction after 'các xã'
    [
      'UBND các xã, phường, đặc khu và Công an tỉnh',
      [
        ['Ủy ban nhân dân các xã, phường, đặc khu', 'UBND các xã, phường, đặc khu'],
        ['Công an tỉnh', 'Công an tỉnh'],
      ],
    ],
    [
      'Trung tâm Y tế khu vực Cai Lậy báo cáo',
      [['Trung tâm Y tế khu vực Cai Lậy', 'Trung tâm Y tế khu vực Cai Lậy']],
    ],
    ['Chi cục Thuế khu vực XII;', [['Chi cục Thuế khu vực XII', 'Chi cục Thuế khu vực XII']]],
    ['Trưởng thôn 3 chủ trì', [['Trưởng thôn 3', 'Trưởng thôn 3']]],
    [
      'Ủy ban nhân dân các xã ven biển tổ chức',
      [['Ủy ban nhân dân các xã ven biển', 'Ủy ban nhân dân các xã ven biển']],
    ],
    // bodies of other sectors, and the sentence-case names every province has
    ['Hạt Quản lý đê Giao Thủy chủ trì', [['Hạt Quản lý đê Giao Thủy', 'Hạt Quản lý đê Giao Thủy']]],
    ['Đồn Biên phòng Giao Thiện phối hợp', [['Đồn Biên phòng Giao Thiện', 'Đồn Biên phòng Giao Thiện']]],
    ['Hiệp hội Doanh nghiệp tỉnh;', [['Hiệp hội Doanh nghiệp tỉnh', 'Hiệp hội Doanh nghiệp tỉnh']]],
    [
      'Trung tâm Kiểm soát bệnh tật chủ trì',
      [['Trung tâm Kiểm soát bệnh tật', 'Trung tâm Kiểm soát bệnh tật']],
    ],
    [
      'Ban Quản lý Khu kinh tế Vân Phong chủ trì',
      [['Ban Quản lý Khu kinh tế Vân Phong', 'Ban Quản lý Khu kinh tế Vân Phong']],
    ],
    [
      'Đài Phát thanh và Truyền hình Bình Định đưa tin',
      [['Đài Phát thanh và Truyền hình Bình Định', 'Đài Phát thanh và Truyền hình Bình Định']],
    ],
    // the party committees of 2025 over a body's members; a one-word verb inside a place's name
    ['Đảng ủy UBND thành phố lãnh đạo', [['Đảng ủy Ủy ban nhân dân thành phố', 'Đảng ủy UBND thành phố']]],
    ['UBND xã Tân Lập chủ trì', [['Ủy ban nhân dân xã Tân Lập', 'UBND xã Tân Lập']]],
    // fields that are also a time word or a verb; a union committee with the place it serves
    [
      'Phòng Giáo dục Chuyên nghiệp - Giáo dục thường xuyên tổ chức',
      [
        [
          'Phòng Giáo dục Chuyên nghiệp - Giáo dục thường xuyên',
          'Phòng Giáo dục Chuyên nghiệp - Giáo dục thường xuyên',
        ],
      ],
    ],
    [
      'Phòng Khảo thí và Quản lý chất lượng giáo dục chủ trì',
      [['Phòng Khảo thí và Quản lý chất lượng giáo dục', 'Phòng Khảo thí và Quản lý chất lượng giáo dục']],
    ],
    ['Tỉnh đoàn Nghệ An chỉ đạo', [['Tỉnh đoàn Nghệ An', 'Tỉnh đoàn Nghệ An']]],
    // an office's field by its short form: expanded whole, never 'TT' → 'Thường trực'
    [
      'Phòng VH&TT, Phòng LĐ-TB&XH phối hợp',
      [
        ['Phòng Văn hóa và Thông tin', 'Phòng VH&TT'],
        ['Phòng Lao động - Thương binh và Xã hội', 'Phòng LĐ-TB&XH'],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(unitsAt(text)).toEqual(expected);
  });

  // Not units: generic actors, words that merely look like heads, codes.
  test.each([
    'Thủ trưởng các cơ quan, đơn vị tổ chức',
    'các cơ quan, đơn vị có liên quan triển khai',
    'các ban, ngành có liên quan kiến nghị',
    'các cơ quan, ban, ngành để',
    'Cấp ủy đảng, lãnh đạo các cơ quan, đơn vị thường xuyên',
    'cán bộ, công chức, viên chức',
    'công chức kiểm tra, rà soát',
    'ban hành Quy chế',
    'phòng, chống tham nhũng',
    'thanh tra công vụ',
    'KH-UBND ngày',
    'trên cở sở Kế hoạch này',
    'Báo cáo kết quả thực hiện',
  ])('no unit: %s', (text) => {
    const tokens = tokenize(text);
    const found = Array.from({ length: tokens.length }, (_, i) =>
      (readUnitList(text, tokens, i)?.units ?? []).filter((u) => !u.generic),
    ).flat();
    expect(found.map((u) => u.name)).toEqual([]);
  });
});
