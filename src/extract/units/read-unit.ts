import { canonicalUnitName } from '../../lexicon/canonical-unit-name.js';
import type { Span } from '../../schema/span.js';
import type { Tokens } from './tokens.js';
import {
  ATTACHMENTS,
  ATTACHMENTS_ALONE,
  BARE_PARENTS,
  COLLECTIVE_NOUNS,
  CONNECTORS,
  DROPPED,
  endsName,
  FIELDS,
  GENERIC_COLLECTIVES,
  GENERIC_HEADS,
  GENERIC_TAILS,
  isDash,
  LEVEL_PHRASES,
  LEVEL_QUALIFIERS,
  matchAny,
  matchHead,
  matchLevel,
  NAME_TAILS,
  PARTY,
  POSITIONS,
  QUALIFIERS,
  STOP_WORDS,
  unitOpening,
  VERBS,
  VILLAGES,
} from './vocabulary.js';

/** One unit as read from the text: canonical name, the words it stands for, what kind of name. */
export interface UnitName {
  name: string;
  span: Span;
  /** A catch-all actor ('các cơ quan, đơn vị', 'Thủ trưởng …'): read so it is skipped, never a unit. */
  generic: boolean;
  /** 'government' heads take a level ('Ủy ban nhân dân' + 'các phường, xã'); 'party' bodies a committee. */
  kind: 'government' | 'office' | 'collective' | 'position' | 'whole';
  /** The head as printed, to lend to a coordinated level ('Ủy ban nhân dân thị xã, các phường, xã'). */
  head: Span | null;
  /** The level that ends the name, if any ('xã', 'các phường, xã'). */
  qualifier: Span | null;
  /** The party committee that ends a party body's name ('Thị ủy' of 'Ban Dân vận Thị ủy'). */
  committee: Span | null;
}

export interface Read {
  unit: UnitName;
  /** Token index after the unit (past dropped qualifiers such as 'cùng cấp'). */
  end: number;
}

/** Reads 'xã Nam Chính', 'các phường, xã', 'các cấp' at tokens[j]; `nameEnd` excludes 'cùng cấp'. */
export function readLevel(tokens: Tokens, j: number): { end: number; nameEnd: number } | null {
  const dropped = matchAny(tokens, j, DROPPED);
  if (dropped) return { end: j + dropped, nameEnd: j };
  const phrase = matchAny(tokens, j, LEVEL_PHRASES);
  if (phrase) return { end: j + phrase, nameEnd: j + phrase };
  if (tokens.fold(j) === 'các') {
    let k = j + 1;
    const n = matchLevel(tokens, k);
    if (!n) return null;
    k += n;
    // 'các xã, phường, thị trấn', 'các phường và xã'
    for (;;) {
      const more = tokens.text(k) === ',' || tokens.fold(k) === 'và' ? matchLevel(tokens, k + 1) : 0;
      if (!more) break;
      k += 1 + more;
    }
    // 'các xã ven biển', 'các xã, phường biên giới': a restriction that stays in the name
    k += matchAny(tokens, k, LEVEL_QUALIFIERS);
    return { end: k, nameEnd: k };
  }
  const n = matchLevel(tokens, j);
  if (!n) return null;
  let k = j + n;
  // A number names it ('thôn 3', 'Khu vực 10'); else a place name: 'xã Nam Chính', 'huyện Cẩm
  // Giàng' — capitalised words on the same line, no verb.
  if (DIGITS.test(tokens.text(k) ?? '') && !tokens.nl(k)) return { end: k + 1, nameEnd: k + 1 };
  for (let words = 0; words < 4 && (isNameWord(tokens, k) || (words > 0 && isPlaceVerb(tokens, k))); words++)
    k++;
  return { end: k, nameEnd: k };
}

/**
 * A capitalised one-word verb inside a place's name ('xã Tân Lập', 'phường Thành Công' is not
 * one): after a place word it is the name's, where a verb of two words ('Chủ trì') opens a
 * sentence.
 */
function isPlaceVerb(tokens: Tokens, k: number): boolean {
  const t = tokens.facts(k);
  return !!t?.word && t.cap && !tokens.nl(k) && matchAny(tokens, k, VERBS) === 1 && !matchHead(tokens, k);
}

function isNameWord(tokens: Tokens, k: number): boolean {
  const t = tokens.facts(k);
  return (
    !!t?.word &&
    t.cap &&
    !tokens.nl(k) &&
    !matchHead(tokens, k) &&
    !matchAny(tokens, k, VERBS) &&
    !matchLevel(tokens, k)
  );
}

/**
 * One word of a name, with its lower-case companions: 'Nội vụ', 'Cựu chiến binh', after a dash
 * 'thống kê'. A word after a capitalised word of the same name (`afterCapital`: the 'Trị' of
 * 'Viettel Quảng Trị') is a proper name's, and takes no lower-case companion ('… Quảng Trị
 * phát triển hạ tầng').
 */
function readCompound(tokens: Tokens, k: number, lowerOk: boolean, afterCapital = false): number {
  const t = tokens.facts(k);
  if (!t?.word) return k;
  const field = matchAny(tokens, k, FIELDS);
  if (field && (t.cap || lowerOk)) return k + field;
  if (!t.cap && (!lowerOk || STOP_WORDS.has(t.fold))) return k;
  const next = tokens.facts(k + 1);
  // An acronym is a whole name word ('Phòng VH&TT nắm chắc …': no 'TT nắm')
  const acronym = ACRONYM.test(tokens.text(k) ?? '');
  const takesNext =
    !afterCapital && !acronym && next?.word && !next.cap && !tokens.nl(k + 1) && !endsName(tokens, k + 1);
  return takesNext ? k + 2 : k + 1;
}

/** The proper-name tail after a head: 'Văn phòng Đảng ủy - Nội vụ', 'Tài chính và Kế hoạch', 'Dân vận Thị ủy'. */
interface Tail {
  end: number;
  qualifier: Span | null;
  committee: Span | null;
}

function readNameTail(text: string, tokens: Tokens, j: number, lowerFirst: boolean, of = false): Tail {
  let k = j;
  let first = true;
  let qualifier: Span | null = null;
  let committee: Span | null = null;
  // A party body's name ends with its committee ('Văn phòng Huyện ủy'): a 'và' after it joins
  // the next unit of a list, not another word of this name.
  let afterCommittee = false;
  const connector = matchAny(tokens, k, CONNECTORS);
  if (connector && tokens.cap(k + connector)) k += connector;
  // 'Văn phòng - Thống kê xã': the name may open with a dash after the head
  else if (isDash(tokens, k) && !tokens.nl(k) && tokens.cap(k + 1) && !matchHead(tokens, k + 1)) k++;
  for (;;) {
    const party = matchAny(tokens, k, PARTY);
    if (party && tokens.cap(k)) {
      committee = { start: tokens.start(k), end: tokens.end(k + party - 1) };
      k += party;
      first = false;
      afterCommittee = true;
      continue;
    }
    if (first) {
      const nested = matchHead(tokens, k);
      // 'Tổ giúp việc Ban Chỉ đạo …': a body of another body, named whole after it
      if (of && nested) {
        return { end: readUnit(text, tokens, k)?.end ?? k + nested.toks.length, qualifier, committee };
      }
      // 'Ban Chỉ đạo 389 tỉnh': a number names the body
      if (DIGITS.test(tokens.text(k) ?? '')) {
        k++;
        first = false;
        continue;
      }
      if (nested?.tail === 'level') {
        // 'Văn phòng HĐND và UBND huyện', 'Văn phòng HĐND&UBND xã': one office of both councils
        let end = readUnit(text, tokens, k)?.end ?? k;
        while (
          (tokens.fold(end) === 'và' || tokens.text(end) === '&') &&
          matchHead(tokens, end + 1)?.tail === 'level'
        ) {
          end = readUnit(text, tokens, end + 1)?.end ?? end + 1;
        }
        return { end, qualifier, committee };
      }
    } else {
      // 'Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc': the same board of
      // several committees (before 'các huyện' is taken for a level)
      const committees = committeeList(tokens, k);
      if (committees) {
        committee = { start: tokens.start(k), end: tokens.end(committees - 1) };
        return { end: committees, qualifier, committee };
      }
      const level = readLevel(tokens, k);
      if (level) {
        qualifier = { start: tokens.start(k), end: tokens.end(level.nameEnd - 1) };
        return { end: level.nameEnd, qualifier, committee };
      }
      // 'Văn phòng - Thống kê', 'Kinh tế - Xây dựng' (a name word that is also a verb, printed
      // as a name); a dash that opens a line is the next bullet
      if (
        isDash(tokens, k) &&
        !tokens.nl(k) &&
        tokens.word(k + 1) &&
        (!matchAny(tokens, k + 1, VERBS) || (tokens.cap(k + 1) && matchAny(tokens, k + 1, FIELDS)))
      ) {
        const c = readCompound(tokens, k + 1, true);
        if (c > k + 1) {
          k = c;
          afterCommittee = false;
          continue;
        }
      }
      // 'Phòng Văn hóa, Khoa học và Thông tin', 'Phòng Kinh tế, Hạ tầng và Đô thị': fields
      // listed with commas, the last after 'và' (a unit head after a comma starts the next unit)
      const listed = afterCommittee ? 0 : listedFields(tokens, k);
      if (listed) {
        k = listed;
        continue;
      }
      if (
        !afterCommittee &&
        (tokens.fold(k) === 'và' || tokens.text(k) === '&') &&
        (isNameWord(tokens, k + 1) || (tokens.cap(k + 1) && matchAny(tokens, k + 1, FIELDS) > 0))
      ) {
        k = readCompound(tokens, k + 1, false);
        continue;
      }
      // Lower-case words a name goes on with: 'Phòng Tổ chức cán bộ', 'Kiểm định chất lượng
      // giáo dục' (unit-field-names.ts says which).
      const nameTail =
        !afterCommittee && !tokens.cap(k) && !tokens.nl(k) ? matchAny(tokens, k, NAME_TAILS) : 0;
      if (nameTail) {
        k += nameTail;
        continue;
      }
      if (!isNameWord(tokens, k)) break;
    }
    // A lower-case first word only when it is a known name word, and not a verb: 'Khối dân vận
    // Đảng ủy', but not '… thuộc Sở tổ chức kiểm tra'.
    const lowerField =
      first && lowerFirst && !tokens.cap(k) && !matchAny(tokens, k, VERBS) ? matchAny(tokens, k, FIELDS) : 0;
    const c = lowerField ? k + lowerField : readCompound(tokens, k, false, k > j && tokens.cap(k - 1));
    if (c === k) break;
    k = c;
    first = false;
  }
  return { end: k, qualifier, committee };
}

const DIGITS = /^\d{1,4}$/u;
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** Past 'các huyện ủy, thị ủy … trực thuộc' at tokens[k]; 0 if not there. */
function committeeList(tokens: Tokens, k: number): number {
  if (tokens.fold(k) !== 'các') return 0;
  let m = k + 1;
  let count = 0;
  for (;;) {
    const party = matchAny(tokens, m, PARTY);
    if (!party) break;
    m += party;
    count++;
    if ((tokens.text(m) !== ',' && tokens.fold(m) !== 'và') || !matchAny(tokens, m + 1, PARTY)) break;
    m++;
  }
  if (count === 0) return 0;
  const attached = matchAny(tokens, m, ATTACHMENTS_ALONE);
  return m + attached;
}

/** Past ', Khoa học và Thông tin' at tokens[k] (name words only, 'và' before the last); 0 if not there. */
function listedFields(tokens: Tokens, k: number): number {
  let m = k;
  while (tokens.text(m) === ',' && !tokens.nl(m + 1) && isNameWord(tokens, m + 1)) {
    m = readCompound(tokens, m + 1, false);
  }
  if (m === k || tokens.fold(m) !== 'và' || !isNameWord(tokens, m + 1)) return 0;
  return readCompound(tokens, m + 1, false);
}

// The folded words of tokens [from, to), space separated ('phòng ban').
function foldsOf(tokens: Tokens, from: number, to: number): string {
  let words = tokens.fold(from)!;
  for (let k = from + 1; k < to; k++) words += ` ${tokens.fold(k)}`;
  return words;
}

const spanOf = (tokens: Tokens, from: number, to: number): Span => ({
  start: tokens.start(from),
  end: tokens.end(to - 1),
});

interface Parts {
  kind: UnitName['kind'];
  generic?: boolean;
  head?: Span | null;
  qualifier?: Span | null;
  committee?: Span | null;
}

/**
 * A unit as read, its canonical name worked out when first asked. Why not at once: most units
 * read are never named in the result — the units inside a position or a generic actor, the
 * parents read to find where a collective ends, the lists no rule gives a role — and
 * canonicalising each (a slice and a look-up by it) was most of what reading a unit cost.
 * `name` is a getter of the class, so `{ ...unit }` leaves it out (and TypeScript does not
 * notice): a copy sets `name` itself, as read-unit-list.ts does.
 */
class ReadUnit implements UnitName {
  readonly span: Span;
  readonly generic: boolean;
  readonly kind: UnitName['kind'];
  readonly head: Span | null;
  readonly qualifier: Span | null;
  readonly committee: Span | null;
  #text: string;
  #name: string | undefined = undefined;

  constructor(text: string, span: Span, parts: Parts) {
    this.#text = text;
    this.span = span;
    this.generic = parts.generic ?? false;
    this.kind = parts.kind;
    this.head = parts.head ?? null;
    this.qualifier = parts.qualifier ?? null;
    this.committee = parts.committee ?? null;
  }

  get name(): string {
    this.#name ??= canonicalUnitName(this.#text.slice(this.span.start, this.span.end));
    return this.#name;
  }
}

const make = (text: string, span: Span, parts: Parts): UnitName => new ReadUnit(text, span, parts);

/** Past a parent named by its head alone, capitalised ('… thuộc Sở'); 0 when there is none. */
function bareParent(tokens: Tokens, k: number): number {
  const n = tokens.cap(k) ? matchAny(tokens, k, BARE_PARENTS) : 0;
  return n ? k + n : 0;
}

/**
 * A collective from its first group noun: 'phòng, ban, đơn vị thuộc Ủy ban nhân dân thị xã',
 * 'tổ chức chính trị - xã hội Huyện', 'bộ phận chuyên môn'. `from` is where the name starts ('Các').
 */
function readCollective(text: string, tokens: Tokens, j: number, from: number): Read | null {
  let k = j;
  const nouns: string[] = [];
  for (;;) {
    const n = matchAny(tokens, k, COLLECTIVE_NOUNS);
    // 'các Ban Dân vận …' starts named units, not a group noun
    if (!n || (tokens.cap(k) && tokens.cap(k + n) && !matchLevel(tokens, k + n))) break;
    nouns.push(foldsOf(tokens, k, k + n));
    k += n;
    if (tokens.text(k) !== ',' && tokens.fold(k) !== 'và') break;
    if (!matchAny(tokens, k + 1, COLLECTIVE_NOUNS) || (tokens.cap(k + 1) && tokens.cap(k + 2))) break;
    k++;
  }
  if (!nouns.length) return null;
  let qualified = false;
  const q = matchAny(tokens, k, QUALIFIERS);
  if (q) {
    k += q;
    qualified = true;
  }
  const a = matchAny(tokens, k, ATTACHMENTS);
  const parent = a
    ? (readUnit(text, tokens, k + a)?.end ?? readLevel(tokens, k + a)?.nameEnd ?? bareParent(tokens, k + a))
    : 0;
  if (parent > k + a) {
    k = parent;
    qualified = true;
  } else if (a && matchAny(tokens, k, ATTACHMENTS_ALONE) === a) {
    k += a;
    qualified = true;
  }
  let end = k;
  const level = readLevel(tokens, k);
  if (level) {
    k = level.nameEnd;
    end = level.end;
  }
  const vague = matchAny(tokens, end, GENERIC_TAILS);
  const generic = vague > 0 || (!qualified && GENERIC_COLLECTIVES.has(nouns.join(', ')));
  return { unit: make(text, spanOf(tokens, from, k), { kind: 'collective', generic }), end: end + vague };
}

/**
 * The body a whole-name head belongs to, when one follows: 'Thanh tra Sở Y tế', and in a plan
 * the body issues itself 'Thanh tra Sở'. Only bodies with inspectorates of their own (a
 * department, a ministry …); k itself when none follows.
 */
function parentBody(text: string, tokens: Tokens, k: number): number {
  const bare = bareParent(tokens, k);
  if (!bare) return k;
  const named = readUnit(text, tokens, k);
  return named && named.unit.kind === 'office' ? named.end : bare;
}

/** Past a place named after a body with no level before it ('Đài Phát thanh và Truyền hình Nghệ An'). */
function placeName(tokens: Tokens, k: number): number {
  let m = k;
  for (let words = 0; words < 4 && isNameWord(tokens, m); words++) m++;
  // one capitalised word is a name's start, or a sentence's: two make a place
  return m - k >= 2 ? m : k;
}

/** The head of villages: 'Trưởng các thôn', 'Trưởng thôn, tổ dân phố' (from i; the level at j). */
function readVillageHead(text: string, tokens: Tokens, i: number, j: number): Read | null {
  if (!matchAny(tokens, tokens.fold(j) === 'các' ? j + 1 : j, VILLAGES)) return null;
  const level = readLevel(tokens, j);
  if (!level) return null;
  let { end, nameEnd } = level;
  // 'Trưởng thôn các thôn': the villages said again, as a collective
  const again =
    tokens.fold(nameEnd) === 'các' && nameEnd === end ? matchAny(tokens, nameEnd + 1, VILLAGES) : 0;
  if (again) nameEnd = end = nameEnd + 1 + again;
  // 'Trưởng thôn, tổ dân phố': more villages after a comma or 'và'
  for (;;) {
    const more =
      (tokens.text(nameEnd) === ',' || tokens.fold(nameEnd) === 'và') && nameEnd === end
        ? matchAny(tokens, nameEnd + 1, VILLAGES)
        : 0;
    if (!more) break;
    nameEnd = end = nameEnd + 1 + more;
  }
  return { unit: make(text, spanOf(tokens, i, nameEnd), { kind: 'position' }), end };
}

/**
 * Reads one unit at tokens[i]: a head noun and its tail ('Phòng Nội vụ', 'UBND các xã, thị trấn'),
 * a position ('Chủ tịch UBND phường'), a collective ('Các phòng ban, ngành huyện'), or a generic
 * actor ('Thủ trưởng các cơ quan, đơn vị'), read whole so that no unit is found inside it.
 */
export function readUnit(text: string, tokens: Tokens, i: number): Read | null {
  const t = tokens.facts(i);
  // most words open no unit: their facts rule them out before the lexicons are walked
  if (t === undefined || unitOpening(t) === false) return null;
  // 'KH-UBND', 'QĐ-UBND-HC' are codes: an abbreviation glued to '-' or '/' names no unit
  const before = tokens.text(i - 1);
  if ((before === '-' || before === '/') && tokens.end(i - 1) === tokens.start(i)) return null;
  const g = matchAny(tokens, i, GENERIC_HEADS);
  if (g) {
    const inner =
      readUnit(text, tokens, i + g) ??
      readCollective(text, tokens, i + g + (tokens.fold(i + g) === 'các' ? 1 : 0), i);
    const end = inner?.end ?? i + g;
    return { unit: make(text, spanOf(tokens, i, end), { kind: 'collective', generic: true }), end };
  }
  const p = matchAny(tokens, i, POSITIONS);
  if (p) {
    const inner = readUnit(text, tokens, i + p);
    if (!inner) return readVillageHead(text, tokens, i, i + p);
    if (inner.unit.generic || inner.unit.kind !== 'government') return null;
    return {
      unit: make(text, { start: tokens.start(i), end: inner.unit.span.end }, { kind: 'position' }),
      end: inner.end,
    };
  }
  if (t.fold === 'các') return readCollective(text, tokens, i + 1, i);
  // 'đoàn thể các cấp' is a collective without 'các'
  const noun = matchAny(tokens, i, COLLECTIVE_NOUNS);
  if (noun && matchAny(tokens, i + noun, LEVEL_PHRASES)) return readCollective(text, tokens, i, i);
  const h = matchHead(tokens, i);
  if (!h) return null;
  const k = i + h.toks.length;
  const head = spanOf(tokens, i, k);
  if (h.tail !== 'name') {
    const level = readLevel(tokens, k);
    // a whole name takes the body it belongs to ('Thanh tra Sở Y tế') or else, as a body
    // with a level does, the place it serves ('Tỉnh đoàn Nghệ An')
    const parent = h.tail === 'none' ? parentBody(text, tokens, k) : k;
    const nameEnd = level?.nameEnd ?? (parent > k ? parent : placeName(tokens, k));
    const qualifier = level && level.nameEnd > k ? spanOf(tokens, k, level.nameEnd) : null;
    const kind = h.tail === 'level' ? 'government' : 'whole';
    return {
      unit: make(text, spanOf(tokens, i, nameEnd), { kind, head, qualifier }),
      end: level?.end ?? nameEnd,
    };
  }
  const tail = readNameTail(text, tokens, k, t.cap, h.of === true);
  if (tail.end === k) return null;
  return {
    unit: make(text, spanOf(tokens, i, tail.end), {
      kind: 'office',
      head,
      qualifier: tail.qualifier,
      committee: tail.committee,
    }),
    end: tail.end,
  };
}
