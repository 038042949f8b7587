import { z } from 'zod';
import { auditedFields, idSchema } from '../fields.js';
import { proposalDraftContentSchema } from './proposal-content.schema.js';

/**
 * `proposalDrafts/{proposalId}`: the authors' working copy of a proposal, written by their
 * browser field by field as they type (autosave is a plain write: no function listens to this
 * collection). The proposal itself (`proposals/{proposalId}`, same id) is created by the
 * server at submission from the whole content; from then on the draft is `locked` until the
 * council or the Commissioner returns the proposal, when the authors edit it again here and
 * resubmit. The authors may delete the draft while nothing has been submitted.
 */
export const proposalDraftSchema = proposalDraftContentSchema
  .extend({
    councilId: idSchema,
    /** The organisation that started the proposal. */
    leadOrgId: idSchema,
    /**
     * Organisations that may read and edit: the lead and the co-authors that accepted. The
     * client creates the draft with its own organisation; the server adds co-authors.
     */
    orgIds: z.array(idSchema).min(1).max(11),
    /** Set by the server while the proposal is with the council or the Commissioner. */
    locked: z.boolean(),
    ...auditedFields,
  })
  // The rules let the authors write exactly these fields, and never `orgIds` or `locked`.
  .strict()
  .refine((draft) => draft.orgIds[0] === draft.leadOrgId, {
    message: 'Першою серед авторів є організація, яка створила пропозицію',
    path: ['orgIds'],
  });
export type ProposalDraft = z.infer<typeof proposalDraftSchema>;

/** Fields the authors' browser writes on a draft; everything else is the server's. */
export const PROPOSAL_DRAFT_CLIENT_FIELDS = [
  ...Object.keys(proposalDraftContentSchema.shape),
  'councilId',
  'leadOrgId',
  'orgIds',
  'locked',
  'createdBy',
  'createdAt',
  'updatedAt',
] as const;
