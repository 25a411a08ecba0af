import { z } from 'zod';
import { planSchema } from './plan.js';

/** The JSON Schema of a Plan, for users outside TypeScript (committed as schema/plan.schema.json). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://www.npmjs.com/package/kehoach/schema/plan.schema.json',
    title: 'kehoach Plan',
    description: 'A Vietnamese government plan parsed by kehoach (schemaVersion 1).',
  };
}
