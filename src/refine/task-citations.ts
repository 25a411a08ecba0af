import { firstNotBefore } from '../first-not-before.js';
import type { RefinePass } from './types.js';

interface IdMention {
  id: string;
  start: number;
  end: number;
}

/** The index of the first mention that starts at or after `pos` (mentions in start order). */
const firstFrom = (mentions: readonly IdMention[], pos: number): number =>
  firstNotBefore(mentions.length, (i) => mentions[i]!.start < pos);

/**
 * task.citations: the ids of the citations mentioned inside the task's span, in order of mention.
 * A mention inside a task starts within it, so only those are looked at, found by binary
 * search in the mentions sorted by start (all mentions for every task was tasks × mentions).
 */
export const taskCitations: RefinePass = {
  name: 'task-citations',
  run(state) {
    const mentions: IdMention[] = state.citations
      .filter((c) => c.id !== null)
      .flatMap((c) => c.mentions.map((m) => ({ id: c.id!, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
    const tasks = state.tasks.map((t) => {
      const ids = new Set<string>();
      for (let k = firstFrom(mentions, t.span.start); k < mentions.length; k++) {
        const m = mentions[k]!;
        if (m.start > t.span.end) break;
        if (m.end <= t.span.end) ids.add(m.id);
      }
      return { ...t, citations: [...ids] };
    });
    return { ...state, tasks };
  },
};
