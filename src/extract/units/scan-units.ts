import { closingFormulas } from '../../lexicon/unit-role-verbs.js';
import type { Span } from '../../schema/span.js';
import { firstLineStartMatch } from '../line-start-matches.js';
import { memoOn } from '../memo-on.js';
import { findAppendixItems } from '../tasks/appendix-items.js';
import { findTaskTables } from '../tasks/find-task-tables.js';
import type { ExtractContext } from '../types.js';
import { readUnitList, type UnitList } from './read-unit-list.js';
import { spanCoverage } from './span-coverage.js';
import { foldPhrase, foldWord, type Tokens, textTokens } from './tokens.js';
import { mayOpenUnit } from './vocabulary.js';

/** A list of units found in the text, with where it stands. */
export interface ScannedList extends UnitList {
  /** Inside the parts of the plan that assign work (not header, preamble, purpose, closing, tables). */
  roleable: boolean;
  /** Inside the closing paragraphs ('Yêu cầu Thủ trưởng …'): no unit is made responsible there. */
  closing: boolean;
}

export interface UnitScan {
  tokens: Tokens;
  lists: ScannedList[];
  /** Where the closing paragraphs start (text length when there are none). */
  closingStart: number;
}

const SCAN = Symbol('unit scan');

/** Reads every unit list of the text once; the unit rules then judge each by its context. */
export const scanUnits = (ctx: ExtractContext): UnitScan => memoOn(ctx.seg, SCAN, () => scan(ctx));

/** Where roles are given, and where the closing paragraphs start. */
interface RoleParts {
  ranges: Span[];
  closingStart: number;
}

const ROLE_PARTS = Symbol('role parts');

const roleParts = (ctx: ExtractContext): RoleParts =>
  memoOn(ctx.seg, ROLE_PARTS, () => {
    const ranges = roleRanges(ctx);
    // An appendix after the signature that lists tasks with their fields gives roles too.
    const appendix = findAppendixItems(ctx.seg).map((item) => item.span);
    return { ranges: [...ranges, ...appendix], closingStart: closingParagraphsStart(ctx, ranges) };
  });

/**
 * Where the closing paragraphs start (text length when there are none), for the task rules.
 * Why not read from scanUnits: the items need only this, and the whole unit scan (the text's
 * tokens, every unit list) is not theirs to pay for when no unit rule has run.
 */
export const closingStartOf = (ctx: ExtractContext): number => roleParts(ctx).closingStart;

function scan(ctx: ExtractContext): UnitScan {
  const { text } = ctx;
  const tokens = textTokens(ctx);
  const { ranges, closingStart } = roleParts(ctx);
  const tables = findTaskTables(ctx).map((t) => t.span);
  const inRanges = spanCoverage(ranges);
  const inTables = spanCoverage(tables);
  const lists: ScannedList[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Most words open no unit: ruled out here, before the list reader is called.
    if (!mayOpenUnit(tokens, i)) {
      i++;
      continue;
    }
    const list = readUnitList(text, tokens, i);
    if (!list) {
      i++;
      continue;
    }
    // Lists are read in text order, as spanCoverage asks.
    const at = tokens.start(i);
    const roleable = inRanges(at);
    const inTable = inTables(at);
    lists.push({
      first: list.first,
      end: list.end,
      units: list.units,
      roleable: roleable && !inTable,
      closing: at >= closingStart,
    });
    i = list.end;
  }
  return { tokens, lists, closingStart };
}

// 'Nơi nhận:' at the start of a line: the recipients, where no role is given any more.
const NHAN_AT = /[ \t*]*Nơi nhận/iuy;

/** Where roles are given: the sections that are not about purpose, before the closing block. */
function roleRanges(ctx: ExtractContext): Span[] {
  const { seg, text } = ctx;
  // The plan's own 'Nơi nhận', not that of a decision issuing it, printed before the plan.
  const nhan = firstLineStartMatch(text, NHAN_AT, seg.body.start);
  const end = Math.min(
    seg.closing.span?.start ?? text.length,
    nhan ? nhan.index : text.length,
    seg.decision && seg.decision.span.start > seg.body.start ? seg.decision.span.start : text.length,
  );
  const clip = (s: Span): Span => ({ start: s.start, end: Math.min(s.end, end) });
  if (seg.sections.length) return seg.sections.filter((s) => s.role !== 'purpose').map((s) => clip(s.span));
  return [clip({ start: seg.preamble?.end ?? seg.body.start, end: seg.body.end })];
}

const CLOSING = closingFormulas.map(foldPhrase);
// A line opens with a formula of several words only when its first word is the formula's first
// word: lines opening with another word are ruled out on that one folded word, before their
// first words are split off and folded together (every line of the last part was).
const CLOSING_FIRST_WORDS = new Set(CLOSING.filter((c) => c.includes(' ')).map((c) => c.split(' ')[0]!));
const CLOSING_WORDS = CLOSING.filter((c) => !c.includes(' '));
// Enough of a line's first words for the longest formula ('quá trình triển khai': four).
const CLOSING_MOST_WORDS = Math.max(...CLOSING.map((c) => c.split(' ').length));
const mayOpenClosing = (firstWord: string): boolean =>
  CLOSING_FIRST_WORDS.has(firstWord) || CLOSING_WORDS.some((c) => firstWord.startsWith(c));
// '3. Đề nghị …', 'III.2.1 …', 'a) …', '- …': a line that opens an item
const ITEM_LINE = /^[ \t*]*(?:(?:[IVXLC]+|\d{1,3})(?:\.\d{1,3}){0,3}[.)]|[a-zđ]\)|[-+•])/u;

/**
 * The closing paragraphs start at the first line opening with a closing formula ('Yêu cầu …',
 * 'Trong quá trình …', 'Trên đây là …') after the last numbered or bulleted line of the plan.
 */
function closingParagraphsStart(ctx: ExtractContext, ranges: Span[]): number {
  const last = ranges[ranges.length - 1];
  if (!last) return ctx.text.length;
  let lastItem = last.start;
  let closing = ctx.text.length;
  for (const line of ctx.seg.lines) {
    if (line.start < last.start || line.start >= last.end) continue;
    if (ITEM_LINE.test(line.text)) {
      lastItem = line.start;
      closing = ctx.text.length;
      continue;
    }
    if (closing !== ctx.text.length || line.start <= lastItem) continue;
    const words = line.text.trim().split(/\s+/u, CLOSING_MOST_WORDS);
    if (!mayOpenClosing(foldWord(words[0]!))) continue;
    const head = foldPhrase(words.join(' '));
    if (CLOSING.some((c) => head.startsWith(c))) closing = line.start;
  }
  return closing;
}
