/**
 * Actors that are not units (gold notes): heads of whatever body, and catch-all partners.
 * 'Thủ trưởng các cơ quan, đơn vị', 'các cơ quan, đơn vị có liên quan', 'Cấp ủy đảng'.
 */
export const genericActorHeads = [
  'Thủ trưởng',
  'Lãnh đạo',
  'người đứng đầu',
  'Cấp ủy đảng',
  'Cấp ủy',
  'cán bộ, công chức',
] as const;

/** Collectives that name no particular body: their member nouns, in order, after 'các'. */
export const genericCollectives = [
  'cơ quan',
  'đơn vị',
  'địa phương',
  'cơ quan, đơn vị',
  'cơ quan, ban, ngành',
  'cơ quan, đơn vị, địa phương',
  'đơn vị, địa phương',
  'tổ chức',
  'tổ chức, đoàn thể',
  'tổ chức, cá nhân',
  'ngành',
  'cấp',
  'ban',
  'phòng',
] as const;

/** A collective followed by one of these is generic: 'các ban, ngành có liên quan'. */
export const genericTails = [
  'có liên quan',
  'liên quan',
  'được giao nhiệm vụ',
  'được phân công',
  'được giao',
] as const;
