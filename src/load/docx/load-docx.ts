import { KehoachError } from '../../errors.js';
import type { Warning } from '../../schema/warning.js';
import type { ZipReader } from '../read-zip.js';
import { TextBuilder } from '../text-builder.js';
import type { Table } from '../types.js';
import { ListCounter } from './list-counter.js';
import { type DocxBlock, readDocument } from './read-document.js';
import { readNumbering } from './read-numbering.js';
import { readStyleNumbering } from './read-style-numbering.js';

export interface LoadedDocx {
  text: string;
  tables: Table[];
  warnings: Warning[];
}

/**
 * A borderless layout table — the header block ('ỦY BAN NHÂN DÂN / XÃ NAM CHÍNH' | 'CỘNG HÒA …')
 * or the signature block ('Nơi nhận' | 'TM. ỦY BAN NHÂN DÂN') — rather than a table of data:
 * at most two columns and three rows, and no 'STT' column.
 */
function isLayoutTable(rows: readonly string[][]): boolean {
  return (
    rows.length > 0 &&
    rows.length <= 3 &&
    rows.every((r) => r.length <= 2) &&
    !rows.some((r) => r.some((c) => /^(STT|TT|Số TT)$/iu.test(c.trim())))
  );
}

function write(builder: TextBuilder, block: DocxBlock): void {
  if (block.kind === 'p') {
    const text = block.text.replace(/\s+$/u, '');
    if (text) builder.line(text);
    else builder.blank();
    return;
  }
  const rows = block.rows.filter((r) => r.some((c) => c.trim()));
  if (!rows.length) return;
  if (isLayoutTable(rows)) {
    // Column by column: the issuer lines first, then the motto, as the page is read.
    const columns = Math.max(...rows.map((r) => r.length));
    for (let c = 0; c < columns; c++) {
      for (const row of rows) {
        for (const line of (row[c] ?? '').split('\n')) if (line.trim()) builder.line(line.trim());
      }
    }
    builder.blank();
    return;
  }
  builder.blank();
  builder.table(rows);
  builder.blank();
}

/** What a ZIP without word/document.xml is, as far as its entries tell, and what to do. */
async function notWordMessage(zip: ZipReader): Promise<string> {
  const mimetype = zip.has('mimetype') ? ((await zip.text('mimetype')) ?? '').trim() : '';
  const kind = mimetype.startsWith('application/vnd.oasis.opendocument.text')
    ? 'an OpenDocument text (.odt); save it as .docx or PDF'
    : zip.has('xl/workbook.xml')
      ? 'an Excel workbook'
      : zip.has('ppt/presentation.xml')
        ? 'a PowerPoint presentation'
        : 'a ZIP archive but not a Word document (no word/document.xml)';
  return `the file is ${kind}; pass a .docx, PDF, image or text file`;
}

/** DOCX → text with Word's list numbers written back, layout tables in reading order, data tables as tables. */
export async function loadDocx(zip: ZipReader): Promise<LoadedDocx> {
  const documentXml = await zip.text('word/document.xml');
  if (documentXml === null) throw new KehoachError('UNSUPPORTED_FORMAT', await notWordMessage(zip));
  const lists = new ListCounter(readNumbering(await zip.text('word/numbering.xml')));
  const styles = readStyleNumbering(await zip.text('word/styles.xml'));
  const { blocks, unresolved } = readDocument(documentXml, lists, styles);
  const builder = new TextBuilder();
  for (const block of blocks) write(builder, block);
  const warnings: Warning[] = [];
  if (unresolved) {
    warnings.push({
      code: 'DOCX_NUMBERING_UNRESOLVED',
      message: `${unresolved} numbered paragraph(s) refer to a list that word/numbering.xml does not define; their numbers are missing`,
    });
  }
  const pictures = countPictures(documentXml);
  if (pictures > 0 && builder.text.trim() === '') {
    warnings.push({
      code: 'OCR_SKIPPED',
      message: `the document holds ${pictures} picture(s) and no text: a scan pasted into Word? Pictures inside a DOCX are not OCR'd; print it to PDF and parse that`,
    });
  }
  return { text: builder.text, tables: builder.tables, warnings };
}

/** Pictures in the body: DrawingML (<w:drawing>) and the older VML (<w:pict>). */
function countPictures(xml: string): number {
  let n = 0;
  for (const tag of ['<w:drawing', '<w:pict'])
    for (let i = xml.indexOf(tag); i >= 0; i = xml.indexOf(tag, i + 1)) n++;
  return n;
}
