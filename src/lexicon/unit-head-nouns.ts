/**
 * Head nouns that start a unit name, written as printed (NFC, administrative tone style).
 * `tail` says what may follow the head:
 * - 'name': a proper-name tail is required ('Phòng' + 'Nội vụ'); a bare 'phòng' is no unit.
 * - 'level': an administrative level or place may follow ('Ủy ban nhân dân' + 'xã Nam Chính').
 * - 'none': the head is a whole name; a level may still follow ('Thanh tra' + 'huyện').
 * `lower`: the head is also a unit when printed lower case ('(qua phòng Nội vụ)').
 * Longer heads are tried first, so 'Ban Chỉ huy Quân sự' wins over 'Ban'.
 */
export interface UnitHead {
  words: string;
  tail: 'name' | 'level' | 'none';
  lower?: boolean;
  /** A body of another body, which its name names whole ('Tổ giúp việc' + 'Ban Chỉ đạo 389 tỉnh'). */
  of?: boolean;
}

export const unitHeadNouns: readonly UnitHead[] = [
  { words: 'Ủy ban nhân dân', tail: 'level', lower: true },
  { words: 'UBND', tail: 'level' },
  { words: 'ƯBND', tail: 'level' },
  { words: 'Hội đồng nhân dân', tail: 'level', lower: true },
  { words: 'HĐND', tail: 'level' },
  { words: 'Ủy ban Mặt trận Tổ quốc Việt Nam', tail: 'level' },
  { words: 'Ủy ban Mặt trận Tổ quốc', tail: 'level' },
  { words: 'Ủy ban MTTQ Việt Nam', tail: 'level' },
  { words: 'Ủy ban MTTQ', tail: 'level' },
  { words: 'UBMTTQ Việt Nam', tail: 'level' },
  { words: 'UBMTTQVN', tail: 'level' },
  { words: 'UBMTTQ', tail: 'level' },
  { words: 'Mặt trận Tổ quốc Việt Nam', tail: 'level' },
  { words: 'Mặt trận Tổ quốc', tail: 'level' },
  { words: 'MTTQ Việt Nam', tail: 'level' },
  { words: 'MTTQVN', tail: 'level' },
  { words: 'MTTQ', tail: 'level' },
  { words: 'Thủ tướng Chính phủ', tail: 'none' },
  { words: 'Chính phủ', tail: 'none' },
  { words: 'Quốc hội', tail: 'none' },
  { words: 'Bộ Chính trị', tail: 'none' },
  { words: 'Ban Bí thư', tail: 'none' },
  { words: 'Ban Chấp hành Đảng bộ', tail: 'level' },
  { words: 'Ban Chấp hành', tail: 'name' },
  { words: 'BCH Đảng bộ', tail: 'level' },
  { words: 'Ban Thường vụ', tail: 'name' },
  { words: 'BTV', tail: 'name' },
  { words: 'Thường trực', tail: 'name' },
  { words: 'Ban Chỉ huy Quân sự', tail: 'level' },
  { words: 'Ban Chỉ huy Phòng thủ dân sự', tail: 'level' },
  { words: 'Ban Công tác Mặt trận', tail: 'level', lower: true },
  // 'Ban Thường trực Ủy ban MTTQ tỉnh': a 'name' tail takes the body it belongs to
  { words: 'Ban Thường trực', tail: 'name' },
  { words: 'Ban Chỉ đạo', tail: 'name' },
  { words: 'Bộ phận tiếp nhận và trả kết quả', tail: 'level', lower: true },
  { words: 'Bộ phận một cửa', tail: 'level' },
  { words: 'Đài Phát thanh - Truyền hình', tail: 'level' },
  { words: 'Đài Phát thanh và Truyền hình', tail: 'level' },
  { words: 'Đài Phát thanh', tail: 'level' },
  { words: 'Đài Truyền thanh - Truyền hình', tail: 'level' },
  { words: 'Đài Truyền thanh', tail: 'level' },
  { words: 'Thanh tra', tail: 'none' },
  // the justice and border bodies a plan against smuggling or crime gives work to
  { words: 'Viện Kiểm sát nhân dân', tail: 'level' },
  { words: 'Tòa án nhân dân', tail: 'level' },
  { words: 'Bộ Chỉ huy Bộ đội Biên phòng', tail: 'level' },
  { words: 'Bộ đội Biên phòng', tail: 'level' },
  // working groups: 'Tổ giúp việc Ban Chỉ đạo', 'Tổ kiểm tra liên ngành', 'Tổ công tác …'
  { words: 'Tổ giúp việc', tail: 'name', of: true },
  { words: 'Cơ quan Thường trực', tail: 'name', of: true },
  { words: 'Tổ kiểm tra liên ngành', tail: 'level' },
  { words: 'Tổ kiểm tra', tail: 'name' },
  { words: 'Tổ công tác', tail: 'name' },
  { words: 'Công an', tail: 'none' },
  // bodies of the sectors a plan on dikes, forests, credit or addiction gives work to
  { words: 'Bộ Chỉ huy Quân sự', tail: 'level' },
  { words: 'Đồn Biên phòng', tail: 'name' },
  { words: 'Đồn', tail: 'name' },
  { words: 'Hạt', tail: 'name' },
  { words: 'Điện lực', tail: 'name' },
  { words: 'Công ty', tail: 'name' },
  { words: 'Cơ sở Cai nghiện ma túy', tail: 'level', lower: true },
  { words: 'Hiệp hội', tail: 'name' },
  { words: 'Liên minh Hợp tác xã', tail: 'level' },
  { words: 'Quỹ', tail: 'name' },
  { words: 'Ngân hàng Nhà nước Chi nhánh', tail: 'level' },
  { words: 'Ngân hàng Nhà nước', tail: 'level' },
  { words: 'Phòng Giao dịch Ngân hàng Chính sách xã hội', tail: 'level' },
  { words: 'Ngân hàng Chính sách xã hội', tail: 'level' },
  { words: 'Hội đồng Đội', tail: 'level' },
  { words: 'Kho bạc Nhà nước', tail: 'level' },
  { words: 'Bảo hiểm xã hội', tail: 'level' },
  // party bodies: 'Ủy ban Kiểm tra Huyện ủy', 'Ban cán sự đảng UBND huyện', 'Đảng đoàn HĐND
  // huyện' (a 'name' tail takes the committee or the council they belong to)
  { words: 'Ủy ban Kiểm tra', tail: 'name' },
  { words: 'Ban cán sự đảng', tail: 'name' },
  { words: 'Đảng đoàn', tail: 'name' },
  // the party committees of 2025 over a body's members ('Đảng ủy UBND thành phố', 'Đảng ủy các
  // cơ quan Đảng tỉnh')
  { words: 'Đảng ủy Ủy ban nhân dân', tail: 'level' },
  { words: 'Đảng ủy UBND', tail: 'level' },
  { words: 'Đảng ủy Mặt trận Tổ quốc', tail: 'level' },
  { words: 'Đảng ủy các cơ quan Đảng', tail: 'level' },
  { words: 'Đảng ủy Công an', tail: 'level' },
  { words: 'Đảng ủy Quân sự', tail: 'level' },
  { words: 'Đảng ủy', tail: 'level' },
  { words: 'Tỉnh Đoàn', tail: 'none' },
  { words: 'Huyện Đoàn', tail: 'none' },
  { words: 'Thành Đoàn', tail: 'none' },
  { words: 'Thị Đoàn', tail: 'none' },
  { words: 'Bưu điện', tail: 'level' },
  // the press and the state telecoms a plan gives work to: 'Báo Quảng Trị', 'Viettel Quảng Trị'
  { words: 'Báo và Phát thanh, Truyền hình', tail: 'name' },
  { words: 'Báo', tail: 'name' },
  { words: 'Viễn thông', tail: 'name' },
  { words: 'Viettel', tail: 'name' },
  { words: 'VNPT', tail: 'name' },
  { words: 'Huyện ủy', tail: 'none' },
  { words: 'Thị ủy', tail: 'none' },
  { words: 'Tỉnh ủy', tail: 'none' },
  { words: 'Thành ủy', tail: 'none' },
  { words: 'Quận ủy', tail: 'none' },
  { words: 'Văn phòng', tail: 'name', lower: true },
  { words: 'Trung tâm', tail: 'name', lower: true },
  { words: 'Công chức', tail: 'name' },
  { words: 'Chi cục', tail: 'name' },
  { words: 'Liên đoàn', tail: 'name' },
  { words: 'Bệnh viện', tail: 'name' },
  { words: 'Trạm', tail: 'name' },
  { words: 'Trường', tail: 'name' },
  { words: 'Khối', tail: 'name' },
  { words: 'Phòng', tail: 'name', lower: true },
  { words: 'Sở', tail: 'name' },
  { words: 'Ban', tail: 'name' },
  { words: 'Bộ', tail: 'name' },
  { words: 'Cục', tail: 'name' },
  { words: 'Đài', tail: 'name' },
  { words: 'Hội', tail: 'name' },
  { words: 'Đoàn', tail: 'name' },
  { words: 'VP', tail: 'name' },
];

/** Positions counted as units when they head one ('Chủ tịch Ủy ban nhân dân phường'). */
export const unitPositions = [
  'Tổ trưởng',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Trưởng',
  'Trưởng',
] as const;

/** Words that join the words of a tail without ending it ('Công chức phụ trách Văn hóa - Xã hội'). */
export const unitTailConnectors = ['phụ trách'] as const;
