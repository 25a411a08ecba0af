import { type TaskTableColumn, taskTableColumns } from '../../lexicon/unit-task-table-columns.js';
import type { Table } from '../../load/types.js';
import { rowNumber } from '../../normalize/layout/cell-tables.js';
import type { Span } from '../../schema/span.js';
import { collapseSpaces } from '../../segment/collapse-spaces.js';
import type { Line } from '../../segment/lines.js';
import type { Segmented } from '../../segment/types.js';
import { isSpaceCode } from '../../segment/white-space.js';
import { memoOn } from '../memo-on.js';
import { foldPhrase, foldWord } from '../units/tokens.js';

export interface TableCellText {
  text: string;
  span: Span;
}

/** A task table, whichever way it reached us: its columns and its data rows (cells in column order). */
export interface TaskTable {
  span: Span;
  columns: Partial<Record<TaskTableColumn, number>>;
  rows: TableCellText[][];
}

const COLUMNS = (Object.entries(taskTableColumns) as [TaskTableColumn, readonly string[]][]).map(
  ([kind, words]) => [kind, words.map(foldPhrase)] as const,
);

// A heading is matched on its first words only: one more word than the longest heading phrase
// decides both `head === w` and `head.startsWith(w + ' ')`, so a long line folds just a few words.
const HEAD_WORDS = Math.max(...COLUMNS.flatMap(([, words]) => words.map((w) => w.split(' ').length))) + 1;
// The first words of the heading phrases: a cell opening with any other word is no heading.
const FIRST_WORDS = new Set(COLUMNS.flatMap(([, words]) => words.map((w) => w.split(' ')[0]!)));
// 'Cơ quan chủ trì:' — the words of a cell, '*', ':' and '.' read as spaces
const CELL_WORD = /[^\s*:.]+/gu;
// The first letters of those first words. Folding lower-cases a word's first letter and may
// compose it with a mark or move a tone onto an 'o' or 'u' — never onto another letter — so a
// cell whose first letter, lower-cased, is none of these opens no heading.
const FIRST_LETTERS = new Set([...FIRST_WORDS].map((w) => w.charAt(0)));
const SKIPPED = '*:.';

/** What a heading cell says the column holds ('Cơ quan chủ trì' → lead), or null. */
export function columnKind(cell: string): TaskTableColumn | null {
  // Every line of the text is asked: its first letter rules most out before any regex runs.
  let i = 0;
  while (i < cell.length && (isSpaceCode(cell.charCodeAt(i)) || SKIPPED.includes(cell.charAt(i)))) i++;
  if (!FIRST_LETTERS.has(cell.charAt(i).toLowerCase())) return null;
  CELL_WORD.lastIndex = 0;
  const opening = CELL_WORD.exec(cell);
  // Every line of the text is asked: most fail on their first word, read before any other.
  if (!opening || !FIRST_WORDS.has(foldWord(opening[0]))) return null;
  const first: string[] = [opening[0]];
  for (let m = CELL_WORD.exec(cell); m && first.length < HEAD_WORDS; m = CELL_WORD.exec(cell))
    first.push(m[0]);
  const head = foldPhrase(first.join(' '));
  for (const [kind, words] of COLUMNS)
    if (words.some((w) => head === w || head.startsWith(`${w} `))) return kind;
  return null;
}

function headerColumns(cells: readonly TableCellText[]): TaskTable['columns'] | null {
  const columns: TaskTable['columns'] = {};
  for (const [i, c] of cells.entries()) {
    const kind = columnKind(c.text);
    if (!kind || columns[kind] !== undefined) return null;
    columns[kind] = i;
  }
  return columns.content !== undefined && (columns.lead !== undefined || columns.cooperate !== undefined)
    ? columns
    : null;
}

const squash = (s: string) => collapseSpaces(s).trim();

// 'I', 'II.', 'A' in the number column: a group of rows, not one
const GROUP_NUMBER = /^(?:[IVXLC]{1,5}|[A-ZĐ])\.?$/u;

/**
 * A row that heads a group of rows ('I | Chính quyền số | | |'): no unit is given it, or its one
 * merged cell is printed again in every cell, as DOCX text dumps print a merged cell ('I | CÔNG
 * TÁC CHỈ ĐẠO | CÔNG TÁC CHỈ ĐẠO | CÔNG TÁC CHỈ ĐẠO | …').
 */
function isGroupRow(row: TableCellText[], columns: TaskTable['columns']): boolean {
  const cell = (kind: 'no' | 'content' | 'lead' | 'cooperate') =>
    columns[kind] === undefined ? '' : squash(row[columns[kind]!]!.text);
  if (!GROUP_NUMBER.test(cell('no'))) return false;
  const merged = cell('content');
  return (
    (cell('lead') === '' || cell('lead') === merged) &&
    (cell('cooperate') === '' || cell('cooperate') === merged)
  );
}

function build(
  header: TableCellText[],
  columns: TaskTable['columns'],
  rows: TableCellText[][],
): TaskTable | null {
  const data = rows.filter(
    (r) => r.length === header.length && squash(r[columns.content!]!.text) !== '' && !isGroupRow(r, columns),
  );
  if (!data.length) return null;
  const last = data[data.length - 1]!;
  return {
    span: { start: header[0]!.span.start, end: last[last.length - 1]!.span.end },
    columns,
    rows: data,
  };
}

/** Tables the loader handed over (DOCX, ruled PDF): the first row that reads as a heading row. */
function fromModel(table: Table): TaskTable | null {
  const rows = table.rows.map((r) => r.map((c) => ({ text: squash(c.text), span: c.span })));
  const h = rows.findIndex((r) => headerColumns(r) !== null);
  return h < 0 ? null : build(rows[h]!, headerColumns(rows[h]!)!, rows.slice(h + 1));
}

// '| 1 | Xây dựng kế hoạch | Phòng Nội vụ |': cells between bars, spans trimmed.
function pipeCells(line: Line): TableCellText[] {
  const cells: TableCellText[] = [];
  const bars = [-1, ...[...line.text.matchAll(/\|/gu)].map((m) => m.index), line.text.length];
  for (let k = 0; k + 1 < bars.length; k++) {
    const raw = line.text.slice(bars[k]! + 1, bars[k + 1]);
    // the empty outside of '| … |'
    if ((k === 0 || k === bars.length - 2) && raw.trim() === '') continue;
    const start = line.start + bars[k]! + 1 + (raw.length - raw.trimStart().length);
    cells.push({ text: squash(raw), span: { start, end: start + raw.trim().length } });
  }
  return cells;
}

// '|---|:---|', '----': a markdown separator row
const SEPARATOR_ROW = /^[\s|:-]+$/u;

const hasTwoBars = (text: string): boolean => {
  const first = text.indexOf('|');
  return first >= 0 && text.indexOf('|', first + 1) >= 0;
};

/** Tables flattened with '|' between cells, one row a line (markdown separator rows skipped). */
function fromPipes(lines: readonly Line[]): TaskTable[] {
  const out: TaskTable[] = [];
  let header: TableCellText[] | null = null;
  let columns: TaskTable['columns'] | null = null;
  let rows: TableCellText[][] = [];
  const flush = () => {
    const t = header && columns ? build(header, columns, rows) : null;
    if (t) out.push(t);
    header = columns = null;
    rows = [];
  };
  for (const line of lines) {
    // A line without two bars ends an open table unless it is blank or a separator row.
    if (!hasTwoBars(line.text)) {
      if (header && line.text.trim() !== '' && !SEPARATOR_ROW.test(line.text)) flush();
      continue;
    }
    if (SEPARATOR_ROW.test(line.text)) continue;
    const cells = pipeCells(line);
    const cols = headerColumns(cells);
    if (cols) {
      flush();
      header = cells;
      columns = cols;
    } else if (header) rows.push(cells);
  }
  flush();
  return out;
}

/** Tables flattened one cell a line: a run of heading lines, then rows of as many lines, each opening with its number. */
function fromCellLines(lines: readonly Line[]): TaskTable[] {
  const out: TaskTable[] = [];
  const cell = (l: Line): TableCellText => {
    const lead = l.text.length - l.text.trimStart().length;
    return {
      text: squash(l.text),
      span: { start: l.start + lead, end: l.start + lead + l.text.trim().length },
    };
  };
  for (let i = 0; i < lines.length; i++) {
    if (columnKind(lines[i]!.text) !== 'no') continue;
    // the heading lines, blank lines between them allowed
    const header: Line[] = [];
    let k = i;
    let spaced = false;
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.text.trim() === '') {
        spaced = header.length > 0 || spaced;
        continue;
      }
      if (!columnKind(l.text) || (header.length > 0 && columnKind(l.text) === 'no')) break;
      header.push(l);
    }
    const headCells = header.map(cell);
    const columns = headerColumns(headCells);
    if (!columns) continue;
    // blank lines are empty cells when the heading had none between its lines
    const body = lines.slice(k).filter((l) => !spaced || l.text.trim() !== '');
    const rows: TableCellText[][] = [];
    let n = 0;
    while (n + header.length <= body.length && rowNumber(body[n]!.text.trim()) >= 0) {
      rows.push(body.slice(n, n + header.length).map(cell));
      n += header.length;
    }
    const t = build(headCells, columns, rows);
    if (t) {
      out.push(t);
      i = lines.indexOf(body[Math.max(0, n - 1)]!);
    }
  }
  return out;
}

const TABLES = Symbol('task tables');

/**
 * Task tables ('Phụ lục … danh mục nhiệm vụ': STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành | Sản phẩm) from the loader's table model when it has one, else from the
 * text, flattened with '|' cells or one cell a line. In text order.
 */
export const findTaskTables = (ctx: { seg: Segmented }): TaskTable[] =>
  memoOn(ctx.seg, TABLES, () => tablesOf(ctx.seg));

function tablesOf(seg: Segmented): TaskTable[] {
  const fromLoader = seg.tables.map(fromModel).filter((t): t is TaskTable => t !== null);
  const covered = (t: TaskTable) =>
    fromLoader.some((m) => t.span.start < m.span.end && m.span.start < t.span.end);
  const fromText = [...fromPipes(seg.lines), ...fromCellLines(seg.lines)].filter((t) => !covered(t));
  return [...fromLoader, ...fromText].sort((a, b) => a.span.start - b.span.start);
}
