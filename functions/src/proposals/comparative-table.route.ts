import type { Request } from 'firebase-functions/https';
import type { Response } from 'express';
import { withCouncilRelations, type MembershipPeriod } from '../domain/councils/memberships.js';
import { domainError } from '../domain/errors.js';
import { kyivDate } from '../domain/kyiv-time.js';
import { mayReadProposal } from '../domain/policies/proposal.policy.js';
import type { Actor } from '../domain/roles.js';
import { councilMembershipSchema } from '../domain/schemas/council-membership.schema.js';
import type { Proposal } from '../domain/schemas/proposal.schema.js';
import { contentDisposition } from '../domain/uploads/http-file-name.js';
import { db } from '../shared/firebase.js';
import { authenticate } from '../uploads/authenticate.js';
import { answerFileRoute, HttpRefusal } from '../uploads/http-errors.js';
import { isRouteId } from '../uploads/route-ids.js';
import { proposalRef } from './proposal-store.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function councilPeriods(councilIds: string[]): Promise<MembershipPeriod[]> {
  const periods: MembershipPeriod[] = [];
  for (const councilId of new Set(councilIds)) {
    const members = await db().collection(`councils/${councilId}/members`).get();
    for (const d of members.docs) {
      const m = councilMembershipSchema.parse(d.data());
      periods.push({ councilId, uid: m.uid, role: m.role, from: m.from, to: m.to });
    }
  }
  return periods;
}

/**
 * The stored proposal, to a signed-in person who may read it (`mayReadProposal`: its authors,
 * the members of the councils it came before, the Secretariat); otherwise the route's refusal.
 */
export async function readableProposal(req: Request, proposalId: string): Promise<Proposal> {
  const actor: Actor = await authenticate(req);
  const notFound = new HttpRefusal(domainError('PROPOSAL.NOT_FOUND'));
  if (!isRouteId(proposalId)) throw notFound;
  const snapshot = await proposalRef(proposalId).get();
  const proposal = snapshot.exists ? snapshot.data() : undefined;
  if (!proposal) throw notFound;
  const councils = [proposal.councilId, proposal.agenda?.councilId, proposal.discussion?.councilId];
  const periods = await councilPeriods(councils.filter((id): id is string => Boolean(id)));
  const reader = withCouncilRelations(actor, periods, kyivDate(new Date()));
  if (!mayReadProposal(reader, proposal)) {
    throw new HttpRefusal(domainError('PROPOSAL.NOT_ALLOWED_TO_READ'));
  }
  return proposal;
}

/** Answers a generated DOCX as a private download. */
export function sendDocx(res: Response, bytes: Uint8Array, fileName: string): void {
  res.status(200).set({
    'Content-Type': DOCX,
    'Content-Length': String(bytes.byteLength),
    'Content-Disposition': contentDisposition(fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  res.end(Buffer.from(bytes));
}

/**
 * `GET /api/proposals/{id}/comparative-table.docx`: the comparative table of the proposal as
 * submitted (its latest version), laid out as drafters expect, to whoever may read the
 * proposal (`mayReadProposal`). `?orientation=portrait` for a portrait page.
 */
export async function handleComparativeTable(
  req: Request,
  res: Response,
  proposalId: string,
): Promise<void> {
  await answerFileRoute('comparative-table', req, res, async () => {
    const proposal = await readableProposal(req, proposalId);
    const { comparativeTableDocx } = await import('../domain/documents/comparative-table.docx.js');
    const orientation = req.query.orientation === 'portrait' ? 'portrait' : 'landscape';
    const bytes = await comparativeTableDocx(proposal, { orientation });
    sendDocx(res, bytes, `Порівняльна таблиця ${proposal.number}.docx`);
  });
}
