/**
 * A pattern searched at line starts only: `sticky` (flag `y`) is the pattern, tried at the start
 * of each line, as `^pattern` with the `m` flag would match it.
 *
 * Why: V8 tries a `^…` pattern with the `m` flag at every position of the text, each try
 * failing on the `^`; a plan has a few dozen lines and thousands of positions. The normalizer
 * turns every line end into '\n'; a text that still has another one ('\r', '\u2028', '\u2029',
 * when the line-endings step was skipped) is searched with that `^…` pattern itself, made from
 * `sticky` when first needed.
 */

/** Every match at a line start, for a pattern that never matches past the end of its line. */
export function lineStartMatches(text: string, sticky: RegExp): RegExpExecArray[] {
  if (hasOtherLineEnds(text)) return [...text.matchAll(multilineOf(sticky, 'g'))];
  const out: RegExpExecArray[] = [];
  eachLineStartMatch(text, sticky, (m) => {
    out.push(m);
    return false;
  });
  return out;
}

/**
 * The first match at a line start (which may run on past its line), of the lines that start at
 * or after `from`.
 */
export function firstLineStartMatch(text: string, sticky: RegExp, from = 0): RegExpExecArray | null {
  if (hasOtherLineEnds(text)) {
    const re = multilineOf(sticky, 'g');
    re.lastIndex = from;
    return re.exec(text);
  }
  let first: RegExpExecArray | null = null;
  eachLineStartMatch(
    text,
    sticky,
    (m) => {
      first = m;
      return true;
    },
    from,
  );
  return first;
}

/** Tries `sticky` at each line start from `from` on, handing each match to `take` until it says stop. */
function eachLineStartMatch(
  text: string,
  sticky: RegExp,
  take: (m: RegExpExecArray) => boolean,
  from = 0,
): void {
  // The first line start at or after `from`.
  let at = from;
  if (at > 0 && text.charCodeAt(at - 1) !== 10) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return;
    at = nl + 1;
  }
  for (;;) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m && take(m)) return;
    const nl = text.indexOf('\n', at);
    if (nl < 0) return;
    at = nl + 1;
  }
}

const multiline = new Map<string, RegExp>();

/** `sticky` as the pattern it stands for: '^' and the `m` flag, not `y` (and `g` if asked). */
function multilineOf(sticky: RegExp, global: '' | 'g'): RegExp {
  const flags = `${sticky.flags.replace(/[gy]/g, '')}m${global}`;
  const key = `${flags}/${sticky.source}`;
  let re = multiline.get(key);
  if (!re) {
    re = new RegExp(`^(?:${sticky.source})`, flags);
    multiline.set(key, re);
  }
  return re;
}

/** A line end other than '\n', after which a multiline `^` also matches. */
function hasOtherLineEnds(text: string): boolean {
  return text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
}
