import escapeHtml from 'escape-html';
import { type Highlight, highlightKinds } from './highlight-kinds.js';

/** A zero-width target in the text (a section heading), for the outline's links. */
export interface Anchor {
  at: number;
  id: string;
}

interface Open {
  h: Highlight;
  end: number;
}

const rank = (h: Highlight) => highlightKinds.indexOf(h.kind);

/**
 * The plan text as HTML with every highlight an element carrying `data-kind`. Spans nest when
 * they can (a unit inside a deadline inside a task); when two cross, the inner one is split and
 * its later pieces carry `data-cont-kind` instead, so `[data-kind=K]` counts each span once.
 */
export function markText(
  text: string,
  highlights: readonly Highlight[],
  anchors: readonly Anchor[],
  titles: Readonly<Record<string, string>>,
): string {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const spans = highlights
    .map((h) => ({
      ...h,
      span: { start: clamp(h.span.start), end: clamp(Math.max(h.span.start, h.span.end)) },
    }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || rank(a) - rank(b));
  const at = new Map<number, string[]>();
  const put = (p: number, html: string) => at.set(p, [...(at.get(p) ?? []), html]);
  for (const a of anchors) put(clamp(a.at), `<a class="anchor" id="${escapeHtml(a.id)}"></a>`);
  const withId = new Set<string>();
  const open = (h: Highlight, continued: boolean): string => {
    const kind = continued ? `data-cont-kind="${h.kind}"` : `data-kind="${h.kind}" tabindex="0"`;
    const id = !continued && !withId.has(h.ref) ? ` id="ref-${h.ref}"` : '';
    withId.add(h.ref);
    return `<span class="hl hl-${h.kind}" ${kind} data-ref="${h.ref}"${id} title="${escapeHtml(titles[h.ref] ?? h.kind)}">`;
  };
  // A correction that deleted text has an empty span: it is marked where the text was.
  for (const h of spans.filter((s) => s.span.start === s.span.end))
    put(h.span.start, `${open(h, false)}</span>`);
  const ranged = spans.filter((s) => s.span.start < s.span.end);
  const boundaries = [...new Set([...ranged.flatMap((s) => [s.span.start, s.span.end]), ...at.keys()])].sort(
    (a, b) => a - b,
  );
  const stack: Open[] = [];
  let out = '';
  let pos = 0;
  let next = 0;
  for (const p of boundaries) {
    out += escapeHtml(text.slice(pos, p));
    pos = p;
    const deepest = stack.findIndex((o) => o.end === p);
    if (deepest !== -1) {
      const closed = stack.splice(deepest);
      out += '</span>'.repeat(closed.length);
      for (const o of closed.filter((c) => c.end > p)) {
        out += open(o.h, true);
        stack.push(o);
      }
    }
    out += (at.get(p) ?? []).join('');
    for (; next < ranged.length && ranged[next]!.span.start === p; next++) {
      const h = ranged[next]!;
      out += open(h, false);
      stack.push({ h, end: h.span.end });
    }
  }
  return out + escapeHtml(text.slice(pos)) + '</span>'.repeat(stack.length);
}
