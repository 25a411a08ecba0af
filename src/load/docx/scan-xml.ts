/** What the scanner reports: an element opening (with its attributes), closing, or text. */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** '&lt;' → '<', '&#7871;' → 'ế', '&#x1EBF;' → 'ế'. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  // '&amp;' / '&#7871;' / '&#x1EBF;'
  return s.replace(/&(?<name>[a-z]{2,4}|#\d{1,7}|#x[\da-f]{1,6});/gi, (all, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? all;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** ' w:val="2" w:ilvl="0"' → { 'w:val': '2', 'w:ilvl': '0' } */
function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!s) return attrs;
  // w:val="upperRoman"
  for (const m of s.matchAll(/(?<key>[\w:.-]{1,64})\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)')/g)) {
    attrs[m.groups!.key!] = decodeEntities(m.groups!.dq ?? m.groups!.sq ?? '');
  }
  return attrs;
}

/**
 * A forward-only scan of an OOXML part (document.xml, numbering.xml): enough XML for WordprocessingML,
 * linear in the input, no DOM. Comments, processing instructions and CDATA are skipped.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      handler.text(xml.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    const c = xml[lt + 1];
    if (c === '?' || c === '!') {
      i = gt + 1;
      continue;
    }
    if (c === '/') {
      handler.close(xml.slice(lt + 2, gt).trim());
    } else {
      const selfClosing = xml[gt - 1] === '/';
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = inner.search(/\s/);
      const name = space < 0 ? inner : inner.slice(0, space);
      handler.open(name, parseAttrs(space < 0 ? '' : inner.slice(space)), selfClosing);
      if (selfClosing) handler.close(name);
    }
    i = gt + 1;
  }
}
