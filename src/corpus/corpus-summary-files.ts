import { citationGraphToGraphml } from './citation-graph-graphml.js';
import type { CorpusSummary } from './corpus-summary.js';
import { type CsvValue, csvRow } from './csv.js';

const table = (header: readonly string[], rows: readonly CsvValue[][]): string =>
  [header, ...rows].map(csvRow).join('');

const roles = ['lead', 'cooperate', 'advise', 'report', 'receive'] as const;
const kinds = ['date', 'before', 'period', 'continuous', 'range'] as const;

/**
 * The files `kehoach stats --out DIR` writes, by name: CSV tables for spreadsheets and pandas,
 * the citation graph as GraphML and as node-link JSON (networkx `node_link_graph(d, edges="links")`,
 * D3), and the whole summary as JSON.
 */
export function corpusSummaryFiles(summary: CorpusSummary): Record<string, string> {
  const graph = summary.citationGraph;
  return {
    'citations.csv': table(
      ['document', 'id', 'type', 'title', 'issuer', 'plans', 'mentions'],
      summary.citations.map((c) => [c.key, c.id, c.type, c.title, c.issuer, c.plans, c.mentions]),
    ),
    'units.csv': table(
      ['unit', 'plans', ...roles],
      summary.units.map((u) => [u.name, u.plans, ...roles.map((r) => u[r])]),
    ),
    'deadlines-by-month.csv': table(
      ['month', 'deadlines', 'plans', ...kinds],
      summary.deadlinesByMonth.map((m) => [
        m.month,
        m.deadlines,
        m.plans,
        ...kinds.map((k) => m.byKind[k] ?? 0),
      ]),
    ),
    'recurring-deadlines.csv': table(
      ['every', 'deadlines'],
      Object.entries(summary.recurring).sort(([a], [b]) => a.localeCompare(b)),
    ),
    'similar-plans.csv': table(
      ['source', 'copy', 'similarity', 'ordered'],
      summary.similar.map((p) => [p.source, p.copy, p.similarity.toFixed(3), p.ordered]),
    ),
    'identical-plans.csv': table(
      ['group', 'path'],
      summary.identical.flatMap((group, i) => group.map((path) => [i + 1, path])),
    ),
    'citation-graph.graphml': citationGraphToGraphml(graph),
    'citation-graph.json': `${JSON.stringify({ directed: true, multigraph: false, graph: { name: 'citations' }, nodes: graph.nodes, links: graph.edges })}\n`,
    'summary.json': `${JSON.stringify(summary, null, 1)}\n`,
  };
}
