import { Command, CommanderError, Option } from 'commander';
import type { ParseOptions } from '../options.js';
import { normalizeCommand } from './normalize-command.js';
import { type OutputFormat, parseCommand } from './parse-command.js';

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
    process.exitCode = await parseCommand(files, opts.format as OutputFormat, opts.out, options);
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
    process.exitCode = await normalizeCommand(file, Boolean(opts.diff), {
      toneStyle: opts.toneStyle,
      ocrCorrection: opts.ocrCorrection,
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
