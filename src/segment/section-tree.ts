import {
  matchNumbering,
  type NumberingMatch,
  type NumberingScheme,
  numberValue,
} from '../lexicon/numbering.js';
import type { Section } from '../schema/section.js';
import type { Warning } from '../schema/warning.js';
import { collapseSpaces } from './collapse-spaces.js';
import { headingLength } from './heading.js';
import { isCaps } from './line-kinds.js';
import type { Line } from './lines.js';
import { sectionId } from './section-id.js';
import { backOver, forwardOverSpace } from './white-space.js';

interface Open {
  section: Section;
  scheme: NumberingScheme;
  value: number | null;
}

export interface SectionTree {
  sections: Section[];
  flat: Section[];
  warnings: Warning[];
}

/**
 * The section tree of the body lines [from, to). Nesting follows first appearance: a
 * numbering scheme already open on the stack makes a sibling, a new one a child, so
 * 'I. → 1. → 1.1. → a)' and 'Phần I → A. → I.' both nest as printed. A number that does
 * not move forward ('2.' again under the same parent) is text, not a section; one that
 * skips ('II' then 'IV') is a section and a SECTION_NUMBER_GAP warning.
 */
const ONLY_MARKS = /^[^\p{L}\p{N}\s]+$/u;

export function buildSectionTree(
  text: string,
  lines: readonly Line[],
  from: number,
  to: number,
  bodyEnd: number,
  /** Text regions that are not running text (table cells), where numbered lines are not sections. */
  skip: ReadonlyArray<{ start: number; end: number }> = [],
): SectionTree {
  const roots: Section[] = [];
  const flat: Section[] = [];
  const warnings: Warning[] = [];
  const ids = new Set<string>();
  const stack: Open[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.end === line.start) continue;
    const trimmed = line.text.trim();
    const match = matchNumbering(trimmed);
    if (!match || skip.some((r) => line.start >= r.start && line.start < r.end)) continue;
    // '06).' — the end of a sentence wrapped onto a line of its own (a footnote's '… Đề án ⏎ 06).'),
    // a number followed by punctuation only; a number alone ('II.' over its heading) stays.
    if (ONLY_MARKS.test(trimmed.slice(match.restOffset))) continue;
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.scheme !== match.scheme) k--;
    const depth = k >= 0 ? k : stack.length;
    const parent = depth > 0 ? stack[depth - 1]!.section : null;
    const value = numberValue(match.scheme, match.number);
    const previous = k >= 0 ? stack[k]!.value : null;
    if (previous !== null && value !== null && value <= previous) continue;
    const id = sectionId(parent, match, value);
    if (ids.has(id)) continue;
    const start = line.start + (line.text.length - line.text.trimStart().length);
    const heading = headingOf(text, lines, i, to, start + match.restOffset, match);
    const section: Section = {
      id,
      number: match.number,
      level: depth + 1,
      heading: heading.text,
      role: 'other',
      span: { start, end: start },
      headingSpan: heading.span,
      children: [],
    };
    if (previous !== null && value !== null && value > previous + 1) {
      warnings.push({
        code: 'SECTION_NUMBER_GAP',
        message: `section ${id} follows ${stack[k]!.section.id}: the numbers in between are missing`,
        span: { start, end: heading.span.end },
      });
    }
    ids.add(id);
    stack.length = depth;
    stack.push({ section, scheme: match.scheme, value });
    (parent ? parent.children : roots).push(section);
    flat.push(section);
  }
  closeSpans(text, flat, bodyEnd);
  return { sections: roots, flat, warnings };
}

/** The heading's text and span: the item line's heading part, or the line(s) under a bare number. */
function headingOf(
  text: string,
  lines: readonly Line[],
  i: number,
  to: number,
  restStart: number,
  match: NumberingMatch,
): { text: string; span: { start: number; end: number } } {
  let start = restStart;
  let lineEnd = lines[i]!.end;
  let next = i + 1;
  if (text.slice(start, lineEnd).trim() === '') {
    // 'PHẦN THỨ NHẤT' / 'I.' alone: the heading is the next line that is not numbered.
    while (next < to && lines[next]!.text.trim() === '') next++;
    if (next < to && !matchNumbering(lines[next]!.text.trim())) {
      start = lines[next]!.start;
      lineEnd = lines[next]!.end;
      next++;
    }
  }
  start = forwardOverSpace(text, start, lineEnd);
  const rest = text.slice(start, lineEnd);
  let end: number;
  if (isCaps(rest) || match.scheme === 'part') {
    end = start + rest.trimEnd().length;
    // An all-caps heading wrapped over several lines: 'II. NHIỆM VỤ VÀ GIẢI PHÁP ⏎ THỰC HIỆN'.
    for (; next < to && isCaps(lines[next]!.text) && !matchNumbering(lines[next]!.text.trim()); next++) {
      end = lines[next]!.start + lines[next]!.text.trimEnd().length;
    }
  } else end = start + headingLength(rest);
  end = backOver(text, end, start, '.,;:');
  return { text: collapseSpaces(text.slice(start, end)), span: { start, end } };
}

/** Each section runs to the next section at its level or above, or to the end of the body. */
function closeSpans(text: string, flat: readonly Section[], bodyEnd: number): void {
  flat.forEach((section, n) => {
    let end = bodyEnd;
    for (let m = n + 1; m < flat.length; m++) {
      if (flat[m]!.level <= section.level) {
        end = flat[m]!.span.start;
        break;
      }
    }
    end = backOver(text, end, section.span.start);
    section.span = { start: section.span.start, end: Math.max(end, section.headingSpan.end) };
  });
}
