import type { Citation } from '../schema/citation.js';
import type { RefinePass } from './types.js';

const FIELDS = ['number', 'year', 'issuedDate', 'issuer', 'title'] as const;
// Documents cited by name as often as by number.
const LAWS = new Set<string>(['Luật', 'Bộ luật', 'Pháp lệnh']);

/** Title words for comparing named documents: lower case, no punctuation or quotes. Shared: not to be changed. */
export function titleWords(title: string | null): readonly string[] {
  const key = title ?? '';
  let words = TITLE_WORDS.get(key);
  if (words === undefined) {
    words = key
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
      .split(/\s+/u)
      .filter(Boolean);
    if (TITLE_WORDS.size >= TITLE_CACHE_LIMIT) TITLE_WORDS.clear();
    TITLE_WORDS.set(key, words);
  }
  return words;
}

// Named citations are compared pairwise: each title is split once, not once per comparison.
const TITLE_WORDS = new Map<string, readonly string[]>();
const TITLE_CACHE_LIMIT = 4096;

/**
 * Two named documents are one when one title starts like the other and adds nothing new:
 * 'Luật thực hiện dân chủ cơ sở' and 'Luật Thực hiện dân chủ ở cơ sở'; 'Nghị quyết Đại hội
 * Đảng bộ các cấp' and '…, nhiệm kỳ 2020-2025'.
 */
function sameNamed(a: Citation, b: Citation): boolean {
  if (a.type !== b.type || !a.title || !b.title) return false;
  const [short, long] = [titleWords(a.title), titleWords(b.title)].sort((x, y) => x.length - y.length) as [
    readonly string[],
    readonly string[],
  ];
  if (short.length < 2) return short.join(' ') === long.join(' ');
  let prefix = 0;
  while (prefix < short.length && short[prefix] === long[prefix]) prefix++;
  if (prefix < Math.min(short.length, 3)) return false;
  const rest = new Set(long.slice(prefix));
  return short.slice(prefix).every((w) => rest.has(w));
}

/** Fills the first citation's empty fields from the second and takes its mentions. */
export function absorb(into: Citation, from: Citation): void {
  for (const f of FIELDS)
    if (into[f] === null && from[f] !== null) (into as Record<string, unknown>)[f] = from[f];
  into.mentions.push(...from.mentions);
  into.confidence = Math.max(into.confidence ?? 0, from.confidence ?? 0);
}

/**
 * One Citation per document (SPEC §2.3): numbered mentions merge on their canonical id (a
 * later bare 'Quyết định 269-QĐ/TU' joins the full citation), named ones on their title. A law
 * printed once with its number ('Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15') takes the
 * mentions of its name alone, before and after. Every mention is kept, in text order, each
 * place once.
 */
export const mergeCitationMentions: RefinePass = {
  name: 'merge-citation-mentions',
  run(state) {
    const sorted = [...state.citations].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    const byId = new Map<string, Citation>();
    const out: Citation[] = [];
    for (const c of sorted) {
      const copy = { ...c, mentions: [...c.mentions] };
      const key = c.id?.replace(/\s+/gu, '').toLowerCase();
      const law = LAWS.has(c.type);
      // A law's name alone joins the law, numbered or not; other named documents join named ones.
      const same = key ? byId.get(key) : out.find((o) => (o.id === null || law) && sameNamed(o, c));
      if (same) {
        absorb(same, copy);
        continue;
      }
      // A numbered law whose name came alone before takes that citation's place and mentions.
      const named = key && law ? out.findIndex((o) => o.id === null && sameNamed(o, c)) : -1;
      if (named >= 0) {
        absorb(copy, out[named]!);
        out[named] = copy;
      } else out.push(copy);
      if (key) byId.set(key, copy);
    }
    for (const c of out) c.mentions = uniqueSpans(c.mentions);
    return { ...state, citations: out };
  },
};

/** Spans in text order, each place once: a span inside or across one already kept is dropped. */
export function uniqueSpans(spans: Citation['mentions']): Citation['mentions'] {
  const sorted = inSpanOrder(spans) ? spans : [...spans].sort(bySpanOrder);
  const kept: Citation['mentions'] = [];
  for (const s of sorted) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}

const bySpanOrder = (a: Citation['mentions'][number], b: Citation['mentions'][number]): number =>
  a.start - b.start || b.end - a.end;

/**
 * Whether the spans are already as the sort would leave them (it is stable). They mostly are
 * (mentions are found and absorbed in text order), and most citations have one or two: a call
 * of sort, with its setup, cost far more than this loop.
 */
function inSpanOrder(spans: Citation['mentions']): boolean {
  for (let k = 1; k < spans.length; k++) if (bySpanOrder(spans[k - 1]!, spans[k]!) > 0) return false;
  return true;
}
