/**
 * The fixed lines of a header's right column: the state's name, the party's or the youth
 * union's, over the motto
 * ('Độc lập - Tự do - Hạnh phúc'). As printed; both tone styles of 'Hòa'.
 */
export const headerNames = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  // the youth union's, printed where the party prints its name
  'ĐOÀN TNCS HỒ CHÍ MINH',
  'ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH',
] as const;

/** The pattern of any of `headerNames`, for building larger patterns. */
export const HEADER_NAMES = `(?:${headerNames.join('|')})`;
