import { canonicalUnitName } from '../../lexicon/canonical-unit-name.js';
import { readLevel, readUnit, type UnitName } from './read-unit.js';
import type { Tokens } from './tokens.js';

/** Units named together ('Phòng Nội vụ, Phòng Tư pháp và UBND các xã'): tokens [first, end). */
export interface UnitList {
  first: number;
  end: number;
  units: UnitName[];
}

const SEPARATORS = new Set([',', ';', '&']);

/**
 * Reads coordinated units at tokens[i], splitting them (gold notes): a level after a government
 * unit borrows its head ('Ủy ban nhân dân thị xã, các phường, xã' → UBND thị xã + UBND các
 * phường, xã) and party bodies share a committee ('Ban Tuyên giáo, Ban Dân vận Thị ủy').
 */
export function readUnitList(text: string, tokens: Tokens, i: number): UnitList | null {
  const first = readUnit(text, tokens, i);
  if (!first) return null;
  const units = [first.unit];
  let k = first.end;
  for (;;) {
    const sep = tokens.facts(k);
    if (!sep || !(SEPARATORS.has(sep.text) || sep.fold === 'và' || sep.fold === 'cùng')) break;
    let s = k + 1;
    if (tokens.fold(s) === 'và') s++;
    const next = readUnit(text, tokens, s);
    if (next) {
      units.push(next.unit);
      k = next.end;
      continue;
    }
    const prev = units[units.length - 1]!;
    const level = prev.kind === 'government' && prev.head && prev.qualifier ? readLevel(tokens, s) : null;
    if (!level || level.nameEnd <= s || sep.text === ';') break;
    units.push(borrowHead(text, prev, { start: tokens.start(s), end: tokens.end(level.nameEnd - 1) }));
    k = level.end;
  }
  shareCommittee(text, units);
  return { first: i, end: k, units };
}

function borrowHead(text: string, prev: UnitName, level: { start: number; end: number }): UnitName {
  const head = text.slice(prev.head!.start, prev.head!.end);
  return {
    ...prev,
    name: canonicalUnitName(`${head} ${text.slice(level.start, level.end)}`),
    span: level,
    qualifier: level,
  };
}

// 'Ban Tuyên giáo, Ban Dân vận Thị ủy': the committee printed once belongs to every party body before it.
function shareCommittee(text: string, units: UnitName[]): void {
  for (let n = units.length - 2; n >= 0; n--) {
    const a = units[n]!;
    const b = units[n + 1]!;
    if (a.kind !== 'office' || a.committee || a.qualifier || !b.committee || !a.head || !b.head) continue;
    if (text.slice(a.head.start, a.head.end) !== text.slice(b.head.start, b.head.end)) continue;
    const committee = text.slice(b.committee.start, b.committee.end);
    units[n] = {
      ...a,
      name: canonicalUnitName(`${text.slice(a.span.start, a.span.end)} ${committee}`),
      committee: b.committee,
    };
  }
}
