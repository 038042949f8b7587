/**
 * A proposal endorsed by its Expert Council, arranged through the callables and the draft the
 * browser writes (test/emulator/proposals/proposal-path.test.ts walks the same steps), so that
 * a browser test starts where a meeting takes it up.
 */
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { sampleProposalContent } from '../../functions/src/domain/proposals/proposal-fixtures.test-support.js';
import { ORG_KYIV } from '../../scripts/demo/demo-data.js';
import { unique } from '../support/admin.js';
import { signIn } from '../support/client.js';

/** In the seeded Expert Council on detention: its member writes, its chair endorses. */
const COUNCIL = 'expert-detention';
const AUTHOR = 'ngo-member@spilno.test';
const CHAIR = 'ngo-admin@spilno.test';

export async function endorsedProposal(title: string): Promise<{ id: string; number: string }> {
  const author = await signIn(AUTHOR);
  const chair = await signIn(CHAIR);
  try {
    const id = unique('proposal');
    const content = sampleProposalContent();
    await setDoc(doc(author.db, 'proposalDrafts', id), {
      title,
      problem: content.problem,
      councilId: COUNCIL,
      leadOrgId: ORG_KYIV,
      orgIds: [ORG_KYIV],
      locked: false,
      draftLawTitle: content.draftLawTitle,
      legalActs: content.legalActs,
      internationalStandards: content.internationalStandards,
      caseLaw: content.caseLaw,
      justification: content.justification,
      expectedEffect: content.expectedEffect,
      comparativeTable: content.comparativeTable,
      createdBy: author.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    const { number } = await author.call<{ number: string }>('proposalAction', {
      action: 'submit',
      proposalId: id,
    });
    await chair.call('proposalAction', { action: 'startCouncilReview', proposalId: id });
    await chair.call('proposalAction', { action: 'endorse', proposalId: id });
    return { id, number };
  } finally {
    await Promise.all([author.close(), chair.close()]);
  }
}
