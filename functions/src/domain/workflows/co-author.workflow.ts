import type { CoAuthorState } from '../schemas/proposal-co-author.schema.js';
import type { Workflow } from './workflow.js';

export type CoAuthorAction = 'accept' | 'decline';

/**
 * An invitation to co-author a proposal, answered by the lead of the invited organisation
 * (accepting puts the organisation's name on the proposal). The subject's `ownerOrgIds` is
 * the invited organisation alone.
 */
export const coAuthorWorkflow: Workflow<CoAuthorState, CoAuthorAction> = {
  name: 'coAuthor',
  statuses: ['invited', 'accepted', 'declined'],
  statusLabels: {
    invited: { uk: 'Запрошено', en: 'Invited' },
    accepted: { uk: 'Погодилася', en: 'Accepted' },
    declined: { uk: 'Відмовилася', en: 'Declined' },
  },
  actions: {
    accept: {
      from: ['invited'],
      to: 'accepted',
      allow: { ngo_admin: ['ownOrganisation', 'verifiedOrganisation'] },
    },
    decline: { from: ['invited'], to: 'declined', allow: { ngo_admin: ['ownOrganisation'] } },
  },
};
