/** The middle item of `xs` by `key` (the upper one of an even count); `xs` is left as it is. */
export const median = <T>(xs: readonly T[], key: (x: T) => number): T =>
  [...xs].sort((a, b) => key(a) - key(b))[xs.length >> 1]!;
