import { z } from 'zod';
import { spanSchema } from './span.js';

/** The closed list of things a parse can warn about. Adding one is a schema change. */
export const warningCodes = [
  'NOT_A_PLAN',
  'NO_TITLE',
  'NO_SECTIONS',
  'SECTION_NUMBER_GAP',
  'UNDECODABLE_BYTES',
  'LEGACY_ENCODING',
  'MIXED_ENCODING',
  'EMPTY_TEXT',
  'GARBAGE_TEXT_LAYER',
  'OCR_LOW_CONFIDENCE',
  'OCR_SKIPPED',
  'TIME_BUDGET_EXCEEDED',
  'TABLE_UNREADABLE',
  'DOCX_NUMBERING_UNRESOLVED',
  'TRUNCATED',
] as const;

export const warningCodeSchema = z.enum(warningCodes);
export type WarningCode = z.infer<typeof warningCodeSchema>;

export const warningSchema = z.object({
  code: warningCodeSchema,
  message: z.string(),
  span: spanSchema.optional(),
});

export type Warning = z.infer<typeof warningSchema>;
