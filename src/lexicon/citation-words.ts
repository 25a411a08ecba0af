/**
 * Words that end an issuer after 'của': 'của Bộ Chính trị về …', 'của UBND Tỉnh Ban hành …',
 * 'của Ban Chấp hành Trung ương Đảng khóa XI'. Compared in lower case, whole words.
 */
export const issuerStopWords = [
  'về',
  'v/v',
  'ngày',
  'ban hành',
  'phê duyệt',
  'thông qua',
  'triển khai',
  'thực hiện',
  'tiếp tục',
  'thành lập',
  'kiện toàn',
  'sửa đổi',
  'bổ sung',
  'khóa',
  'khoá',
  'nhiệm kỳ',
  'và',
  'đã',
  'được',
  'theo',
  'tại',
  'trong',
  'có',
  'với',
  'để',
  'nhằm',
  'đối với',
  'quy định',
  'hướng dẫn',
  'số',
] as const;

/** Words that end a law's name: 'Luật Thực hiện dân chủ ở cơ sở đã được Quốc hội …'. */
export const lawNameStopWords = [
  'năm',
  'ngày',
  'số',
  'đã',
  'được',
  'có',
  'và',
  'về',
  'của',
  'quy định',
  'hướng dẫn',
  'thi hành',
  'theo',
  'trong',
  'tại',
  'để',
  'nhằm',
  'các',
  'cho',
  'với',
  'khi',
  'sửa đổi',
  'hiện hành',
  'này',
  'đến',
  'từ',
  'như',
  'là',
  'gắn',
] as const;

/** Words after 'Luật' that make another noun, not a law's name: 'Luật sư', 'Luật gia', 'Luật học'. */
export const lawFalseStarts = ['sư', 'gia', 'học', 'lệ', 'pháp', 'chơi', 'nhân quả'] as const;

/**
 * Comma pairs that belong to a law's name ('Luật Phòng, chống thiên tai', 'Luật Cán bộ, công
 * chức'); any other comma ends the name ('Luật Khiếu nại, Luật Tố cáo' are two laws).
 */
export const lawNameCommaPairs = ['phòng, chống', 'cán bộ, công chức', 'khiếu nại, tố cáo'] as const;

/**
 * Regimes and practices named like documents: 'Quy chế dân chủ ở cơ sở' is the practice of
 * grassroots democracy, not a cited document (gold notes 000, 004). Lower case prefixes.
 */
export const regimeNames = ['quy chế dân chủ', 'quy chế thực hiện dân chủ', 'qcdc'] as const;

/**
 * Verbs that make a named document an output or the content of another one, not a citation:
 * 'ban hành Quy chế …' (the subject of a decision), 'Xây dựng Quy chế …' (to be drafted).
 */
export const draftingVerbs = [
  'ban hành',
  'phê duyệt',
  'xây dựng',
  'soạn thảo',
  'sửa đổi',
  'bổ sung',
  'hoàn thiện',
  'dự thảo',
  'về',
  'các',
  'những',
  'từng',
] as const;

/** Standards that look like numbers, never citations: 'TCVN ISO 9001:2015'. */
export const standardPrefixes = ['TCVN', 'ISO', 'QCVN', 'IEC'] as const;
