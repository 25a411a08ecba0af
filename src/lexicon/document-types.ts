/**
 * The legal document types a plan cites (SPEC §2.3), as printed and with the code letters
 * that stand for them inside a number ('33/CT-TTg' is a Chỉ thị). Longest names first, so
 * that 'Nghị quyết liên tịch' is read before 'Nghị quyết' and 'Bộ luật' before 'Luật'.
 */
export interface DocumentType {
  /** The type as SPEC writes it: 'Chỉ thị'. */
  name: string;
  /** Printed forms other than `name` (matching ignores case and line breaks). */
  variants?: readonly string[];
  /** Code letters in a number, in their official case ('CT', 'QĐ', 'NĐ'). */
  codes: readonly string[];
}

export const documentTypes: readonly DocumentType[] = [
  { name: 'Nghị quyết liên tịch', codes: ['NQLT'] },
  { name: 'Thông tư liên tịch', codes: ['TTLT'] },
  { name: 'Chương trình hành động', codes: ['CTr', 'CTrHĐ'] },
  { name: 'Hiến pháp', codes: [] },
  { name: 'Bộ luật', codes: [] },
  { name: 'Pháp lệnh', codes: ['PL'] },
  { name: 'Nghị quyết', codes: ['NQ'] },
  { name: 'Nghị định', codes: ['NĐ'] },
  { name: 'Quyết định', codes: ['QĐ'] },
  { name: 'Chỉ thị', codes: ['CT'] },
  { name: 'Thông tư', codes: ['TT'] },
  { name: 'Kết luận', codes: ['KL'] },
  { name: 'Kế hoạch', codes: ['KH'] },
  { name: 'Chương trình', codes: ['CTr'] },
  { name: 'Quy định', codes: ['QĐi'] },
  { name: 'Quy chế', codes: ['QC'] },
  { name: 'Hướng dẫn', codes: ['HD'] },
  { name: 'Công văn', variants: ['văn bản', 'công điện'], codes: ['CV'] },
  { name: 'Thông báo', codes: ['TB'] },
  { name: 'Đề án', codes: ['ĐA'] },
  { name: 'Tờ trình', codes: ['TTr'] },
  { name: 'Báo cáo', codes: ['BC'] },
  { name: 'Luật', codes: [] },
];

/** The type a code names when no type word is printed ('217-QĐ/TW' after 'các Quyết định số …'). */
export function typeOfCode(code: string): string | null {
  const upper = code.toUpperCase();
  for (const t of documentTypes) if (t.codes.some((c) => c.toUpperCase() === upper)) return t.name;
  return null;
}

const BY_PRINTED = new Map<string, string>(
  documentTypes.flatMap((t) =>
    [t.name, ...(t.variants ?? [])].map((p) => [p.toLowerCase(), t.name] as const),
  ),
);

/** The type name for a printed type word: 'Chỉ \nthị' → 'Chỉ thị', 'văn bản' → 'Công văn'. */
export function canonicalDocumentType(printed: string): string | null {
  return BY_PRINTED.get(printed.replace(/\s+/gu, ' ').trim().toLowerCase()) ?? null;
}
