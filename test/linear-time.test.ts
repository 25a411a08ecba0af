import { beforeAll, describe, expect, test } from 'vitest';
import { discoverStages, type Prepared, prepare } from '../bench/lib/stages.js';

/**
 * Every stage, every normalization step, every extractor rule and every refine pass, fed 1 MB
 * of text that trips super-linear regular expressions and quadratic loops, must finish in
 * under a second of CPU time. Stages are discovered from their lists (bench/lib/stages.ts), so a new rule is
 * covered the moment it is listed.
 */
const SIZE = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const inputs: Record<string, string> = {
  dots: fill('.'),
  spaces: fill(' '),
  digits: fill('1234567890'),
  dashes: fill('-'),
  newlines: fill('\n'),
  'số số số': fill('số '),
  '1.1.1.1': fill('1.'),
  'one endless word': fill('Nghịquyết'),
  'one endless line': fill(
    'Sở Nội vụ chủ trì, phối hợp với UBND các huyện hoàn thành trước ngày 30/6/2024; ',
  ),
  'dense dates': fill('ngày 30/6/2024, quý II/2024, '),
  'dense citations': fill('Quyết định số 123/QĐ-UBND ngày 01/01/2024 của UBND tỉnh; '),
  'citations and deadlines': fill('theo Quyết định số 45/QĐ-UBND, hoàn thành trước ngày 30/6/2024; '),
  'dense headings': fill('I. MỤC ĐÍCH\n1. Nội dung\na) Việc\n- Giao\n'),
  'windows line ends': fill('Các sở, ngành triển khai thực hiện nghiêm túc kế hoạch này.\r\n'),
  'pdf glyphs': fill('Chủ trƣơng của Đảng, chính sách pháp luật của Nhà nƣớc\u00a0'),
  'decomposed marks': fill('Ke\u0302\u0301 hoa\u0323ch '),
};

/**
 * `${stage} on ${input}` cases that are too slow today, with the reason, for the stage's owner
 * to fix and then delete here. They are skipped, not run, so that CI stays fast.
 */
const knownFailures: Record<string, string> = {};

const LIMIT_MS = 1000;
const stages = await discoverStages();

/** CPU time, not wall time: CI machines run other jobs beside this one. */
async function cpuMs(work: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe.each(Object.keys(inputs))('1 MB of %s', (inputName) => {
  // A step known to hang on this input is left out of the preparation too.
  const skipSteps = stages
    .filter((s) => s.group === 'normalize' && s.part && knownFailures[`${s.name} on ${inputName}`])
    .map((s) => s.name.slice('normalize/'.length));
  let prepared: Prepared;
  beforeAll(async () => {
    prepared = await prepare(inputs[inputName]!, { skipSteps });
  }, 120_000);

  for (const stage of stages) {
    const known = knownFailures[`${stage.name} on ${inputName}`];
    const name = known ? `${stage.name} (KNOWN FAILURE: ${known})` : `${stage.name} finishes in < 1 s`;
    (known ? test.skip : test)(name, async () => {
      const ms = await cpuMs(() => stage.run(prepared));
      expect(ms, `${stage.name} on 1 MB of ${inputName} took ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
    });
  }
});
