/**
 * Abbreviations expanded inside unit names (SPEC §4). Longest first, so that
 * 'UBMTTQ' is read before 'UBND' could match a part of it.
 */
export const unitAbbreviations = [
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['UBND', 'Ủy ban nhân dân'],
  // 'ƯBND': the OCR slip of 'UBND' that survives when OCR correction is off
  ['ƯBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'],
  ['TTr', 'Thường trực'],
  ['TT', 'Thường trực'],
  ['VP', 'Văn phòng'],
] as const;
