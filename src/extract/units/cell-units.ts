import { canonicalUnitName } from '../../lexicon/canonical-unit-name.js';
import type { Span } from '../../schema/span.js';
import { readUnitList } from './read-unit-list.js';
import { tokenize } from './tokens.js';

export interface CellUnit {
  name: string;
  span: Span;
}

/**
 * The units of a table cell under 'Cơ quan chủ trì' / 'Cơ quan phối hợp': every unit the cell
 * names is given that role. A part of the cell where no unit is recognised is taken as written —
 * the column says it is a unit — unless a generic actor was read there. Parts are cut at ';', a
 * line break, and a comma before a capital ('Viettel Quảng Ngãi, VNPT Quảng Ngãi'; not '… các
 * huyện, thành phố').
 */
export function cellUnits(text: string, cell: Span): CellUnit[] {
  const tokens = tokenize(text, cell.start, cell.end);
  const read: Array<CellUnit & { generic: boolean }> = [];
  for (let i = 0; i < tokens.length; ) {
    const list = readUnitList(text, tokens, i);
    if (!list) {
      i++;
      continue;
    }
    for (const u of list.units)
      read.push({ name: u.generic ? '' : u.name, span: u.span, generic: u.generic });
    i = list.end;
  }
  const out: CellUnit[] = [];
  // 'Công ty Điện lực Quảng Ngãi, Hợp tác xã Phú An' — parts as written (each cut is one character)
  let at = cell.start;
  for (const part of text.slice(cell.start, cell.end).split(/[;\n]|,(?=\s{0,4}\p{Lu})/u)) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    const span = { start: at + lead, end: at + lead + name.length };
    at += part.length + 1;
    const inside = read.filter((u) => u.span.start < span.end && span.start < u.span.end);
    if (inside.length) {
      for (const u of inside) if (!u.generic && !out.some((o) => o.span.start === u.span.start)) out.push(u);
    } else if (name && name !== '-') out.push({ name: canonicalUnitName(name), span });
  }
  return out.map(({ name, span }) => ({ name, span }));
}
