import type { ProposalActionInput } from '../domain/actions/proposal-action.schema.js';
import { commentSide, mayComment } from '../domain/policies/proposal.policy.js';
import { COMMENT_NOTICE } from '../domain/proposals/proposal-notices.js';
import type { Actor } from '../domain/roles.js';
import { proposalCommentSchema } from '../domain/schemas/proposal-comment.schema.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { writeNotices } from '../notifications/notify.js';
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { profileRef } from '../users/user-store.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import { onCouncil, proposalChain, readAudience, readProposalState } from './proposal-store.js';

/**
 * A comment on a proposal under review, by a member of its council, the Secretariat or an
 * author (`mayComment`), on the version it was written on. The authors are told.
 */
export function commentOnProposal(
  actor: Actor,
  input: Extract<ProposalActionInput, { action: 'comment' }>,
) {
  return db().runTransaction(async (tx) => {
    const state = await readProposalState(tx, input.proposalId);
    const acting = onCouncil(actor, state);
    if (!state.proposal || !mayComment(acting, state.view)) {
      throw refusal('PROPOSAL.COMMENTS_CLOSED');
    }
    const profile = (await tx.get(profileRef(actor.uid))).data();
    const audience = await readAudience(tx, state, COMMENT_NOTICE.to, actor.uid);
    const head = await readAuditHead(tx, proposalChain(state.id));
    await takeMailingUnit(tx, actor.uid);

    const ref = db().collection(`proposals/${state.id}/comments`).doc();
    const comment = proposalCommentSchema.parse({
      side: commentSide(acting, state.view),
      text: input.text,
      version: state.proposal.version,
      authorUid: actor.uid,
      authorName: profile?.displayName ?? '—',
      ...(actor.orgId ? { authorOrgId: actor.orgId } : {}),
      createdAt: new Date(),
    });
    tx.create(ref, comment);
    await appendAudit(tx, head, {
      chain: proposalChain(state.id),
      actor: { uid: actor.uid, role: actor.role },
      action: 'proposal.commented',
      target: { type: 'proposal', id: state.id },
      details: { commentId: ref.id, side: comment.side, version: comment.version },
    });
    writeNotices(tx, audience, {
      event: `proposal.comment_added:${ref.id}`,
      template: COMMENT_NOTICE.template,
      data: {
        proposalId: state.id,
        number: state.proposal.number,
        title: state.proposal.title,
        authorName: comment.authorName,
        side: comment.side,
      },
      link: `/app/proposals/${state.id}#comments`,
    });
    return { proposalId: state.id, commentId: ref.id };
  });
}
