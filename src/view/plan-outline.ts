import escapeHtml from 'escape-html';
import type { Section } from '../schema/section.js';

/** The anchor id of a section heading in the page. */
export const sectionAnchor = (section: Section): string => `sec-${section.id}`;

/** The section tree as nested lists of links to the headings in the text. */
export function planOutline(sections: readonly Section[]): string {
  if (!sections.length) return '';
  const items = sections.map(
    (s) =>
      `<li><a href="#${escapeHtml(sectionAnchor(s))}"><span class="sec-id">${escapeHtml(s.id)}</span> ${escapeHtml(s.heading)}</a> <span class="role role-${s.role}">${s.role}</span>${planOutline(s.children)}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}
