import { capitalised } from '../lexicon/capitalised.js';
import type { Table } from '../load/types.js';
import type { Warning } from '../schema/warning.js';
import { findClosingStart, parseClosing } from './closing.js';
import { findDocTypeLines } from './doc-type-line.js';
import { parseHeader } from './header.js';
import { splitLines } from './lines.js';
import { linePiece } from './piece.js';
import { assignRoles } from './section-role.js';
import { buildSectionTree } from './section-tree.js';
import { parseTitle } from './title.js';
import type { DecisionBlock, Piece, Segmented } from './types.js';
import { backOver } from './white-space.js';

export type { ClosingBlock, DecisionBlock, HeaderBlock, Piece, Segmented } from './types.js';

/** Cuts the normalized text into header, title, preamble, section tree and closing. */
export function segment(text: string, tables: Table[]): Segmented {
  const lines = splitLines(text);
  const n = lines.length;
  const types = findDocTypeLines(lines);
  const partStart = types.decision?.end ?? 0;
  const docIndex = types.plan?.index ?? null;
  const header = parseHeader(lines, partStart, docIndex ?? partStart);
  const typeLine = docIndex === null ? null : linePiece(lines[docIndex]!);
  const prefix = types.plan?.length;
  // 'KẾ HOẠCH THỰC HIỆN …' on one line: the type is the line's start, the title the rest.
  const docTypeLine =
    typeLine && prefix !== undefined && prefix < typeLine.text.length
      ? {
          text: typeLine.text.slice(0, prefix),
          span: { start: typeLine.span.start, end: typeLine.span.start + prefix },
        }
      : typeLine;
  const titled =
    docTypeLine && typeLine && docTypeLine !== typeLine
      ? parseTitle(lines, docIndex!, n, docTypeLine.span.end)
      : parseTitle(lines, docIndex === null ? 0 : docIndex + 1, n);
  const title = docIndex === null ? null : cleanTitle(text, titled.title);
  const bodyFrom = docIndex === null ? partStart : titled.next;
  const closingFrom = findClosingStart(lines, bodyFrom, n);
  const bodyEnd = trimmedEnd(text, closingFrom < n ? lines[closingFrom]!.start : text.length);
  const tableSpans = tables.map((t) => t.span);
  const tree = buildSectionTree(text, lines, bodyFrom, closingFrom, bodyEnd, tableSpans);
  assignRoles(tree.sections);
  const bodyStart = bodyFrom < n ? lines[bodyFrom]!.start : text.length;
  const firstSection = tree.flat[0]?.span.start ?? bodyEnd;
  const preamble =
    firstSection > bodyStart && text.slice(bodyStart, firstSection).trim()
      ? { start: bodyStart, end: trimmedEnd(text, firstSection) }
      : null;
  const warnings: Warning[] = [...tree.warnings];
  if (text.trim() !== '' && tree.flat.length === 0) {
    warnings.push({ code: 'NO_SECTIONS', message: 'no numbered sections (I., 1., a) …) were found' });
  }
  return {
    text,
    lines,
    header,
    docTypeLine: docTypeLine && { ...docTypeLine, text: types.plan!.docType },
    title,
    issuedWithLine: titled.issuedWithLine,
    preamble,
    sections: tree.sections,
    flatSections: tree.flat,
    body: { start: Math.min(bodyStart, bodyEnd), end: bodyEnd },
    closing: parseClosing(lines, closingFrom, n),
    decision: types.decision ? decisionBlock(text, lines, types.decision) : null,
    tables,
    warnings,
  };
}

function decisionBlock(
  text: string,
  lines: ReturnType<typeof splitLines>,
  d: { index: number; docType: string; end: number },
): DecisionBlock {
  const header = parseHeader(lines, 0, d.index);
  const titled = parseTitle(lines, d.index + 1, d.end);
  const closingFrom = findClosingStart(lines, titled.next, d.end);
  return {
    span: { start: 0, end: trimmedEnd(text, d.end < lines.length ? lines[d.end]!.start : text.length) },
    docType: d.docType,
    issuerLines: header.issuerLines,
    title: cleanTitle(text, titled.title),
    numberLine: header.numberLine,
    placeDateLine: header.placeDateLine,
    closing: parseClosing(lines, closingFrom, d.end),
  };
}

/** The title's words as one line: whitespace collapsed, quotes that open or close nothing dropped. */
function cleanTitle(text: string, title: Piece | null): Piece | null {
  if (!title) return null;
  let t = text.slice(title.span.start, title.span.end).replace(/\s+/gu, ' ').trim();
  const opens = (t.match(/[“‘]/gu) ?? []).length;
  const closes = (t.match(/[”’]/gu) ?? []).length;
  if (opens === 0 && closes > 0) t = t.replace(/[”’]/gu, '');
  if (closes === 0 && opens > 0) t = t.replace(/[“‘]/gu, '');
  if ((t.match(/"/gu) ?? []).length % 2 === 1) t = t.replace(/"/gu, '');
  t = t.replace(/\s+/gu, ' ');
  // Sentence case: a centred title may start in lower case ('tổ chức các hoạt động …').
  t = capitalised(t);
  t = t.slice(0, backOver(t, t.length, 0, '.,;:'));
  return { text: t, span: title.span };
}

const trimmedEnd = (text: string, end: number): number => backOver(text, end);
