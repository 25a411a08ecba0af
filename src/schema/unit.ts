import { z } from 'zod';
import { spanSchema } from './span.js';

export const unitRoles = ['lead', 'cooperate', 'advise', 'report', 'receive'] as const;
export const unitRoleSchema = z.enum(unitRoles);
export type UnitRole = z.infer<typeof unitRoleSchema>;

export const unitSchema = z.object({
  name: z.string(),
  mentions: z.array(spanSchema),
  roles: z.array(unitRoleSchema),
});

export type Unit = z.infer<typeof unitSchema>;
