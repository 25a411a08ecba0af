import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusSummaryFiles } from '../corpus/corpus-summary-files.js';
import { readBatchOutput } from '../corpus/read-batch-output.js';
import { CorpusAccumulator } from '../corpus/summarize-corpus.js';
import { formatStatsTables } from './stats-tables.js';

export interface StatsCommandOptions {
  out?: string;
  top: number;
  minSimilarity: number;
}

/** `kehoach stats plans.jsonl… [--out DIR]`: prints the tables, writes CSV/JSON/GraphML. */
export async function statsCommand(files: string[], opts: StatsCommandOptions): Promise<number> {
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
