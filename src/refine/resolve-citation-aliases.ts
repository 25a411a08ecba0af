import { documentTypes } from '../lexicon/document-types.js';
import type { Citation } from '../schema/citation.js';
import type { Span } from '../schema/span.js';
import { absorb, titleWords, uniqueSpans } from './merge-citation-mentions.js';
import type { RefinePass } from './types.js';

// '(sau đây gọi tắt là Nghị quyết số 28/NQ-CP)', '(gọi tắt là Đề án)', '(sau đây viết tắt là QCDC)'
const ALIAS =
  /\(\s{0,4}(?:[Ss]au\s{1,4}đây\s{1,4})?(?:gọi\s{1,4}tắt|viết\s{1,4}tắt|gọi)\s{1,4}là\s{1,4}(?<alias>[^()\n]{1,80}?)\s{0,4}\)/gu;
// An alias names a document by its type ('Nghị quyết 57', 'Đề án', 'Chương trình 05') or by an
// abbreviation ('QCDC'); '(sau đây gọi là các xã cũ)', '(gọi tắt là Lễ phát động)' define the
// plan's own words, which are no mentions of the citation before them.
const DOCUMENT_ALIAS = new RegExp(
  `^(?:${documentTypes
    .flatMap((t) => [t.name, ...(t.variants ?? [])])
    .map((n) => n.replace(/ /gu, '\\s{1,4}'))
    .join('|')})(?![\\p{L}])`,
  'iu',
);
const ABBREVIATION_ALIAS = /^[\p{Lu}\d&-]{2,12}$/u;
// How far after a mention its alias definition may stand ('… của Chính phủ về … (sau đây gọi tắt là …)').
const ALIAS_REACH = 400;

/** Subjects agree when one's words are, in order of frequency, nearly all the other's. */
function sameSubject(a: string | null, b: string | null): boolean {
  const x = titleWords(a).filter((w) => w !== 'việc');
  const y = new Set(titleWords(b).filter((w) => w !== 'việc'));
  if (x.length < 4 || y.size < 4) return false;
  return x.filter((w) => y.has(w)).length / x.length >= 0.9;
}

/** 'Chỉ thị của UBND tỉnh về việc …' is the numbered Chỉ thị of that issuer on that subject. */
function foldUnnumbered(citations: Citation[]): Citation[] {
  const numbered = citations.filter((c) => c.id !== null);
  return citations.filter((c) => {
    if (c.id !== null || !c.issuer || c.ruleId !== 'citation.issuer-subject') return true;
    const target = numbered.find(
      (n) => n.type === c.type && n.issuer === c.issuer && sameSubject(c.title, n.title),
    );
    if (!target) return true;
    target.mentions.push(...c.mentions);
    return false;
  });
}

/**
 * A short form ('Chỉ thị 33') is a mention of the numbered citation of that type and number;
 * one that matches none names no document this plan identifies, and is dropped.
 */
function foldShortForms(citations: Citation[]): Citation[] {
  const numbered = citations.filter((c) => c.id !== null);
  return citations.filter((c) => {
    if (c.ruleId !== 'citation.short-form') return true;
    const n = Number(c.number);
    const target = numbered.find((x) => x.type === c.type && Number(x.number) === n);
    target?.mentions.push(...c.mentions);
    return false;
  });
}

/** Every occurrence of `alias` after `from`, as whole words. */
function occurrences(text: string, alias: string, from: number): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(alias, from); at >= 0; at = text.indexOf(alias, at + alias.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + alias.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))
      out.push({ start: at, end: at + alias.length });
  }
  return out;
}

/**
 * Alias definitions ('(sau đây gọi tắt là …)') make later uses of the alias mentions of the
 * citation just before the definition; a citation found at the alias's place folds into it.
 * Unnumbered references by issuer and subject fold into the matching numbered citation.
 */
export const resolveCitationAliases: RefinePass = {
  name: 'resolve-citation-aliases',
  run(state, { text }) {
    let citations = foldShortForms(
      foldUnnumbered(state.citations.map((c) => ({ ...c, mentions: [...c.mentions] }))),
    );
    for (const m of text.matchAll(ALIAS)) {
      const alias = m.groups!['alias']!.replace(/\s+/gu, ' ').trim();
      const owner = citations
        .flatMap((c) => c.mentions.map((s) => ({ c, s })))
        .filter(({ s }) => s.end <= m.index && m.index - s.end <= ALIAS_REACH)
        .sort((a, b) => b.s.end - a.s.end)[0]?.c;
      if (!owner || alias.length < 2 || !(DOCUMENT_ALIAS.test(alias) || ABBREVIATION_ALIAS.test(alias)))
        continue;
      const defined = m.index + m[0].length;
      for (const span of occurrences(text, alias, m.index)) {
        const other = citations.find(
          (c) => c !== owner && c.mentions.some((s) => s.start < span.end && span.start < s.end),
        );
        if (other) {
          // '… (sau đây gọi tắt là Nghị quyết số 28/NQ-CP)': the alias may carry the number.
          owner.id ??= other.id;
          absorb(owner, other);
          citations = citations.filter((c) => c !== other);
        } else if (
          span.start >= defined &&
          !owner.mentions.some((s) => s.start < span.end && span.start < s.end)
        )
          owner.mentions.push(span);
      }
      // The alias inside its own definition is part of the citation, not another mention.
      owner.mentions = owner.mentions.filter((x) => x.start < m.index || x.end > defined);
    }
    for (const c of citations) c.mentions = uniqueSpans(c.mentions);
    return { ...state, citations };
  },
};
