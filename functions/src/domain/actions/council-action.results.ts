import { z } from 'zod';
import { idSchema, uidSchema } from '../fields.js';
import type { ActionResults } from './action-results.js';
import type { councilActionInput } from './council-action.schema.js';

const councilId = idSchema;
const membership = z.object({ councilId, uid: uidSchema });
const application = <S extends 'pending' | 'accepted' | 'declined'>(status: S) =>
  z.object({ councilId, applicationId: idSchema, status: z.literal(status) });

/** What each `councilAction` answers (docs/API.md). */
export const councilActionResults = {
  create: z.object({ councilId }),
  update: z.object({ councilId }),
  addMember: membership,
  endMembership: membership,
  apply: application('pending'),
  acceptApplication: application('accepted'),
  declineApplication: application('declined'),
} satisfies ActionResults<z.input<typeof councilActionInput>['action']>;
