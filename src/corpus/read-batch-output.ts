import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusEntry } from './summarize-corpus.js';

/**
 * Streams the records of a JSONL file: `kehoach batch` output ({path, plan} / {path, error})
 * or bare Plans (`kehoach parse --format json`, one per line). A torn last line, left by a
 * killed run, is skipped and counted; any other unreadable line is an error naming its number.
 */
export async function* readBatchOutput(
  file: string,
  onTornLine?: (lineNumber: number) => void,
): AsyncGenerator<CorpusEntry> {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  let pending: { line: string; number: number } | null = null;
  for await (const line of lines) {
    number++;
    if (pending) yield parse(pending.line, pending.number);
    pending = line.trim() ? { line, number } : null;
  }
  if (!pending) return;
  try {
    yield JSON.parse(pending.line) as CorpusEntry;
  } catch {
    onTornLine?.(pending.number);
  }
}

function parse(line: string, number: number): CorpusEntry {
  try {
    return JSON.parse(line) as CorpusEntry;
  } catch (error) {
    throw new Error(`line ${number} is not a JSON record (${(error as Error).message})`);
  }
}
