import type { RefinePass } from './types.js';

/** task.citations: the ids of the citations mentioned inside the task's span, in order of mention. */
export const taskCitations: RefinePass = {
  name: 'task-citations',
  run(state) {
    const mentions = state.citations
      .filter((c) => c.id !== null)
      .flatMap((c) => c.mentions.map((m) => ({ id: c.id!, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
    const tasks = state.tasks.map((t) => ({
      ...t,
      citations: [
        ...new Set(mentions.filter((m) => m.start >= t.span.start && m.end <= t.span.end).map((m) => m.id)),
      ],
    }));
    return { ...state, tasks };
  },
};
