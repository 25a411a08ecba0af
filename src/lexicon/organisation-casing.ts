/**
 * How the words of an organisation's name are written in a sentence, to re-case the
 * all-caps lines of a header or a signature ('ỦY BAN NHÂN DÂN / XÃ NAM CHÍNH' →
 * 'Ủy ban nhân dân xã Nam Chính'). Phrases keep the case shown; after a level word the
 * place name is capitalised word by word; after a unit head only the name's first word
 * (and the first word after 'và' or '-').
 */
export const organisationPhrases = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban Chỉ đạo',
  'Đảng ủy',
  'Đảng bộ',
  'Chi bộ',
  'Việt Nam',
  'Quyền Chủ tịch',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Bí thư',
  'Bí thư',
  'Phó Trưởng ban',
  'Trưởng ban',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Chánh Văn phòng',
  'Chánh Thanh tra',
  'Thủ trưởng',
] as const;

/**
 * Party committees named by their level ('HUYỆN ỦY MỘ ĐỨC' → 'Huyện ủy Mộ Đức'): the place
 * name after them is capitalised word by word, as after a level word.
 */
export const levelCommittees = [
  'Huyện ủy',
  'Tỉnh ủy',
  'Thị ủy',
  'Thành ủy',
  'Quận ủy',
  // the youth union's: 'TỈNH ĐOÀN NGHỆ AN' → 'Tỉnh đoàn Nghệ An'
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Thành đoàn',
] as const;

/** Administrative levels, longest first: 'thị trấn' before a lone 'thị'. */
export const levelWords = [
  'thành phố',
  'thị trấn',
  'thị xã',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'xã',
] as const;

/** Heads of unit names: the words after them are the unit's own name. */
export const unitHeads = [
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
  'Khối',
  'Bộ phận',
  'Thanh tra',
  'Công an',
  'Kho bạc',
] as const;

/** Capitals that stay capitals ('UBND HUYỆN' → 'UBND huyện'). */
export const keptAbbreviations = [
  'UBND',
  'HĐND',
  'MTTQ',
  'UBMTTQ',
  'BCH',
  'BTV',
  'TP',
  'THCS',
  'THPT',
  'CAND',
  'QĐND',
] as const;
