import type { Role } from '@domain/roles.js';
import type { PublicationDraft } from '@domain/schemas/publication.schema.js';
import {
  publicationWorkflow,
  type PublicationAction,
} from '@domain/workflows/publication.workflow.js';

/**
 * What a person may do with a publication now (pure, from the workflow the server runs): staff
 * edit a draft and decide its flags, submit it, retract it once published; the Commissioner
 * approves or returns it, and may retract too. Submitting is offered only once no flag is open,
 * and the page says why before anyone asks (the Commissioner could not approve it anyway).
 */
export interface PublicationControls {
  edit: boolean;
  submit: boolean;
  /** Why submitting waits: the number of open flags (0 when it does not wait). */
  openFlags: number;
  approve: boolean;
  returnToDraft: boolean;
  retract: boolean;
}

function allows(action: PublicationAction, role: Role | null, status: PublicationDraft['status']) {
  const step = publicationWorkflow.actions[action];
  return role !== null && step.from.includes(status) && step.allow[role] !== undefined;
}

export function publicationControls(
  role: Role | null,
  draft: Pick<PublicationDraft, 'status' | 'flags'>,
): PublicationControls {
  const openFlags = draft.flags.length;
  const edit = allows('edit', role, draft.status);
  return {
    edit,
    submit: allows('submitForApproval', role, draft.status),
    openFlags,
    approve: allows('approve', role, draft.status),
    returnToDraft: allows('returnToDraft', role, draft.status),
    retract: allows('retract', role, draft.status),
  };
}
