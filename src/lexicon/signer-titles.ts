/**
 * Positions that sign a plan, as the signature block prints them ('QUYỀN CHỦ TỊCH'),
 * written in the case a sentence uses. Modifiers come first: 'Phó', 'Quyền'.
 */
export const signerPositions = [
  'Chủ tịch',
  'Giám đốc',
  'Bí thư',
  'Trưởng ban',
  'Trưởng phòng',
  'Chánh Văn phòng',
  'Chánh Thanh tra',
  'Thủ trưởng',
  'Tổng Giám đốc',
  'Hiệu trưởng',
  'Cục trưởng',
  'Chi cục trưởng',
  'Viện trưởng',
  'Trưởng Công an',
  'Chỉ huy trưởng',
] as const;

export const signerModifiers = ['Phó', 'Quyền', 'Q.'] as const;

/** 'TM.' thay mặt, 'KT.' ký thay, 'TL.' thừa lệnh, 'TUQ.' thừa ủy quyền (SPEC §2.1). */
export const signModesPrinted = ['TM', 'KT', 'TL', 'TUQ'] as const;
