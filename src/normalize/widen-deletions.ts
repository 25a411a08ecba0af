import type { Edit } from './edit.js';

/**
 * A deletion becomes a replacement of the character before it ('y\u200b' → 'y'), or after it at
 * the very start, so that every correction covers text on both sides and its span maps back
 * to exactly the source it replaced. Edits next to another edit are left as they are.
 */
export function widenDeletions(text: string, edits: readonly Edit[]): Edit[] {
  let deletions = false;
  let inOrder = true;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.to === '' && e.end > e.start) deletions = true;
    if (i > 0) {
      const p = edits[i - 1]!;
      if (p.start > e.start || (p.start === e.start && p.end > e.end)) inOrder = false;
    }
  }
  if (!deletions) return edits as Edit[];
  // Steps make their edits in order, mostly: sorted only when not (a stable sort, as before).
  const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let lastEnd = 0; // end of the last edit emitted, widened or not
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const next = sorted[i + 1];
    let widened = e;
    if (e.to === '' && e.end > e.start) {
      if (e.start > lastEnd || (e.start > 0 && out.length === 0 && e.start > 0)) {
        const ch = charBefore(text, e.start);
        if (e.start - ch.length >= lastEnd) widened = { ...e, start: e.start - ch.length, to: ch };
      }
      if (widened === e && e.end < text.length) {
        const ch = charAfter(text, e.end);
        if (!next || next.start >= e.end + ch.length) widened = { ...e, end: e.end + ch.length, to: ch };
      }
    }
    out.push(widened);
    lastEnd = Math.max(lastEnd, widened.end);
  }
  return out;
}

// Whole code points, so that a widened edit never splits a surrogate pair.
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

function charAfter(text: string, at: number): string {
  const high = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && at + 1 < text.length
    ? text.slice(at, at + 2)
    : text.slice(at, at + 1);
}
