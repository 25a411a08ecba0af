import type { Plan } from '../schema/plan.js';
import type { Section } from '../schema/section.js';
import type { BatchError } from './batch-record.js';
import { type CsvValue, csvRow } from './csv.js';

/** The flat tables of `kehoach batch --format csv`, one CSV file each, every row keyed by `path`. */
export const tableColumns = {
  plans: [
    'path',
    'status',
    'errorCode',
    'errorMessage',
    'docType',
    'title',
    'number',
    'code',
    'issuer',
    'place',
    'issuedDate',
    'year',
    'signerName',
    'signerTitle',
    'signerMode',
    'format',
    'encoding',
    'pages',
    'ocr',
    'bytes',
    'sha256',
    'sections',
    'tasks',
    'units',
    'deadlines',
    'citations',
    'corrections',
    'warnings',
    'warningCodes',
  ],
  sections: ['path', 'id', 'parentId', 'number', 'level', 'heading', 'role', 'spanStart', 'spanEnd'],
  tasks: [
    'path',
    'id',
    'sectionId',
    'origin',
    'title',
    'lead',
    'cooperating',
    'deadlineText',
    'deadlineKind',
    'deadlineDate',
    'outputs',
    'citations',
    'spanStart',
    'spanEnd',
    'text',
  ],
  citations: [
    'path',
    'id',
    'type',
    'number',
    'year',
    'issuedDate',
    'issuer',
    'title',
    'mentions',
    'spanStart',
    'spanEnd',
  ],
  deadlines: [
    'path',
    'text',
    'kind',
    'date',
    'start',
    'end',
    'every',
    'due',
    'yearInferred',
    'spanStart',
    'spanEnd',
  ],
  units: ['path', 'name', 'roles', 'mentions', 'spanStart', 'spanEnd'],
} as const;

export type TableName = keyof typeof tableColumns;
export const tableNames = Object.keys(tableColumns) as TableName[];
export type TableRows = Record<TableName, CsvValue[][]>;

/** Lists inside one cell: unit names hold commas and dashes, never '; '. */
const list = (values: readonly string[]): string => values.join('; ');

function flatten(sections: readonly Section[], parentId: string | null, out: CsvValue[][], path: string) {
  for (const s of sections) {
    out.push([path, s.id, parentId, s.number, s.level, s.heading, s.role, s.span.start, s.span.end]);
    flatten(s.children, s.id, out, path);
  }
}

const countSections = (sections: readonly Section[]): number =>
  sections.reduce((n, s) => n + 1 + countSections(s.children), 0);

const emptyRows = (): TableRows => ({
  plans: [],
  sections: [],
  tasks: [],
  citations: [],
  deadlines: [],
  units: [],
});

/** The rows one parsed file contributes to each table. */
export function planRows(path: string, plan: Plan): TableRows {
  const rows = emptyRows();
  const { meta: m, source: s } = plan;
  rows.plans.push([
    path,
    'ok',
    null,
    null,
    m.docType,
    m.title,
    m.number,
    m.code,
    m.issuer,
    m.place,
    m.issuedDate,
    m.year,
    m.signer?.name,
    m.signer?.title,
    m.signer?.mode,
    s.format,
    s.encoding,
    s.pages,
    s.ocr,
    s.bytes,
    s.sha256,
    countSections(plan.sections),
    plan.tasks.length,
    plan.units.length,
    plan.deadlines.length,
    plan.citations.length,
    plan.corrections.length,
    plan.warnings.length,
    list([...new Set(plan.warnings.map((w) => w.code))]),
  ]);
  flatten(plan.sections, null, rows.sections, path);
  for (const t of plan.tasks) {
    const d = t.deadline;
    rows.tasks.push([
      path,
      t.id,
      t.sectionId,
      t.origin,
      t.title,
      list(t.lead),
      list(t.cooperating),
      d?.text,
      d?.kind,
      d ? (d.date ?? d.end ?? d.due) : null,
      list(t.outputs),
      list(t.citations),
      t.span.start,
      t.span.end,
      t.text,
    ]);
  }
  for (const c of plan.citations) {
    const first = c.mentions[0];
    rows.citations.push([
      path,
      c.id,
      c.type,
      c.number,
      c.year,
      c.issuedDate,
      c.issuer,
      c.title,
      c.mentions.length,
      first?.start,
      first?.end,
    ]);
  }
  for (const d of plan.deadlines) {
    rows.deadlines.push([
      path,
      d.text,
      d.kind,
      d.date,
      d.start,
      d.end,
      d.every,
      d.due,
      d.yearInferred,
      d.span.start,
      d.span.end,
    ]);
  }
  for (const u of plan.units) {
    const first = u.mentions[0];
    rows.units.push([path, u.name, list(u.roles), u.mentions.length, first?.start, first?.end]);
  }
  return rows;
}

/** A file that failed: one row in `plans` with its error, nothing elsewhere. */
export function errorRows(path: string, error: BatchError): TableRows {
  const rows = emptyRows();
  const row: CsvValue[] = new Array(tableColumns.plans.length).fill(null);
  row[0] = path;
  row[1] = 'error';
  row[2] = error.code;
  row[3] = error.message;
  rows.plans.push(row);
  return rows;
}

/** The CSV text of each table for one file (computed in the worker, off the main thread). */
export const serializeTables = (rows: TableRows): Record<TableName, string> =>
  Object.fromEntries(tableNames.map((t) => [t, rows[t].map(csvRow).join('')])) as Record<TableName, string>;
