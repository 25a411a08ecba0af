import type { Edit } from './edit.js';

/**
 * A deletion becomes a replacement of the character before it ('y\u200b' → 'y'), or after it at
 * the very start, so that every correction covers text on both sides and its span maps back
 * to exactly the source it replaced. Edits next to another edit are left as they are.
 */
export function widenDeletions(text: string, edits: readonly Edit[]): Edit[] {
  if (!edits.some((e) => e.to === '' && e.end > e.start)) return edits as Edit[];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.map((e, i) => {
    if (e.to !== '' || e.end <= e.start) return e;
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    if (e.start > 0 && (!prev || prev.end < e.start)) {
      const ch = charBefore(text, e.start);
      return { ...e, start: e.start - ch.length, to: ch };
    }
    if (e.end < text.length && (!next || next.start > e.end)) {
      const ch = charAfter(text, e.end);
      return { ...e, end: e.end + ch.length, to: ch };
    }
    return e;
  });
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
