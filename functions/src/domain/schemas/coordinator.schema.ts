import { z } from 'zod';
import { regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import { emailSchema, optionalText, text, timestampSchema } from '../fields.js';
import { phoneSchema } from '../phone.js';
import { codedIssue } from '../errors/field-issue.js';

/** `coordinators/{uid}`: public directory of regional coordinators with their work contacts only. */
export const coordinatorSchema = z
  .object({
    displayName: text(2, 200, 'Ім’я'),
    position: optionalText(200, 'Посада'),
    regions: z
      .array(regionCodeSchema)
      .refine((regions) => regions.length > 0, codedIssue('COORDINATOR.REGIONS_REQUIRED')),
    workEmail: emailSchema.optional(),
    workPhone: phoneSchema.optional(),
    updatedAt: timestampSchema,
  })
  .strict();
export type Coordinator = z.infer<typeof coordinatorSchema>;
