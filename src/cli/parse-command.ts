import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ParseOptions } from '../options.js';
import { parsePlan } from '../parse-plan.js';
import type { Plan } from '../schema/plan.js';
import { fileFailure } from './file-failure.js';
import { formatMarkdown } from './format-markdown.js';
import { formatSummary } from './format-summary.js';
import { notADirectory } from './out-dir.js';
import { readInput } from './read-input.js';

export type OutputFormat = 'json' | 'md' | 'summary';

const render: Record<OutputFormat, (plan: Plan, name: string) => string> = {
  json: (plan) => JSON.stringify(plan),
  md: formatMarkdown,
  summary: formatSummary,
};
const extension: Record<OutputFormat, string> = { json: 'json', md: 'md', summary: 'txt' };

/** `kehoach parse FILE…`: one plan per file to stdout (or DIR); returns the exit code. */
export async function parseCommand(
  files: string[],
  format: OutputFormat,
  outDir: string | undefined,
  options: ParseOptions,
): Promise<number> {
  const outProblem = notADirectory(outDir, 'kehoach parse --out');
  if (outProblem) {
    process.stderr.write(`kehoach parse: ${outProblem}, one file per input\n`);
    return 2;
  }
  let failed = 0;
  if (outDir) await mkdir(outDir, { recursive: true });
  for (const file of files) {
    const name = file === '-' ? 'stdin' : file;
    try {
      const plan = await parsePlan(await readInput(file, options), options);
      const out = render[format](plan, name);
      if (outDir) await writeFile(join(outDir, `${basename(name)}.${extension[format]}`), `${out}\n`);
      else process.stdout.write(`${out}\n`);
    } catch (error) {
      failed += fileFailure(file, error);
    }
  }
  return failed ? 1 : 0;
}
