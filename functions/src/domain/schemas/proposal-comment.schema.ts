import { z } from 'zod';
import { idSchema, text, timestampSchema, uidSchema } from '../fields.js';

export const COMMENT_SIDES = ['author', 'council', 'secretariat'] as const;
export type CommentSide = (typeof COMMENT_SIDES)[number];

/**
 * `proposals/{proposalId}/comments/{commentId}`: a remark by a council member or the
 * Secretariat on a proposal under review, or the authors' reply; it refers to the version it
 * was written on. Authors are notified of comments.
 */
export const proposalCommentSchema = z.object({
  side: z.enum(COMMENT_SIDES),
  text: text(1, 10_000, 'Коментар'),
  version: z.int().min(1),
  authorUid: uidSchema,
  authorName: text(1, 200, 'Автор'),
  authorOrgId: idSchema.optional(),
  createdAt: timestampSchema,
});
export type ProposalComment = z.infer<typeof proposalCommentSchema>;

/** What a person writes in the comment form. */
export const proposalCommentInputSchema = proposalCommentSchema.pick({ text: true });
