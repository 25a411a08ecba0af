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
  });
});
