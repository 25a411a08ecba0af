// Regenerates fixtures/plans/<corpus file>.json from the current parser — on purpose only:
// run it after a change whose effect on the corpus you have read in `git diff fixtures/plans`.
//   npx tsx scripts/update-goldens.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parsePlan } from '../src/index.js';
import { goldenView } from '../test/helpers/golden-view.js';

for (const file of readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const plan = await parsePlan(new Uint8Array(readFileSync(`corpus/${file}`)));
  writeFileSync(`fixtures/plans/${file}.json`, `${JSON.stringify(goldenView(plan), null, 2)}\n`);
  process.stdout.write(`fixtures/plans/${file}.json\n`);
}
