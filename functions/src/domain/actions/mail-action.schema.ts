import { z } from 'zod';
import { documentIdSchema, DOCUMENT_ID_MAX_BYTES } from '../fields.js';
import { DELIVERY_STATES } from '../schemas/mail.schema.js';

/** Outbox ids are derived from the event and the recipient (`mailIdFor`), often long. */
export const mailIdSchema = documentIdSchema(DOCUMENT_ID_MAX_BYTES);

/** Input of the `mailAction` callable: the delivery log for staff and admins. */
export const mailActionInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('list'),
    state: z.enum(DELIVERY_STATES).optional(),
    /** Id of the last mail of the previous page. */
    after: mailIdSchema.optional(),
    limit: z.int().min(1).max(100).default(50),
  }),
  z.object({ action: z.literal('retry'), mailId: mailIdSchema }),
]);
