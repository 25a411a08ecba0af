import type { UnitRole } from '../../schema/unit.js';
import type { UnitMention } from '../types.js';
import type { ScannedList } from './scan-units.js';
import type { Tokens } from './tokens.js';
import { compile, type Lexicon, matchAny, VERBS } from './vocabulary.js';

/** Compiles cue phrases to folded tokens, longest first. */
export const cues = compile;

/** The cue phrase that ends right before tokens[i], if any ('phối hợp với' before 'Phòng …'). */
export function cueBefore(tokens: Tokens, i: number, phrases: Lexicon): readonly string[] | null {
  if (i === 0) return null;
  for (const p of phrases.byLast.get(tokens.fold(i - 1)!) ?? []) {
    if (p.length > i) continue;
    if (p.every((w, k) => tokens.fold(i - p.length + k) === w)) return p;
  }
  return null;
}

/** A verb right after the list: 'Phòng Nội vụ chủ trì', 'UBND phường triển khai'; its token length. */
export const verbAfter = (tokens: Tokens, list: ScannedList): number => matchAny(tokens, list.end, VERBS);

const CLAUSE_MARKS = new Set(['.', ';', ':', ',', '(', '-', '+', '•', '*']);

/**
 * The list opens a clause: text start, a line start, or after '.', ';', ':', ',', '(', a bullet
 * or an item's number ('a)').
 */
export function opensClause(tokens: Tokens, list: ScannedList): boolean {
  const prev = tokens.text(list.first - 1);
  // 'a) Công an tỉnh chủ trì …': a lettered item's marker ends in ')', which opens no clause elsewhere
  return (
    prev === undefined ||
    tokens.nl(list.first) ||
    CLAUSE_MARKS.has(prev) ||
    (prev === ')' && opensItem(tokens, list))
  );
}

/** The list opens a numbered or bulleted line: '1. Phòng Nội vụ', '2.1. Phòng Tư pháp', '- Văn phòng …'. */
export function opensItem(tokens: Tokens, list: ScannedList): boolean {
  let k = list.first - 1;
  if (tokens.nl(list.first) || k < 0) return true;
  const mark = tokens.text(k)!;
  if (/^[-+•*]$/u.test(mark) && (tokens.nl(k) || k === 0)) return true;
  // '1- Ủy ban Kiểm tra Huyện ủy: …': party style numbers its items with a dash
  if (!/^[.)]$/u.test(mark) && !(mark === '-' && k > 0 && /^\d{1,3}$/u.test(tokens.text(k - 1)!)))
    return false;
  // walk back over '2.1.' / 'III.' / 'a)'
  while (k > 0 && /^(?:[.)]|\d{1,3}|[IVXLC]+|[a-zđ])$/u.test(tokens.text(k - 1)!) && !tokens.nl(k)) k--;
  return (tokens.nl(k) || k === 0) && /^(?:\d{1,3}|[IVXLC]+|[a-zđ])$/u.test(tokens.text(k)!);
}

/** The list's real units (generic actors dropped) as mentions with one role. */
export const mentionsOf = (list: ScannedList, role: UnitRole, ruleId: string): UnitMention[] =>
  list.units.filter((u) => !u.generic).map((u) => ({ name: u.name, span: u.span, role, ruleId }));
