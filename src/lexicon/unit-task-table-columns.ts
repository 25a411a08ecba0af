/**
 * Column headings of task tables ('Phụ lục … danh mục nhiệm vụ'), lower case, matched at the
 * start of the heading cell: 'Cơ quan chủ trì thực hiện' is a lead column.
 */
export const taskTableColumns = {
  no: ['stt', 'tt', 'số tt', 'số thứ tự'],
  lead: [
    'cơ quan chủ trì',
    'đơn vị chủ trì',
    'cơ quan thực hiện',
    'đơn vị thực hiện',
    'chủ trì',
    'cơ quan, đơn vị chủ trì',
  ],
  cooperate: ['cơ quan phối hợp', 'đơn vị phối hợp', 'phối hợp', 'cơ quan, đơn vị phối hợp'],
  deadline: ['thời gian hoàn thành', 'thời gian thực hiện', 'thời hạn', 'tiến độ', 'thời gian'],
  output: ['sản phẩm', 'kết quả đầu ra', 'hình thức văn bản', 'hình thức sản phẩm'],
  content: ['nội dung', 'nhiệm vụ', 'tên nhiệm vụ', 'công việc', 'tên đề án', 'đề án'],
} as const;

export type TaskTableColumn = keyof typeof taskTableColumns;
