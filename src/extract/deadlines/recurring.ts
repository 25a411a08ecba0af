import {
  annualNounModifiers,
  numberWords,
  periodUnitBlockers,
  periodUnits,
} from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { isoDayOfMonth, isoMonthDay } from './calendar.js';
import { cueScanner } from './cue-index.js';
import { readDayDate, readDayOnly } from './date-phrase.js';
import { makeDeadline } from './deadline-record.js';
import { anyOf, GAP, matchAt, sticky, WORD_END } from './pattern-parts.js';
import { readDueDay } from './recurring-due-day.js';

const EACH = '(?:hàng|hằng|mỗi)';
// 'Định kỳ 6 tháng', 'định kỳ hàng tháng', 'hằng quý', 'mỗi năm'
const findLead = cueScanner(
  ['định', 'hàng', 'hằng', 'mỗi'],
  sticky(`(?:định${GAP}kỳ(?:${GAP}${EACH})?|${EACH})${GAP}`),
);
// '6 tháng', 'quý', '01 năm', 'sáu tháng' — not 'năm nay', 'tháng 6', 'quý II', '6 tháng đầu năm'
const period = sticky(
  `(?:${EACH}${GAP})?(?:(?<count>\\d{1,2}|${anyOf(Object.keys(numberWords))})${GAP})?(?<unit>${anyOf(Object.keys(periodUnits))})${WORD_END}` +
    `(?!${GAP}(?:${anyOf(periodUnitBlockers)}${WORD_END}|trước${WORD_END}(?!${GAP}(?:ngày|\\d))|\\d|(?:IV|I{1,3})${WORD_END}))`,
);
// ', quý', ' và năm', ' hoặc 6 tháng', '/năm', ', hàng năm'
const next = sticky(`(?:\\s{0,2}[,/]|${GAP}(?:và|hoặc))\\s{0,3}`);
// ' (trước ngày 10/6)', ', trước ngày 25'
const dueOpen = sticky('\\s{0,3}\\(\\s{0,3}');
const dueJoin = sticky('\\s{0,2},?\\s{0,3}');
const before = sticky(`trước${GAP}`);
const dueClose = sticky('\\s{0,3}\\)');
// ' và 15/12', ', ngày 15/12': the other due days of a half-yearly or quarterly report, in the
// same brackets ('(trước ngày 15/6 và 15/12)'); the first is the due day
const moreDays = sticky(
  '(?:\\s{0,2}[,;]|\\s{1,4}và)\\s{0,3}(?:ngày\\s{1,4})?\\d{1,2}\\s{0,2}[/-]\\s{0,2}\\d{1,2}(?!\\s{0,2}[/-]\\s{0,2}\\d)',
);
const MAX_MORE_DAYS = 3;
// 'kế hoạch hằng năm' is an annual plan, not a deadline
const nounBefore = new RegExp(`${anyOf(annualNounModifiers)}\\s{1,4}$`, 'iu');

/**
 * Recurring deadlines, with ISO 8601 durations: 'Định kỳ 6 tháng', 'hằng quý'. A list is one
 * record per period ('hàng tháng, quý, 6 tháng, 9 tháng, 01 năm' gives five), each with its
 * due day when one follows ('Định kỳ 6 tháng (trước ngày 10/6)' → P6M due '--06-10').
 * 'định kỳ' with no period ('báo cáo định kỳ') says nothing about when.
 */
export const recurringPeriods: Extractor<Deadline> = {
  ruleId: 'deadline.recurring',
  find(ctx) {
    const { text } = ctx;
    const out: Deadline[] = [];
    let consumed = 0;
    for (const m of findLead(ctx)) {
      if (m.index < consumed) continue;
      if (!/^định/iu.test(m[0]) && nounBefore.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      let start = m.index;
      let pos = m.index + m[0].length;
      for (;;) {
        const p = readPeriod(text, pos);
        if (!p) break;
        out.push(makeDeadline(text, start, p.end, p.fields, this.ruleId));
        consumed = p.end;
        const n = matchAt(next, text, p.end);
        if (!n) break;
        start = p.end + n[0].length;
        pos = start;
      }
    }
    return out;
  },
};

function readPeriod(text: string, pos: number) {
  const m = matchAt(period, text, pos);
  if (!m) return null;
  const g = m.groups!;
  const unit = periodUnits[g['unit']!.toLowerCase() as keyof typeof periodUnits];
  const raw = g['count']?.toLowerCase();
  const count = raw === undefined ? 1 : (numberWords[raw as keyof typeof numberWords] ?? Number(raw));
  if (count < 1) return null;
  const every = `P${count * unit.size}${unit.designator}`;
  const due = readDue(text, pos + m[0].length, every);
  const end = due?.end ?? pos + m[0].length;
  return { end, fields: { kind: 'recurring' as const, every, ...(due ? { due: due.due } : {}) } };
}

/**
 * The due day right after a period: '(trước ngày 10/6)', '(trước ngày 20 của tháng cuối quý)',
 * ', trước ngày 25'. A date with its own year is a one-off bound, not a due day.
 */
function readDue(text: string, pos: number, every: string): { end: number; due: string } | null {
  const open = matchAt(dueOpen, text, pos);
  const join = open ? null : matchAt(dueJoin, text, pos);
  const at = pos + (open ?? join)![0].length;
  const cycle = readDueDay(text, at);
  let due: { end: number; due: string } | null = cycle && cycle.every === every ? cycle : null;
  if (!due && matchAt(before, text, at)) {
    const d = readDayDate(text, before.lastIndex) ?? readDayOnly(text, before.lastIndex);
    if (d?.day && d.year === null) {
      due = { end: d.end, due: d.month === null ? isoDayOfMonth(d.day) : isoMonthDay(d.month, d.day) };
    }
  }
  if (!due || !open) return due;
  let end = due.end;
  for (let k = 0, more = matchAt(moreDays, text, end); more && k < MAX_MORE_DAYS; k++) {
    end += more[0].length;
    more = matchAt(moreDays, text, end);
  }
  const close = matchAt(dueClose, text, end);
  return close ? { end: end + close[0].length, due: due.due } : null;
}
