import { describe, expect, test } from 'vitest';
import type { Plan } from '../src/schema/plan.js';
import {
  collectHighlights,
  type Highlight,
  highlightCounts,
  highlightKinds,
} from '../src/view/highlight-kinds.js';
import { markText } from '../src/view/mark-text.js';
import { renderPlanHtml } from '../src/view/render-plan-html.js';
import { parseCorpus } from './helpers/corpus.js';
import { samplePlan } from './helpers/sample-plan.js';

const decodeEntities = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));
const count = (html: string, attribute: string) => {
  const out: Record<string, number> = {};
  for (const m of html.matchAll(new RegExp(`${attribute}="([a-z]+)"`, 'g')))
    out[m[1]!] = (out[m[1]!] ?? 0) + 1;
  return out;
};
/** Tags balance: every opened span is closed, in order. */
const balanced = (html: string) => {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)span\b/g)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
};

const h = (kind: Highlight['kind'], ref: string, start: number, end: number): Highlight => ({
  kind,
  ref,
  span: { start, end },
});

describe('markText nests or splits overlapping spans', () => {
  // 'Giao Phòng Nội vụ chủ trì trước ngày 30/6' — offsets into this text.
  const text = 'Giao Phòng Nội vụ chủ trì trước ngày 30/6';
  test.each([
    ['one span', [h('unit', 'u0', 5, 17)], 'Giao [unit:Phòng Nội vụ] chủ trì trước ngày 30/6'],
    [
      'a unit inside a task',
      [h('task', 't0', 0, 41), h('unit', 'u0', 5, 17)],
      '[task:Giao [unit:Phòng Nội vụ] chủ trì trước ngày 30/6]',
    ],
    [
      'same span, two kinds: the outer kind first',
      [h('unit', 'u0', 5, 17), h('citation', 'c0', 5, 17)],
      'Giao [citation:[unit:Phòng Nội vụ]] chủ trì trước ngày 30/6',
    ],
    [
      'adjacent spans do not nest',
      [h('unit', 'u0', 5, 17), h('deadline', 'd0', 17, 41)],
      'Giao [unit:Phòng Nội vụ][deadline: chủ trì trước ngày 30/6]',
    ],
    [
      'crossing: the later span is split, its second piece a continuation',
      [h('unit', 'u0', 5, 17), h('correction', 'x0', 11, 21)],
      'Giao [unit:Phòng [correction:Nội vụ]][+correction: chủ] trì trước ngày 30/6',
    ],
    [
      'an empty span is an empty element where the text was',
      [h('correction', 'x0', 4, 4)],
      'Giao[correction:] Phòng Nội vụ chủ trì trước ngày 30/6',
    ],
    [
      'spans past the end are clamped',
      [h('deadline', 'd0', 26, 99)],
      'Giao Phòng Nội vụ chủ trì [deadline:trước ngày 30/6]',
    ],
  ])('%s', (_, highlights, expected) => {
    const html = markText(text, highlights, [], {});
    const shown = html
      .replace(/<span class="hl hl-[a-z]+" data-kind="([a-z]+)"[^>]*>/g, '[$1:')
      .replace(/<span class="hl hl-[a-z]+" data-cont-kind="([a-z]+)"[^>]*>/g, '[+$1:')
      .replaceAll('</span>', ']');
    expect(shown).toBe(expected);
    expect(balanced(html)).toBe(true);
  });

  test('text and titles are escaped', () => {
    const html = markText('<b>"A & B"</b>', [h('unit', 'u0', 3, 10)], [], { u0: 'name: "A" <&>' });
    expect(html).not.toContain('<b>');
    expect(html).toContain('title="name: &quot;A&quot; &lt;&amp;&gt;"');
    expect(stripTags(html)).toBe('<b>"A & B"</b>');
  });
});

describe('renderPlanHtml', () => {
  const check = (plan: Plan) => {
    const html = renderPlanHtml(plan);
    const text = html.slice(html.indexOf('<div class="text"'), html.indexOf('<h2>Tasks</h2>'));
    expect(stripTags(text).replace(/\n$/, '')).toBe(plan.text);
    const expected = Object.fromEntries(Object.entries(highlightCounts(plan)).filter(([, n]) => n > 0));
    expect(count(text, 'data-kind')).toEqual(expected);
    expect(balanced(text)).toBe(true);
    // No network resources: no src, no href outside the page, no @import or url().
    expect(html).not.toMatch(/\bsrc=|href="(?!#)|@import|url\(/);
    return html;
  };

  test('the sample plan: every kind, nested, crossing and empty spans', async () => {
    const plan = await samplePlan();
    const html = check(plan);
    expect(count(html, 'data-kind')).toEqual({ task: 2, citation: 2, deadline: 3, unit: 5, correction: 3 });
    // The unit mention that starts inside the correction 'với Ủy ban' goes on after it: split once.
    expect(count(html, 'data-cont-kind')).toEqual({ unit: 1 });
    expect(html).toContain('<a class="anchor" id="sec-II.1"></a>');
    expect(html).toContain('Content-Security-Policy');
  });

  test('every corpus plan as parsePlan returns it', async () => {
    for (const plan of (await parseCorpus()).values()) check(plan);
  });

  test('a record holding </script> cannot end the records element', async () => {
    const plan = await samplePlan();
    plan.units[0]!.name = '</script><script>alert(1)</script>';
    const html = renderPlanHtml(plan);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  test('records are labelled by the kind of span they mark', async () => {
    const { records } = collectHighlights(await samplePlan());
    expect(records['d1']).toMatchObject({ highlight: 'deadline', kind: 'period', start: '2024-07-01' });
    expect(
      Object.values(records)
        .map((r) => r.highlight)
        .sort(),
    ).toEqual(expect.arrayContaining([...highlightKinds].sort()));
  });
});

describe('renderPlanHtml, given what is not a plan', () => {
  test.each([undefined, {}, { text: 'x' }])('%j → INVALID_OPTIONS', (value) => {
    expect(() => renderPlanHtml(value as never)).toThrow(/renderPlanHtml takes a Plan/);
  });
});
