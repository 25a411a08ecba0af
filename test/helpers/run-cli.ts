import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDir, corpusFiles } from './corpus.js';

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;
// An absolute loader URL: the CLI runs in temporary directories where 'tsx' does not resolve.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The CLI from source, as `node --import tsx src/cli/main.ts …` (its batch workers load TypeScript too). */
export const cliCommand = [process.execPath, '--import', tsx, main];

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(
  args: readonly string[],
  cwd: string,
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(cliCommand[0]!, [...cliCommand.slice(1), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => {
    stdout += d;
  });
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export const runCli = (args: readonly string[], cwd: string): Promise<CliRun> => startCli(args, cwd).done;

/**
 * A corpus folder: the five corpus plans copied `copies` times over `dirs` sub-folders, plus an
 * empty file and a corrupt one (a DOCX cut short). Returns the relative paths of the bad files.
 */
export function makeCorpus(
  root: string,
  copies: number,
  dirs = 10,
  badDir = ['d0', 'd1'],
): { files: number; empty: string; corrupt: string } {
  const sources = corpusFiles();
  for (let i = 0; i < copies; i++) {
    const dir = join(root, 'plans', `d${i % dirs}`);
    mkdirSync(dir, { recursive: true });
    for (const f of sources) copyFileSync(join(corpusDir, f), join(dir, f.replace('.txt', `_${i}.txt`)));
  }
  const empty = `plans/${badDir[0]}/empty.txt`;
  const corrupt = `plans/${badDir[1]}/corrupt.docx`;
  mkdirSync(join(root, 'plans', badDir[0]!), { recursive: true });
  mkdirSync(join(root, 'plans', badDir[1]!), { recursive: true });
  writeFileSync(join(root, empty), '');
  // A ZIP local header and then nothing a DOCX reader can use.
  writeFileSync(
    join(root, corrupt),
    Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00'), Buffer.alloc(200, 7)]),
  );
  return { files: copies * sources.length + 2, empty, corrupt };
}

/**
 * The complete lines of a JSONL output, read as a stream (outputs run to hundreds of MB, past
 * the longest string V8 makes). A line is complete once its '\n' is written: a SIGKILL can cut
 * a write short (Linux stops copying a write into the page cache when a fatal signal is
 * pending), and the torn last line it leaves is not yielded, as `--resume` cuts it off; the
 * return value says whether there was one.
 */
export async function* jsonlLines(file: string): AsyncGenerator<string, { torn: boolean }> {
  let rest = '';
  for await (const chunk of createReadStream(file, 'utf8')) {
    const parts = (rest + (chunk as string)).split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  return { torn: rest !== '' };
}

/** Path → hash of its line, for every complete line of a JSONL output (see jsonlLines). */
export async function jsonlDigest(
  file: string,
): Promise<{ byPath: Map<string, string>; lines: number; torn: boolean }> {
  const byPath = new Map<string, string>();
  let lines = 0;
  const reader = jsonlLines(file);
  for (let next = await reader.next(); ; next = await reader.next()) {
    if (next.done) return { byPath, lines, torn: next.value.torn };
    lines++;
    const path = (JSON.parse(next.value) as { path: string }).path;
    byPath.set(path, createHash('sha1').update(next.value).digest('hex'));
  }
}
