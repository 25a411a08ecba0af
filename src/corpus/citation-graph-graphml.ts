import escapeHtml from 'escape-html';
import type { CitationGraph } from './corpus-summary.js';

// escape-html escapes & < > " ' as XML needs; control characters are not allowed in XML 1.0 at all.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const esc = (value: unknown): string => escapeHtml(String(value).replace(CONTROL, ''));

const nodeKeys = ['kind', 'label', 'type', 'issuer', 'issuedDate'] as const;

/** The citation graph as GraphML, for Gephi, yEd, networkx (`read_graphml`) or igraph. */
export function citationGraphToGraphml(graph: CitationGraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    '  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>',
    '  <graph id="citations" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const data = nodeKeys
      .filter((k) => node[k] !== undefined && node[k] !== null)
      .map((k) => `<data key="${k}">${esc(node[k])}</data>`)
      .join('');
    out.push(`    <node id="${esc(node.id)}">${data}</node>`);
  }
  for (const [i, edge] of graph.edges.entries()) {
    out.push(
      `    <edge id="e${i}" source="${esc(edge.source)}" target="${esc(edge.target)}"><data key="mentions">${edge.mentions}</data></edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
