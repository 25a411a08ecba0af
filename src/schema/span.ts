import { z } from 'zod';

/** UTF-16 offsets into `plan.text`, end exclusive. */
export const spanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });

export type Span = z.infer<typeof spanSchema>;
