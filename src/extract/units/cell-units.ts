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
 * names is given that role. When no unit is recognised, the cell's parts are taken as written —
 * the column says they are units — unless a generic actor was read there. Parts are cut at ';',
 * a line break, and a comma before a capital ('Viettel Quảng Ngãi, VNPT Quảng Ngãi'; not
 * '… các huyện, thành phố').
 */
export function cellUnits(text: string, cell: Span): CellUnit[] {
  const tokens = tokenize(text, cell.start, cell.end);
  const out: CellUnit[] = [];
  let generic = false;
  for (let i = 0; i < tokens.length; ) {
    const list = readUnitList(text, tokens, i);
    if (!list) {
      i++;
      continue;
    }
    for (const u of list.units) {
      if (u.generic) generic = true;
      else out.push({ name: u.name, span: u.span });
    }
    i = list.end;
  }
  if (out.length || generic) return out;
  // 'Văn phòng Điều phối nông thôn mới; Hợp tác xã' — parts as written (each cut is one character)
  let at = cell.start;
  for (const part of text.slice(cell.start, cell.end).split(/[;\n]|,(?=\s{0,4}\p{Lu})/u)) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (name && name !== '-')
      out.push({ name: canonicalUnitName(name), span: { start: at + lead, end: at + lead + name.length } });
    at += part.length + 1;
  }
  return out;
}
