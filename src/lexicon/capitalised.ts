/**
 * The string with its first character in upper case ('tổ chức …' → 'Tổ chức …').
 * toUpperCase is toLocaleUpperCase('vi'): Vietnamese has no case mapping of its own (only tr,
 * az, lt and el do), and the plain call skips the locale look-up.
 */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
