// A horizon or a starting point ('… đến năm 2030', 'từ năm 2021') is not the year a plan is for.
// 'Thực hiện công tác dân vận chính quyền năm 2023' → 2023
const TITLE_YEAR = /(?<!(?:đến|tới|từ|Đến|Tới|Từ)\s{1,4})năm\s+(?<year>(?:19|20)\d{2})(?![\d/-])/u;
// 'Kế hoạch công tác dân vận 2024': a bare year closing the title; not a range ('2021-2025'),
// nor a horizon
const TRAILING_YEAR =
  /(?<![\d/-]\s?)(?<!(?:đến|tới|từ|Đến|Tới|Từ)\s{1,4}năm\s{1,4})(?<year>(?:19|20)\d{2})$/u;

/** The year a plan is for, from its title (SPEC §2.1 `year`). */
export function titleYear(title: string | null): number | null {
  if (!title) return null;
  const m = TITLE_YEAR.exec(title) ?? TRAILING_YEAR.exec(title.trim());
  return m?.groups ? Number(m.groups['year']) : null;
}
