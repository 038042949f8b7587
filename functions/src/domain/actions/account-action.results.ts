import { z } from 'zod';
import type { ActionResults } from './action-results.js';
import type { accountActionInput } from './account-action.schema.js';

/** The address as Firebase Auth holds it (not normalised again: it is echoed as it is). */
const email = z.string().min(1);

/** What each `accountAction` answers (docs/API.md). */
export const accountActionResults = {
  /** A confirmed address is not mailed again. */
  sendEmailVerification: z.discriminatedUnion('verified', [
    z.object({ email, verified: z.literal(false), sent: z.literal(true) }),
    z.object({ email, verified: z.literal(true), sent: z.literal(false) }),
  ]),
} satisfies ActionResults<z.input<typeof accountActionInput>['action']>;
