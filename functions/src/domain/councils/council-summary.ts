import type { Council } from '../schemas/council.schema.js';
import type { CouncilMembership } from '../schemas/council-membership.schema.js';
import { isActiveOn } from './memberships.js';

/**
 * What the public sees of a council's people, kept on the council document by the server from
 * the memberships: the member organisations on the day (each once, in the order they joined)
 * and the chair's name and organisation. No contacts, and nobody outside an organisation.
 */
export function councilPublicSummary(
  memberships: readonly CouncilMembership[],
  date: string,
): Pick<Council, 'memberOrgs' | 'chair'> {
  const active = memberships
    .filter((m) => isActiveOn(m, date))
    .sort((a, b) => a.from.localeCompare(b.from) || a.uid.localeCompare(b.uid));
  const memberOrgs: Council['memberOrgs'] = [];
  for (const m of active) {
    if (!m.orgId || !m.orgName || memberOrgs.some((o) => o.orgId === m.orgId)) continue;
    memberOrgs.push({ orgId: m.orgId, name: m.orgName });
  }
  const chair = active.find((m) => m.role === 'chair');
  return {
    memberOrgs,
    chair: chair
      ? { displayName: chair.displayName, ...(chair.orgName ? { orgName: chair.orgName } : {}) }
      : undefined,
  };
}
