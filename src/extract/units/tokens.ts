/** A word or a punctuation mark of the text, with what unit recognition asks of it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, administrative tone style: 'Uỷ' and 'ủy' both fold to 'ủy'. */
  fold: string;
  /** First letter upper case ('Nội', 'UBND'). */
  cap: boolean;
  word: boolean;
  /** A line break stands between this token and the one before. */
  nl: boolean;
}

// 'Uỷ' 'hoá' 'thuỷ': new-style tone on the second vowel of an open oa/oe/uy, moved to the first.
const NEW_TONE = /^(?<head>.*?[^qQ]|)(?<v1>[oOuU])(?<v2>[aAeEyY])(?<tone>[\u0300\u0301\u0303\u0309\u0323])$/u;

// Plans reuse a small vocabulary: folding each distinct word once keeps tokenizing cheap.
const FOLDED = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** Folds a word for lexicon look-up: NFC, lower case, old tone placement ('Uỷ' → 'ủy'). */
export function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded !== undefined) return folded;
  const lower = word.toLowerCase();
  const m = NEW_TONE.exec(lower.normalize('NFD'));
  const g = m?.groups as Record<string, string> | undefined;
  folded = g ? `${g['head']}${g['v1']}${g['tone']}${g['v2']}`.normalize('NFC') : lower.normalize('NFC');
  if (FOLDED.size >= FOLD_CACHE_LIMIT) FOLDED.clear();
  FOLDED.set(word, folded);
  return folded;
}

/** Folds a phrase word by word ('Ủy ban MTTQ' → 'ủy ban mttq'). */
export const foldPhrase = (phrase: string): string =>
  phrase.split(/\s+/u).filter(Boolean).map(foldWord).join(' ');

// Words are letters, marks and digits; every other non-space character is a token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

interface WordFacts {
  fold: string;
  cap: boolean;
  word: boolean;
}

// What a token's text alone decides, looked up once per distinct word (plans reuse few words).
const FACTS = new Map<string, WordFacts>();

function factsOf(t: string): WordFacts {
  let f = FACTS.get(t);
  if (f) return f;
  const first = t.charAt(0);
  f = { fold: foldWord(t), cap: first !== first.toLowerCase(), word: /[\p{L}\p{N}]/u.test(first) };
  if (FACTS.size >= FOLD_CACHE_LIMIT) FACTS.clear();
  FACTS.set(t, f);
  return f;
}

// TOKEN's classes by UTF-16 code unit, for the scanning loop: 1 word character, 2 white space.
const WORD = 1;
const SPACE = 2;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) CLASS[c] = WORD;
  else if (/\s/u.test(ch)) CLASS[c] = SPACE;
}
// Letters beyond the BMP come as surrogate pairs: such texts take the regex path.
// (no u flag: with it a pair reads as one code point and the class of halves never matches)
const SURROGATE = /[\ud800-\udfff]/;

/** Cuts text[start, end) into tokens; offsets stay offsets of the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  if (SURROGATE.test(slice)) return tokenizeByRegex(slice, start);
  const out: Token[] = [];
  const len = slice.length;
  let nl = false;
  let i = 0;
  while (i < len) {
    const c = slice.charCodeAt(i);
    const k = CLASS[c];
    if (k === SPACE) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const at = i;
    i++;
    if (k === WORD) while (i < len && CLASS[slice.charCodeAt(i)] === WORD) i++;
    const t = slice.slice(at, i);
    const f = factsOf(t);
    out.push({ text: t, start: start + at, end: start + i, fold: f.fold, cap: f.cap, word: f.word, nl });
    nl = false;
  }
  return out;
}

function tokenizeByRegex(slice: string, start: number): Token[] {
  const out: Token[] = [];
  // The first line break after the previous token: found by one forward scan, not a slice per token.
  let nextNl = slice.indexOf('\n');
  if (nextNl < 0) nextNl = slice.length;
  for (const m of slice.matchAll(TOKEN)) {
    const at = m.index;
    const t = m[0];
    const f = factsOf(t);
    const nl = nextNl < at;
    if (nl) {
      nextNl = slice.indexOf('\n', at + t.length);
      if (nextNl < 0) nextNl = slice.length;
    }
    out.push({
      text: t,
      start: start + at,
      end: start + at + t.length,
      fold: f.fold,
      cap: f.cap,
      word: f.word,
      nl,
    });
  }
  return out;
}

/** Whether the tokens from i spell `phrase` (folded words, ',' and ':' as tokens); its length or 0. */
export function matchPhrase(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.fold !== phrase[k]) return 0;
  return phrase.length;
}

/** Splits a lexicon phrase into the folded tokens `tokenize` makes of it. */
export const phraseTokens = (phrase: string): string[] => tokenize(phrase).map((t) => t.fold);
