import { describe, expect, test } from 'vitest';
import { citationGraphToGraphml } from '../src/corpus/citation-graph-graphml.js';
import { corpusSummaryFiles } from '../src/corpus/corpus-summary-files.js';
import { estimateSimilarity, minhashSignature } from '../src/corpus/minhash.js';
import { summarizeCorpus } from '../src/index.js';
import { parsePlan } from '../src/parse-plan.js';
import type { Plan } from '../src/schema/plan.js';
import { readCorpus } from './helpers/corpus.js';
import { samplePlan } from './helpers/sample-plan.js';

/** The sample plan re-issued by another commune a month later, with its own name and date. */
async function reissued(): Promise<Plan> {
  const plan = await samplePlan();
  return {
    ...plan,
    meta: { ...plan.meta, issuer: 'Ủy ban nhân dân xã Tân Phú', issuedDate: '2024-03-15' },
    source: { ...plan.source, sha256: 'b'.repeat(64) },
    text: plan.text.replaceAll('An Bình', 'Tân Phú').replace('hiệu quả', 'hiệu quả cao'),
    units: plan.units.filter((u) => u.name !== 'Phòng Nội vụ huyện'),
  };
}

describe('summarizeCorpus', () => {
  test('citation frequencies, units by role, deadlines by month, failures', async () => {
    const a = await samplePlan();
    a.meta.issuedDate = '2024-02-10';
    const s = summarizeCorpus([
      { path: 'an-binh.txt', plan: a },
      { path: 'tan-phu.txt', plan: await reissued() },
      { path: 'broken.pdf', error: { code: 'CORRUPT_FILE', message: 'cut short' } },
      { path: 'empty.txt', error: { code: 'EMPTY_DOCUMENT', message: 'empty' } },
    ]);
    expect(s.plans).toBe(2);
    expect(s.failures).toEqual({ CORRUPT_FILE: 1, EMPTY_DOCUMENT: 1 });
    expect(s.citations).toEqual([
      expect.objectContaining({
        key: '33/CT-TTg',
        type: 'Chỉ thị',
        issuer: 'Thủ tướng Chính phủ',
        plans: 2,
        mentions: 4,
      }),
    ]);
    expect(s.units.find((u) => u.name === 'Văn phòng - Thống kê')).toEqual({
      name: 'Văn phòng - Thống kê',
      plans: 2,
      lead: 2,
      cooperate: 0,
      advise: 0,
      report: 2,
      receive: 0,
    });
    expect(s.units.find((u) => u.name === 'Phòng Nội vụ huyện')?.plans).toBe(1);
    expect(s.deadlinesByMonth).toEqual([
      { month: '2024-06', deadlines: 2, plans: 2, byKind: { before: 2 } },
      { month: '2024-09', deadlines: 2, plans: 2, byKind: { period: 2 } },
    ]);
    expect(s.recurring).toEqual({ P6M: 2 });
    // The later plan re-issues the earlier one.
    expect(s.similar).toEqual([
      { source: 'an-binh.txt', copy: 'tan-phu.txt', similarity: expect.any(Number), ordered: true },
    ]);
    expect(s.similar[0]!.similarity).toBeGreaterThan(0.6);
    expect(s.citationGraph.edges).toEqual([
      { source: 'plan:an-binh.txt', target: 'doc:33/CT-TTg', mentions: 2 },
      { source: 'plan:tan-phu.txt', target: 'doc:33/CT-TTg', mentions: 2 },
    ]);
  });

  test('identical copies are one group; different plans of the corpus are not similar', async () => {
    const plans = await Promise.all(
      ['000_c289d72858fbc53a.txt', '003_214ea1038404fba4.txt'].map((f) => parsePlan(readCorpus(f))),
    );
    const entries = [
      { path: 'a/000.txt', plan: plans[0]! },
      { path: 'b/000.txt', plan: plans[0]! },
      { path: 'c/000.txt', plan: plans[0]! },
      { path: 'a/003.txt', plan: plans[1]! },
    ];
    const s = summarizeCorpus(entries);
    expect(s.identical).toEqual([['a/000.txt', 'b/000.txt', 'c/000.txt']]);
    expect(s.similar).toEqual([]);
  });

  test('bare Plans are named by their order', async () => {
    const s = summarizeCorpus([await samplePlan(), await reissued()]);
    expect(s.similar.map((p) => [p.source, p.copy])).toEqual([['plan 1', 'plan 2']]);
  });
});

describe('MinHash', () => {
  const text =
    'Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện Kế hoạch này';
  test.each([
    ['the same text', text, 1, 1],
    ['layout and case do not count', text.toUpperCase().replaceAll(' ', '\n  '), 1, 1],
    ['one word changed', text.replace('Nội vụ', 'Tư pháp'), 0.3, 0.95],
    [
      'an unrelated sentence',
      'Thời gian thực hiện: trước ngày 30 tháng 6 năm 2024 theo quy định hiện hành của tỉnh',
      0,
      0.1,
    ],
  ])('%s', (_, other, min, max) => {
    const similarity = estimateSimilarity(minhashSignature(text), minhashSignature(other));
    expect(similarity).toBeGreaterThanOrEqual(min);
    expect(similarity).toBeLessThanOrEqual(max);
  });
});

describe('stats files', () => {
  test('CSV tables, GraphML and node-link JSON', async () => {
    const plan = await samplePlan();
    const s = summarizeCorpus([{ path: 'x & "y".txt', plan }]);
    const files = corpusSummaryFiles(s);
    expect(Object.keys(files).sort()).toEqual([
      'citation-graph.graphml',
      'citation-graph.json',
      'citations.csv',
      'deadlines-by-month.csv',
      'identical-plans.csv',
      'recurring-deadlines.csv',
      'similar-plans.csv',
      'summary.json',
      'units.csv',
    ]);
    expect(files['citations.csv']).toBe(
      'document,id,type,title,issuer,plans,mentions\r\n33/CT-TTg,33/CT-TTg,Chỉ thị,tiếp tục tăng cường và đổi mới công tác dân vận,Thủ tướng Chính phủ,1,2\r\n',
    );
    const graphml = citationGraphToGraphml(s.citationGraph);
    expect(graphml).toContain('<node id="plan:x &amp; &quot;y&quot;.txt">');
    expect(graphml.match(/<node /g)).toHaveLength(2);
    expect(graphml.match(/<edge /g)).toHaveLength(1);
    const json = JSON.parse(files['citation-graph.json']!);
    expect(json.links).toEqual([{ source: 'plan:x & "y".txt', target: 'doc:33/CT-TTg', mentions: 2 }]);
  });
});

describe('summarizeCorpus, given what is not a plan', () => {
  test.each([
    ['nothing', undefined, /summarizeCorpus takes a list/],
    ['a null entry', [null], /entry 1 is not a Plan/],
    [
      'an object of something else',
      [{ path: 'a.txt', error: { code: 'EMPTY_DOCUMENT' } }, { foo: 1 }],
      /entry 2 is not a Plan/,
    ],
    ['a batch record without its plan', [{ path: 'a.txt', plan: null }], /entry 1 is not a Plan/],
  ])('%s → INVALID_OPTIONS naming the entry', (_, entries, message) => {
    expect(() => summarizeCorpus(entries as never)).toThrow(message);
  });
});
