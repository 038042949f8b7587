import { z } from 'zod';
import { DELIVERY_STATES } from '../schemas/mail.schema.js';

/** Input of the `mailAction` callable: the delivery log for staff and admins. */
export const mailActionInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('list'),
    state: z.enum(DELIVERY_STATES).optional(),
    /** Id of the last mail of the previous page. */
    after: z.string().optional(),
    limit: z.int().min(1).max(100).default(50),
  }),
  z.object({ action: z.literal('retry'), mailId: z.string().min(1) }),
]);
