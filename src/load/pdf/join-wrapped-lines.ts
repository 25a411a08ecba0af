import type { PageContent, PageLine } from './read-page.js';

/** Lines this far apart (share of the page's usual line pitch) are separate paragraphs (paragraph spacing). */
const PARAGRAPH_GAP = 1.25;
/** How many lines around a line are looked at for the right edge of its text column. */
const WINDOW = 8;
// A line that ends a sentence or a lead-in: '… cơ sở.', '… như sau:'
const ENDED = /[.!?:…]["”’)]*$/u;
// A line that ends a clause or a list item: '- Ban Dân vận;' — a wrap only in a line filled to the edge.
const SOFT_ENDED = /;["”’)]*$/u;
// 'CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN' — an all-caps line is a heading or a title of its own.
const isCaps = (s: string) => !/\p{Ll}/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
// Two columns on one line ('Số: 12/KH-UBND    Hà Nội, ngày …'): the loader's column gap.
const COLUMN_GAP = / {4}/u;

/**
 * Joins the lines of a page that a word wrap split, using the page geometry: a line is continued by
 * the next one when the next line's first word would not have fitted on it (it ends at the right edge
 * of its text column — the page margin, or a signature-block column), the next line starts no further
 * in (a first-line indent starts a paragraph), no paragraph spacing stands between them and the line
 * does not end a sentence or an item. The text layer alone cannot tell '… các tổ chức chính trị' ⏎
 * '- xã hội trong công tác dân vận.' (one wrapped heading) from a new bullet item; the geometry can.
 */
export function joinWrappedLines(pages: PageContent[]): void {
  for (const page of pages) {
    const lines = page.blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : []));
    const pitch = medianPitch(lines);
    const out: PageContent['blocks'] = [];
    let k = -1;
    for (const block of page.blocks) {
      const prev = out.at(-1);
      if (block.kind === 'line') k++;
      if (
        block.kind === 'line' &&
        prev?.kind === 'line' &&
        wrapped(prev.line, block.line, columnAt(lines, k - 1, page.width), pitch)
      ) {
        prev.line = {
          text: `${prev.line.text} ${block.line.text.trimStart()}`,
          top: prev.line.top,
          left: Math.min(prev.line.left, block.line.left),
          right: block.line.right,
          lastTop: block.line.lastTop ?? block.line.top,
        };
        continue;
      }
      out.push(block.kind === 'line' ? { kind: 'line', line: { ...block.line } } : block);
    }
    page.blocks = out;
  }
}

// '- xã hội', '2. Tổ chức', 'a) Phòng' — a line that may start an item of its own.
const MARKER = /^(?:[-–+•]|\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s/u;

function wrapped(a: PageLine, b: PageLine, column: Column | null, pitch: number | null): boolean {
  const aText = a.text.trimEnd();
  const bText = b.text.trim();
  if (
    !column ||
    !aText ||
    !bText ||
    ENDED.test(aText) ||
    isCaps(aText) ||
    isCaps(bText) ||
    COLUMN_GAP.test(aText.trim()) ||
    COLUMN_GAP.test(bText)
  )
    return false;
  // The next line must start at the column's left edge: not indented, not centred.
  if (b.left > column.left + 2 || b.left > a.left + 2) return false;
  const gap = b.top - (a.lastTop ?? a.top);
  if (gap <= 0 || (pitch !== null && gap > pitch * PARAGRAPH_GAP)) return false;
  const charWidth = (b.right - b.left) / Math.max(1, bText.length);
  // A line that may start an item, or follow one ending on ';', continues only a line filled to the
  // edge (justified text).
  if (MARKER.test(bText) || SOFT_ENDED.test(aText)) return a.right >= column.right - charWidth * 0.5;
  const firstWord = bText.split(/\s/u, 1)[0] ?? '';
  return a.right + charWidth * (1 + firstWord.length) > column.right + charWidth * 0.5;
}

interface Column {
  left: number;
  right: number;
}

/**
 * The text column line `i` sits in, from the nearby lines on the same side of the page: its right
 * edge is where the other lines reach (null when none reaches as far as this line), its left edge
 * where they start.
 */
function columnAt(lines: readonly PageLine[], i: number, width: number): Column | null {
  const line = lines[i]!;
  const side = (l: PageLine) => (l.right <= width / 2 ? 'left' : l.left >= width / 2 ? 'right' : 'across');
  const mine = side(line);
  let right = Number.NEGATIVE_INFINITY;
  let left = line.left;
  for (let j = Math.max(0, i - WINDOW); j < Math.min(lines.length, i + WINDOW + 1); j++) {
    const other = lines[j]!;
    if (side(other) !== mine || COLUMN_GAP.test(other.text.trim())) continue;
    left = Math.min(left, other.left);
    if (j !== i) right = Math.max(right, other.right);
  }
  // A line that stands out past all the others (the longest of a ragged list) shows no edge.
  const charWidth = (line.right - line.left) / Math.max(1, line.text.length);
  return right >= line.right - charWidth ? { left, right: Math.max(right, line.right) } : null;
}

/** The usual distance between the tops of two consecutive lines on the page, or null with too few lines. */
function medianPitch(lines: readonly PageLine[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i]!.top - lines[i - 1]!.top;
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length < 4) return null;
  gaps.sort((x, y) => x - y);
  return gaps[gaps.length >> 2]!;
}
