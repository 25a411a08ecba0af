// fast-check generators shared by the fuzz and nothing-lost properties: plan-like token soup,
// corpus texts mutated line by line and letter by letter, and bytes that look like files.
import fc from 'fast-check';
import type { ParseOptions } from '../../src/options.js';
import { corpusFiles, readCorpus } from './corpus.js';

/** How many cases a property runs: its CI share, times FUZZ_SCALE (`npm run fuzz` sets 50). */
export const runs = (ci: number): number => Math.round(ci * Number(process.env.FUZZ_SCALE ?? 1));

/** A fixed seed in CI, so a red run can be replayed; `npm run fuzz` draws a new one (FUZZ_SEED=random). */
export const seed = (): { seed: number } | Record<string, never> =>
  process.env.FUZZ_SEED === 'random' ? {} : { seed: Number(process.env.FUZZ_SEED ?? 20_240_630) };

// Pieces of real plans and of the damage real files carry, for strings that reach deep into
// the extractors instead of stopping at the first non-letter.
const TOKENS = [
  'KẾ HOẠCH',
  'Thực hiện công tác dân vận năm 2024',
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG NAM',
  'Số: 123/KH-UBND',
  'Quảng Nam, ngày 15 tháng 3 năm 2024',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II.',
  '1.',
  '1.1.',
  '2.3.4.',
  'a)',
  'b)',
  '-',
  '+',
  '•',
  'Căn cứ Quyết định số 269-QĐ/TU ngày 12/5/2023 của Tỉnh ủy;',
  'Nghị quyết số 05/NQ-CP',
  'Luật Tổ chức chính quyền địa phương năm 2015',
  'Sở Nội vụ',
  'UBND các huyện, thị xã, thành phố',
  'Công an tỉnh',
  'chủ trì, phối hợp với',
  'Giao',
  'thực hiện',
  'trước ngày 30/6/2024',
  'trong quý II/2024',
  'năm 2025',
  'hằng năm',
  'định kỳ 6 tháng',
  'từ tháng 3 đến tháng 5',
  'thường xuyên',
  'Thời gian:',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn A',
  'số',
  'ngày',
  'tháng',
  '2024',
  '30/6',
  '/',
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\f',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\ufeff',
  'ƣ',
  'Ƣ',
  'Ð',
  'a\u0301',
  'e\u0302\u0323',
  '\u0300',
  '\u0309',
  'Sở Nội vụ chủ trì'.normalize('NFD'),
  '\ud800',
  '\udfff',
  '�',
] as const;

/** Strings of plan pieces, damage and arbitrary characters. */
export const planLikeString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((t) => t.join('')) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 8 })), {
          maxLength: 200,
        })
        .map((t) => t.join(' ')),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 500 }),
    },
  );

const corpusTexts = corpusFiles().map((f) => new TextDecoder().decode(readCorpus(f)));

/** A deterministic random stream from a fast-check seed, for mutations that shrink with it. */
function stream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'] as const;
const TONE_SET = new Set<string>(TONES.slice(1));

/** Gives some letters another tone, drops some marks, decomposes some: OCR and typing damage. */
function randomiseDiacritics(text: string, rate: number, next: () => number): string {
  let out = '';
  for (const ch of text) {
    const parts = ch.normalize('NFD');
    if (parts.length === 1 || next() >= rate) {
      out += ch;
      continue;
    }
    const base = [...parts].filter((c) => !TONE_SET.has(c));
    const roll = next();
    if (roll < 0.4) base.push(TONES[Math.floor(next() * TONES.length)]!);
    else if (roll < 0.6) base.splice(1);
    const letter = base.join('');
    out += next() < 0.3 ? letter : letter.normalize('NFC');
  }
  return out;
}

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; to: number }
  | { op: 'shuffle'; seed: number; rate: number }
  | { op: 'diacritics'; seed: number; rate: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    op: fc.constantFrom('shuffle' as const, 'diacritics' as const),
    seed: fc.nat(),
    rate: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    if (m.op === 'delete') lines.splice(m.at % lines.length, 1);
    else if (m.op === 'duplicate') lines.splice(m.at % lines.length, 0, lines[m.at % lines.length]!);
    else if (m.op === 'swap') {
      const i = m.at % lines.length;
      const j = m.to % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    } else if (m.op === 'shuffle') {
      // Shuffle a stretch of lines, not all: a whole shuffle only ever tests a non-plan.
      const next = stream(m.seed);
      const from = Math.floor(next() * lines.length);
      const to = Math.min(lines.length, from + 1 + Math.floor(m.rate * 40));
      const part = lines.slice(from, to).sort(() => next() - 0.5);
      lines.splice(from, part.length, ...part);
    } else lines = randomiseDiacritics(lines.join('\n'), m.rate * 0.3, stream(m.seed)).split('\n');
  }
  return lines.join('\n');
}

/** A corpus plan with lines deleted, duplicated, swapped or shuffled and diacritics randomised. */
export const mutatedCorpusText = (): fc.Arbitrary<string> =>
  fc
    .record({
      doc: fc.nat(corpusTexts.length - 1),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
    })
    .map(({ doc, mutations }) => mutate(corpusTexts[doc]!, mutations));

/** The options a caller may pass, including a time budget that runs out mid-parse. */
export const parseOptions = (): fc.Arbitrary<ParseOptions> =>
  fc
    .record({
      toneStyle: fc.constantFrom('old' as const, 'new' as const, 'preserve' as const),
      ocrCorrection: fc.constantFrom('apply' as const, 'suggest' as const, 'off' as const),
      timeBudgetMs: fc.constantFrom(undefined, undefined, undefined, 0, 1),
      referenceYear: fc.constantFrom(undefined, 2024),
    })
    .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as ParseOptions);

/** Bytes of a real file with bytes flipped, a stretch cut or repeated, or the tail cut off. */
export const mutatedBytes = (files: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> =>
  fc
    .record({
      file: fc.nat(Math.max(0, files.length - 1)),
      flips: fc.array(fc.record({ at: fc.nat(), value: fc.nat(255) }), { maxLength: 20 }),
      cut: fc.option(fc.record({ at: fc.nat(), length: fc.nat(4096) })),
      repeat: fc.option(fc.record({ at: fc.nat(), length: fc.nat(4096) })),
      truncate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    })
    .map(({ file, flips, cut, repeat, truncate }) => {
      let bytes: Uint8Array = Uint8Array.from(files[file] ?? []);
      if (bytes.length === 0) return bytes;
      for (const f of flips) bytes[f.at % bytes.length] = f.value;
      if (cut) {
        const at = cut.at % bytes.length;
        bytes = concat([bytes.subarray(0, at), bytes.subarray(at + cut.length)]);
      }
      if (repeat && bytes.length > 0) {
        const at = repeat.at % bytes.length;
        const piece = bytes.subarray(at, at + repeat.length);
        bytes = concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
      }
      if (truncate !== null) bytes = bytes.subarray(0, Math.floor(bytes.length * truncate));
      return bytes;
    });

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Random bytes behind a PDF or ZIP (DOCX) signature, with a few real keywords thrown in. */
export const magicBytes = (): fc.Arbitrary<Uint8Array> =>
  fc
    .record({
      magic: fc.constantFrom('%PDF-1.4\n', '%PDF-1.7\n%âãÏÓ\n', 'PK\u0003\u0004', 'PK\u0005\u0006'),
      body: fc.array(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc
            .constantFrom(
              '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
              'stream\nBT /F1 12 Tf (KE HOACH) Tj ET\nendstream\n',
              'xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
              '/Encrypt << >>',
              'word/document.xml',
              '[Content_Types].xml',
              '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>',
            )
            .map((s) => new TextEncoder().encode(s)),
        ),
        { maxLength: 40 },
      ),
    })
    .map(({ magic, body }) => concat([ascii(magic), ...body]));

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
