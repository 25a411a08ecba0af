import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { toSourceOffset } from '../src/index.js';
import type { Plan } from '../src/schema/plan.js';
import { planSchema } from '../src/schema/plan.js';
import type { Section } from '../src/schema/section.js';
import { parseCorpus, readCorpus, type ScoreSummary, score } from './helpers/corpus.js';

/**
 * The bars the corpus must meet (scripts/score.mjs figures), one JSON file per area in
 * test/bars/ ({ "sections": { "metric": "f", "min": 0.95 } }). Lowering one needs a reason
 * in the commit message.
 */
const barsDir = new URL('./bars/', import.meta.url);
const BARS: Record<string, { metric: 'f' | 'acc'; min: number }> = Object.assign(
  {},
  ...readdirSync(barsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, barsDir), 'utf8'))),
);

let plans: Map<string, Plan>;
let summary: ScoreSummary;
beforeAll(async () => {
  plans = await parseCorpus();
  summary = score(plans);
});

const flat = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flat(s.children)]);

function spansOf(plan: Plan): Array<{ where: string; start: number; end: number }> {
  const out: Array<{ where: string; start: number; end: number }> = [];
  for (const s of flat(plan.sections))
    out.push({ where: `section ${s.id}`, ...s.span }, { where: `heading ${s.id}`, ...s.headingSpan });
  for (const c of plan.citations) for (const m of c.mentions) out.push({ where: `citation ${c.id}`, ...m });
  for (const d of plan.deadlines) out.push({ where: `deadline ${d.text}`, ...d.span });
  for (const u of plan.units) for (const m of u.mentions) out.push({ where: `unit ${u.name}`, ...m });
  for (const t of plan.tasks) out.push({ where: `task ${t.id}`, ...t.span });
  for (const c of plan.corrections) out.push({ where: `correction ${c.from}`, ...c.span });
  for (const w of plan.warnings) if (w.span) out.push({ where: `warning ${w.code}`, ...w.span });
  return out;
}

describe('the corpus', () => {
  test('every plan validates against planSchema', () => {
    for (const [file, plan] of plans) {
      const result = planSchema.safeParse(plan);
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  test('every span lies inside plan.text', () => {
    for (const [file, plan] of plans) {
      for (const s of spansOf(plan)) {
        expect(s.start, `${file} ${s.where}`).toBeLessThanOrEqual(s.end);
        expect(s.end, `${file} ${s.where}`).toBeLessThanOrEqual(plan.text.length);
      }
    }
  });

  test("each section's headingSpan slices to its heading (up to whitespace)", () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [file, plan] of plans) {
      for (const s of flat(plan.sections)) {
        expect(squash(plan.text.slice(s.headingSpan.start, s.headingSpan.end)), `${file} ${s.id}`).toContain(
          squash(s.heading),
        );
      }
    }
  });

  test('toSourceOffset leads every unchanged stretch back to the same words in the input', () => {
    for (const [file, plan] of plans) {
      const source = new TextDecoder().decode(readCorpus(file));
      const changed = plan.offsetMap;
      // Walk the text between changed regions: those stretches must be found verbatim at their mapped offset.
      let t = 0;
      for (let i = 0; i <= changed.length; i += 4) {
        const end = i < changed.length ? changed[i]! : plan.text.length;
        if (end > t) {
          const s = toSourceOffset(plan, t);
          expect(source.slice(s, s + (end - t)), `${file} @${t}`).toBe(plan.text.slice(t, end));
        }
        if (i < changed.length) t = changed[i + 1]!;
      }
    }
  });

  test.each(Object.entries(BARS))('scorer: %s meets its bar', (field, bar) => {
    const got = summary[field]?.[bar.metric];
    expect(got, `${field}.${bar.metric}`).toBeGreaterThanOrEqual(bar.min);
  });
});
