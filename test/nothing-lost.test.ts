import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePlan, toSourceOffset } from '../src/index.js';
import type { Plan } from '../src/schema/plan.js';
import { mutatedCorpusText, parseOptions, planLikeString, runs, seed } from './helpers/arbitraries.js';
import { corpusFiles, readCorpus } from './helpers/corpus.js';

/**
 * Nothing is lost: every character of the input either reaches plan.text unchanged through the
 * offset map (toSourceOffset leads back to it and it reads the same) or lies in the source span
 * of a recorded Correction. A correction's source span is its plan.text span mapped back.
 */
function lostCharacters(source: string, plan: Plan): number[] {
  const covered = new Uint8Array(source.length + 1);
  for (const c of plan.corrections) {
    const a = toSourceOffset(plan, c.span.start, 'start');
    const b = toSourceOffset(plan, c.span.end, 'end');
    // A deletion has an empty span in plan.text, whose ends map to the far sides of what it removed.
    covered.fill(1, Math.min(a, b), Math.max(a, b));
  }
  for (let t = 0; t < plan.text.length; t++) {
    const s = toSourceOffset(plan, t, 'start');
    if (toSourceOffset(plan, t + 1, 'end') === s + 1 && source[s] === plan.text[t]) covered[s] = 1;
  }
  const lost: number[] = [];
  for (let s = 0; s < source.length; s++) if (!covered[s]) lost.push(s);
  return lost;
}

function describeLost(source: string, lost: number[]): string {
  if (lost.length === 0) return '';
  const at = lost[0]!;
  const show = (s: string) => JSON.stringify(s);
  return `${lost.length} character(s) lost, first at ${at}: ${show(source.slice(Math.max(0, at - 20), at))} [${show(source[at] ?? '')}] ${show(source.slice(at + 1, at + 20))}`;
}

describe('nothing lost between the input and plan.text', () => {
  test.each(corpusFiles())('corpus %s', async (file) => {
    const source = new TextDecoder().decode(readCorpus(file));
    for (const options of [{}, { toneStyle: 'new' as const }, { ocrCorrection: 'suggest' as const }]) {
      const plan = await parsePlan(source, options);
      expect(describeLost(source, lostCharacters(source, plan))).toBe('');
    }
  });

  test('a text needing every kind of repair', async () => {
    const source = [
      '\ufeffKẾ HOẠCH\r\n',
      'Chủ trƣơng của Đảng\u00a0và Nhà nƣớc\r',
      'Ke\u0302\u0301 hoa\u0323ch tha\u0300nh lâ\u0323p\f',
      'Ðoàn\u200b thanh\u00adniên\u2028',
    ].join('');
    const plan = await parsePlan(source);
    expect(plan.corrections.length).toBeGreaterThan(0);
    expect(describeLost(source, lostCharacters(source, plan))).toBe('');
  });

  test('the check sees a change nobody recorded', async () => {
    const source = 'Chủ trƣơng\u200b của Nhà nƣớc';
    const plan = await parsePlan(source);
    const [, ...rest] = plan.corrections;
    const lost = lostCharacters(source, { ...plan, corrections: rest });
    expect(lost.map((s) => source[s])).toEqual(['ƣ']);
  });

  test(
    'property: plan-like strings and mutated corpus plans, under every option',
    () =>
      fc.assert(
        fc.asyncProperty(
          fc.oneof(planLikeString(), mutatedCorpusText()),
          parseOptions(),
          async (source, options) => {
            const plan = await parsePlan(source, options);
            expect(describeLost(source, lostCharacters(source, plan))).toBe('');
          },
        ),
        { numRuns: runs(300), ...seed(), endOnFailure: true },
      ),
    120_000 * Number(process.env.FUZZ_SCALE ?? 1),
  );
});
