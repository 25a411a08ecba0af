// '4', '- 4 -', 'Trang 4', '4/12', 'Trang 4/12' alone on a line.
export const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–—])?$/iu;
