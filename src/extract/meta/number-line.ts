// '21/KH-UBND' → 21 + 'KH-UBND'; '/KH-UBND' → blank + 'KH-UBND'; '12-KH/ĐU' (party style);
// '123/2023/KH-UBND' keeps the year in the number, the code is 'KH-UBND'.
const NUMBER =
  /^(?<digits>\d{0,6})\s*(?<sep>[/-])\s*(?:(?<year>\d{4})\s*\/\s*)?(?<code>[\p{L}\d][\p{L}\d./-]{0,40})$/u;

/** The plan's number and code from the text after 'Số:' (SPEC §2.1). */
export function parseNumberLine(value: string): { number: string | null; code: string | null } {
  const compact = value.replace(/\s+/gu, '');
  const m = NUMBER.exec(compact);
  if (!m?.groups) return { number: null, code: null };
  const code = m.groups['code']!.replace(/[.]+$/u, '');
  const digits = m.groups['digits']!;
  if (digits === '') return { number: null, code };
  const year = m.groups['year'] ? `${m.groups['year']}/` : '';
  return { number: `${digits}${m.groups['sep']}${year}${code}`, code };
}
