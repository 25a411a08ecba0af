import type { Citation } from '../../schema/citation.js';
import { isSpaceCode } from '../../segment/white-space.js';
import type { Extractor } from '../types.js';
import { type CanonicalNumber, canonicalId } from './canonical-id.js';
import { type DigitRuns, digitRuns } from './digit-runs.js';
import { inferredId } from './inferred-id.js';
import { readAttributes } from './read-attributes.js';
import { NUMBER, SEPARATOR_CHARS, SEPARATOR_GAP } from './token-patterns.js';
import { typeBefore } from './type-before.js';

// Numbers are rarer than type words, so a number is found first and its type word looked
// for just before it: '33/CT-TTg', '23- ⏎QĐ/TW', '04/2015/NĐ-CP' (not the '2015' inside it).
// A number read at a known place ('33/CT-TTg' where a run of digits ends).
const NUMBER_AT = new RegExp(NUMBER, 'yu');
// A number glued to a word or another number ('A12/…', '04/2015/…' seen from '2015') is not one.
const GLUED = /[\p{L}\p{N}/.-]/u;
// 'số 01' — a number printed without its code, only read after 'số'.
const SO_DIGIT_AT = /[sS][ốỐ]\s{1,4}(?=\d)/uy;
// NUMBER's number is 1 to 5 digits and what follows it is no digit: it ends where its run does.
const MAX_DIGITS = 5;
// '… 217-QĐ/TW và 218-QĐ/TW', '… 15/KH-UBND, 16/KH-UBND': more numbers under one type word.
const NEXT_NUMBER_AT = new RegExp(String.raw`\s{0,4}(?:,|và|;)\s{0,8}(?:số\s{1,4})?${NUMBER}`, 'yu');
// 'Kết luận số 01 của Bộ Chính trị': a number with no code, only after 'số'.
const BARE_AT = /(?<num>\d{1,5})(?![\p{L}\p{N}/-])/uy;

interface Printed {
  start: number;
  end: number;
  canonical: CanonicalNumber;
}

function readNumber(re: RegExp, text: string, at: number): Printed | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? printed(m) : null;
}

/** A match of NUMBER (or NEXT_NUMBER_AT) as a printed number: its extent and canonical id. */
function printed(m: RegExpExecArray): Printed {
  const g = m.groups!;
  const canonical = canonicalId(g['num']!, g['year'], g['sep']!, g['code']!);
  return { start: m.index + m[0].indexOf(g['num']!), end: m.index + m[0].length, canonical };
}

/**
 * A type word and a number: 'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về
 * …'. Numbers listed under one type word share its date and issuer ('các Quyết định số
 * 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị' are two citations).
 */
export const numberedCitation: Extractor<Citation> = {
  ruleId: 'citation.numbered',
  find(ctx) {
    const { text } = ctx;
    const out: Citation[] = [];
    let consumed = 0;
    for (const m of numbersIn(text, digitRuns(ctx))) {
      if (m.index < consumed || GLUED.test(text[m.index - 1] ?? ' ')) continue;
      const t = typeBefore(text, m.index);
      if (!t) continue;
      // m is NUMBER_AT's match where the number starts: read as it is, not matched again.
      const numbers = [printed(m)];
      for (let next = readNumber(NEXT_NUMBER_AT, text, numbers[0]!.end); next; ) {
        numbers.push(next);
        next = readNumber(NEXT_NUMBER_AT, text, next.end);
      }
      const attrs = readAttributes(text, numbers[numbers.length - 1]!.end);
      consumed = attrs.end;
      numbers.forEach((n, i) => {
        const { id, number, year, codeType } = n.canonical;
        out.push({
          id,
          type: pickType(i === 0 ? t.type : null, codeType, t.type),
          number,
          year: year ?? yearOf(attrs.issuedDate),
          issuedDate: attrs.issuedDate,
          issuer: attrs.issuer,
          title: attrs.title,
          mentions: [
            { start: i === 0 ? t.start : n.start, end: i === numbers.length - 1 ? attrs.end : n.end },
          ],
          ruleId: i === 0 ? 'citation.numbered' : 'citation.numbered-list',
          confidence: i === 0 ? 0.95 : 0.9,
        });
      });
    }
    for (const at of afterSo(text, digitRuns(ctx))) {
      NUMBER_AT.lastIndex = at;
      if (NUMBER_AT.test(text)) continue;
      const t = typeBefore(text, at);
      if (t?.so && t.type) out.push(...bareNumber(text, t.start, at, t.type));
    }
    return out;
  },
};

/**
 * What `text.matchAll(new RegExp(NUMBER, 'gu'))` finds: NUMBER tried, sticky, where it can
 * start — the last five digits of each run — and never inside the match before.
 */
function* numbersIn(text: string, runs: DigitRuns): Generator<RegExpExecArray> {
  let from = 0;
  for (let k = 0; k < runs.starts.length; k++) {
    const end = runs.ends[k]!;
    if (!mayFollowNumber(text, end)) continue;
    for (let at = Math.max(runs.starts[k]!, end - MAX_DIGITS, from); at < end; at++) {
      NUMBER_AT.lastIndex = at;
      const m = NUMBER_AT.exec(text);
      if (!m) continue;
      from = at + m[0].length;
      yield m;
      break;
    }
  }
}

// What NUMBER needs where its digits end ('33/…', '23- …', '11QĐ'): after at most SEPARATOR_GAP
// white space characters a separator, or straight away a capital of a code.
const CODE_CAPITAL = /[A-ZĐ]/u;

/**
 * Whether NUMBER can match a number whose digits end at `end` (it cannot stop inside a run of
 * digits). Most runs are dates, amounts and years, followed by none of these: one look at the
 * characters after the run spares the up to five tries of the pattern in it.
 */
function mayFollowNumber(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < SEPARATOR_GAP && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charAt(i);
  return c !== '' && (SEPARATOR_CHARS.includes(c) || (i === end && CODE_CAPITAL.test(c)));
}

/**
 * Where a number stands after 'số' and one to four white space characters ('số 01'): what
 * `text.matchAll(/[sS][ốỐ]\s{1,4}(?=\d)/gu)` finds, read back from the start of each run.
 */
function* afterSo(text: string, runs: DigitRuns): Generator<number> {
  for (const at of runs.starts) {
    let gap = 0;
    while (gap <= 4 && at - gap > 0 && isSpaceCode(text.charCodeAt(at - gap - 1))) gap++;
    if (gap === 0 || gap > 4) continue;
    SO_DIGIT_AT.lastIndex = at - gap - 2;
    if (at - gap - 2 >= 0 && SO_DIGIT_AT.test(text)) yield at;
  }
}

/** The printed type, unless it is the generic 'văn bản' and the code is more precise ('văn bản số 12/KH-UBND'). */
function pickType(printed: string | null, fromCode: string | null, listed: string | null): string {
  if (printed && !(printed === 'Công văn' && fromCode)) return printed;
  return fromCode ?? listed ?? 'Công văn';
}

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** 'Kết luận số 01 của Bộ Chính trị' → '01-KL/TW' when the issuer's code is known. */
function bareNumber(text: string, start: number, at: number, type: string | null): Citation[] {
  BARE_AT.lastIndex = at;
  const m = BARE_AT.exec(text);
  if (!m || !type) return [];
  const attrs = readAttributes(text, m.index + m[0].length);
  const id = inferredId(m.groups!['num']!, type, attrs.issuer);
  if (!id) return [];
  return [
    {
      id,
      type,
      number: m.groups!['num']!,
      year: yearOf(attrs.issuedDate),
      issuedDate: attrs.issuedDate,
      issuer: attrs.issuer,
      title: attrs.title,
      mentions: [{ start, end: attrs.end }],
      ruleId: 'citation.numbered-inferred-code',
      confidence: 0.7,
    },
  ];
}
