import type { ExtractContext } from '../../src/extract/types.js';
import type { Table } from '../../src/load/types.js';
import { resolveOptions } from '../../src/options.js';
import type { Section } from '../../src/schema/section.js';
import { splitLines } from '../../src/segment/lines.js';

/** An extraction context over a text snippet, with hand-made sections and tables. */
export function snippetContext(text: string, sections: Section[] = [], tables: Table[] = []): ExtractContext {
  const flat = (ss: Section[]): Section[] => ss.flatMap((s) => [s, ...flat(s.children)]);
  return {
    text,
    seg: {
      text,
      lines: splitLines(text),
      header: { span: null, issuerLines: [], numberLine: null, placeDateLine: null },
      docTypeLine: null,
      title: null,
      preamble: null,
      sections,
      flatSections: flat(sections),
      body: { start: 0, end: text.length },
      closing: {
        span: null,
        recipients: [],
        authorityLine: null,
        signerTitleLine: null,
        signerNameLine: null,
      },
      decision: null,
      tables,
      warnings: [],
    },
    options: resolveOptions({}),
    meta: {
      docType: 'Kế hoạch',
      title: null,
      number: null,
      code: null,
      issuer: null,
      place: null,
      issuedDate: null,
      year: null,
      signer: null,
      recipients: [],
    },
    planYear: 2024,
  };
}
