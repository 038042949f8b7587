import { Timestamp } from 'firebase-admin/firestore';
import { sampleProposalContent } from '../../../functions/src/domain/proposals/proposal-fixtures.test-support.js';
import { proposalDraftSchema } from '../../../functions/src/domain/schemas/proposal-draft.schema.js';
import { proposalSchema } from '../../../functions/src/domain/schemas/proposal.schema.js';
import { meetingSchema } from '../../../functions/src/domain/schemas/meeting.schema.js';
import type { MeetingStatus } from '../../../functions/src/domain/workflows/meeting.workflow.js';
import type { ProposalStatus } from '../../../functions/src/domain/workflows/proposal.workflow.js';
import { adminDb, unique } from '../../support/admin.js';
import { stack } from '../../support/stack.js';

/**
 * Proposals and meetings for the file routes' tests, written as the server would and checked
 * against their schemas: a proposal's draft (and, once submitted, the proposal), a meeting of
 * a council with members.
 */
const SEEDED = Timestamp.fromDate(new Date('2026-03-02T08:00:00Z'));
const SUBMITTED = Timestamp.fromDate(new Date('2026-03-05T08:00:00Z'));

export const targetFilesUrl = (
  folder: 'proposals' | 'meetings' | 'notes',
  id: string,
  attachmentId: string,
) => `${stack.webUrl}/api/files/${folder}/${id}/${attachmentId}`;

export async function createCouncil(members: { uid: string; orgId?: string }[]) {
  const councilId = unique('council');
  await adminDb()
    .doc(`councils/${councilId}`)
    .set({
      kind: 'expert',
      name: { uk: 'Експертна рада з питань свободи' },
      description: { uk: 'Готує пропозиції щодо права на свободу.' },
      theme: 'legislation',
      rights: [],
      instruments: ['echr'],
      quorum: { rule: 'more_than_half' },
      memberOrgs: [],
      createdBy: 'demo-admin',
      createdAt: SEEDED,
      updatedAt: SEEDED,
    });
  for (const m of members) {
    await adminDb()
      .doc(`councils/${councilId}/members/${m.uid}`)
      .set({
        uid: m.uid,
        displayName: m.uid,
        email: `${m.uid}@spilno.test`,
        ...(m.orgId ? { orgId: m.orgId, orgName: `Організація ${m.orgId}` } : {}),
        role: 'member',
        from: '2026-01-01',
        createdBy: 'demo-admin',
        createdAt: SEEDED,
        updatedAt: SEEDED,
      });
  }
  return councilId;
}

/**
 * A proposal of `orgIds` (the first leads) in `status`: its draft, locked unless it is with
 * the authors; from submission on, the proposal too.
 */
export async function createProposal({
  councilId,
  orgIds,
  status = 'draft',
}: {
  councilId: string;
  orgIds: string[];
  status?: ProposalStatus;
}) {
  const id = unique('proposal');
  const content = sampleProposalContent();
  const withAuthors = ['draft', 'returned', 'returned_for_revision'].includes(status);
  await adminDb()
    .doc(`proposalDrafts/${id}`)
    .set(
      proposalDraftSchema.parse({
        ...content,
        councilId,
        leadOrgId: orgIds[0],
        orgIds,
        locked: !withAuthors,
        createdBy: 'demo-ngo-member',
        createdAt: SEEDED,
        updatedAt: SEEDED,
      }),
    );
  if (status !== 'draft') {
    await adminDb()
      .doc(`proposals/${id}`)
      .set(
        proposalSchema.parse({
          ...content,
          councilId,
          leadOrgId: orgIds[0],
          orgIds,
          authors: orgIds.map((orgId) => ({ orgId, name: `Організація ${orgId}` })),
          status,
          number: `ЗП-2026-${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
          version: 1,
          submittedAt: SUBMITTED,
          lastSubmittedAt: SUBMITTED,
          createdBy: 'demo-ngo-member',
          createdAt: SEEDED,
          updatedAt: SUBMITTED,
        }),
      );
  }
  return id;
}

/** An invitation to co-author, not answered. */
export async function invite(proposalId: string, councilId: string, orgId: string, by: string) {
  await adminDb()
    .doc(`proposalCoAuthors/${proposalId}__${orgId}`)
    .set({
      proposalId,
      councilId,
      orgId,
      orgName: `Організація ${orgId}`,
      invitingOrgId: by,
      invitingOrgName: `Організація ${by}`,
      proposalTitle: sampleProposalContent().title,
      state: 'invited',
      invitedBy: 'demo-ngo-member',
      invitedAt: SEEDED,
    });
}

export async function createMeeting(councilId: string, status: MeetingStatus = 'held') {
  const id = unique('meeting');
  await adminDb()
    .doc(`meetings/${id}`)
    .set(
      meetingSchema.parse({
        councilId,
        councilName: { uk: 'Експертна рада з питань свободи' },
        title: 'Засідання експертної ради',
        startsAt: SEEDED,
        durationMinutes: 120,
        place: 'м. Київ, вул. Інститутська, 21/8',
        agenda: [{ kind: 'item', key: 'plan', title: 'Про план роботи на 2027 рік' }],
        status,
        calendar: { uid: `meeting-${id}@spilno.test`, sequence: 0 },
        createdBy: 'demo-staff1',
        createdAt: SEEDED,
        updatedAt: SEEDED,
      }),
    );
  return id;
}
