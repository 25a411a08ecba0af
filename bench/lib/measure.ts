// One measurement in a process of its own, so that its peak RSS is its own:
//   node --import tsx bench/lib/measure.ts '{"stage":"segment","input":"x100"}'
// prints { bytes, docs, msPerIteration, roundMs, peakRssMb, preparedRssMb }
// as JSON. Time is the process's CPU time: the machine the bench runs on is often busy with other
// work, and CPU time is what a core spends on the stage whatever else runs beside it.
import * as chrono from 'chrono-node';
import { type InputSet, inputTexts, utf8Bytes } from './corpus.js';
import { median } from './median.js';
import { discoverStages, prepare, retainFor } from './stages.js';

export interface MeasureRequest {
  /** A stage name from discoverStages(), or 'chrono-vi-strict' (the reference). */
  stage: string;
  input: InputSet;
  /** Keep timing until this much time has passed (and at least one iteration a round). */
  minMs?: number;
}

export interface Measurement {
  bytes: number;
  docs: number;
  /** CPU milliseconds (user + system) per iteration: the median of the rounds. */
  msPerIteration: number;
  /** The rounds' CPU milliseconds per iteration, fastest first. */
  roundMs: number[];
  peakRssMb: number;
  preparedRssMb: number;
}

/**
 * Why three seconds: V8 goes on compiling long after the first runs. Counting its optimising
 * compiles over 3,000 corpus plans in one process, 250 at a time: 280, 34, 36, 35, 15, 16, 13,
 * then 2 to 8; the plans reach their steady cost only after ≈ 2,000 of them (≈ 3 s). After one
 * second of warm-up the timed rounds of the corpus plans still spread from 1.33 to 1.90 ms a plan
 * (the compiler's threads count as the process's CPU time); after three, from 1.19 to 1.53.
 */
const WARM_UP_MS = 3000;
/**
 * The timed runs fall into rounds, and the figure is the median round. One event that is not the
 * code's own cost (a full collection that happens to fall due, another process's burst on the
 * shared cores) lands in one round and moves the mean a lot: a mean over one second of the
 * corpus plans read between 7.1 and 9.7 ms on an idle machine. The median does not move with it.
 */
const ROUNDS = 5;

const rssMb = () => process.resourceUsage().maxRSS / 1024;

async function main(request: MeasureRequest): Promise<Measurement> {
  const texts = inputTexts(request.input);
  let run: () => unknown;
  if (request.stage === 'chrono-vi-strict') {
    // The reference: chrono-node's Vietnamese strict parser over the same text.
    run = () => texts.map((t) => chrono.vi.strict.parse(t));
  } else {
    const stage = (await discoverStages()).find((s) => s.name === request.stage);
    if (!stage) throw new Error(`no stage '${request.stage}'`);
    const prepared = (await Promise.all(texts.map((t) => prepare(t, { parts: stage.part })))).map((p) =>
      retainFor(p, stage),
    );
    run = () => Promise.all(prepared.map((p) => stage.run(p)));
  }
  const preparedRssMb = rssMb();
  // Warm-up: V8 compiles a function to optimised code only after it has run for a while, so
  // one pass would time the interpreter and the baseline compilers. A corpus is read by a
  // process that has long since warmed up (see WARM_UP_MS).
  const warmUntil = performance.now() + WARM_UP_MS;
  do await run();
  while (performance.now() < warmUntil);
  const minMs = request.minMs ?? 1000;
  const roundMs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let n = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    while (n < 1 || performance.now() - start < minMs / ROUNDS) {
      await run();
      n++;
    }
    const used = process.cpuUsage(cpu);
    roundMs.push((used.user + used.system) / 1000 / n);
  }
  roundMs.sort((a, b) => a - b);
  return {
    bytes: utf8Bytes(texts),
    docs: texts.length,
    msPerIteration: median(roundMs, (ms) => ms),
    roundMs,
    peakRssMb: rssMb(),
    preparedRssMb,
  };
}

process.stdout.write(`${JSON.stringify(await main(JSON.parse(process.argv[2]!) as MeasureRequest))}\n`);
