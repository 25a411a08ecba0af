import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parsePlanFile } from '../src/index.js';

// The same plan as .txt, .docx (fixtures/docs/NNN.docx) and .pdf (LibreOffice's export of that DOCX)
// must score alike: on every scorer field, each format within 0.02 of the plain-text Plan.
const root = new URL('..', import.meta.url).pathname;
const corpus = readdirSync(join(root, 'corpus')).filter((f) => /^\d{3}_.*\.txt$/u.test(f));
const work = mkdtempSync(join(tmpdir(), 'kehoach-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Figure = { f?: number; acc?: number; p?: number; r?: number; ok?: number; n?: number };
type Scores = { docs: { doc: string; r: Record<string, Figure> }[] };

const value = (x: Figure | undefined) => {
  if (!x) return 1;
  if (x.f !== undefined) return x.f;
  if (x.acc !== undefined) return x.acc;
  return x.n ? (x.ok ?? 0) / x.n : 1;
};

async function score(kind: 'txt' | 'docx' | 'pdf'): Promise<Scores> {
  const dir = join(work, kind);
  mkdirSync(dir, { recursive: true });
  for (const file of corpus) {
    const path =
      kind === 'txt' ? join(root, 'corpus', file) : join(root, `fixtures/docs/${file.slice(0, 3)}.${kind}`);
    writeFileSync(join(dir, `${file}.json`), JSON.stringify(await parsePlanFile(path)));
  }
  const out = execFileSync(
    process.execPath,
    [join(root, 'scripts/score.mjs'), '--gold', join(root, 'fixtures/gold'), '--plans', dir, '--json'],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Scores;
}

describe('the same plan from any format gives the same Plan', () => {
  test.each(['docx', 'pdf'] as const)(
    '%s scores within 0.02 of text, per document and field',
    { timeout: 120_000 },
    async (kind) => {
      const [text, other] = await Promise.all([score('txt'), score(kind)]);
      const short: string[] = [];
      for (const doc of text.docs) {
        const mine = other.docs.find((d) => d.doc === doc.doc)!;
        for (const [field, figure] of Object.entries(doc.r)) {
          const want = value(figure);
          const got = value(mine.r[field]);
          if (got < want - 0.02)
            short.push(
              `${doc.doc.slice(0, 3)} ${field}: ${kind} ${got.toFixed(3)} < text ${want.toFixed(3)}`,
            );
        }
      }
      expect(short).toEqual([]);
    },
  );
});
