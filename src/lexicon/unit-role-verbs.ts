/**
 * The words around a unit that say what the sentence makes of it (SPEC §2.5), lower case,
 * administrative tone style. Phrases are matched on whole words.
 */

/** Before a unit: it leads ('Giao Phòng Nội vụ chủ trì', 'Đề nghị Ban Dân vận Huyện ủy …'). */
export const leadCues = ['giao cho', 'giao', 'đề nghị', 'yêu cầu', 'phân công cho', 'phân công'] as const;

/** Before a unit: it cooperates ('phối hợp với Phòng Tư pháp', 'Phối hợp, tạo điều kiện để MTTQ …'). */
export const cooperateCues = [
  'phối hợp, tạo điều kiện để',
  'phối hợp, tạo điều kiện đối với',
  'phối hợp, tạo điều kiện cho',
  'phối hợp chặt chẽ với',
  'phối hợp chặt chẽ',
  'phối hợp với',
  'phối hợp cùng',
  'phối hợp',
] as const;

/** Field labels: 'Cơ quan chủ trì: Phòng Nội vụ', 'Cơ quan phối hợp: …', 'Đơn vị thực hiện: …'. */
export const leadLabels = [
  'cơ quan chủ trì',
  'đơn vị chủ trì',
  'cơ quan thực hiện',
  'đơn vị thực hiện',
  'cơ quan chủ trì thực hiện',
  'đơn vị chủ trì thực hiện',
  'chủ trì thực hiện',
  'chủ trì',
  'trách nhiệm thực hiện',
] as const;
export const cooperateLabels = [
  'cơ quan phối hợp',
  'đơn vị phối hợp',
  'phối hợp thực hiện',
  'phối hợp',
] as const;

/** A unit under direction is named but is not the item's lead ('Chỉ đạo Trung tâm … phối hợp …'). */
export const directCues = ['chỉ đạo'] as const;

/** Verbs of sending reports: the unit after 'về' or 'qua' in their sentence receives them. */
export const reportVerbs = ['báo cáo', 'phản ánh', 'gửi'] as const;
/** Before a unit, in a sentence with a report verb: it receives ('… về Ủy ban nhân dân huyện (qua Phòng Nội vụ)'). */
export const receiveCues = ['gửi về', 'gửi', 'về', 'qua', 'lên', 'báo cáo'] as const;

/**
 * After a unit at the start of a clause: it is the one responsible
 * ('Phòng Nội vụ chủ trì', 'UBND phường triển khai …', 'Công chức … có trách nhiệm …').
 */
export const subjectVerbs = [
  'chủ trì',
  'lãnh đạo',
  'huy động',
  'lồng ghép',
  'chủ động',
  'tham mưu',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'triển khai',
  'thực hiện',
  'tổ chức',
  'xây dựng',
  'phối hợp',
  'theo dõi',
  'hướng dẫn',
  'kiểm tra',
  'đôn đốc',
  'chỉ đạo',
  'tổng hợp',
  'tiếp tục',
  'thường xuyên',
  'nghiên cứu',
  'phân công',
  'trực tiếp',
  'làm tốt',
  'tạo điều kiện',
  'đăng',
  'căn cứ',
  'trên cơ sở',
  'rà soát',
  'cập nhật',
  'nghiêm túc',
  'định kỳ',
  'báo cáo',
  'phụ trách',
  'giúp',
  'đề xuất',
  'quán triệt',
  'tuyên truyền',
  'ban hành',
  'bố trí',
  'tăng cường',
  'đẩy mạnh',
  'nâng cao',
  'phát huy',
  'lựa chọn',
  'cung cấp',
  'hoàn thành',
  'tiến hành',
  'quản lý',
  'giải quyết',
  'vận động',
  'theo chức năng',
  'kịp thời',
  'khẩn trương',
  'duy trì',
  'thẩm định',
  'chuẩn bị',
  'dự trù',
  'bảo đảm',
  'đảm bảo',
  'hoàn thiện',
  'tập trung',
  'tích cực',
  'mở',
  'biên soạn',
  'sơ kết',
  'tổng kết',
  'đánh giá',
  'lập',
  'thành lập',
  'kiện toàn',
  'tiếp nhận',
  'công khai',
  'niêm yết',
  'ứng dụng',
] as const;

/** The subject's verb that makes it a sender of reports rather than a lead. */
export const reportSubjectVerbs = ['báo cáo'] as const;

/** Before a unit: it is an object, whatever follows ('của Ban Thường vụ Tỉnh ủy ban hành …'). */
export const objectCues = [
  'của',
  'cho',
  'giúp',
  'tham mưu',
  'đôn đốc',
  'theo dõi',
  'kiểm tra',
  'với',
  'để',
  'đến',
  'từ',
  'tại',
  'trong',
  'đối với',
  'vai trò',
  'ý kiến',
] as const;

/**
 * Paragraphs that close a plan: what they ask of everyone is not a unit's task, though the
 * units they send reports to still receive them ('Yêu cầu Thủ trưởng các cơ quan …').
 */
export const closingFormulas = [
  'yêu cầu',
  'trong quá trình',
  'trên đây là',
  'đề nghị cơ quan',
  'quá trình triển khai',
] as const;
