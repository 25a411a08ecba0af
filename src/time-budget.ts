import type { Warning } from './schema/warning.js';

/**
 * The `timeBudgetMs` allowance of one parse. Work is checked out in units (one OCR'd page after
 * the first, one extractor kind, one refine pass): a unit that starts with time left runs to its
 * end, the units after the budget is spent are skipped, and the plan says which. Synchronous
 * code cannot be cut short, so the budget bounds the work started, not the last unit's length;
 * the linear-time tests keep every unit short. A parse without a budget never looks at the clock.
 */
export class TimeBudget {
  private readonly deadline: number;
  private readonly skipped: string[] = [];

  constructor(
    private readonly ms: number | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = ms === null ? Number.POSITIVE_INFINITY : now() + ms;
  }

  /** Runs `work` if time is left; otherwise records `unit` as skipped and returns `fallback`. */
  run<T>(unit: string, work: () => T, fallback: T): T {
    if (this.hasTime()) return work();
    this.skip(unit);
    return fallback;
  }

  /** Time is left (always, without a budget). */
  hasTime(): boolean {
    return this.ms === null || this.now() < this.deadline;
  }

  /** Records `unit` as skipped, for work that checks hasTime() itself (OCR, page by page). */
  skip(unit: string): void {
    this.skipped.push(unit);
  }

  /** TIME_BUDGET_EXCEEDED naming the skipped units, or nothing when all ran. */
  warnings(): Warning[] {
    if (this.skipped.length === 0) return [];
    return [
      {
        code: 'TIME_BUDGET_EXCEEDED',
        message: `the time budget of ${this.ms} ms was spent; skipped: ${this.skipped.join(', ')}. The plan is partial: raise timeBudgetMs for a complete one`,
      },
    ];
  }
}

/** A budget that never runs out, for callers of a stage outside a parse. */
export const unlimitedBudget = (): TimeBudget => new TimeBudget(null);
