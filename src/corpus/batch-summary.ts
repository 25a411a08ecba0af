import type { BatchError } from './batch-record.js';

/** What a batch did, for its closing report. */
export interface BatchSummary {
  /** Files matched by the patterns (in this shard). */
  files: number;
  /** Files skipped because the output already had them (--resume). */
  skipped: number;
  parsed: number;
  failed: number;
  /** Failures by error code, e.g. { CORRUPT_FILE: 1, EMPTY_DOCUMENT: 1 }. */
  failures: Record<string, number>;
  /** The failed files with their errors, in the order they finished. */
  failedFiles: Array<{ path: string; error: BatchError }>;
  /** True when an interrupt stopped the batch before every file was done. */
  interrupted: boolean;
  elapsedMs: number;
}

export const emptySummary = (): BatchSummary => ({
  files: 0,
  skipped: 0,
  parsed: 0,
  failed: 0,
  failures: {},
  failedFiles: [],
  interrupted: false,
  elapsedMs: 0,
});

/** The summary as a few lines of text (the CLI prints it on stderr). */
export function formatBatchSummary(s: BatchSummary, maxListed = 20): string {
  const seconds = s.elapsedMs / 1000;
  const done = s.parsed + s.failed;
  const rate = seconds > 0 && done > 0 ? ` (${(done / seconds).toFixed(1)} files/s)` : '';
  const codes = Object.entries(s.failures)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const lines = [
    `${s.interrupted ? 'interrupted: ' : ''}${s.files} ${s.files === 1 ? 'file' : 'files'}, ${s.parsed} parsed, ${s.failed} failed${codes ? ` (${codes})` : ''}${s.skipped ? `, ${s.skipped} already done (skipped)` : ''} in ${seconds.toFixed(1)} s${rate}`,
  ];
  for (const f of s.failedFiles.slice(0, maxListed))
    lines.push(`  ${f.path}: ${f.error.code}: ${f.error.message}`);
  if (s.failedFiles.length > maxListed) lines.push(`  … and ${s.failedFiles.length - maxListed} more`);
  if (s.interrupted) lines.push('the output holds complete records only; run again with --resume to finish');
  return `${lines.join('\n')}\n`;
}
