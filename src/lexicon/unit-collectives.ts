/**
 * Group nouns of collective units: 'Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thị xã',
 * 'Các tổ chức chính trị - xã hội', 'Các bộ phận chuyên môn'. Longer nouns first.
 */
export const collectiveNouns = [
  // party organisations: 'Các chi, đảng bộ trực thuộc', 'các tổ chức cơ sở đảng'
  'tổ chức cơ sở đảng',
  'chi, đảng bộ',
  'chi bộ',
  'đảng bộ',
  // 'Các đảng ủy cấp trên cơ sở', 'các bệnh viện tuyến tỉnh', 'các tổ chức tín dụng trên địa bàn
  // tỉnh', 'các cơ sở giáo dục nghề nghiệp'
  'đảng ủy',
  'cơ sở giáo dục nghề nghiệp',
  'cơ sở giáo dục',
  'bệnh viện',
  'trung tâm',
  'chi cục',
  'trạm y tế',
  'doanh nghiệp',
  'hợp tác xã',
  'phòng ban',
  'ban ngành',
  'bộ phận',
  'đơn vị',
  'cơ quan',
  'đoàn thể',
  'tổ chức',
  'địa phương',
  'cán bộ',
  'công chức',
  'phòng',
  'ban',
  'ngành',
  'sở',
  'hội',
] as const;

/** Qualifiers that stay in a collective's name ('các tổ chức chính trị - xã hội'). */
export const collectiveQualifiers = [
  'chính trị - xã hội',
  'chính trị-xã hội',
  'hành chính Nhà nước',
  'hành chính nhà nước',
  'nhà nước',
  'chuyên môn',
  'đoàn thể',
  'quần chúng',
  'cấp trên cơ sở',
  'cơ sở',
  'tuyến tỉnh',
  'tuyến huyện',
  'tín dụng',
] as const;

/** Words that tie a collective to its parent ('… thuộc Ủy ban nhân dân thị xã', '… đóng trên địa bàn thị xã'). */
export const collectiveAttachments = ['trực thuộc', 'thuộc', 'đóng trên địa bàn', 'trên địa bàn'] as const;

/**
 * Attachments that qualify a collective with no parent after them: 'Các chi, đảng bộ trực
 * thuộc' (the ones under the issuer).
 */
export const collectiveAttachmentsAlone = ['trực thuộc'] as const;

/**
 * A parent named by its head alone, capitalised, in a plan its own body issues: '… thuộc Sở',
 * 'Các đơn vị trực thuộc Bộ'.
 */
export const bareParents = ['Sở', 'Bộ', 'Cục', 'Chi cục', 'Viện', 'Trường', 'Trung tâm'] as const;
