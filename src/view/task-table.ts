import escapeHtml from 'escape-html';
import type { Task } from '../schema/task.js';

const cell = (values: readonly string[]) => values.map((v) => escapeHtml(v)).join('<br>');

/** The task table: task, lead, cooperating units and deadline, each task linked to its text. */
export function taskTable(tasks: readonly Task[]): string {
  if (!tasks.length) return '<p class="none">No tasks were found.</p>';
  const rows = tasks.map(
    (t, i) =>
      `<tr><td class="id"><a href="#ref-t${i}">${escapeHtml(t.id)}</a></td><td>${escapeHtml(t.title)}</td><td>${cell(t.lead)}</td><td>${cell(t.cooperating)}</td><td>${escapeHtml(t.deadline?.text ?? '')}</td></tr>`,
  );
  return `<table class="tasks"><thead><tr><th>#</th><th>Task</th><th>Lead</th><th>Cooperating</th><th>Deadline</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
