import type { Request } from 'firebase-functions/https';
import type { Response } from 'express';
import { domainError } from '../domain/errors.js';
import { recommendationLetter } from '../domain/proposals/recommendation-letter.js';
import { readableProposal, sendDocx } from '../proposals/comparative-table.route.js';
import { answerFileRoute, HttpRefusal } from '../uploads/http-errors.js';

/**
 * `GET /api/proposals/{id}/recommendation-letter.docx`: the covering letter of the
 * recommendation as sent — to its addressee, under its outgoing number and date, with the text
 * staff recorded and the comparative table named as its enclosure — to whoever may read the
 * proposal. Made from the stored recommendation and the proposal's content, neither of which
 * changes once the Commissioner has decided.
 */
export async function handleRecommendationLetter(
  req: Request,
  res: Response,
  proposalId: string,
): Promise<void> {
  await answerFileRoute('recommendation-letter', req, res, async () => {
    const proposal = await readableProposal(req, proposalId);
    if (!proposal.recommendation) throw new HttpRefusal(domainError('PARLIAMENT.NOT_SENT'));
    const { recommendationLetterDocx } =
      await import('../domain/documents/recommendation-letter.docx.js');
    const bytes = await recommendationLetterDocx(
      recommendationLetter(proposal, proposal.recommendation),
    );
    sendDocx(res, bytes, `Лист ${proposal.recommendation.outgoingNumber} ${proposal.number}.docx`);
  });
}
