import type { Plan } from '../schema/plan.js';
import type { Section } from '../schema/section.js';

const line = (label: string, value: unknown): string =>
  value === null || value === undefined || value === '' ? '' : `- **${label}:** ${value}\n`;

function outline(sections: readonly Section[], depth = 0): string {
  return sections
    .map(
      (s) => `${'  '.repeat(depth)}- ${s.id} ${s.heading} _(${s.role})_\n${outline(s.children, depth + 1)}`,
    )
    .join('');
}

/** A readable outline of a plan: header, sections, tasks, deadlines, citations. */
export function formatMarkdown(plan: Plan, name: string): string {
  const m = plan.meta;
  let out = `# ${m.docType || 'Văn bản'}: ${m.title ?? name}\n\n`;
  out += line('Cơ quan ban hành', m.issuer);
  out += line('Số', m.number ?? (m.code ? `…/${m.code}` : null));
  out += line('Địa danh', m.place);
  out += line('Ngày ban hành', m.issuedDate);
  out += line('Năm', m.year);
  if (m.signer)
    out += line(
      'Người ký',
      `${[m.signer.mode, m.signer.authority].filter(Boolean).join('. ')} ${m.signer.title} ${m.signer.name}`.trim(),
    );
  if (m.recipients.length) out += line('Nơi nhận', m.recipients.join('; '));
  if (plan.sections.length) out += `\n## Sections\n\n${outline(plan.sections)}`;
  if (plan.tasks.length) {
    out += '\n## Tasks\n\n| id | task | lead | cooperating | deadline |\n| --- | --- | --- | --- | --- |\n';
    for (const t of plan.tasks) {
      out += `| ${t.id} | ${t.title.replaceAll('|', '\\|')} | ${t.lead.join('; ')} | ${t.cooperating.join('; ')} | ${t.deadline?.text ?? ''} |\n`;
    }
  }
  if (plan.deadlines.length)
    out += `\n## Deadlines\n\n${plan.deadlines.map((d) => `- ${d.text} (${d.kind}${d.date ? ` ${d.date}` : ''}${d.start ? ` ${d.start}…${d.end}` : ''}${d.every ? ` every ${d.every}` : ''}${d.due ? ` due ${d.due}` : ''})\n`).join('')}`;
  if (plan.citations.length)
    out += `\n## Citations\n\n${plan.citations.map((c) => `- ${c.type} ${c.id ?? c.title ?? ''}${c.issuedDate ? ` (${c.issuedDate})` : ''}${c.issuer ? ` — ${c.issuer}` : ''} ×${c.mentions.length}\n`).join('')}`;
  if (plan.warnings.length)
    out += `\n## Warnings\n\n${plan.warnings.map((w) => `- ${w.code}: ${w.message}\n`).join('')}`;
  return out;
}
