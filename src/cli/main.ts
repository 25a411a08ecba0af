import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseShard } from '../corpus/shard.js';
import type { ParseOptions } from '../options.js';
import type { OutputFormat } from './parse-command.js';

// Each command's module is loaded when the command runs: `batch` keeps only the scheduler and
// the output sink on its main thread (the workers load the pipeline), and `--help` starts fast.

// `kehoach parse … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const program = new Command()
  .name('kehoach')
  .description('Read Vietnamese government plans (Kế hoạch) into typed, validated Plan objects.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError();

const toneOption = new Option('--tone-style <style>', 'tone mark placement')
  .choices(['old', 'new', 'preserve'])
  .default('old');
const correctionOption = new Option('--ocr-correction <mode>', 'context-aware OCR correction')
  .choices(['apply', 'suggest', 'off'])
  .default('apply');

program
  .command('parse')
  .description('parse plans (text, PDF, DOCX or image; - reads standard input) and print them')
  .argument('<files...>', 'files to parse')
  .addOption(
    new Option('-f, --format <format>', 'output format').choices(['json', 'md', 'summary']).default('json'),
  )
  .option('-o, --out <dir>', 'write one file per input into DIR instead of printing')
  .addOption(toneOption)
  .addOption(correctionOption)
  .addOption(new Option('--ocr <when>', 'OCR for scans').choices(['auto', 'always', 'never']).default('auto'))
  .option('--max-bytes <n>', 'refuse inputs larger than this', (v) => Number.parseInt(v, 10))
  .addHelpText(
    'after',
    `
Examples:
  kehoach parse ke-hoach.pdf                 the Plan as JSON (exactly JSON.stringify of parsePlan's result)
  kehoach parse corpus/*.txt --format md     a readable outline of each plan
  kehoach parse a.docx b.pdf --out plans/    plans/a.docx.json, plans/b.pdf.json
  cat plan.txt | kehoach parse -             read standard input`,
  )
  .action(async (files: string[], opts) => {
    const options: ParseOptions = {
      toneStyle: opts.toneStyle,
      ocrCorrection: opts.ocrCorrection,
      ocr: opts.ocr,
    };
    if (opts.maxBytes) options.maxBytes = opts.maxBytes;
    process.exitCode = await (await import('./parse-command.js')).parseCommand(
      files,
      opts.format as OutputFormat,
      opts.out,
      options,
    );
  });

program
  .command('normalize')
  .description('print the repaired text of a file (encodings, diacritics, OCR errors, layout)')
  .argument('<file>', 'a text file, or - for standard input')
  .option('--diff', 'list the corrections with their context instead of the text')
  .addOption(toneOption)
  .addOption(correctionOption)
  .addHelpText(
    'after',
    `
Examples:
  kehoach normalize old-tcvn3.txt > fixed.txt
  kehoach normalize ocr-output.txt --diff`,
  )
  .action(async (file: string, opts) => {
    process.exitCode = await (await import('./normalize-command.js')).normalizeCommand(
      file,
      Boolean(opts.diff),
      {
        toneStyle: opts.toneStyle,
        ocrCorrection: opts.ocrCorrection,
      },
    );
  });

program
  .command('batch')
  .description(
    'parse many files in worker threads into one JSONL file (or CSV tables), resumable and shardable',
  )
  .argument('<patterns...>', 'globs, files or directories (quote globs so the shell leaves them to kehoach)')
  .option('-o, --out <path>', 'output file (JSONL; default standard output) or directory (CSV)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
  .option('-j, --jobs <n>', 'worker threads (default: one per core)', (v) => Number.parseInt(v, 10))
  .option('--resume', 'skip files already in the output and append the rest')
  .option('--shard <i/n>', 'process only shard i of n (1-based; stable by path hash)', (v) => {
    try {
      return parseShard(v);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  })
  .addOption(toneOption)
  .addOption(correctionOption)
  .addOption(new Option('--ocr <when>', 'OCR for scans').choices(['auto', 'always', 'never']).default('auto'))
  .addHelpText(
    'after',
    `
Each output line is {"path":…,"plan":{…}} or {"path":…,"error":{"code":…,"message":…}}.
A summary (files, failures by error code, time) is printed on standard error; the exit
status is 0 when every file was processed, failed files included (they are records).

Examples:
  kehoach batch 'corpus/**/*.{txt,pdf,docx}' --out plans.jsonl
  kehoach batch corpus/ --out plans.jsonl --resume         finish an interrupted run
  kehoach batch corpus/ --format csv --out tables/         plans.csv, tasks.csv, … for pandas
  parallel kehoach batch corpus/ --shard {}/4 --out part-{}.jsonl ::: 1 2 3 4`,
  )
  .action(async (patterns: string[], opts) => {
    process.exitCode = await (await import('./batch-command.js')).batchCommand(patterns, {
      out: opts.out,
      format: opts.format,
      jobs: opts.jobs,
      resume: Boolean(opts.resume),
      shard: opts.shard,
      parseOptions: { toneStyle: opts.toneStyle, ocrCorrection: opts.ocrCorrection, ocr: opts.ocr },
    });
  });

program
  .command('stats')
  .description(
    'corpus analytics over batch output: citations, citation graph, units by role, deadlines, similar plans',
  )
  .argument('<files...>', 'JSONL files written by kehoach batch (or by parse --format json)')
  .option('-o, --out <dir>', 'also write CSV tables, the citation graph (GraphML, JSON) and summary.json')
  .option('--top <n>', 'rows printed per table', (v) => Number.parseInt(v, 10), 20)
  .option('--min-similarity <x>', 'report plan pairs at least this similar (0–1)', Number.parseFloat, 0.5)
  .addHelpText(
    'after',
    `
Examples:
  kehoach stats plans.jsonl
  kehoach stats part-*.jsonl --out stats/     citations.csv, units.csv, citation-graph.graphml, …`,
  )
  .action(async (files: string[], opts) => {
    process.exitCode = await (await import('./stats-command.js')).statsCommand(files, opts);
  });

program
  .command('view')
  .description(
    'an HTML page of a parsed plan: every extracted span highlighted, outline, tasks, deadline timeline',
  )
  .argument('<file>', 'a plan (any format), or - for standard input')
  .addOption(toneOption)
  .addOption(correctionOption)
  .addOption(new Option('--ocr <when>', 'OCR for scans').choices(['auto', 'always', 'never']).default('auto'))
  .addHelpText(
    'after',
    `
The page is self-contained (no network resources): open it from disk, mail it, archive it.

Examples:
  kehoach view ke-hoach.pdf > plan.html`,
  )
  .action(async (file: string, opts) => {
    process.exitCode = await (await import('./view-command.js')).viewCommand(file, {
      toneStyle: opts.toneStyle,
      ocrCorrection: opts.ocrCorrection,
      ocr: opts.ocr,
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; usage errors get 2.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`kehoach: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
