import { z } from 'zod';
import {
  auditedFields,
  idSchema,
  isoDateSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';
import { PROPOSAL_AGENDA_OUTCOMES } from '../meetings/agenda-outcomes.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../workflows/proposal.workflow.js';
import { legislativeTrackerSchema, recommendationSchema } from './parliament.schema.js';
import { proposalContentFields, rowsNameTheirAct } from './proposal-content.schema.js';

/** A proposal document exists from submission on: its drafts live in `proposalDrafts`. */
export const STORED_PROPOSAL_STATUSES = PROPOSAL_STATUSES.filter(
  (status): status is Exclude<ProposalStatus, 'draft'> => status !== 'draft',
) as [Exclude<ProposalStatus, 'draft'>, ...Exclude<ProposalStatus, 'draft'>[]];

/** An organisation named among the authors: the lead and the co-authors that accepted. */
export const proposalAuthorSchema = z.object({
  orgId: idSchema,
  name: text(2, 300, 'Назва організації'),
});

const actedSchema = z.object({ by: uidSchema, at: timestampSchema });

export const PROPOSAL_DECISIONS = ['recommend', 'reject', 'return_for_revision'] as const;

/** The Commissioner's decision after the discussion, with its reasons. */
export const proposalDecisionSchema = z.object({
  kind: z.enum(PROPOSAL_DECISIONS),
  rationale: text(10, 10_000, 'Обґрунтування рішення'),
  decidedBy: uidSchema,
  decidedAt: timestampSchema,
});

/**
 * `proposals/{proposalId}`: the proposal as submitted (the content of its latest version) and
 * its fate. Written only by the server (`proposalAction` and the meeting's record); read by
 * its authors, the members of its council, the Secretariat and, once it is on a meeting's
 * agenda, the members of that meeting's council (see `mayReadProposal`).
 */
export const proposalSchema = proposalContentFields
  .extend({
    councilId: idSchema,
    leadOrgId: idSchema,
    /** The lead and the co-authors that accepted: who may read it as authors. */
    orgIds: z.array(idSchema).min(1).max(11),
    authors: z.array(proposalAuthorSchema).min(1).max(11),
    status: z.enum(STORED_PROPOSAL_STATUSES),
    /** Registration number given at the first submission, `ЗП-2026-000001`. */
    number: z.string().regex(/^ЗП-\d{4}-\d{6}$/),
    /** The latest version (1 at the first submission). */
    version: z.int().min(1),
    submittedAt: timestampSchema,
    lastSubmittedAt: timestampSchema,
    /** Why the council last sent it back. */
    councilReturn: actedSchema.extend({ reason: text(10, 5000, 'Причина повернення') }).optional(),
    endorsement: actedSchema.extend({ note: optionalText(5000, 'Коментар голови') }).optional(),
    /** The meeting whose agenda holds it, while it is scheduled. */
    agenda: z
      .object({ meetingId: idSchema, councilId: idSchema, startsAt: timestampSchema })
      .optional(),
    /** The meeting's outcome for it; kept when it goes on, so it stays public. */
    discussion: z
      .object({
        meetingId: idSchema,
        councilId: idSchema,
        heldOn: isoDateSchema,
        outcome: z.enum(PROPOSAL_AGENDA_OUTCOMES),
        note: optionalText(5000, 'Підсумок обговорення'),
      })
      .optional(),
    decision: proposalDecisionSchema.optional(),
    recommendation: recommendationSchema.optional(),
    tracker: legislativeTrackerSchema.optional(),
    closedAt: timestampSchema.optional(),
    withdrawnAt: timestampSchema.optional(),
    withdrawReason: optionalText(2000, 'Причина відкликання'),
    ...auditedFields,
  })
  .superRefine((proposal, ctx) => {
    rowsNameTheirAct(proposal, ctx);
    if (proposal.orgIds[0] !== proposal.leadOrgId) {
      ctx.addIssue({
        code: 'custom',
        path: ['orgIds'],
        message: 'Першою серед авторів є організація, яка створила пропозицію',
      });
    }
    const named = proposal.authors.map((a) => a.orgId);
    if (named.join() !== proposal.orgIds.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['authors'],
        message: 'Названо лише авторів, які погодилися',
      });
    }
  });
export type Proposal = z.infer<typeof proposalSchema>;
