import { describe, expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';
import { corpusDir, corpusFiles } from './helpers/corpus.js';
import { runCli } from './helpers/run-cli.js';

// The commands other than batch and stats, as a user types them (each loads its module lazily).
const file = corpusFiles()[0]!;
const cwd = corpusDir;

describe('kehoach parse / normalize / view', () => {
  test('parse prints exactly JSON.stringify of parsePlan', { timeout: 60_000 }, async () => {
    const run = await runCli(['parse', file], cwd);
    expect(run.code, run.stderr).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const plan = await parsePlan(await readFile(`${cwd}/${file}`));
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(plan)));
  });

  test('normalize --diff lists corrections with offsets; normalize prints the text', {
    timeout: 60_000,
  }, async () => {
    const diff = await runCli(['normalize', file, '--diff'], cwd);
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toMatch(/^\d+-\d+\t\w+\t/m);
    const text = await runCli(['normalize', file], cwd);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('KẾ HOẠCH');
  });

  test('view writes a self-contained HTML page', { timeout: 60_000 }, async () => {
    const run = await runCli(['view', file], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  test('a missing file exits 1 with a message; a bad option exits 2', { timeout: 60_000 }, async () => {
    const missing = await runCli(['parse', 'no-such-plan.txt'], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-plan\.txt: FILE_NOT_FOUND/);
    const tooLarge = await runCli(['parse', file, '--max-bytes', '10'], cwd);
    expect(tooLarge.code).toBe(1);
    expect(tooLarge.stderr).toMatch(/TOO_LARGE/);
    const bad = await runCli(['parse', file, '--format', 'xml'], cwd);
    expect(bad.code).toBe(2);
    // normalize and view report a file they cannot read on the same line as parse does.
    for (const command of ['normalize', 'view']) {
      const run = await runCli([command, 'no-such-plan.txt'], cwd);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('kehoach: no-such-plan.txt: FILE_NOT_FOUND: no such file: no-such-plan.txt\n');
    }
    // --out names an existing file (the corpus README), not a directory: nothing is parsed.
    const outFile = await runCli(['parse', file, '--out', 'README.md'], cwd);
    expect(outFile.code).toBe(2);
    expect(outFile.stderr).toMatch(/--out README\.md is a file: kehoach parse --out writes into a directory/);
  });
});

describe('kehoach stats, given what it cannot read', () => {
  test('a missing input exits 1 naming it; --out on a file exits 2', { timeout: 60_000 }, async () => {
    const missing = await runCli(['stats', 'no-such-plans.jsonl'], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'kehoach: no-such-plans.jsonl: FILE_NOT_FOUND: no such file: no-such-plans.jsonl; give the JSONL that kehoach batch wrote\n',
    );
    const folder = await runCli(['stats', '.'], cwd);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/^kehoach: \.: FILE_NOT_FOUND: \. is not a file/);
    const outFile = await runCli(['stats', 'no-such-plans.jsonl', '--out', 'README.md'], cwd);
    expect(outFile.code).toBe(2);
    expect(outFile.stderr).toMatch(/--out README\.md is a file/);
  });
});
