/**
 * The fixed lines of a header's right column: the state's name or the party's, over the motto
 * ('Độc lập - Tự do - Hạnh phúc'). As printed; both tone styles of 'Hòa'.
 */
export const headerNames = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
] as const;

/** The pattern of any of `headerNames`, for building larger patterns. */
export const HEADER_NAMES = `(?:${headerNames.join('|')})`;
