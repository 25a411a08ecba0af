import { isKehoachError } from '../../src/errors.js';
import { type Plan, planSchema } from '../../src/schema/plan.js';

/** Every { start, end } anywhere in a plan, with the path that leads to it. */
function spans(value: unknown, path: string, out: Array<{ path: string; start: number; end: number }>): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) spans(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number')
      out.push({ path, start: o.start, end: o.end });
    for (const [k, v] of Object.entries(o)) if (k !== 'offsetMap') spans(v, `${path}.${k}`, out);
  }
}

/**
 * What is wrong with a parse result, as readable lines (none: all is well). A result is a Plan
 * that validates, whose every span lies in plan.text and whose offset map is ordered; or a
 * KehoachError other than INTERNAL (INTERNAL is a crash wrapped).
 */
export function resultProblems(result: { plan: Plan } | { error: unknown }): string[] {
  if ('error' in result) {
    const e = result.error;
    if (!isKehoachError(e)) return [`threw a non-KehoachError: ${String(e)}`];
    return e.code === 'INTERNAL' ? [`crashed: ${e.message}`] : [];
  }
  const { plan } = result;
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) return [`does not validate: ${parsed.error.message.slice(0, 500)}`];
  const problems: string[] = [];
  const all: Array<{ path: string; start: number; end: number }> = [];
  spans(plan, 'plan', all);
  for (const s of all) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= plan.text.length))
      problems.push(`${s.path} [${s.start}, ${s.end}) is not inside plan.text (length ${plan.text.length})`);
  }
  const map = plan.offsetMap;
  if (map.length % 4 !== 0) problems.push(`offsetMap length ${map.length} is not a multiple of 4`);
  for (let i = 0; i + 3 < map.length; i += 4) {
    const [t0, t1, s0, s1] = map.slice(i, i + 4) as [number, number, number, number];
    if (t0 > t1 || s0 > s1 || t1 > plan.text.length) problems.push(`offsetMap region ${i / 4} is malformed`);
    if (i > 0 && (t0 < map[i - 3]! || s0 < map[i - 1]!))
      problems.push(`offsetMap region ${i / 4} is out of order`);
  }
  return problems.slice(0, 20);
}

/** Runs a parse and keeps its outcome, thrown or returned, with the time it took. */
export async function outcome(
  parse: () => Promise<Plan>,
): Promise<{ result: { plan: Plan } | { error: unknown }; ms: number }> {
  const start = performance.now();
  let result: { plan: Plan } | { error: unknown };
  try {
    result = { plan: await parse() };
  } catch (error) {
    result = { error };
  }
  return { result, ms: performance.now() - start };
}
