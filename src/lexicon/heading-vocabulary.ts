/**
 * Words that tell where a numbered item's heading ends (SPEC §2.2 and the gold notes).
 * `headingUnitHeads`: an item that starts with one of these names a unit ('1. Phòng Nội vụ:
 * Theo dõi …' → 'Phòng Nội vụ'). `headingVerbs`: a capitalised verb right after a unit name
 * with no punctuation is where the body starts ('Đài Phát thanh xã Xây dựng …').
 */
export const headingUnitHeads = [
  'Ủy ban',
  'UBND',
  'UBMTTQ',
  'MTTQ',
  'HĐND',
  'Hội đồng',
  'Mặt trận',
  'Văn phòng',
  'Trung tâm',
  'Chi cục',
  'Phòng',
  'Ban',
  'Sở',
  'Cục',
  'Đài',
  'Trường',
  'Hội',
  'Đoàn',
  'Huyện đoàn',
  'Khối',
  'Bộ phận',
  'Thanh tra',
  'Công an',
  'Quân sự',
  'Kho bạc',
  'Công chức',
  'Cán bộ',
  'Chủ tịch',
  'Thủ trưởng',
  'Lãnh đạo',
  'Đảng ủy',
  'Chi bộ',
  'Các phòng',
  'Các ban',
  'Các cơ quan',
  'Các đơn vị',
  'Các ngành',
  'Các tổ chức',
  'Các đoàn thể',
  'Các xã',
  'Các bộ phận',
  'Giao',
  'Đề nghị',
] as const;

/**
 * Verbs that never begin a unit's own name: after any unit name they start the body. The
 * other verbs ('Xây dựng', 'Chỉ đạo': 'Ban Chỉ đạo Xây dựng nông thôn mới') start the body
 * only after a level word ('Đài Phát thanh xã Xây dựng …').
 */
export const bodyOnlyVerbs = [
  'theo dõi',
  'tham mưu',
  'chủ trì',
  'phối hợp',
  'đôn đốc',
  'có trách nhiệm',
  'chủ động',
  'thường xuyên',
  'tiếp tục',
  'căn cứ',
] as const;

export const headingVerbs = [
  'theo dõi',
  'xây dựng',
  'tham mưu',
  'chủ trì',
  'phối hợp',
  'chỉ đạo',
  'hướng dẫn',
  'tổ chức',
  'thực hiện',
  'triển khai',
  'tuyên truyền',
  'kiểm tra',
  'đôn đốc',
  'tổng hợp',
  'chủ động',
  'có trách nhiệm',
  'rà soát',
  'bố trí',
  'đảm bảo',
  'bảo đảm',
  'tiếp tục',
  'nghiên cứu',
  'quản lý',
  'giám sát',
  'đề xuất',
  'thường xuyên',
  'phụ trách',
  'cung cấp',
  'căn cứ',
] as const;

/**
 * A ':' that continues its sentence rather than closing a heading: the part before it opens
 * with a subordinate phrase ('Trên cơ sở …, các ban, ngành chịu trách nhiệm: Chủ động …') or
 * ends on words that announce what follows ('như sau:', 'gồm:', 'chịu trách nhiệm:').
 */
export const colonClauseOpeners = [
  'trên cơ sở',
  'căn cứ',
  'để',
  'nhằm',
  'theo',
  'sau khi',
  'trong quá trình',
] as const;
export const colonClauseEndings = [
  'trách nhiệm',
  'như sau',
  'gồm',
  'bao gồm',
  'sau đây',
  'cụ thể',
  'là',
  'trong việc',
  'nội dung',
  'các nội dung',
  'nhiệm vụ',
  'các nhiệm vụ',
] as const;
