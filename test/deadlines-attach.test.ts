import { describe, expect, test } from 'vitest';
import { attachDeadlinesToTasks } from '../src/refine/attach-deadlines-to-tasks.js';
import type { Task } from '../src/schema/task.js';
import { deadlineContext, deadlinesOf, emptyState, taskOver } from './helpers/deadlines.js';

/** Runs the deadline stage, then attaches to the given tasks; returns each task's deadline span text. */
function attach(text: string, tasks: (text: string) => Task[]): Record<string, string | null> {
  const ctx = deadlineContext(text, 2022);
  const state = attachDeadlinesToTasks.run(emptyState(deadlinesOf(text, 2022), { tasks: tasks(text) }), ctx);
  return Object.fromEntries(
    state.tasks.map((t) => [
      t.id,
      t.deadline ? text.slice(t.deadline.span.start, t.deadline.span.end) : null,
    ]),
  );
}

const PLAN = `II. NHIỆM VỤ
1. Tổ chức quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.
Thời gian thực hiện: Trong quý II năm 2022.
2. Đẩy mạnh cải cách hành chính.
- Rà soát thủ tục hành chính.
Thời gian thực hiện: Thường xuyên trong năm 2022.
3. Phòng Nội vụ tổng hợp, báo cáo UBND huyện trước ngày 15/12/2022; tổ chức sơ kết trước ngày 20/6/2022.
4. Ủy ban nhân dân các xã, thị trấn
- Xây dựng kế hoạch triển khai tại địa phương.
- Chủ động phối hợp với các ban, ngành.
Định kỳ các phòng ban và UBND các xã báo cáo kết quả như sau:
- Báo cáo 6 tháng đầu năm trước ngày 20 tháng 6 năm 2022.
5. Tuyên truyền trên Đài Truyền thanh.`;

describe('attach deadlines to tasks', () => {
  test('label lines, inline bounds, trailing paragraphs, tasks without a time', () => {
    const got = attach(PLAN, (t) => [
      taskOver(t, 'II.1', '1. Tổ chức', '2. Đẩy'),
      taskOver(t, 'II.2', '2. Đẩy', '3. Phòng'),
      taskOver(t, 'II.3', '3. Phòng', '4. Ủy'),
      taskOver(t, 'II.4', '4. Ủy', '5. Tuyên'),
      taskOver(t, 'II.5', '5. Tuyên'),
    ]);
    expect(got).toEqual({
      'II.1': 'Trong quý II năm 2022',
      'II.2': 'Thường xuyên trong năm 2022',
      // two deadlines: the first
      'II.3': 'trước ngày 15/12/2022',
      // the reporting paragraph after the item's bullets speaks for more than the item
      'II.4': null,
      'II.5': null,
    });
  });

  test('a label opening the line bounds the task with the date further on, after its bullets', () => {
    const text = `II. NHIỆM VỤ
2. Tăng cường kiểm tra, kiểm soát trên tuyến biên giới
- Bộ đội Biên phòng tỉnh tăng cường tuần tra, kiểm soát tại các cửa khẩu.
- Cục Hải quan tăng cường kiểm tra, giám sát hàng hóa xuất khẩu.
Thời gian thực hiện: cao điểm trước, trong và sau Tết Nguyên đán (từ ngày 15/12/2022 đến ngày 15/02/2023).
3. Kiểm tra thị trường nội địa.`;
    const got = attach(text, (t) => [
      taskOver(t, 'II.2', '2. Tăng', '3. Kiểm'),
      taskOver(t, 'II.3', '3. Kiểm'),
    ]);
    expect(got).toEqual({ 'II.2': 'từ ngày 15/12/2022 đến ngày 15/02/2023', 'II.3': null });
  });

  test("a label line just after a task's span closes that task", () => {
    const got = attach(PLAN, (t) => [
      taskOver(t, 'II.1', '1. Tổ chức', 'Thời gian thực hiện: Trong'),
      taskOver(t, 'II.2', '2. Đẩy', '- Rà soát'),
    ]);
    expect(got['II.1']).toBe('Trong quý II năm 2022');
    // the label after II.2's bullet still closes II.2: no task starts in between
    expect(got['II.2']).toBe('Thường xuyên trong năm 2022');
  });

  test('an inline bound outside every task attaches to none', () => {
    const got = attach(PLAN, (t) => [taskOver(t, 'II.5', '5. Tuyên')]);
    expect(got['II.5']).toBeNull();
  });

  test('a child task takes its own deadline, not its parent', () => {
    const text = `2. Các phòng chuyên môn
2.1. Phòng Nội vụ hoàn thành trước ngày 30/6/2022.
2.2. Phòng Tư pháp rà soát văn bản.`;
    const got = attach(text, (t) => [
      taskOver(t, 'III.2', '2. Các'),
      taskOver(t, 'III.2.1', '2.1.', '2.2.'),
      taskOver(t, 'III.2.2', '2.2.'),
    ]);
    expect(got).toEqual({ 'III.2': null, 'III.2.1': 'hoàn thành trước ngày 30/6/2022', 'III.2.2': null });
  });

  test('a recurring deadline in the item', () => {
    const text =
      '4. Chế độ thông tin báo cáo: Định kỳ 6 tháng (trước ngày 10/6), hàng năm (trước ngày 25/11) hoặc đột xuất, các phòng báo cáo.';
    const got = attach(text, (t) => [taskOver(t, 'IV.4', '4. Chế')]);
    expect(got['IV.4']).toBe('Định kỳ 6 tháng (trước ngày 10/6)');
  });

  test('the table time column', () => {
    const text =
      'STT\tNội dung\tThời gian hoàn thành\n1\tRà soát thủ tục\t30/6/2022\n2\tTập huấn\tThường xuyên\n';
    const cell = (s: string) => ({
      text: s,
      span: { start: text.indexOf(s), end: text.indexOf(s) + s.length },
    });
    const ctx = deadlineContext(text, 2022);
    ctx.seg.tables = [
      {
        span: { start: 0, end: text.length },
        rows: [
          [cell('STT'), cell('Nội dung'), cell('Thời gian hoàn thành')],
          [cell('1'), cell('Rà soát thủ tục'), cell('30/6/2022')],
          [cell('2'), cell('Tập huấn'), cell('Thường xuyên')],
        ],
      },
    ];
    const deadlines = deadlinesOf(text, 2022, [], ctx);
    expect(deadlines.map((d) => [d.text, d.kind, d.date])).toEqual([
      ['30/6/2022', 'date', '2022-06-30'],
      ['Thường xuyên', 'continuous', undefined],
    ]);
    const tasks = [taskOver(text, 'PL.1', '1\tRà', '\n2\t'), taskOver(text, 'PL.2', '2\tTập')];
    const state = attachDeadlinesToTasks.run(emptyState(deadlines, { tasks }), ctx);
    expect(state.tasks.map((t) => t.deadline?.text ?? null)).toEqual(['30/6/2022', 'Thường xuyên']);
  });
});
