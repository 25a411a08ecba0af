import { scanXml } from './scan-xml.js';

export interface StyleNumbering {
  numId: string;
  ilvl: number;
}

/**
 * Paragraph styles that carry a list (Heading 1 numbered 'I.', a 'List Number' style …), from
 * word/styles.xml, following w:basedOn: a paragraph with that style is numbered without a w:numPr.
 */
export function readStyleNumbering(xml: string | null): Map<string, StyleNumbering> {
  const own = new Map<string, Partial<StyleNumbering>>();
  const basedOn = new Map<string, string>();
  if (!xml) return new Map();
  let style: string | null = null;
  let current: Partial<StyleNumbering> | null = null;
  scanXml(xml, {
    open(name, a) {
      if (name === 'w:style') {
        style = a['w:type'] === 'paragraph' ? (a['w:styleId'] ?? null) : null;
        current = style ? {} : null;
        if (style && current) own.set(style, current);
      } else if (!style || !current) {
        return;
      } else if (name === 'w:basedOn') {
        basedOn.set(style, a['w:val'] ?? '');
      } else if (name === 'w:numId') {
        current.numId = a['w:val'] ?? '';
      } else if (name === 'w:ilvl') {
        current.ilvl = Number(a['w:val'] ?? 0);
      }
    },
    close(name) {
      if (name === 'w:style') style = current = null;
    },
    text() {},
  });
  const out = new Map<string, StyleNumbering>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    // Bounded walk up the basedOn chain (a cycle in a broken file must not loop).
    for (let s: string | undefined = id, hops = 0; s && hops < 10; s = basedOn.get(s), hops++) {
      const def = own.get(s);
      numId ??= def?.numId;
      ilvl ??= def?.ilvl;
    }
    if (numId && numId !== '0') out.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return out;
}
