import { readdirSync, readFileSync } from 'node:fs';

export const corpusDir = new URL('../../corpus/', import.meta.url);

/** The corpus plans as text, in file order. */
export const corpusTexts = (): string[] =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));

/** The inputs a measurement runs on: each corpus plan, or all of them joined `n` times into one text. */
export type InputSet = 'docs' | `x${number}`;

export function inputTexts(set: InputSet): string[] {
  const docs = corpusTexts();
  if (set === 'docs') return docs;
  const once = docs.join('\n');
  return [Array.from({ length: Number(set.slice(1)) }, () => once).join('\n')];
}

export const utf8Bytes = (texts: readonly string[]): number =>
  texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
