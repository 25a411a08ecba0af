import type { SimilarPair } from './plan-similarity.js';

/** One cited document across the corpus: how many plans cite it, how often. */
export interface CitationStat {
  /** The canonical id ('33/CT-TTg'), or 'type: title' for documents cited by name only. */
  key: string;
  id: string | null;
  type: string;
  title: string | null;
  issuer: string | null;
  plans: number;
  mentions: number;
}

/** One unit: in how many plans it holds each role. */
export interface UnitStat {
  name: string;
  plans: number;
  lead: number;
  cooperate: number;
  advise: number;
  report: number;
  receive: number;
}

/** Deadlines falling in one month ('2023-06'), by the date they are due (a period's end). */
export interface MonthStat {
  month: string;
  deadlines: number;
  plans: number;
  byKind: Record<string, number>;
}

/** The citation graph: plans and cited documents as nodes, 'plan cites document' as edges. */
export interface CitationGraph {
  nodes: Array<{
    id: string;
    kind: 'plan' | 'document';
    label: string;
    type?: string;
    issuer?: string | null;
    issuedDate?: string | null;
  }>;
  edges: Array<{ source: string; target: string; mentions: number }>;
}

/** What `summarizeCorpus` finds in a set of parsed plans (and failed files). */
export interface CorpusSummary {
  plans: number;
  failed: number;
  /** Failed files by error code: { CORRUPT_FILE: 2 }. */
  failures: Record<string, number>;
  /** Most cited first. */
  citations: CitationStat[];
  citationGraph: CitationGraph;
  /** Units by number of plans, with their roles. */
  units: UnitStat[];
  /** In month order; `recurring` deadlines have no month and are counted by period instead. */
  deadlinesByMonth: MonthStat[];
  recurring: Record<string, number>;
  undated: number;
  /** Near-duplicate plans, most similar first, and groups of identical ones. */
  similar: SimilarPair[];
  identical: string[][];
}
