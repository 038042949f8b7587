import { z } from 'zod';
import {
  auditedFields,
  idSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';
import { MEETING_STATUSES } from '../workflows/meeting.workflow.js';

export const meetingPlanSchema = z
  .object({
    councilId: idSchema,
    title: text(3, 300, 'Назва засідання'),
    startsAt: timestampSchema,
    place: optionalText(300, 'Місце'),
    link: z.url({ protocol: /^https$/, error: 'Посилання має починатися з https://' }).optional(),
    agenda: z.array(z.object({ proposalId: idSchema, title: text(1, 300, 'Питання') })).max(50),
  })
  .refine((plan) => plan.place || plan.link, {
    message: 'Вкажіть місце або посилання на онлайн-засідання',
    path: ['place'],
  });

/** `meetings/{meetingId}`. */
export const meetingSchema = z.object({
  ...meetingPlanSchema.shape,
  status: z.enum(MEETING_STATUSES),
  attendance: z
    .array(z.object({ uid: uidSchema, displayName: z.string(), orgId: idSchema.optional() }))
    .optional(),
  minutes: optionalText(100_000, 'Протокол'),
  outcomes: z
    .array(
      z.object({
        proposalId: idSchema,
        outcome: z.enum(['supported', 'not_supported', 'postponed']),
        note: optionalText(5000, 'Примітка'),
      }),
    )
    .optional(),
  ...auditedFields,
});
export type Meeting = z.infer<typeof meetingSchema>;
