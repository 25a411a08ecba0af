import { discoverStages, prepare } from './stages.js';

const text =
  process.argv[2] === 'nfd'
    ? 'Ke\u0302\u0301 hoa\u0323ch '.repeat(100000).slice(0, 1e6)
    : 'Chủ trƣơng của Đảng, chính sách pháp luật của Nhà nƣớc\u00a0'.repeat(20000).slice(0, 1e6);
const p = await prepare(text);
for (const s of await discoverStages()) {
  const t = performance.now();
  await s.run(p);
  const ms = performance.now() - t;
  if (ms > 20) console.log(s.name, ms.toFixed(0));
}
console.log('corrections', p.normalized.corrections.length, 'map', p.normalized.offsetMap.length);
