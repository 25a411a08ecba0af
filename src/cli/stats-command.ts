import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusSummaryFiles } from '../corpus/corpus-summary-files.js';
import { readBatchOutput } from '../corpus/read-batch-output.js';
import { CorpusAccumulator } from '../corpus/summarize-corpus.js';
import { KehoachError } from '../errors.js';
import { fileFailure } from './file-failure.js';
import { notADirectory } from './out-dir.js';
import { formatStatsTables } from './stats-tables.js';

export interface StatsCommandOptions {
  out?: string;
  top: number;
  minSimilarity: number;
}

/** `kehoach stats plans.jsonl… [--out DIR]`: prints the tables, writes CSV/JSON/GraphML. */
export async function statsCommand(files: string[], opts: StatsCommandOptions): Promise<number> {
  const outProblem = notADirectory(opts.out, 'kehoach stats --out');
  if (outProblem) {
    process.stderr.write(`kehoach stats: ${outProblem}\n`);
    return 2;
  }
  // Every input checked before any is read: a typo in the last of several files should not cost
  // the reading of the others first.
  for (const file of files) {
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info?.isFile()) {
      const why = info ? `${file} is not a file` : `no such file: ${file}`;
      return fileFailure(
        file,
        new KehoachError('FILE_NOT_FOUND', `${why}; give the JSONL that kehoach batch wrote`),
      );
    }
  }
  const accumulator = new CorpusAccumulator();
  for (const file of files) {
    const onTorn = (line: number) =>
      process.stderr.write(
        `kehoach stats: ${file}: line ${line} is cut short (an interrupted batch?); skipped\n`,
      );
    for await (const entry of readBatchOutput(file, onTorn)) accumulator.add(entry);
  }
  const summary = accumulator.result({ minSimilarity: opts.minSimilarity });
  process.stdout.write(formatStatsTables(summary, opts.top));
  if (opts.out) {
    await mkdir(opts.out, { recursive: true });
    const written = corpusSummaryFiles(summary);
    for (const [name, content] of Object.entries(written)) await writeFile(join(opts.out, name), content);
    process.stderr.write(`kehoach stats: wrote ${Object.keys(written).join(', ')} to ${opts.out}\n`);
  }
  return 0;
}
