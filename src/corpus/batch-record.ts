import type { KehoachErrorCode } from '../errors.js';
import type { Plan } from '../schema/plan.js';

/** Why one file of a batch has no Plan. */
export interface BatchError {
  code: KehoachErrorCode | 'WORKER_CRASHED';
  message: string;
}

/**
 * One line of a batch's JSONL output: the file's path, then its Plan or its error.
 * `path` comes first so that --resume can read it without parsing the Plan.
 */
export type BatchRecord = { path: string; plan: Plan } | { path: string; error: BatchError };

/** The JSONL line of a record (without the newline). */
export const planLine = (path: string, planJson: string): string => `${planLineHead(path)}${planJson}}`;
/** A Plan record's line up to its Plan: the batch writes the Plan's bytes after it, then `}`. */
export const planLineHead = (path: string): string => `{"path":${JSON.stringify(path)},"plan":`;
export const errorLine = (path: string, error: BatchError): string => JSON.stringify({ path, error });

// {"path":"corpus/002.txt","plan":{…}} — the path is read from the line's head only.
const HEAD = /^\{"path":(?<path>"(?:[^"\\]|\\.){0,4096}")/;

/** The path at the head of a JSONL record (its first few KB suffice), or null for a line that is not one. */
export function recordPath(head: string): string | null {
  const path = HEAD.exec(head)?.groups?.path;
  return path ? (JSON.parse(path) as string) : null;
}
