import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { corpusFiles, parseCorpus } from './helpers/corpus.js';
import { goldenView } from './helpers/golden-view.js';

// Each corpus plan against its committed expected output: any change to what the parser finds
// shows here as a diff. Regenerate on purpose with `npx tsx scripts/update-goldens.ts`.
describe('golden corpus', async () => {
  const plans = await parseCorpus();
  test.each(corpusFiles())('%s', (file) => {
    const path = new URL(`../fixtures/plans/${file}.json`, import.meta.url);
    expect(existsSync(path), `missing golden for ${file}: run scripts/update-goldens.ts`).toBe(true);
    expect(JSON.parse(JSON.stringify(goldenView(plans.get(file)!)))).toEqual(
      JSON.parse(readFileSync(path, 'utf8')),
    );
  });
});
