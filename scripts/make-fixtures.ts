// Builds the binary fixtures in fixtures/docs/ from the corpus texts:
//   NNN.docx        Word file: two-column header table, Word auto-numbering, bold headings,
//                   page-number footer, closing block as a two-column table
//   NNN.pdf         the same exported by LibreOffice (needs soffice on PATH)
//   NNN.lo.docx     the DOCX saved again by LibreOffice (its own numbering.xml: a w:num per list)
//   task-table.*    a plan with a 'Phụ lục' task table that crosses a page break (repeated header row)
//   tcvn3.*         a plan typed in the legacy TCVN3 font (.VnTime): text stored as TCVN3 bytes
//   scan.pdf        an image-only PDF (pages rendered with pdftoppm, wrapped as JPEG pages)
//   page.png        one rendered page (OCR of an image file)
//   bad/*           files that must fail with their own error code
//
//   node --import tsx scripts/make-fixtures.ts        (needs libreoffice-writer-nogui, poppler-utils)
//
// The outputs are committed: tests never need LibreOffice.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'fixtures/docs');
mkdirSync(join(out, 'bad'), { recursive: true });

// ---------- corpus text → a document model ----------

type Block =
  | { kind: 'p'; text: string; bold?: boolean; center?: boolean; italic?: boolean }
  | { kind: 'num'; level: number; text: string; printed: string }
  | { kind: 'bullet'; text: string; mark: string }
  | { kind: 'columns'; left: string[]; right: string[] }
  | { kind: 'table'; rows: string[][]; header: number };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
// 'II. NHIỆM VỤ', '2.Tiếp tục', '2.1. Phòng Tư pháp', 'a) Ban Dân vận', '- Phối hợp'
const NUMBERED =
  /^(?:(?<roman>[IVX]{1,4})\.|(?<outer>\d{1,2})\.(?<inner>\d{1,2})\.?|(?<dec>\d{1,2})\.|(?<letter>[a-zđ])\))\s*(?<rest>\S.*)$/u;
const BULLET = /^(?<mark>[-–+•])\s*(?<rest>\S.*)$/u;

function cleanLines(raw: string): string[] {
  return raw
    .replace(/\*\*|(?<=\()\*|\*(?=\))/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, '').replace(/^\s+/u, ''))
    .filter((l) => !/^\d{1,3}$/.test(l)); // page numbers of the original print: the footer prints ours
}

function startsBlock(line: string): boolean {
  return NUMBERED.test(line) || BULLET.test(line) || /^(Nơi nhận|TM\.|KT\.|CHỦ TỊCH|Căn cứ)/u.test(line);
}

/** The width the text was hard-wrapped at: the median length of its longer lines. */
function wrapWidth(lines: string[]): number {
  const long = lines.filter((l) => l.length >= 30).map((l) => l.length);
  long.sort((x, y) => x - y);
  return long[long.length >> 1] ?? 80;
}

/** Hard-wrapped lines back into the printed paragraphs: a line continues the previous one unless it
 * starts a block, or the previous line ended a sentence or a lead-in, or the previous line stopped short of the
 * wrap width before a capital ('… về công tác dân vận' ⏎ 'Tổ chức quán triệt …': a heading over its
 * body). A full line before a capital ('… giữa cơ quan' ⏎ 'Nhà nước với …') was only wrapped. */
function paragraphs(lines: string[]): string[] {
  const width = wrapWidth(lines);
  const paras: string[] = [];
  let cur = '';
  let last = '';
  for (const line of lines) {
    if (line === '' || /^-{3,}$/.test(line)) continue;
    // A sentence or a lead-in ('… như sau:') ends the paragraph; a ';' only when the line stops short.
    const prevEnded = /[.:!?]["”’)]*$/u.test(cur);
    const lower = /^[a-zđàáảãạăâèéêìíòóôơùúưỳý]/u.test(line);
    const firstWord = line.split(' ', 1)[0] ?? '';
    const short = !/,$/u.test(last) && last.length + 1 + firstWord.length <= width * 0.9;
    if (cur && !startsBlock(line) && (lower || (!prevEnded && !short))) {
      cur = `${cur} ${line}`.replace(/\s{2,}/g, ' ');
    } else {
      if (cur) paras.push(cur);
      cur = line;
    }
    last = line;
  }
  if (cur) paras.push(cur);
  return paras;
}

function corpusToBlocks(raw: string): Block[] {
  const lines = cleanLines(raw);
  const titleAt = lines.findIndex((l) => /^KẾ HOẠCH$/u.test(l));
  const blocks: Block[] = [];
  const head = lines.slice(0, titleAt).filter((l) => l && !/^-{3,}$/.test(l));
  if (head.length) {
    const right = head.filter((l) => /^(CỘNG HÒA|Độc lập)|, ngày/u.test(l));
    blocks.push({ kind: 'columns', left: head.filter((l) => !right.includes(l)), right });
  }
  blocks.push({ kind: 'p', text: 'KẾ HOẠCH', bold: true, center: true });
  let i = titleAt + 1;
  while (lines[i] === '') i++;
  let title = lines[i++] ?? '';
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === '') continue;
    if (/^-{3,}$/.test(l)) {
      i++;
      break;
    }
    if (!/^\p{Ll}/u.test(l)) break;
    title = `${title} ${l}`;
  }
  blocks.push({ kind: 'p', text: title.trim(), bold: true, center: true });

  const rest = lines.slice(i);
  const closingAt = rest.findIndex((l) => /^Nơi nhận/u.test(l));
  const body = closingAt >= 0 ? rest.slice(0, closingAt) : rest;
  for (const para of paragraphs(body)) blocks.push(paragraphBlock(para));
  if (closingAt >= 0) blocks.push(closingBlock(rest.slice(closingAt)));
  return blocks;
}

function paragraphBlock(para: string): Block {
  const m = NUMBERED.exec(para)?.groups;
  if (m?.roman && ROMAN.includes(m.roman)) return { kind: 'num', level: 0, text: m.rest!, printed: m.roman };
  if (m?.outer) return { kind: 'num', level: 2, text: m.rest!, printed: `${m.outer}.${m.inner}` };
  if (m?.dec) return { kind: 'num', level: 1, text: m.rest!, printed: m.dec };
  if (m?.letter) return { kind: 'num', level: 3, text: m.rest!, printed: m.letter };
  const b = BULLET.exec(para)?.groups;
  if (b) return { kind: 'bullet', text: b.rest!, mark: b.mark! };
  return { kind: 'p', text: para };
}

/** 'Nơi nhận: … CHỦ TỊCH … name' → the usual borderless two-column signature table. */
function closingBlock(lines: string[]): Block {
  const left: string[] = [];
  const right: string[] = [];
  for (const l of lines.filter(Boolean)) {
    // 'Nơi nhận:                        CHỦ TỊCH' — two columns already on one line
    const two = /^(?<a>Nơi nhận:?)\s{3,}(?<b>\S.*)$/u.exec(l)?.groups;
    if (two) {
      left.push(two.a!);
      right.push(two.b!);
    } else if (
      /^(Nơi nhận|[-–+])/u.test(l) ||
      (left.length && !right.length && /^[A-ZĐ]/u.test(l) && /;$/.test(l))
    )
      left.push(l);
    else right.push(l);
  }
  return { kind: 'columns', left, right };
}

// ---------- the document model → DOCX ----------

const FONT = 'Times New Roman';
const levelsOf = (startAt: number[]): ILevelsOptions[] => [
  { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', start: startAt[0] ?? 1 },
  { level: 1, format: LevelFormat.DECIMAL, text: '%2.', start: startAt[1] ?? 1 },
  { level: 2, format: LevelFormat.DECIMAL, text: '%2.%3.', start: startAt[2] ?? 1 },
  { level: 3, format: LevelFormat.LOWER_LETTER, text: '%4)', start: startAt[3] ?? 1 },
];
const bulletLevels = (mark: string): ILevelsOptions[] => [
  { level: 0, format: LevelFormat.BULLET, text: mark },
];

function value(printed: string, level: number): number {
  if (level === 0) return ROMAN.indexOf(printed) + 1;
  if (level === 3) return printed.charCodeAt(0) - 96;
  return Number(printed.split('.').at(-1));
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function cellParas(lines: string[], font: string): Paragraph[] {
  return lines.map(
    (l) =>
      new Paragraph({
        alignment: /^(Nơi nhận|[-–+])/u.test(l) ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: l, font, bold: /^[^a-zđ]*$/u.test(l) })],
      }),
  );
}

function toDocx(blocks: Block[], font = FONT): Promise<Buffer> {
  const configs: { reference: string; levels: ILevelsOptions[] }[] = [];
  let list = 'list0';
  configs.push({ reference: list, levels: levelsOf([]) });
  const counters = [0, 0, 0, 0];
  const bullets = new Map<string, string>();
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.kind === 'p') {
      children.push(
        new Paragraph({
          alignment: b.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          indent: b.center ? {} : { firstLine: 567 },
          spacing: { after: 120 },
          children: [new TextRun({ text: b.text, font, bold: b.bold ?? false })],
        }),
      );
    } else if (b.kind === 'num') {
      const want = value(b.printed, b.level);
      // Word restarts the lower levels when a higher one advances.
      const next = counters[b.level]! + 1;
      let auto = want === next;
      if (
        !auto &&
        want >= 1 &&
        b.level <= 1 &&
        counters.slice(0, b.level).every((c) => c > 0 || b.level === 0)
      ) {
        // A jump ('II' then 'IV') or a list that restarts: a new list whose start says so,
        // as Word does with a lvlOverride/startOverride.
        list = `list${configs.length}`;
        // The levels below restart at 1 under the new number ('IV' → '1.').
        const starts = counters.map((c, k) => (k < b.level ? Math.max(c, 1) : 1));
        starts[b.level] = want;
        configs.push({ reference: list, levels: levelsOf(starts) });
        for (let k = 0; k < 4; k++) counters[k] = k < b.level ? starts[k]! : 0;
        auto = true;
      }
      if (auto) {
        counters[b.level] = want;
        for (let k = b.level + 1; k < 4; k++) counters[k] = 0;
      }
      const bold = b.level <= 1;
      children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          ...(auto ? { numbering: { reference: list, level: b.level } } : {}),
          children: [
            new TextRun({
              text: auto ? b.text : `${b.printed}${b.level === 3 ? ')' : '.'} ${b.text}`,
              font,
              bold: bold && b.text.length < 160,
            }),
          ],
        }),
      );
    } else if (b.kind === 'bullet') {
      let ref = bullets.get(b.mark);
      if (!ref) {
        ref = `bullet${bullets.size}`;
        bullets.set(b.mark, ref);
        configs.push({ reference: ref, levels: bulletLevels(b.mark === '–' ? '-' : b.mark) });
      }
      children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          numbering: { reference: ref, level: 0 },
          children: [new TextRun({ text: b.text, font })],
        }),
      );
    } else if (b.kind === 'columns') {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: noBorders,
          rows: [
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  width: { size: 45, type: WidthType.PERCENTAGE },
                  children: cellParas(b.left, font),
                }),
                new TableCell({
                  width: { size: 55, type: WidthType.PERCENTAGE },
                  children: cellParas(b.right, font),
                }),
              ],
            }),
          ],
        }),
      );
      children.push(new Paragraph({ children: [] }));
    } else {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (row, r) =>
              new TableRow({
                tableHeader: r < b.header,
                cantSplit: false,
                children: row.map(
                  (cell) =>
                    new TableCell({
                      children: cell.split('\n').map(
                        (line) =>
                          new Paragraph({
                            children: [new TextRun({ text: line, font, size: 22, bold: r < b.header })],
                          }),
                      ),
                    }),
                ),
              }),
          ),
        }),
      );
    }
  }
  const doc = new Document({
    creator: 'kehoach fixtures',
    styles: { default: { document: { run: { font, size: 28 } } } },
    numbering: { config: configs },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------- a plan with a task table (Phụ lục), made up but typical ----------

function taskTablePlan(): Block[] {
  const units = [
    'Phòng Nội vụ',
    'Văn phòng HĐND và UBND',
    'Phòng Văn hóa và Thông tin',
    'Phòng Tư pháp',
    'Thanh tra huyện',
  ];
  const jobs = [
    'Tổ chức quán triệt Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ đến cán bộ, công chức',
    'Rà soát, sửa đổi quy chế làm việc của Ủy ban nhân dân huyện bảo đảm công khai, minh bạch',
    'Tuyên truyền trên Cổng thông tin điện tử huyện về công tác dân vận chính quyền',
    'Kiểm tra việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại các xã, thị trấn',
    'Tổ chức đối thoại giữa Chủ tịch Ủy ban nhân dân huyện với Nhân dân',
    'Tiếp công dân định kỳ, giải quyết kịp thời khiếu nại, tố cáo thuộc thẩm quyền',
    'Bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã',
    'Xây dựng, nhân rộng mô hình "Dân vận khéo" trong cải cách hành chính',
    'Đánh giá, chấm điểm chỉ số cải cách hành chính của các cơ quan, đơn vị',
    'Sơ kết 6 tháng thực hiện công tác dân vận chính quyền',
    'Tổng kết công tác dân vận chính quyền năm 2024, đề ra nhiệm vụ năm 2025',
    'Khen thưởng tập thể, cá nhân có thành tích trong công tác dân vận chính quyền',
  ];
  const when = [
    'Quý I năm 2024',
    'Trước ngày 30/6/2024',
    'Thường xuyên',
    'Quý III năm 2024',
    'Tháng 10/2024',
    'Hằng tháng',
    'Quý II năm 2024',
    'Năm 2024',
    'Trước ngày 15/12/2024',
    'Trước ngày 10/6/2024',
    'Trước ngày 25/11/2024',
    'Tháng 12/2024',
  ];
  const rows = [['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']];
  jobs.forEach((job, k) => {
    rows.push([String(k + 1), job, units[k % units.length]!, units[(k + 2) % units.length]!, when[k]!]);
  });
  const filler =
    'Công tác dân vận chính quyền phải gắn với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị; bảo đảm công khai, minh bạch, phát huy quyền làm chủ của Nhân dân.';
  return [
    {
      kind: 'columns',
      left: ['ỦY BAN NHÂN DÂN', 'HUYỆN TÂN PHƯỚC', 'Số: 45/KH-UBND'],
      right: [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Tân Phước, ngày 12 tháng 3 năm 2024',
      ],
    },
    { kind: 'p', text: 'KẾ HOẠCH', bold: true, center: true },
    { kind: 'p', text: 'Thực hiện công tác dân vận chính quyền năm 2024', bold: true, center: true },
    {
      kind: 'p',
      text: 'Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới; Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:',
    },
    { kind: 'num', level: 0, text: 'MỤC ĐÍCH, YÊU CẦU', printed: 'I' },
    { kind: 'num', level: 1, text: `Mục đích: ${filler}`, printed: '1' },
    { kind: 'num', level: 1, text: `Yêu cầu: ${filler} ${filler}`, printed: '2' },
    { kind: 'num', level: 0, text: 'NHIỆM VỤ TRỌNG TÂM', printed: 'II' },
    { kind: 'p', text: `${filler} ${filler} ${filler}` },
    { kind: 'p', text: `${filler} ${filler} ${filler} ${filler}` },
    { kind: 'num', level: 0, text: 'TỔ CHỨC THỰC HIỆN', printed: 'III' },
    {
      kind: 'num',
      level: 1,
      text: 'Phòng Nội vụ: Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân huyện trước ngày 10/12/2024.',
      printed: '1',
    },
    {
      kind: 'num',
      level: 1,
      text: 'Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.',
      printed: '2',
    },
    { kind: 'p', text: `${filler} ${filler}` },
    { kind: 'p', text: `${filler} ${filler} ${filler}` },
    { kind: 'p', text: 'Phụ lục', bold: true, center: true },
    {
      kind: 'p',
      text: 'DANH MỤC NHIỆM VỤ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2024',
      bold: true,
      center: true,
    },
    { kind: 'table', rows, header: 1 },
  ];
}

// ---------- TCVN3 (ABC): the legacy 8-bit font encoding, as .VnTime stores it ----------

// Lower-case letters with their TCVN3 byte; the upper-case font (.VnTimeH) draws the same bytes as capitals,
// so capitals with a tone mark are written with these bytes too.
const TCVN3 =
  'à\xb5ả\xb6ã\xb7á\xb8ạ\xb9ă\xa8ằ\xbbẳ\xbcẵ\xbdắ\xbeặ\xc6â\xa9ầ\xc7ẩ\xc8ẫ\xc9ấ\xcaậ\xcbđ\xaeè\xccẻ\xceẽ\xcfé\xd0ẹ\xd1ê\xaaề\xd2ể\xd3ễ\xd4ế\xd5ệ\xd6ì\xd7ỉ\xd8ĩ\xdcí\xddị\xdeò\xdfỏ\xe1õ\xe2ó\xe3ọ\xe4ô\xabồ\xe5ổ\xe6ỗ\xe7ố\xe8ộ\xe9ơ\xacờ\xeaở\xebỡ\xecớ\xedợ\xeeù\xefủ\xf1ũ\xf2ú\xf3ụ\xf4ư\xadừ\xf5ử\xf6ữ\xf7ứ\xf8ự\xf9ỳ\xfaỷ\xfbỹ\xfcý\xfdỵ\xfeĂ\xa1Â\xa2Ê\xa3Ô\xa4Ơ\xa5Ư\xa6Đ\xa7';
const tcvn3Map = new Map<string, number>();
for (let k = 0; k < TCVN3.length; k += 2) tcvn3Map.set(TCVN3[k]!, TCVN3.charCodeAt(k + 1));

function toTcvn3(text: string): string {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = tcvn3Map.get(ch) ?? tcvn3Map.get(ch.toLowerCase());
    if (code !== undefined) bytes.push(code);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(0x3f);
  }
  // A .VnTime document stores each byte as the Windows-1252 character of that byte.
  return new TextDecoder('windows-1252').decode(new Uint8Array(bytes));
}

function mapText(blocks: Block[], f: (s: string) => string): Block[] {
  return blocks.map((b) => {
    if (b.kind === 'columns') return { ...b, left: b.left.map(f), right: b.right.map(f) };
    if (b.kind === 'table') return { ...b, rows: b.rows.map((r) => r.map(f)) };
    if (b.kind === 'bullet') return { ...b, text: f(b.text) };
    return { ...b, text: f(b.text) };
  });
}

// ---------- helpers: LibreOffice, pdftoppm, a minimal image-only PDF ----------

const work = mkdtempSync(join(tmpdir(), 'kehoach-fixtures-'));
function soffice(file: string, to: string): string {
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${work}/profile`,
      '--convert-to',
      to,
      '--outdir',
      work,
      file,
    ],
    {
      stdio: 'ignore',
    },
  );
  const base = file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
  return join(work, `${base}.${to.split(':')[0]}`);
}

/** JPEG pages → a PDF with one full-page image per page and no text: what a scanner makes. */
function imagePdf(jpegs: { data: Buffer; width: number; height: number }[]): Buffer {
  const objects: Buffer[] = [];
  const add = (b: string | Buffer) => objects.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b);
  const pageIds: number[] = [];
  add(''); // 1: catalog (filled below)
  add(''); // 2: pages
  for (const img of jpegs) {
    const w = (img.width * 72) / 200;
    const h = (img.height * 72) / 200;
    const imgId = objects.length + 1;
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${img.data.length} >>\nstream\n`,
          'latin1',
        ),
        img.data,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    const contentId = objects.length + 1;
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    pageIds.push(objects.length + 1);
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${imgId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
  }
  objects[0] = Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1');
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    'latin1',
  );
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let pos = parts[0]!.length;
  objects.forEach((body, k) => {
    const chunk = Buffer.concat([
      Buffer.from(`${k + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    offsets.push(pos);
    parts.push(chunk);
    pos += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

function jpegSize(data: Buffer): { width: number; height: number } {
  for (let i = 2; i < data.length; ) {
    const marker = data[i + 1]!;
    const len = data.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2)
      return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  throw new Error('no SOF marker');
}

// ---------- build ----------

const corpus = join(root, 'corpus');
const docs = readdirSync(corpus).filter((f) => /^\d{3}_.*\.txt$/.test(f));
for (const file of docs) {
  const id = file.slice(0, 3);
  const blocks = corpusToBlocks(readFileSync(join(corpus, file), 'utf8'));
  const docxPath = join(out, `${id}.docx`);
  writeFileSync(docxPath, await toDocx(blocks));
  copyFileSync(soffice(docxPath, 'pdf'), join(out, `${id}.pdf`));
  process.stderr.write(`${id}: docx, pdf\n`);
}

// LibreOffice's own DOCX (numbering.xml written its way).
copyFileSync(soffice(join(out, '004.docx'), 'docx:MS Word 2007 XML'), join(out, '004.lo.docx'));

writeFileSync(join(out, 'task-table.docx'), await toDocx(taskTablePlan()));
copyFileSync(soffice(join(out, 'task-table.docx'), 'pdf'), join(out, 'task-table.pdf'));

const tcvnBlocks = mapText(
  corpusToBlocks(readFileSync(join(corpus, docs.find((d) => d.startsWith('003'))!), 'utf8')),
  toTcvn3,
);
writeFileSync(join(out, 'tcvn3.docx'), await toDocx(tcvnBlocks, '.VnTime'));
copyFileSync(soffice(join(out, 'tcvn3.docx'), 'pdf'), join(out, 'tcvn3.pdf'));

// Scans: 003 rendered at 200 dpi in grey, as JPEG pages in an image-only PDF, and page 1 as a PNG.
execFileSync('pdftoppm', [
  '-r',
  '200',
  '-gray',
  '-jpeg',
  '-jpegopt',
  'quality=70',
  join(out, '003.pdf'),
  join(work, 'scan'),
]);
const pages = readdirSync(work)
  .filter((f) => /^scan-\d+\.jpg$/.test(f))
  .sort()
  .map((f) => {
    const data = readFileSync(join(work, f));
    return { data, ...jpegSize(data) };
  });
writeFileSync(join(out, 'scan.pdf'), imagePdf(pages));
execFileSync('pdftoppm', [
  '-r',
  '200',
  '-gray',
  '-png',
  '-f',
  '1',
  '-l',
  '1',
  '-singlefile',
  join(out, '002.pdf'),
  join(out, 'page'),
]);

// Bad files: each must give its own error code.
const zip = new JSZip();
zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
zip.file('content.xml', '<office:document-content/>');
writeFileSync(join(out, 'bad/not-docx.zip'), await zip.generateAsync({ type: 'nodebuffer' }));
writeFileSync(
  join(out, 'bad/corrupt.docx'),
  Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(600, 0x5a)]),
);
const pdf = readFileSync(join(out, '003.pdf'));
writeFileSync(join(out, 'bad/corrupt.pdf'), Buffer.concat([pdf.subarray(0, 9), Buffer.alloc(2000, 0x41)]));
copyFileSync(
  soffice(
    join(out, '003.docx'),
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"matkhau"}}',
  ),
  join(out, 'bad/encrypted.pdf'),
);
rmSync(work, { recursive: true, force: true });
process.stderr.write('fixtures/docs written\n');
