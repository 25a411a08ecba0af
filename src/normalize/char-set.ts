/**
 * Sets of rare characters that a step needs before it has anything to do: line-end codes, combining
 * marks, legacy-encoding bytes, PDF glyph substitutes, Cyrillic and Greek letters. Most texts
 * hold none of them, and each step scanning the text for its own set costs a pass over it; here
 * one pass (the census) finds which sets a text holds, and the steps that run on the same text
 * share it. A set may be a superset of what its step looks for, never less: when `foundIn` says
 * no, the step's own scan would have found nothing either.
 */
const MEMBER = new Uint16Array(0x10000);
let sets = 0;

// The census of the last text asked about: the character steps run one after the other on the
// same text as long as none of them changes it.
let lastText: string | null = null;
let lastCensus = 0;

export class CharSet {
  private readonly bit: number;

  /** A set of UTF-16 code units. */
  constructor(codes: Iterable<number>) {
    if (sets === 16) throw new Error('CharSet: at most 16 sets');
    this.bit = 1 << sets++;
    for (const c of codes) MEMBER[c]! |= this.bit;
    lastText = null;
  }

  /** False only when the text holds no character of the set. */
  foundIn(text: string): boolean {
    return (census(text) & this.bit) !== 0;
  }
}

/** The UTF-16 code units for which `test` is true. */
export function codesWhere(test: (code: number) => boolean): number[] {
  const out: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (test(c)) out.push(c);
  return out;
}

function census(text: string): number {
  if (text === lastText) return lastCensus;
  let found = 0;
  for (let i = 0; i < text.length; i++) found |= MEMBER[text.charCodeAt(i)]!;
  lastText = text;
  lastCensus = found;
  return found;
}
