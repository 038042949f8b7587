import { z } from 'zod';
import { idSchema, text, timestampSchema, uidSchema } from '../fields.js';

export const CO_AUTHOR_STATES = ['invited', 'accepted', 'declined'] as const;
export type CoAuthorState = (typeof CO_AUTHOR_STATES)[number];

/** The id of an organisation's co-authorship of a proposal: one per pair. */
export const coAuthorId = (proposalId: string, orgId: string) => `${proposalId}__${orgId}`;

/**
 * `proposalCoAuthors/{proposalId}__{orgId}`: an organisation invited to co-author a proposal.
 * The invited organisation reads this (the title and who invites it), never the proposal,
 * until it accepts; then it joins the proposal's `orgIds` and is named among the authors.
 * A declined invitation is kept so the authors see the answer. Written only by the server.
 */
export const proposalCoAuthorSchema = z
  .object({
    proposalId: idSchema,
    councilId: idSchema,
    /** The invited organisation. */
    orgId: idSchema,
    orgName: text(2, 300, 'Назва організації'),
    invitingOrgId: idSchema,
    invitingOrgName: text(2, 300, 'Назва організації'),
    proposalTitle: text(1, 300, 'Назва пропозиції'),
    state: z.enum(CO_AUTHOR_STATES),
    invitedBy: uidSchema,
    invitedAt: timestampSchema,
    respondedBy: uidSchema.optional(),
    respondedAt: timestampSchema.optional(),
  })
  .refine((c) => (c.state === 'invited') === (c.respondedAt === undefined), {
    message: 'Відповідь на запрошення має дату, а запрошення без відповіді — ні',
    path: ['respondedAt'],
  });
export type ProposalCoAuthor = z.infer<typeof proposalCoAuthorSchema>;
