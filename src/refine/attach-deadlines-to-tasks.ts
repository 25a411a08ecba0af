import { endsOnTimeLabel } from '../extract/deadlines/context-guards.js';
import { anyOf } from '../extract/deadlines/pattern-parts.js';
import { timeLabels } from '../lexicon/time-words.js';
import type { Deadline } from '../schema/deadline.js';
import type { Task } from '../schema/task.js';
import type { RefinePass } from './types.js';

// '- Thời gian thực hiện: cao điểm trước, trong và sau Tết (từ ngày … đến ngày …)': the label
// opens the deadline's line and what comes between describes the same time.
const labelOpening = new RegExp(`[ \\t]{0,8}(?:[-+•*][ \\t]{1,3})?${anyOf(timeLabels)}\\s{0,3}:`, 'iuy');
// Farther than this from its line's start, a deadline is not the label's.
const LABEL_REACH = 200;

/**
 * Each task's `deadline` (SPEC §2.5): the first deadline that bounds it. A deadline after a
 * time label ('Thời gian thực hiện: …') or in a table's time column bounds the innermost task
 * around it, or — when it stands after the item, as the label line closing it usually does —
 * the task just above. A deadline inside the item's wording bounds the innermost task around
 * it, unless it sits in a paragraph that follows the item's bullets: such a paragraph
 * ('Định kỳ các phòng ban … báo cáo … như sau') speaks for more than this item.
 */
export const attachDeadlinesToTasks: RefinePass = {
  name: 'attach-deadlines-to-tasks',
  run(state, { text }) {
    if (state.tasks.length === 0 || state.deadlines.length === 0) return state;
    const chosen = new Map<Task, Deadline>();
    for (const d of [...state.deadlines].sort((a, b) => a.span.start - b.span.start)) {
      const labelled =
        d.ruleId === 'deadline.table-time-column' ||
        endsOnTimeLabel(lineBefore(text, d.span.start)) ||
        labelOpensLine(text, d.span.start);
      const task = innermostAround(state.tasks, d) ?? (labelled ? taskJustAbove(state.tasks, d) : null);
      if (!task || chosen.has(task)) continue;
      if (!labelled && inTrailingParagraph(text, task, d)) continue;
      chosen.set(task, d);
    }
    if (chosen.size === 0) return state;
    const tasks = state.tasks.map((t) => {
      const d = chosen.get(t);
      return d ? { ...t, deadline: d } : t;
    });
    return { ...state, tasks };
  },
};

function lineBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 80);
  const nl = text.lastIndexOf('\n', pos - 1);
  return text.slice(Math.max(from, nl + 1), pos);
}

/** Whether the line `pos` stands on, not far before it, opens with a time label. */
function labelOpensLine(text: string, pos: number): boolean {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  if (pos - start > LABEL_REACH) return false;
  labelOpening.lastIndex = start;
  return labelOpening.test(text);
}

function innermostAround(tasks: readonly Task[], d: Deadline): Task | null {
  let best: Task | null = null;
  for (const t of tasks) {
    if (t.span.start > d.span.start || t.span.end < d.span.end) continue;
    if (!best || t.span.end - t.span.start < best.span.end - best.span.start) best = t;
  }
  return best;
}

/** The task that ends last before the deadline, with no other task starting in between. */
function taskJustAbove(tasks: readonly Task[], d: Deadline): Task | null {
  let best: Task | null = null;
  for (const t of tasks) {
    if (t.span.end > d.span.start) continue;
    if (!best || t.span.end > best.span.end) best = t;
  }
  if (!best) return null;
  const end = best.span.end;
  return tasks.some((t) => t.span.start >= end && t.span.start < d.span.start) ? null : best;
}

// '- Xây dựng kế hoạch …', '+ …', '• …'
const bullet = /^[-+•*]\s/u;
// 'Định kỳ các phòng ban …' — a capital after a line that ended a sentence or a list
const opensParagraph = /^\p{Lu}/u;
const endsSentence = /[.:;!?]["”]?$/u;

/** True when, inside the task, a new plain paragraph after bulleted lines comes before `d`. */
function inTrailingParagraph(text: string, task: Task, d: Deadline): boolean {
  const lines = text.slice(task.span.start, d.span.start).split('\n');
  let sawBullet = false;
  let previous = '';
  // The deadline's own line counts: its start is the last line's start.
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (bullet.test(line)) sawBullet = true;
    else if (
      sawBullet &&
      opensParagraph.test(line) &&
      endsSentence.test(previous) &&
      !endsOnTimeLabel(`${line}:`)
    )
      return true;
    previous = line;
  }
  return false;
}
