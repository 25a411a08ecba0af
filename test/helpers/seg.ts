import type { ExtractContext } from '../../src/extract/types.js';
import type { Table } from '../../src/load/types.js';
import { resolveOptions } from '../../src/options.js';
import type { Section } from '../../src/schema/section.js';
import { segment } from '../../src/segment/index.js';
import { snippetMeta } from './plan-meta.js';

/** An extraction context over a text snippet, with hand-made sections and tables. */
export function snippetContext(text: string, sections: Section[] = [], tables: Table[] = []): ExtractContext {
  const flat = (ss: Section[]): Section[] => ss.flatMap((s) => [s, ...flat(s.children)]);
  const base = segment(text, tables);
  return {
    text,
    // the segmenter's own record, with the sections and tables the test gives
    seg: {
      ...base,
      preamble: null,
      sections,
      flatSections: flat(sections),
      body: { start: 0, end: text.length },
      closing: { ...base.closing, span: null },
      decision: null,
      tables,
    },
    options: resolveOptions({}),
    meta: snippetMeta(),
    planYear: 2024,
  };
}
