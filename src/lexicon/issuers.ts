/**
 * Words that begin the name of a body that issues documents. An issuer after 'của' must
 * begin with one of these ('của Bộ Chính trị'), which keeps 'của người đứng đầu' out.
 * Compared in lower case.
 */
export const issuerHeads = [
  'thủ tướng',
  'chính phủ',
  'quốc hội',
  'ủy ban',
  'uỷ ban',
  'ubnd',
  'hđnd',
  'ubmttq',
  'mttq',
  'hội đồng',
  'chủ tịch',
  'bộ',
  'ban',
  'btv',
  'bch',
  'tỉnh ủy',
  'tỉnh uỷ',
  'thị ủy',
  'thị uỷ',
  'huyện ủy',
  'huyện uỷ',
  'thành ủy',
  'thành uỷ',
  'quận ủy',
  'quận uỷ',
  'đảng ủy',
  'đảng uỷ',
  'sở',
  'tổng cục',
  'cục',
  'văn phòng',
  'mặt trận',
  'trung ương',
  'tòa án',
  'viện kiểm sát',
  'kiểm toán',
  'ngân hàng',
  'liên đoàn',
  'hội',
] as const;

/**
 * Official casing of bodies, applied after abbreviations are expanded: the text writes
 * 'Ban bí thư', 'ủy ban Thường vụ Quốc hội', 'Ban chấp hành'. Compared ignoring case.
 */
export const issuerCasing = [
  'Ban Bí thư',
  'Bộ Chính trị',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Trung ương Đảng',
  'Ủy ban Thường vụ Quốc hội',
  'Thủ tướng Chính phủ',
  'Chính phủ',
  'Quốc hội',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc Việt Nam',
] as const;

/** Level words that stay lower case inside an issuer: 'Ủy ban nhân dân Tỉnh' → '… tỉnh'. */
export const issuerLevelWords = [
  'tỉnh',
  'huyện',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
  'thành phố',
  'quận',
] as const;
