import { scanXml } from './scan-xml.js';

/** One level of a list definition (w:lvl). */
export interface ListLevel {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:suff: what Word puts between the number and the text. */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:isLgl: every level shown in decimal ('1.2', not 'I.b'). */
  legal: boolean;
}

/** numbering.xml read into the two tables Word itself uses. */
export interface NumberingDefinitions {
  /** w:abstractNum: the list definitions, by abstractNumId. */
  abstract: Map<string, Map<number, ListLevel>>;
  /** w:num: the list instances, by numId: their definition and the levels they override. */
  nums: Map<
    string,
    { abstractId: string; startOverrides: Map<number, number>; levels: Map<number, ListLevel> }
  >;
}

const defaultLevel = (): ListLevel => ({
  start: 1,
  numFmt: 'decimal',
  lvlText: '',
  suffix: 'tab',
  legal: false,
});

/** Parses word/numbering.xml: abstractNum → lvl (numFmt, lvlText, start), num → abstractNumId + lvlOverride. */
export function readNumbering(xml: string | null): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), nums: new Map() };
  if (!xml) return defs;
  let levels: Map<number, ListLevel> | null = null;
  let level: ListLevel | null = null;
  let num: {
    abstractId: string;
    startOverrides: Map<number, number>;
    levels: Map<number, ListLevel>;
  } | null = null;
  let overrideLevel = -1;
  scanXml(xml, {
    open(name, a) {
      switch (name) {
        case 'w:abstractNum':
          levels = new Map();
          defs.abstract.set(a['w:abstractNumId'] ?? '', levels);
          break;
        case 'w:num':
          num = { abstractId: '', startOverrides: new Map(), levels: new Map() };
          defs.nums.set(a['w:numId'] ?? '', num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = a['w:val'] ?? '';
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(a['w:ilvl'] ?? 0);
          break;
        case 'w:startOverride':
          if (num && overrideLevel >= 0) num.startOverrides.set(overrideLevel, Number(a['w:val'] ?? 1));
          break;
        case 'w:lvl': {
          level = defaultLevel();
          const target = num && overrideLevel >= 0 ? num.levels : levels;
          target?.set(Number(a['w:ilvl'] ?? (num ? overrideLevel : 0)), level);
          break;
        }
        case 'w:start':
          if (level) level.start = Number(a['w:val'] ?? 1);
          break;
        case 'w:numFmt':
          if (level) level.numFmt = a['w:val'] ?? 'decimal';
          break;
        case 'w:lvlText':
          if (level) level.lvlText = a['w:val'] ?? '';
          break;
        case 'w:suff':
          if (level) level.suffix = (a['w:val'] as ListLevel['suffix']) ?? 'tab';
          break;
        case 'w:isLgl':
          if (level) level.legal = a['w:val'] !== '0' && a['w:val'] !== 'false';
          break;
      }
    },
    close(name) {
      if (name === 'w:lvl') level = null;
      else if (name === 'w:abstractNum') levels = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') overrideLevel = -1;
    },
    text() {},
  });
  return defs;
}
