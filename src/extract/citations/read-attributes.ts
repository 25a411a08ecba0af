import { issuerStopWords } from '../../lexicon/citation-words.js';
import { documentTypes } from '../../lexicon/document-types.js';
import { issuerHeads } from '../../lexicon/issuers.js';
import { unitLevels } from '../../lexicon/unit-levels.js';
import { subjectVerbs } from '../../lexicon/unit-role-verbs.js';
import { backOver, isSpaceCode } from '../../segment/white-space.js';
import { canonicalIssuer } from './canonical-issuer.js';
import { DATE, isoDate, squash } from './token-patterns.js';

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
// A comma is let through where a name may go on after it: 'Bộ Văn hóa, Thể thao và Du lịch',
// 'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực' (issuerWords decides).
const ISSUER_AT =
  /[\s,]{0,6}(?:của|do|CỦA|DO)\s{1,8}(?<issuer>(?:[^;,.:()“”"[\]]|,(?=\s{1,4}(?:Thể\s{1,4}thao\s|\p{Ll}))){1,160})/uy;
// ' khóa 11', ' (khóa XII)' after a body: the term is not part of the issuer.
const TERM_AT = /[\s,]{0,4}\(?\s{0,2}kh(?:óa|oá)\s{1,4}[\dIVXLC]{1,5}(?:\s{0,2}\))?/uy;
// ' “về xây dựng …”', ' về việc …', ' V/v …', ' ban hành Quy chế …'
const SUBJECT_AT =
  /[\s,]{0,6}[“"”]?\s{0,4}(?:(?:về|Về|VỀ|[Vv]\/[Vv])\s{1,8}[“"]?\s{0,2}|(?=[Bb]an\s{1,4}hành\s|[Pp]hê\s{1,4}duyệt\s))(?<subject>(?:[^;“”"]|“[^;“”"]{1,300}”){1,400})/uy;

// Stop words of one and two words, looked up word by word (cheaper than one big pattern).
const STOP_WORDS = new Set<string>(issuerStopWords.filter((w) => !w.includes(' ')));
const STOP_PAIRS = new Set<string>(issuerStopWords.filter((w) => w.includes(' ')));
// The first words of the pairs: only after one of them is the next word read for a pair.
const STOP_PAIR_FIRSTS = new Set<string>([...STOP_PAIRS].map((w) => w.split(' ')[0]!));
const MAX_ISSUER_WORDS = 16;
// The subject ends at the end of a sentence, at a line that starts a new item ('Căn cứ …', '2.',
// '- '), at a blank line or a rule ('-----' under a title), where the next citation begins
// ('… thị trấn Nghị định số 04/…'), or where the preamble's closing clause does ('…, UBND xã
// Phúc Thành xây dựng Kế hoạch …').
const SUBJECT_STOP =
  /\.\s|\n\s{0,8}(?:Căn\s{1,4}cứ|[IVX]{1,5}\.|\d{1,2}\.|[-+•]\s|\n|[-_*=]{3})|(?:\s(?:và|,))?\s(?:Chỉ|Quyết|Nghị|Kết|Kế|Quy|Thông|Pháp|Công|Hướng|Luật|Bộ luật)\s{1,8}\S{1,6}\s{1,8}(?:số|\d)|,\s{1,8}(?=(?:UBND|Ủy\s{1,4}ban|Uỷ\s{1,4}ban|Ban|Đảng\s{1,4}ủy|Đảng\s{1,4}uỷ|Huyện\s{1,4}ủy|Tỉnh\s{1,4}ủy|Thị\s{1,4}ủy|Thành\s{1,4}ủy|Quận\s{1,4}ủy|Sở|Phòng|HĐND|Hội\s{1,4}đồng)\s[^,;]{0,80}?\s(?:xây\s{1,4}dựng|ban\s{1,4}hành)\s{1,4}[Kk]ế\s{1,4}hoạch)/u;
// Heads are looked up by a name's first words (one, two … up to the longest head's count): a
// few Set look-ups, where testing the name against every head was some seventy comparisons.
const HEADS = new Set<string>(issuerHeads);
const MAX_HEAD_WORDS = Math.max(...issuerHeads.map((h) => h.split(' ').length));

const CAPITAL = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
// A level ends a name: 'UBND tỉnh, tổ chức tuyên truyền …' goes on with no name after the comma.
const LEVEL_WORDS = new Set<string>(unitLevels.flatMap((l) => l.split(' ')));
// Words that open a list of other bodies after a comma ('…, các sở, ngành'), not a name's field.
const LIST_OPENERS = new Set<string>(['các', 'những', 'mọi', 'cùng', 'toàn', 'đồng']);
// Verbs that open a clause after a name ('…, tổ chức tuyên truyền'), not a field of it.
const CLAUSE_VERBS = new Set<string>(subjectVerbs);
// A field listed in a name is a few words ('gian lận thương mại', 'tiêu cực').
const MAX_FIELD_WORDS = 4;
// Bodies named by their field, whose names may join two fields with 'và'.
const FIELD_NAMED = new Set<string>(['bộ', 'sở', 'phòng', 'cục', 'tổng', 'chi', 'viện', 'trung']);
// The document types' first one or two words, lower case ('kết luận', 'luật').
const DOCUMENT_TYPES = new Set<string>(
  documentTypes
    .flatMap((t) => [t.name, ...(t.variants ?? [])])
    .map((n) => n.toLowerCase().split(' ').slice(0, 2).join(' ')),
);
// The next word is looked at through the 24 characters after a word: a longer one is cut there.
const NEXT_REACH = 24;

/** Where the word (a run of non-white-space, as /\S+/ reads it) at or after `from` starts, or -1. */
function wordStart(raw: string, from: number): number {
  let i = from;
  while (i < raw.length && isSpaceCode(raw.charCodeAt(i))) i++;
  return i < raw.length ? i : -1;
}

function wordEnd(raw: string, start: number): number {
  let i = start;
  while (i < raw.length && !isSpaceCode(raw.charCodeAt(i))) i++;
  return i;
}

/**
 * The issuer's words at the start of `raw`: up to a stop word, or a capitalised word before
 * 'số' (the next citation: '… Chính phủ Nghị định số …'). Null if they name no body. The words
 * are cut by a loop over the few characters, not a regex match each: a dozen words a citation.
 */
function issuerWords(raw: string): { words: string[]; end: number } | null {
  const words: string[] = [];
  let end = 0;
  // Inside a list of the fields a body is named by: its 'và' joins the last field.
  let listing = false;
  for (let start = wordStart(raw, 0); start >= 0; ) {
    const stop = wordEnd(raw, start);
    const word = raw.slice(start, stop);
    const next = wordStart(raw, stop);
    if (words.length > 0) {
      const last = words[words.length - 1]!;
      if (last.endsWith(',') && word !== 'Thể') {
        if (!fieldListGoesOn(raw, last.slice(0, -1), start)) {
          // The comma ends the name and is none of it.
          words[words.length - 1] = last.slice(0, -1);
          end -= 1;
          break;
        }
        listing = true;
      }
      // A comma after the word is let through for a list of fields; it is no part of the word.
      const lower = (word.endsWith(',') ? word.slice(0, -1) : word).toLowerCase();
      if (
        STOP_WORDS.has(lower) &&
        !(lower === 'và' && (joinsFieldName(raw, words, next) || (listing && nextIsLower(raw, next))))
      )
        break;
      // The next word matters after a pair's first word or a capitalised word: read it only then.
      const pairs = STOP_PAIR_FIRSTS.has(lower);
      const capital = CAPITAL.test(word);
      if (pairs || capital) {
        const nextLower =
          next < 0 || next >= stop + NEXT_REACH
            ? ''
            : raw
                .slice(next, Math.min(wordEnd(raw, next), stop + NEXT_REACH))
                .replace(/,$/u, '')
                .toLowerCase();
        if (pairs && STOP_PAIRS.has(`${lower} ${nextLower}`)) break;
        if (capital && nextLower === 'số') break;
      }
    }
    if (words.length === MAX_ISSUER_WORDS) return null;
    words.push(word);
    end = stop;
    start = next;
  }
  return startsWithHead(words.join(' ').toLowerCase()) ? { words, end } : null;
}

/**
 * Whether the 'và' after `words` joins two fields of one body's name ('Bộ Giáo dục và Đào
 * tạo', 'Sở Khoa học và Công nghệ'), not two bodies or a body and the next document ('Bộ Tài
 * chính và Bộ Tư pháp', 'UBND tỉnh và Kế hoạch số …'): the body is named by its field (a
 * ministry, a department, an office), and what follows is capitalised and opens neither a
 * body nor a document type.
 */
function joinsFieldName(raw: string, words: readonly string[], next: number): boolean {
  if (!FIELD_NAMED.has(words[0]!.toLowerCase()) || next < 0) return false;
  const first = raw.slice(next, wordEnd(raw, next));
  if (!CAPITAL.test(first)) return false;
  const after = wordStart(raw, next + first.length);
  const two = `${first} ${after < 0 ? '' : raw.slice(after, wordEnd(raw, after))}`.toLowerCase();
  const one = first.toLowerCase();
  return !HEADS.has(one) && !HEADS.has(two) && !DOCUMENT_TYPES.has(one) && !DOCUMENT_TYPES.has(two);
}

const nextIsLower = (raw: string, next: number): boolean =>
  next >= 0 && LOWER_START.test(raw.slice(next, next + 2));

/**
 * Whether a body's name goes on past a comma: it lists the fields the body works in, in lower
 * case and a few words each, up to the name's end ('Ban Chỉ đạo quốc gia chống buôn lậu, gian
 * lận thương mại và hàng giả về …', 'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Lạng
 * Sơn;'). A name that ends on its level ('UBND tỉnh, …') or a capital ('Bộ Công an, …') has no
 * such list, nor does a clause after a name ('…, tổ chức tuyên truyền …' opens with a verb;
 * '…, đẩy mạnh phong trào thi đua sâu rộng …': no field runs that long).
 */
function fieldListGoesOn(raw: string, before: string, from: number): boolean {
  if (!LOWER_START.test(before) || LEVEL_WORDS.has(before.toLowerCase())) return false;
  let fieldWords = 0;
  let previous = before.toLowerCase();
  // Reading the place after the level that closes the name: '… tiêu cực tỉnh Lạng Sơn'.
  let place = false;
  for (let start = from; start >= 0; ) {
    const stop = wordEnd(raw, start);
    const word = raw.slice(start, stop);
    const comma = word.endsWith(',');
    const lower = (comma ? word.slice(0, -1) : word).toLowerCase();
    const next = wordStart(raw, stop);
    const pair = `${lower} ${next < 0 ? '' : raw.slice(next, wordEnd(raw, next)).toLowerCase()}`;
    if (lower === 'và') {
      if (fieldWords === 0) return false;
      fieldWords = 0;
    } else if (STOP_WORDS.has(lower) || STOP_PAIRS.has(pair)) {
      return fieldWords > 0 || place;
    } else if (place || (CAPITAL.test(word) && LEVEL_WORDS.has(previous))) {
      if (comma) return false;
      place = true;
    } else {
      if (!LOWER_START.test(word)) return false;
      if (fieldWords === 0 && (LIST_OPENERS.has(lower) || CLAUSE_VERBS.has(lower) || CLAUSE_VERBS.has(pair)))
        return false;
      if (++fieldWords > MAX_FIELD_WORDS) return false;
      if (comma) fieldWords = 0;
    }
    previous = lower;
    start = next;
  }
  return fieldWords > 0 || place;
}

/** Whether a lower-case name (words joined by one space) is a head or starts with one and a space. */
function startsWithHead(lower: string): boolean {
  if (HEADS.has(lower)) return true;
  let count = 1;
  for (let space = lower.indexOf(' '); space >= 0 && count <= MAX_HEAD_WORDS; count++) {
    if (HEADS.has(lower.slice(0, space))) return true;
    space = lower.indexOf(' ', space + 1);
  }
  return false;
}

/** The issuer named after 'của' and where it ends in `text`, for a match of ISSUER_AT. */
function issuerExtent(m: RegExpExecArray): { name: string; end: number } | null {
  const raw = m.groups!['issuer']!;
  const found = issuerWords(raw);
  if (!found) return null;
  return { name: found.words.join(' '), end: m.index + m[0].length - raw.length + found.end };
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
    const squashed = squash((stop ? raw.slice(0, stop.index) : raw).replace(/[“”"]/gu, ''));
    const subject = squashed.slice(0, backOver(squashed, squashed.length, 0, '.,:'));
    if (subject) out.title = subject;
  }
  return out;
}
