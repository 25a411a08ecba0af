import { z } from 'zod';
import { citationSchema } from './citation.js';
import { correctionSchema } from './correction.js';
import { deadlineSchema } from './deadline.js';
import { planMetaSchema } from './meta.js';
import { sectionSchema } from './section.js';
import { taskSchema } from './task.js';
import { unitSchema } from './unit.js';
import { warningSchema } from './warning.js';

export const sourceFormats = ['text', 'pdf', 'docx', 'image'] as const;

export const sourceSchema = z.object({
  format: z.enum(sourceFormats),
  /** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni', 'viscii', 'viqr', … */
  encoding: z.string(),
  pages: z.number().int().nonnegative().nullable(),
  ocr: z.boolean(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * How `plan.text` maps back to the loaded source text: flat quadruples
 * [textStart, textEnd, sourceStart, sourceEnd] for every changed region, in order.
 * Between regions the two texts are equal, shifted by the previous region's delta.
 */
export const offsetMapSchema = z.array(z.number().int().nonnegative());

export const planSchema = z.object({
  schemaVersion: z.literal(1),
  source: sourceSchema,
  text: z.string(),
  meta: planMetaSchema,
  sections: z.array(sectionSchema),
  tasks: z.array(taskSchema),
  units: z.array(unitSchema),
  deadlines: z.array(deadlineSchema),
  citations: z.array(citationSchema),
  corrections: z.array(correctionSchema),
  warnings: z.array(warningSchema),
  offsetMap: offsetMapSchema,
});

export type Plan = z.infer<typeof planSchema>;
export type PlanSource = z.infer<typeof sourceSchema>;
export type SourceFormat = PlanSource['format'];
