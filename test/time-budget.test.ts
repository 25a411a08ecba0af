import { describe, expect, test } from 'vitest';
import { parsePlan, planSchema } from '../src/index.js';
import { TimeBudget } from '../src/time-budget.js';
import { corpusFiles, readCorpus } from './helpers/corpus.js';

describe('TimeBudget', () => {
  test('runs units while time is left, then skips and names them', () => {
    let clock = 0;
    const budget = new TimeBudget(10, () => clock);
    expect(budget.run('citations', () => 'ran', 'skipped')).toBe('ran');
    clock = 9;
    expect(budget.run('deadlines', () => 'ran', 'skipped')).toBe('ran');
    expect(budget.warnings()).toEqual([]);
    clock = 10;
    expect(budget.run('units', () => 'ran', 'skipped')).toBe('skipped');
    expect(budget.run('tasks', () => 'ran', 'skipped')).toBe('skipped');
    const [warning] = budget.warnings();
    expect(warning?.code).toBe('TIME_BUDGET_EXCEEDED');
    expect(warning?.message).toContain('units, tasks');
  });

  test('work that checks hasTime() itself records what it skipped, in order with the rest', () => {
    let clock = 0;
    const budget = new TimeBudget(5, () => clock);
    expect(budget.hasTime()).toBe(true);
    clock = 5;
    expect(budget.hasTime()).toBe(false);
    budget.skip('OCR of pages 2, 3');
    budget.run('citations', () => 'ran', 'skipped');
    expect(budget.warnings()[0]?.message).toContain('skipped: OCR of pages 2, 3, citations.');
  });

  test('without a budget the clock is never read', () => {
    const budget = new TimeBudget(null, () => {
      throw new Error('clock read');
    });
    expect(budget.run('citations', () => 1, 0)).toBe(1);
    expect(budget.hasTime()).toBe(true);
  });
});

describe('parsePlan with timeBudgetMs', () => {
  const input = readCorpus(corpusFiles()[0]!);

  test('a spent budget gives a valid partial plan with TIME_BUDGET_EXCEEDED', async () => {
    const plan = await parsePlan(input, { timeBudgetMs: 0 });
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.warnings.map((w) => w.code)).toContain('TIME_BUDGET_EXCEEDED');
    expect(plan.text.length).toBeGreaterThan(0);
    expect([plan.citations, plan.deadlines, plan.tasks, plan.units]).toEqual([[], [], [], []]);
  });

  test('an ample budget gives the same plan as none', async () => {
    const full = await parsePlan(input);
    const budgeted = await parsePlan(input, { timeBudgetMs: 60_000 });
    expect(budgeted).toEqual(full);
  });

  test.each([-1, Number.NaN])('timeBudgetMs %s → INVALID_OPTIONS', async (timeBudgetMs) => {
    await expect(parsePlan('x', { timeBudgetMs })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
