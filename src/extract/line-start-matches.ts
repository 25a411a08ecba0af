/**
 * What `text.matchAll(multiline)` finds, for a pattern that opens with a multiline `^` and
 * never matches past the end of its line: `sticky` (the same pattern without the `^`) tried at
 * the start of each line only.
 *
 * Why: V8 tries a `^…` pattern with the `m` flag at every position of the text, each try
 * failing on the `^`; a plan has a few dozen lines and thousands of positions. The normalizer
 * turns every line end into '\n'; a text that still has another one ('\r', '\u2028', '\u2029',
 * when the line-endings step was skipped) is searched with `multiline` itself.
 */
export function lineStartMatches(text: string, sticky: RegExp, multiline: RegExp): RegExpExecArray[] {
  if (hasOtherLineEnds(text)) return [...text.matchAll(multiline)];
  const out: RegExpExecArray[] = [];
  for (let at = 0; ; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) out.push(m);
    const nl = text.indexOf('\n', at);
    if (nl < 0) return out;
    at = nl + 1;
  }
}

/**
 * What `multiline.exec(text)` finds for a pattern that opens with a multiline `^` (its match
 * may run on past its line): `sticky`, the same pattern without the `^`, tried at each line
 * start in turn, the first match returned.
 */
export function firstLineStartMatch(text: string, sticky: RegExp, multiline: RegExp): RegExpExecArray | null {
  if (hasOtherLineEnds(text)) {
    multiline.lastIndex = 0;
    return multiline.exec(text);
  }
  for (let at = 0; ; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) return m;
    const nl = text.indexOf('\n', at);
    if (nl < 0) return null;
    at = nl + 1;
  }
}

/** A line end other than '\n', after which a multiline `^` also matches. */
function hasOtherLineEnds(text: string): boolean {
  return text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
}
