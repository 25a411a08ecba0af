/**
 * Below the commune: villages and residential groups ('Trưởng các thôn', 'Ban công tác Mặt
 * trận thôn', 'Trưởng thôn, tổ dân phố'). Their heads are positions, not offices.
 */
export const villageLevels = ['tổ dân phố', 'khu dân cư', 'khu phố', 'thôn', 'xóm', 'ấp'] as const;

/** Administrative levels that may follow a unit head ('Ủy ban nhân dân xã', '… các phường, xã'). */
export const unitLevels = [
  'thành phố',
  'thị trấn',
  'thị xã',
  // the island zones of 2025 ('UBND các xã, phường, đặc khu') and the areas bodies serve since
  // ('Trung tâm Y tế khu vực Cai Lậy', 'Chi cục Thuế khu vực XII', 'Trung tâm Y tế các khu vực')
  'đặc khu',
  'khu vực',
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường',
  ...villageLevels,
] as const;

/** Level phrases kept in a name as they are ('Ủy ban nhân dân các cấp', 'Đoàn thể các cấp'). */
export const unitLevelPhrases = [
  'các cấp',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'cấp thị xã',
  'cấp phường',
] as const;

/** Relational qualifiers dropped from a name ('các đoàn thể chính trị - xã hội cùng cấp'). */
export const unitDroppedQualifiers = ['cùng cấp'] as const;

/** A level word that begins another word is not a level: 'xã hội', 'tỉnh táo'. */
export const unitLevelFalseFriends = [
  'xã hội',
  'phường hội',
  'ấp ủ',
  // a party committee: 'các huyện ủy' are no districts
  'huyện ủy',
  'tỉnh ủy',
  'quận ủy',
  'thành ủy',
  // youth-union committees: 'các huyện đoàn' are no districts
  'huyện đoàn',
  'tỉnh đoàn',
  'thành đoàn',
] as const;

/** Party committees that end a party body's name ('Ban Dân vận Huyện ủy', 'Văn phòng Đảng ủy'). */
export const partyCommittees = ['Đảng ủy', 'Huyện ủy', 'Thị ủy', 'Tỉnh ủy', 'Thành ủy', 'Quận ủy'] as const;

/** Youth-union committees that end a union body's name ('Ban Tuyên giáo Tỉnh đoàn'). */
export const unionCommittees = [
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Thành đoàn',
  'Thị đoàn',
  'Quận đoàn',
  'Trung ương Đoàn',
] as const;

/**
 * What restricts a group of communes and stays in its name ('UBND các xã ven biển', 'các xã,
 * phường biên giới', 'các xã vùng cao').
 */
export const levelQualifiers = [
  'ven biển',
  'ven đê',
  'ven sông',
  'biên giới',
  'vùng cao',
  'miền núi',
  'vùng sâu, vùng xa',
  'bãi ngang',
  'trọng điểm',
  'đặc biệt khó khăn',
] as const;
