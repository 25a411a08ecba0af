import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { planJsonSchema } from '../src/schema/json-schema.js';
import { planSchema } from '../src/schema/plan.js';

test('schema/plan.schema.json is up to date (run `npm run schema`)', () => {
  const committed = JSON.parse(readFileSync(new URL('../schema/plan.schema.json', import.meta.url), 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
});

test('the JSON Schema describes the nested section tree', () => {
  const schema = JSON.stringify(planJsonSchema());
  expect(schema).toContain('"headingSpan"');
  expect(schema).toContain('"children"');
});

test('planSchema rejects a span that ends before it starts', () => {
  const bad = planSchema.shape.deadlines.element.safeParse({
    text: 'x',
    kind: 'date',
    date: '2023-01-01',
    span: { start: 5, end: 2 },
  });
  expect(bad.success).toBe(false);
});
