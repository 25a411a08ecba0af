import type { SectionRole } from '../schema/section.js';

/**
 * Heading words that give a section its role (SPEC §2.2), lower case, old tone style.
 * A top-level heading takes the role of the first label it starts with ('NHIỆM VỤ TRỌNG
 * TÂM', 'TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO'); a child keeps its parent's role unless its
 * heading is one of these labels, alone or before ':' ('Chế độ thông tin báo cáo: Định kỳ …').
 */
export const sectionRoleLabels: ReadonlyArray<readonly [string, SectionRole]> = [
  ['chế độ thông tin báo cáo', 'reporting'],
  ['chế độ thông tin, báo cáo', 'reporting'],
  ['chế độ báo cáo', 'reporting'],
  ['thông tin báo cáo', 'reporting'],
  ['thông tin, báo cáo', 'reporting'],
  ['báo cáo', 'reporting'],
  ['mục đích', 'purpose'],
  ['yêu cầu', 'purpose'],
  ['mục tiêu', 'purpose'],
  ['quan điểm', 'purpose'],
  ['nhiệm vụ', 'tasks'],
  ['nội dung', 'tasks'],
  ['giải pháp', 'tasks'],
  ['các nhiệm vụ', 'tasks'],
  ['các giải pháp', 'tasks'],
  ['những nhiệm vụ', 'tasks'],
  ['các hoạt động', 'tasks'],
  ['hoạt động', 'tasks'],
  ['tổ chức thực hiện', 'implementation'],
  ['phân công thực hiện', 'implementation'],
  ['phân công nhiệm vụ', 'implementation'],
  ['trách nhiệm thực hiện', 'implementation'],
  ['trách nhiệm của các', 'implementation'],
] as const;
