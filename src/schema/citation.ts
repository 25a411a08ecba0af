import { z } from 'zod';
import { spanSchema } from './span.js';

export const citationSchema = z.object({
  /** Canonical number: '33/CT-TTg', '23-QĐ/TW', '04/2015/NĐ-CP'; null when cited by name only. */
  id: z.string().nullable(),
  type: z.string(),
  number: z.string().nullable(),
  year: z.number().int().nullable(),
  issuedDate: z.string().nullable(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  mentions: z.array(spanSchema),
  /** The rule that found the first mention. */
  ruleId: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
});

export type Citation = z.infer<typeof citationSchema>;
