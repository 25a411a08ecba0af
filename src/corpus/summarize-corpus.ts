import { KehoachError } from '../errors.js';
import { isObject, isPlanLike } from '../schema/is-plan-like.js';
import type { Plan } from '../schema/plan.js';
import type { BatchError } from './batch-record.js';
import type { CitationStat, CorpusSummary, MonthStat, UnitStat } from './corpus-summary.js';
import { minhashSignature } from './minhash.js';
import { findSimilarPlans, type SimilarityItem } from './plan-similarity.js';

/** A plan, or a line of `kehoach batch` output (a plan or an error, with its path). */
export type CorpusEntry = Plan | { path: string; plan: Plan } | { path: string; error: BatchError };

export interface SummarizeOptions {
  /** Pairs below this estimated Jaccard similarity of their bodies are not reported (default 0.5). */
  minSimilarity?: number;
}

const increment = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

// The body is what a copying plan keeps: the header (issuer, number, date) always changes.
const body = (plan: Plan): string => plan.text.slice(plan.sections[0]?.span.start ?? 0);

/** Collects corpus statistics one plan at a time, so a national corpus never sits in memory. */
export class CorpusAccumulator {
  private plans = 0;
  private failures: Record<string, number> = {};
  private citations = new Map<string, CitationStat>();
  private edges: CorpusSummary['citationGraph']['edges'] = [];
  private planNodes: CorpusSummary['citationGraph']['nodes'] = [];
  private units = new Map<string, UnitStat>();
  private months = new Map<string, MonthStat & { planSet: Set<number> }>();
  private recurring: Record<string, number> = {};
  private undated = 0;
  private signatures: SimilarityItem[] = [];
  private signatureCache = new Map<string, Uint32Array>();

  /** Entries taken so far: the plans and the failed files' records. */
  private entries(): number {
    let n = this.plans;
    for (const count of Object.values(this.failures)) n += count;
    return n;
  }

  add(entry: CorpusEntry): void {
    // Checked as unknown: entries come from JSONL files and from JavaScript callers.
    const record: unknown = entry;
    if (isObject(record) && isObject(record['error']) && typeof record['error']['code'] === 'string') {
      increment(this.failures, record['error']['code']);
      return;
    }
    const plan: unknown = isObject(record) && 'plan' in record ? record['plan'] : record;
    if (!isPlanLike(plan))
      throw new KehoachError(
        'INVALID_OPTIONS',
        `entry ${this.entries() + 1} is not a Plan, nor a record of kehoach batch ({path, plan} or {path, error})`,
      );
    const index = this.plans++;
    const name = 'path' in entry ? entry.path : `plan ${index + 1}`;
    this.planNodes.push({
      id: `plan:${name}`,
      kind: 'plan',
      label: plan.meta.title ?? name,
      issuedDate: plan.meta.issuedDate,
      issuer: plan.meta.issuer,
    });
    for (const c of plan.citations) {
      const key = c.id ?? `${c.type}: ${c.title ?? '?'}`;
      const stat = this.citations.get(key) ?? {
        key,
        id: c.id,
        type: c.type,
        title: c.title,
        issuer: c.issuer,
        plans: 0,
        mentions: 0,
      };
      stat.plans++;
      stat.mentions += c.mentions.length;
      stat.title ??= c.title;
      stat.issuer ??= c.issuer;
      this.citations.set(key, stat);
      this.edges.push({ source: `plan:${name}`, target: `doc:${key}`, mentions: c.mentions.length });
    }
    for (const u of plan.units) {
      const stat = this.units.get(u.name) ?? {
        name: u.name,
        plans: 0,
        lead: 0,
        cooperate: 0,
        advise: 0,
        report: 0,
        receive: 0,
      };
      stat.plans++;
      for (const role of new Set(u.roles)) stat[role]++;
      this.units.set(u.name, stat);
    }
    for (const d of plan.deadlines) {
      if (d.kind === 'recurring') {
        increment(this.recurring, d.every ?? '?');
        continue;
      }
      const due = d.date ?? d.end ?? d.start;
      if (!due) {
        this.undated++;
        continue;
      }
      const month = due.slice(0, 7);
      const stat = this.months.get(month) ?? {
        month,
        deadlines: 0,
        plans: 0,
        byKind: {},
        planSet: new Set<number>(),
      };
      stat.deadlines++;
      stat.planSet.add(index);
      increment(stat.byKind, d.kind);
      this.months.set(month, stat);
    }
    // Copies of one file share a hash: their signature is computed once.
    const sha = plan.source.sha256;
    let signature = this.signatureCache.get(sha);
    if (!signature) {
      signature = minhashSignature(body(plan));
      this.signatureCache.set(sha, signature);
    }
    this.signatures.push({ name, issuedDate: plan.meta.issuedDate, signature });
  }

  result(options: SummarizeOptions = {}): CorpusSummary {
    const citations = [...this.citations.values()].sort(
      (a, b) => b.plans - a.plans || b.mentions - a.mentions || a.key.localeCompare(b.key),
    );
    const documents = citations.map((c) => ({
      id: `doc:${c.key}`,
      kind: 'document' as const,
      label: c.key,
      type: c.type,
      issuer: c.issuer,
    }));
    const similarity = findSimilarPlans(this.signatures, options.minSimilarity ?? 0.5);
    return {
      plans: this.plans,
      failed: Object.values(this.failures).reduce((n, k) => n + k, 0),
      failures: { ...this.failures },
      citations,
      citationGraph: { nodes: [...this.planNodes, ...documents], edges: [...this.edges] },
      units: [...this.units.values()].sort((a, b) => b.plans - a.plans || a.name.localeCompare(b.name)),
      deadlinesByMonth: [...this.months.values()]
        .sort((a, b) => a.month.localeCompare(b.month))
        .map(({ planSet, ...stat }) => ({ ...stat, plans: planSet.size })),
      recurring: { ...this.recurring },
      undated: this.undated,
      similar: similarity.pairs,
      identical: similarity.identical,
    };
  }
}

/**
 * Corpus analytics over parsed plans or `kehoach batch` records: which documents drive the
 * plans (citation frequencies and graph), which units carry the work (units by role), when
 * work is due (deadlines by month), and which plans re-issue which (MinHash similarity).
 */
export function summarizeCorpus(
  entries: Iterable<CorpusEntry>,
  options: SummarizeOptions = {},
): CorpusSummary {
  if (!isObject(entries) || typeof (entries as Iterable<unknown>)[Symbol.iterator] !== 'function')
    throw new KehoachError('INVALID_OPTIONS', 'summarizeCorpus takes a list (or any iterable) of plans');
  const accumulator = new CorpusAccumulator();
  for (const entry of entries) accumulator.add(entry);
  return accumulator.result(options);
}
