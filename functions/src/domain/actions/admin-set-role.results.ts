import { z } from 'zod';
import { uidSchema } from '../fields.js';
import { roleClaimsSchema } from '../roles.js';
import type { ActionResults } from './action-results.js';
import type { adminSetRoleInput } from './admin-set-role.schema.js';

const uid = uidSchema;

/** What each `adminSetRole` answers (docs/API.md): the claims now on the person's token. */
export const adminSetRoleResults = {
  setRole: z.object({ uid, claims: roleClaimsSchema }),
  clearRole: z.object({ uid, claims: z.null() }),
  deactivate: z.object({ uid, active: z.literal(false) }),
  activate: z.object({ uid, active: z.literal(true) }),
  updateCoordinatorListing: z.object({ uid }),
} satisfies ActionResults<z.input<typeof adminSetRoleInput>['action']>;
