/**
 * Code letters inside document numbers, in their official case. A part printed in another
 * case ('QĐ-TTG' in an upper-case title) is written back in this case; unknown parts stay
 * as printed.
 */
export const officialCodeCase = [
  'TTg',
  'ThU',
  'QĐi',
  'CTr',
  'TTr',
  'QĐ',
  'NĐ',
  'NQ',
  'CT',
  'KL',
  'KH',
  'QC',
  'HD',
  'TB',
  'BC',
  'ĐA',
  'PL',
  'CP',
  'TW',
  'TU',
  'HU',
  'QU',
  'ĐU',
  'UBND',
  'HĐND',
  'UBTVQH',
  'BNN&PTNT',
] as const;

/**
 * Issuing bodies of the state: a number printed in party form with one of these as its last
 * part is a state document and takes the state form ('18-CT/TTg' → '18/CT-TTg').
 */
export const stateIssuerCodes = [
  'TTg',
  'CP',
  'QH',
  'UBTVQH',
  'UBND',
  'HĐND',
  'VPCP',
  'BNV',
  'BCA',
  'BQP',
  'BTC',
  'BYT',
  'BTP',
  'BXD',
  'BCT',
  'BGDĐT',
  'BGTVT',
  'BKHĐT',
  'BLĐTBXH',
  'BNG',
  'BNN',
  'BNNPTNT',
  'BNN&PTNT',
  'BTNMT',
  'BTTTT',
  'BVHTTDL',
  'BKHCN',
  'NHNN',
  'TTCP',
  'KTNN',
  'TANDTC',
  'VKSNDTC',
  'SNV',
] as const;

/** Issuing bodies of the Party: their numbers are 'N-XX/YY' ('23-QĐ/TW', '232-QĐ/ThU'). */
export const partyIssuerCodes = [
  'TW',
  'TU',
  'HU',
  'ThU',
  'QU',
  'ĐU',
  'ĐUK',
  'BCĐTW',
  'BDVTW',
  'BTGTW',
  'BTCTW',
  'UBKTTW',
  'VPTW',
  'BCSĐ',
] as const;

/**
 * The code a cited body signs with, for numbers printed without a code ('Kết luận số 01 của
 * Bộ Chính trị' → '01-KL/TW'). Matched on the start of the canonical issuer, longest first.
 */
export const issuerCodes = [
  ['Thủ tướng Chính phủ', 'TTg'],
  ['Chính phủ', 'CP'],
  ['Bộ Chính trị', 'TW'],
  ['Ban Bí thư', 'TW'],
  ['Ban Chấp hành Trung ương', 'TW'],
  ['Ủy ban Thường vụ Quốc hội', 'UBTVQH'],
  ['Quốc hội', 'QH'],
  ['Ủy ban nhân dân', 'UBND'],
  ['Chủ tịch Ủy ban nhân dân', 'UBND'],
  ['Hội đồng nhân dân', 'HĐND'],
  ['Ban Thường vụ Tỉnh ủy', 'TU'],
  ['Ban Chấp hành Đảng bộ tỉnh', 'TU'],
  ['Tỉnh ủy', 'TU'],
  ['Ban Thường vụ Thị ủy', 'ThU'],
  ['Thị ủy', 'ThU'],
  ['Ban Thường vụ Huyện ủy', 'HU'],
  ['Huyện ủy', 'HU'],
  ['Bộ Nội vụ', 'BNV'],
] as const;
