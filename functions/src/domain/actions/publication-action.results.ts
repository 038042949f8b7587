import { z } from 'zod';
import { idSchema } from '../fields.js';
import { PUBLICATION_STATUSES } from '../workflows/publication.workflow.js';
import type { ActionResults } from './action-results.js';
import type { publicationActionInput } from './publication-action.schema.js';

/** Every step of a publication: the draft, its status now and how many flags are still open. */
export const publicationStepSchema = z.object({
  publicationId: idSchema,
  status: z.enum(PUBLICATION_STATUSES),
  openFlags: z.int().min(0),
});

/** What each `publicationAction` answers (docs/API.md): the same step, whatever the action. */
export const publicationActionResults = {
  create: publicationStepSchema,
  save: publicationStepSchema,
  redact: publicationStepSchema,
  markNotPersonal: publicationStepSchema,
  submit: publicationStepSchema,
  approve: publicationStepSchema,
  return: publicationStepSchema,
  retract: publicationStepSchema,
  sendNote: publicationStepSchema,
} satisfies ActionResults<z.input<typeof publicationActionInput>['action']>;
