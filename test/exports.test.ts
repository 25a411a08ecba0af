import { expect, test } from 'vitest';
import * as api from '../src/index.js';

// The public API is deliberate (SPEC §1): adding or removing an export is a decision, made here.
test('the package exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'KehoachError',
    'isKehoachError',
    'normalizeText',
    'parsePlan',
    'parsePlanFile',
    'planSchema',
    'renderPlanHtml',
    'summarizeCorpus',
    'toSourceOffset',
    'toneInsensitiveKey',
  ]);
});
