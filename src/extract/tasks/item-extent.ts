import { firstNotBefore } from '../../first-not-before.js';
import type { Section } from '../../schema/section.js';
import type { Span } from '../../schema/span.js';
import type { Line } from '../../segment/lines.js';
import { backOver } from '../../segment/white-space.js';

// '- …', '+ …', '• …': a bullet line of an item
const BULLET = /^[ \t]*[-+•*](?:\s|$)/u;
// 'Thời gian thực hiện: …', 'Cơ quan chủ trì: …': a field of the item, however it is printed
const FIELD = /^[ \t]*[\p{Lu}][\p{L} ,]{2,40}:/u;
// A line that starts a paragraph: upper case first letter
const PARAGRAPH = /^[ \t]*[\p{Lu}]/u;

/**
 * The part of a section that is the item itself: up to its first numbered child, and not past a
 * plain paragraph that follows its bullets ('Định kỳ … báo cáo …' after the last item's bullets
 * speaks for the whole part) nor into the closing paragraphs.
 */
export function itemExtent(
  text: string,
  section: Section,
  lines: readonly Line[],
  closingStart: number,
): Span {
  let end = Math.min(section.children[0]?.span.start ?? section.span.end, section.span.end, closingStart);
  let sawBullet = false;
  let prev = '';
  // The lines are in text order: the item's first line is found, not walked to from the text
  // start (a walk per section is sections × lines on a long plan).
  const first = firstNotBefore(lines.length, (i) => lines[i]!.start < section.headingSpan.end);
  for (let k = first; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.start >= end) break;
    const text = line.text.trim();
    if (text === '') continue;
    if (BULLET.test(line.text)) sawBullet = true;
    else if (sawBullet && PARAGRAPH.test(line.text) && !FIELD.test(line.text) && /[.:;]$/u.test(prev)) {
      end = line.start;
      break;
    }
    prev = text;
  }
  const start = section.span.start;
  end = backOver(text, end, start);
  return { start, end: Math.max(start, end) };
}
