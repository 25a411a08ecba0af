// Writes schema/plan.schema.json from the zod schema (zod 4's own z.toJSONSchema).
// Run with `npm run schema`; test/schema.test.ts fails when the committed file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { planJsonSchema } from '../src/schema/json-schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/plan.schema.json', `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log('wrote schema/plan.schema.json');
