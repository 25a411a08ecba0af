import { z } from 'zod';

export const signModes = ['TM', 'KT', 'TL', 'TUQ'] as const;

export const signerSchema = z.object({
  name: z.string(),
  title: z.string(),
  authority: z.string().nullable(),
  mode: z.enum(signModes).nullable(),
});

export type Signer = z.infer<typeof signerSchema>;

export const planMetaSchema = z.object({
  docType: z.string(),
  title: z.string().nullable(),
  number: z.string().nullable(),
  code: z.string().nullable(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  issuedDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  year: z.number().int().nullable(),
  signer: signerSchema.nullable(),
  recipients: z.array(z.string()),
  issuedWith: z
    .object({
      type: z.string(),
      number: z.string().nullable(),
      issuedDate: z.string().nullable(),
      signer: signerSchema.nullable(),
    })
    .optional(),
});

export type PlanMeta = z.infer<typeof planMetaSchema>;
