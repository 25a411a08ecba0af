import { issuerStopWords } from '../../lexicon/citation-words.js';
import { issuerHeads } from '../../lexicon/issuers.js';
import { canonicalIssuer } from './canonical-issuer.js';
import { anyCasePattern, DATE, isoDate, squash } from './token-patterns.js';

/** What follows a citation's number or name: its date, its issuer and its subject. */
export interface CitationAttributes {
  issuedDate: string | null;
  issuer: string | null;
  title: string | null;
  /** Where the cited words end: after the number, date or issuer, whichever comes last. */
  end: number;
}

// ', ngày 30/7/2021', ' ngày ⏎07/01/2016', ' ngày 14 tháng 01 năm 2022'
const DATE_AT = new RegExp(String.raw`[\s,]{0,6}(?:${DATE})`, 'yu');
// ' của Ban Thường vụ ⏎Tỉnh ủy về …' — the issuer runs to a stop character; stop words cut it later.
const ISSUER_AT = /[\s,]{0,6}(?:của|do)\s{1,8}(?<issuer>[^;,.:()“”"[\]]{1,160})/uy;
// ' khóa 11', ' (khóa XII)' after a body: the term is not part of the issuer.
const TERM_AT = /[\s,]{0,4}\(?\s{0,2}kh(?:óa|oá)\s{1,4}[\dIVXLC]{1,5}(?:\s{0,2}\))?/uy;
// ' “về xây dựng …”', ' về việc …', ' V/v …', ' ban hành Quy chế …'
const SUBJECT_AT =
  /[\s,]{0,6}[“"”]?\s{0,4}(?:(?:về|Về|VỀ|[Vv]\/[Vv])\s{1,8}[“"]?\s{0,2}|(?=[Bb]an\s{1,4}hành\s))(?<subject>(?:[^;“”"]|“[^;“”"]{1,300}”){1,400})/uy;

const ISSUER_STOP = new RegExp(
  String.raw`\s(?:${issuerStopWords.map(anyCasePattern).join('|')})(?![\p{L}])|\s[A-ZĐ]\S*\s{1,8}số(?![\p{L}])`,
  'u',
);
// The subject ends at the end of a sentence or where the next citation begins ('… thị trấn Nghị định số 04/…').
const SUBJECT_STOP =
  /\.\s|(?:\s(?:và|,))?\s(?:Chỉ|Quyết|Nghị|Kết|Kế|Quy|Thông|Pháp|Công|Hướng|Luật|Bộ luật)\s{1,8}\S{1,6}\s{1,8}(?:số|\d)/u;
const HEADS = [...issuerHeads].sort((a, b) => b.length - a.length);

/** The issuer named at the start of `raw`, cut at the first stop word; null if it names no body. */
function cutIssuer(raw: string): string | null {
  const stop = ISSUER_STOP.exec(raw);
  const name = squash(stop ? raw.slice(0, stop.index) : raw);
  const lower = name.toLowerCase();
  if (!HEADS.some((h) => lower === h || lower.startsWith(`${h} `))) return null;
  if (name.split(' ').length > 12) return null;
  return name;
}

/** The raw issuer text and where it ends in `text`, for a match of ISSUER_AT. */
function issuerExtent(m: RegExpExecArray): { name: string; end: number } | null {
  const raw = m.groups!['issuer']!;
  const name = cutIssuer(raw);
  if (!name) return null;
  const start = m.index + m[0].length - raw.length;
  // Find where the kept words end in the raw text (whitespace inside may differ).
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  let at = 0;
  for (let i = 0; i < words.length - 1; i++) at = raw.indexOf(words[i]!, at) + words[i]!.length;
  return { name, end: start + raw.indexOf(last, at) + last.length };
}

/** Reads date, issuer (after 'của'), term and subject (after 'về') in any order from `pos`. */
export function readAttributes(text: string, pos: number): CitationAttributes {
  const out: CitationAttributes = { issuedDate: null, issuer: null, title: null, end: pos };
  for (let step = 0; step < 4; step++) {
    DATE_AT.lastIndex = out.end;
    const d = out.issuedDate ? null : DATE_AT.exec(text);
    if (d) {
      out.issuedDate = isoDate(d.groups!);
      out.end = d.index + d[0].length;
      continue;
    }
    ISSUER_AT.lastIndex = out.end;
    const i = out.issuer ? null : ISSUER_AT.exec(text);
    const extent = i ? issuerExtent(i) : null;
    if (extent) {
      out.issuer = canonicalIssuer(extent.name);
      out.end = extent.end;
      TERM_AT.lastIndex = out.end;
      const t = TERM_AT.exec(text);
      if (t) out.end = t.index + t[0].length;
      continue;
    }
    break;
  }
  SUBJECT_AT.lastIndex = out.end;
  const s = SUBJECT_AT.exec(text);
  if (s) {
    const raw = s.groups!['subject']!;
    const stop = SUBJECT_STOP.exec(raw);
    const subject = squash((stop ? raw.slice(0, stop.index) : raw).replace(/[“”"]/gu, '')).replace(
      /[\s.,:]+$/u,
      '',
    );
    if (subject) out.title = subject;
  }
  return out;
}
