import { z } from 'zod';
import { spanSchema } from './span.js';

export const deadlineKinds = ['date', 'before', 'period', 'recurring', 'continuous', 'range'] as const;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO 8601 date, possibly partial');

export const deadlineSchema = z.object({
  text: z.string(),
  kind: z.enum(deadlineKinds),
  date: isoDate.optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  /** ISO 8601 duration of a recurring deadline: 'P1M', 'P3M', 'P6M', 'P9M', 'P1Y'. */
  every: z
    .string()
    .regex(/^P\d+[DWMY]$/)
    .optional(),
  /** '--06-10' (month-day) or '---25' (day of month). */
  due: z
    .string()
    .regex(/^(--\d{2}-\d{2}|---\d{2})$/)
    .optional(),
  yearInferred: z.boolean().optional(),
  span: spanSchema,
  ruleId: z.string().optional(),
});

export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineKind = Deadline['kind'];
