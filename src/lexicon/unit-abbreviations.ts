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

/**
 * The fields of offices as their short forms print them ('Phòng VH&TT', 'Phòng LĐ-TB&XH'),
 * expanded whole before '&' is read as 'và' (else 'TT' would be 'Thường trực').
 */
export const unitFieldAbbreviations = [
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'],
  ['VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NN&MT', 'Nông nghiệp và Môi trường'],
  ['VH&TT', 'Văn hóa và Thông tin'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TC-KH', 'Tài chính - Kế hoạch'],
  ['KT-HT', 'Kinh tế - Hạ tầng'],
] as const;
