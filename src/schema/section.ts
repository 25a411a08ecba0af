import { z } from 'zod';
import { spanSchema } from './span.js';

export const sectionRoles = ['purpose', 'tasks', 'implementation', 'reporting', 'other'] as const;
export const sectionRoleSchema = z.enum(sectionRoles);
export type SectionRole = z.infer<typeof sectionRoleSchema>;

export interface Section {
  id: string;
  number: string;
  level: number;
  heading: string;
  role: SectionRole;
  span: z.infer<typeof spanSchema>;
  headingSpan: z.infer<typeof spanSchema>;
  children: Section[];
}

// Recursive: zod 4 getters keep the inferred type and the JSON Schema `$ref`.
export const sectionSchema = z.object({
  id: z.string(),
  number: z.string(),
  level: z.number().int().positive(),
  heading: z.string(),
  role: sectionRoleSchema,
  span: spanSchema,
  headingSpan: spanSchema,
  get children(): z.ZodArray<typeof sectionSchema> {
    return z.array(sectionSchema);
  },
});
