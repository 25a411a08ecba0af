/**
 * The document type printed alone on a line above the title ('KẾ HOẠCH'), with the name
 * meta.docType takes. Only 'Kế hoạch' is a plan; the others raise NOT_A_PLAN.
 */
export const docTypeHeadings: ReadonlyArray<readonly [string, string]> = [
  ['KẾ HOẠCH', 'Kế hoạch'],
  ['BÁO CÁO', 'Báo cáo'],
  ['QUYẾT ĐỊNH', 'Quyết định'],
  ['CÔNG VĂN', 'Công văn'],
  ['THÔNG BÁO', 'Thông báo'],
  ['CHƯƠNG TRÌNH', 'Chương trình'],
  ['TỜ TRÌNH', 'Tờ trình'],
  ['NGHỊ QUYẾT', 'Nghị quyết'],
  ['HƯỚNG DẪN', 'Hướng dẫn'],
  ['CHỈ THỊ', 'Chỉ thị'],
  ['ĐỀ ÁN', 'Đề án'],
  ['QUY CHẾ', 'Quy chế'],
  ['QUY ĐỊNH', 'Quy định'],
  ['BIÊN BẢN', 'Biên bản'],
  ['GIẤY MỜI', 'Giấy mời'],
] as const;

export const PLAN_DOC_TYPE = 'Kế hoạch';
