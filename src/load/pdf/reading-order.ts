import type { PageContent } from './read-page.js';

/**
 * Two columns side by side without ruling (the signature block: 'Nơi nhận' list | 'TM. ỦY BAN NHÂN
 * DÂN / CHỦ TỊCH / name') may come out interleaved line by line: within a run of lines that each sit
 * wholly left or right of `split` (the middle of a PDF page), the left column is read first, then the
 * right one.
 */
export function readingOrder(
  blocks: PageContent['blocks'],
  width: number,
  split = width * 0.5,
): PageContent['blocks'] {
  // A line centred on the page ('KẾ HOẠCH', the end of a wrapped title) belongs to neither column.
  const centred = (l: { left: number; right: number }) =>
    Math.abs((l.left + l.right) / 2 - width / 2) < width * 0.04;
  const out: PageContent['blocks'] = [];
  let left: PageContent['blocks'] = [];
  let right: PageContent['blocks'] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const block of blocks) {
    if (block.kind === 'line' && !centred(block.line) && block.line.right <= split) left.push(block);
    else if (block.kind === 'line' && !centred(block.line) && block.line.left >= split) right.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
