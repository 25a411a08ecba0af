import type { ListCounter } from './list-counter.js';
import type { StyleNumbering } from './read-style-numbering.js';
import { scanXml } from './scan-xml.js';

/** The body of a DOCX in reading order: paragraphs (with their list labels) and tables of cell texts. */
export type DocxBlock = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };

interface Para {
  text: string;
  numId: string | null;
  ilvl: number | null;
  styleId: string | null;
}

interface TableFrame {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  /** w:vMerge without 'restart': the cell continues the one above, its text stays empty. */
  merged: boolean;
}

/**
 * Walks word/document.xml. Text comes from w:t inside runs (deleted text, field codes and the
 * fallback copy of drawings are skipped), tabs and breaks are kept; each paragraph gets the label
 * its list shows. `unresolved` counts numbered paragraphs whose list is not defined.
 */
export function readDocument(
  xml: string,
  lists: ListCounter,
  styles: Map<string, StyleNumbering>,
): { blocks: DocxBlock[]; unresolved: number } {
  const blocks: DocxBlock[] = [];
  const paras: Para[] = [];
  const tables: TableFrame[] = [];
  let inText = false;
  let inRun = 0;
  let skip = 0;
  let unresolved = 0;

  const emit = (text: string) => {
    const table = tables.at(-1);
    if (table?.cell) table.cell.push(text);
    else blocks.push({ kind: 'p', text });
  };

  scanXml(xml, {
    open(name, a, selfClosing) {
      if (skip) {
        skip++;
        return;
      }
      const p = paras.at(-1);
      switch (name) {
        case 'mc:Fallback':
        case 'w:del':
        case 'w:instrText':
          if (!selfClosing) skip = 1;
          break;
        case 'w:p':
          paras.push({ text: '', numId: null, ilvl: null, styleId: null });
          if (selfClosing) paras.pop();
          break;
        case 'w:pStyle':
          if (p) p.styleId = a['w:val'] ?? null;
          break;
        case 'w:numId':
          if (p) p.numId = a['w:val'] ?? null;
          break;
        case 'w:ilvl':
          if (p) p.ilvl = Number(a['w:val'] ?? 0);
          break;
        case 'w:r':
          if (!selfClosing) inRun++;
          break;
        case 'w:t':
          inText = !selfClosing;
          break;
        case 'w:tab':
          if (p && inRun) p.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (p && inRun) p.text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (p && inRun) p.text += '-';
          break;
        case 'w:tbl':
          tables.push({ rows: [], row: null, cell: null, merged: false });
          break;
        case 'w:tr': {
          const t = tables.at(-1);
          if (t) t.row = [];
          break;
        }
        case 'w:tc': {
          const t = tables.at(-1);
          if (t) {
            t.cell = [];
            t.merged = false;
          }
          break;
        }
        case 'w:vMerge': {
          const t = tables.at(-1);
          if (t && a['w:val'] !== 'restart') t.merged = true;
          break;
        }
      }
    },
    close(name) {
      if (skip) {
        skip--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:r':
          inRun = Math.max(0, inRun - 1);
          break;
        case 'w:p': {
          const p = paras.pop();
          if (!p) break;
          let numbering = p.numId !== null ? { numId: p.numId, ilvl: p.ilvl ?? 0 } : null;
          if (!numbering && p.styleId) numbering = styles.get(p.styleId) ?? null;
          let label = '';
          if (numbering && numbering.numId !== '0' && p.text.trim()) {
            const l = lists.label(numbering.numId, numbering.ilvl);
            if (l === null) unresolved++;
            else label = l;
          }
          emit(label + p.text);
          break;
        }
        case 'w:tc': {
          const t = tables.at(-1);
          if (t?.row && t.cell) t.row.push(t.merged ? '' : t.cell.join('\n').trim());
          if (t) t.cell = null;
          break;
        }
        case 'w:tr': {
          const t = tables.at(-1);
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = null;
          break;
        }
        case 'w:tbl': {
          const t = tables.pop();
          if (!t) break;
          const outer = tables.at(-1);
          // A table inside a cell: its rows become lines of that cell.
          if (outer?.cell) outer.cell.push(...t.rows.map((r) => r.filter(Boolean).join(' ')));
          else blocks.push({ kind: 'table', rows: t.rows });
          break;
        }
      }
    },
    text(s) {
      const p = paras.at(-1);
      if (inText && p && !skip) p.text += s;
    },
  });
  return { blocks, unresolved };
}
