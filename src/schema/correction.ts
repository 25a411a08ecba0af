import { z } from 'zod';
import { spanSchema } from './span.js';

export const correctionKinds = ['encoding', 'glyph', 'unicode', 'tone', 'ocr', 'layout'] as const;

/** One change normalization made: `from` (source text) became `to` at `span` of `plan.text`. */
export const correctionSchema = z.object({
  kind: z.enum(correctionKinds),
  from: z.string(),
  to: z.string(),
  span: spanSchema,
  confidence: z.number().min(0).max(1),
  /** The normalization step that made the change, e.g. 'join-wrapped-lines'. */
  step: z.string().optional(),
});

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionKind = Correction['kind'];
