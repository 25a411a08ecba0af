import type { Plan } from './plan.js';

/** An object whose members can be read by name (what a JSON record or a caller's value may be). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Whether `value` has the members of a Plan that the corpus statistics and the HTML view read.
 * A cheap check, not planSchema's validation: it is there so that a stray record (a JSONL line
 * of something else, a caller's mistake) is refused by name instead of failing as a TypeError.
 */
export const isPlanLike = (value: unknown): value is Plan =>
  isObject(value) &&
  typeof value['text'] === 'string' &&
  isObject(value['meta']) &&
  isObject(value['source']) &&
  ['sections', 'tasks', 'citations', 'units', 'deadlines', 'corrections'].every((key) =>
    Array.isArray(value[key]),
  );
