import { open } from 'node:fs/promises';
import { recordPath } from './batch-record.js';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSING_BRACE = 0x7d;
const CHUNK = 1 << 20;
/** The record's path is in its first bytes; the Plan after it is never decoded. */
const HEAD_BYTES = 8192;

/** What an earlier run left in an output file. */
export interface ScannedOutput {
  /** Paths of the complete records, in file order. */
  paths: string[];
  /** Byte length up to the end of the last complete record: a kill can leave a torn line after it. */
  complete: number;
}

async function* chunks(file: string): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (!bytesRead) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads the paths of a JSONL batch output without parsing its Plans: outputs of a national
 * corpus run to gigabytes, so lines are found as bytes and only each line's head is decoded.
 */
export async function scanJsonl(file: string): Promise<ScannedOutput> {
  const paths: string[] = [];
  let offset = 0;
  let complete = 0;
  let head: Buffer[] = [];
  let headBytes = 0;
  let lastByte = 0;
  for await (const chunk of chunks(file)) {
    for (let from = 0; from < chunk.length; ) {
      const newline = chunk.indexOf(NEWLINE, from);
      const to = newline === -1 ? chunk.length : newline;
      if (headBytes < HEAD_BYTES && to > from) {
        const piece = Buffer.from(chunk.subarray(from, Math.min(to, from + HEAD_BYTES - headBytes)));
        head.push(piece);
        headBytes += piece.length;
      }
      if (to > from) lastByte = chunk[to - 1]!;
      if (newline === -1) break;
      // A record is complete when its line ends with the Plan's (or error's) closing brace.
      const path = lastByte === CLOSING_BRACE ? recordPath(Buffer.concat(head).toString('utf8')) : null;
      if (path !== null) {
        paths.push(path);
        complete = offset + newline + 1;
      }
      head = [];
      headBytes = 0;
      lastByte = 0;
      from = newline + 1;
    }
    offset += chunk.length;
  }
  return { paths, complete };
}

/**
 * Reads the first cell of every complete CSV record, with the byte offset where the record
 * ends. Works on bytes: in UTF-8, '"', ',' and '\n' never occur inside a multi-byte letter.
 */
export async function scanCsv(file: string, onRecord: (first: string, end: number) => void): Promise<void> {
  let offset = 0;
  let quoted = false;
  let justClosed = false;
  let inFirst = true;
  let first: number[] = [];
  // An unquoted CR is kept only if no LF follows it: CRLF ends the record.
  let pendingCr = false;
  for await (const chunk of chunks(file)) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (pendingCr && byte !== NEWLINE) first.push(0x0d);
      pendingCr = false;
      if (byte === QUOTE) {
        if (quoted) {
          quoted = false;
          justClosed = true;
          continue;
        }
        if (justClosed && inFirst) first.push(QUOTE);
        quoted = true;
      } else if (quoted) {
        if (inFirst) first.push(byte);
      } else if (byte === COMMA) {
        inFirst = false;
      } else if (byte === NEWLINE) {
        onRecord(Buffer.from(first).toString('utf8'), offset + i + 1);
        first = [];
        inFirst = true;
      } else if (byte === 0x0d && inFirst) pendingCr = true;
      else if (inFirst) first.push(byte);
      justClosed = false;
    }
    offset += chunk.length;
  }
}
