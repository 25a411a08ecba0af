import type { ToneStyle } from '../../options.js';
import { placeTone } from '../vietnamese/place-tone.js';
import { Shape } from '../words/scan-words.js';

/** A model syllable ('lập', old style, lower case) written like the word it replaces. */
export function restoreCase(syllable: string, shape: Shape, style: ToneStyle): string {
  const styled = style === 'new' ? placeTone(syllable, 'new') : syllable;
  if (shape === Shape.Caps) return styled.toUpperCase();
  if (shape === Shape.Capitalised) return styled.slice(0, 1).toUpperCase() + styled.slice(1);
  return styled;
}
