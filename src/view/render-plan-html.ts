import escapeHtml from 'escape-html';
import { KehoachError } from '../errors.js';
import { isPlanLike } from '../schema/is-plan-like.js';
import type { Plan } from '../schema/plan.js';
import type { Section } from '../schema/section.js';
import { deadlineTimeline } from './deadline-timeline.js';
import { collectHighlights, highlightCounts, highlightKinds } from './highlight-kinds.js';
import { type Anchor, markText } from './mark-text.js';
import { pageScript } from './page-script.js';
import { pageStyle } from './page-style.js';
import { planOutline, sectionAnchor } from './plan-outline.js';
import { recordTitle } from './record-title.js';
import { taskTable } from './task-table.js';

export interface RenderPlanHtmlOptions {
  /** Shown above the plan, e.g. the file name (default: the plan's title). */
  name?: string;
}

// Nothing leaves the page: no fetch, image, font or frame, even if a record held a URL.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const anchorsOf = (sections: readonly Section[]): Anchor[] =>
  sections.flatMap((s) => [{ at: s.headingSpan.start, id: sectionAnchor(s) }, ...anchorsOf(s.children)]);

// JSON inside <script>: '<' escaped so a record holding '</script>' cannot end the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

function metaList(plan: Plan): string {
  const m = plan.meta;
  const signer =
    m.signer && [m.signer.mode, m.signer.authority, m.signer.title, m.signer.name].filter(Boolean).join(' ');
  const rows: Array<[string, string | number | null | undefined]> = [
    ['Document', m.docType],
    ['Issuer', m.issuer],
    ['Number', m.number ?? (m.code ? `…/${m.code}` : null)],
    ['Place, date', [m.place, m.issuedDate].filter(Boolean).join(', ')],
    ['Year', m.year],
    ['Signed', signer],
    [
      'Source',
      `${plan.source.format}, ${plan.source.encoding}, ${plan.source.bytes} bytes${plan.source.ocr ? ', OCR' : ''}`,
    ],
  ];
  return `<dl class="meta">${rows
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(String(v))}</dd>`)
    .join('')}</dl>`;
}

/**
 * One self-contained HTML page showing what was found in a plan: its text with every
 * extracted span highlighted by kind (`data-kind` = citation, deadline, unit, task,
 * correction; hover or focus shows the record), an outline of the sections, a task table and a
 * deadline timeline. No network resources: the page works from a file, offline.
 */
export function renderPlanHtml(plan: Plan, options: RenderPlanHtmlOptions = {}): string {
  if (!isPlanLike(plan))
    throw new KehoachError('INVALID_OPTIONS', 'renderPlanHtml takes a Plan (what parsePlan returns)');
  const { highlights, records } = collectHighlights(plan);
  const titles = Object.fromEntries(Object.entries(records).map(([ref, r]) => [ref, recordTitle(r)]));
  const counts = highlightCounts(plan);
  const title = plan.meta.title ?? options.name ?? plan.meta.docType ?? 'Plan';
  const legend = highlightKinds
    .map(
      (k) =>
        `<label class="hl-${k}"><input type="checkbox" value="${k}" checked> ${k} <span class="count" data-count="${k}">${counts[k]}</span></label>`,
    )
    .join('');
  const warnings = plan.warnings.length
    ? `<h2>Warnings</h2><ul class="warnings">${plan.warnings.map((w) => `<li><code>${w.code}</code> ${escapeHtml(w.message)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${plan.meta.docType}: ${title}`)}</title>
<style>${pageStyle}</style>
</head>
<body>
<nav><strong>Sections</strong>${planOutline(plan.sections) || '<p class="none">No sections were found.</p>'}</nav>
<main>
${options.name && plan.meta.title ? `<p class="file">${escapeHtml(options.name)}</p>` : ''}
<h1>${escapeHtml(plan.meta.docType ? `${plan.meta.docType}: ${title}` : title)}</h1>
${metaList(plan)}
<div class="legend" aria-label="highlighted kinds">${legend}</div>
<div class="text" lang="vi">${markText(plan.text, highlights, anchorsOf(plan.sections), titles)}</div>
<h2>Tasks</h2>
${taskTable(plan.tasks)}
<h2>Deadlines</h2>
${deadlineTimeline(plan.deadlines)}
${warnings}
</main>
<div id="inspector" role="status" aria-live="polite"></div>
<script type="application/json" id="records">${scriptJson(records)}</script>
<script>${pageScript}</script>
</body>
</html>
`;
}
