import { closeSync, existsSync, mkdirSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BatchError } from './batch-record.js';
import { csvRow } from './csv.js';
import type { OutputSink, WorkerResult } from './output-sink.js';
import { errorRows, serializeTables, type TableName, tableColumns, tableNames } from './plan-tables.js';
import { scanCsv } from './scan-output.js';
import { writeAll } from './write-all.js';

/** `plans` is written last for each file: its row is the commit mark that --resume trusts. */
const writeOrder: TableName[] = [...tableNames.filter((t) => t !== 'plans'), 'plans'];

/** A failed file's rows (a plans row only), as the bytes a worker would have sent. */
function errorTables(path: string, error: BatchError): Partial<Record<TableName, Uint8Array>> {
  const tables: Partial<Record<TableName, Uint8Array>> = {};
  for (const [table, text] of Object.entries(serializeTables(errorRows(path, error))))
    tables[table as TableName] = Buffer.from(text);
  return tables;
}

/** Finds the files an earlier run finished and cuts every table back to their rows. */
async function recover(dir: string): Promise<Set<string>> {
  const done = new Set<string>();
  const plans = join(dir, 'plans.csv');
  let end = 0;
  let header = true;
  await scanCsv(plans, (path, recordEnd) => {
    if (!header) done.add(path);
    header = false;
    end = recordEnd;
  });
  truncateSync(plans, end);
  for (const table of tableNames.filter((t) => t !== 'plans')) {
    const file = join(dir, `${table}.csv`);
    if (!existsSync(file)) continue;
    // Rows after the last finished file's rows belong to the file a kill interrupted.
    let keep = 0;
    let isHeader = true;
    await scanCsv(file, (path, recordEnd) => {
      if (isHeader || done.has(path)) keep = recordEnd;
      isHeader = false;
    });
    truncateSync(file, keep);
  }
  return done;
}

/** CSV output: DIR/plans.csv, sections.csv, tasks.csv, citations.csv, deadlines.csv, units.csv. */
export async function openCsvSink(dir: string, resume: boolean): Promise<OutputSink> {
  mkdirSync(dir, { recursive: true });
  const resuming = resume && existsSync(join(dir, 'plans.csv'));
  const done = resuming ? await recover(dir) : new Set<string>();
  const fds = new Map<TableName, number>();
  for (const table of tableNames) {
    const file = join(dir, `${table}.csv`);
    // A header torn by a kill was cut to nothing: such a table starts over.
    const append = resuming && existsSync(file) && statSync(file).size > 0;
    const fd = openSync(file, append ? 'a' : 'w');
    if (!append) writeSync(fd, csvRow(tableColumns[table]));
    fds.set(table, fd);
  }
  return {
    format: 'csv',
    done,
    path: resolve(dir),
    write(result: WorkerResult) {
      const tables = result.ok ? (result.tables ?? {}) : errorTables(result.path, result.error);
      for (const table of writeOrder) {
        const bytes = tables[table];
        if (bytes?.byteLength) writeAll(fds.get(table)!, [bytes]);
      }
    },
    close() {
      for (const fd of fds.values()) closeSync(fd);
    },
  };
}
