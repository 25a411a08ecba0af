import { load } from '../load/index.js';
import { type NormalizedText, normalizeText } from '../normalize/index.js';
import { type NormalizeOptions, resolveOptions } from '../options.js';
import { fileFailure } from './file-failure.js';
import { readInput } from './read-input.js';

const context = (text: string, start: number, end: number): string =>
  `${text.slice(Math.max(0, start - 20), start)}[${text.slice(start, end)}]${text.slice(end, end + 20)}`.replaceAll(
    '\n',
    '⏎',
  );

/** `kehoach normalize FILE`: the repaired text, or with --diff the corrections in context. */
export async function normalizeCommand(
  file: string,
  diff: boolean,
  options: NormalizeOptions,
): Promise<number> {
  // The same loading as parsePlan: format and encoding from the bytes (legacy bytes included).
  let result: NormalizedText;
  try {
    const resolved = resolveOptions(options);
    const loaded = await load(await readInput(file, resolved), resolved);
    result = normalizeText(loaded.text, loaded.ocr ? { ...options, fromOcr: true } : options);
  } catch (error) {
    return fileFailure(file, error);
  }
  if (!diff) {
    process.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
    return 0;
  }
  for (const c of result.corrections) {
    const where = `${c.span.start}-${c.span.end}`;
    process.stdout.write(
      `${where}\t${c.kind}\t${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}\t${c.confidence.toFixed(2)}\t${context(result.text, c.span.start, c.span.end)}\n`,
    );
  }
  return 0;
}
