import { z } from 'zod';
import { deadlineSchema } from './deadline.js';
import { spanSchema } from './span.js';

export const taskOrigins = ['tasks', 'implementation', 'table'] as const;

export const taskSchema = z.object({
  id: z.string(),
  sectionId: z.string(),
  origin: z.enum(taskOrigins),
  title: z.string(),
  text: z.string(),
  lead: z.array(z.string()),
  cooperating: z.array(z.string()),
  deadline: deadlineSchema.nullable(),
  outputs: z.array(z.string()),
  citations: z.array(z.string()),
  span: spanSchema,
});

export type Task = z.infer<typeof taskSchema>;
