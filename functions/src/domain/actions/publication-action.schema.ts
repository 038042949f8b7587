import { z } from 'zod';
import { bilingualText, idSchema, text } from '../fields.js';
import {
  PUBLICATION_KINDS,
  PUBLICATION_TEXT_FIELDS,
  publicationDraftSchema,
} from '../schemas/publication.schema.js';

/**
 * Input of the `publicationAction` callable, one variant per step: staff prepare a
 * publication (from a report's outcome, a proposal, a meeting's minutes or a note about an
 * NGO's work), save it (the personal-data check runs on every save), decide each flag, and
 * submit it; the Commissioner approves or returns it; staff or the Commissioner retract it. An
 * NGO sends a note about its work. The editor's forms validate with the same schemas.
 */
export const publicationContentSchema = publicationDraftSchema.pick({
  title: true,
  summary: true,
  body: true,
  regionCodes: true,
  areas: true,
  rights: true,
  attachmentIds: true,
});
export type PublicationContent = z.infer<typeof publicationContentSchema>;

const publicationId = idSchema;

/** A link in an NGO's note: an address on the web, nothing else. */
const linkSchema = z
  .url({ protocol: /^https?$/, error: 'Посилання має починатися з https://' })
  .max(500);

/** What an NGO sends about its work: staff edit it into a publication. */
export const ngoNoteSchema = z.object({
  title: text(5, 300, 'Заголовок'),
  text: text(30, 10_000, 'Текст'),
  links: z.array(linkSchema).max(10).default([]),
});
export type NgoNote = z.infer<typeof ngoNoteSchema>;

export const publicationActionInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('create'),
    kind: z.enum(PUBLICATION_KINDS),
    /** The report (for an outcome), the proposal or the meeting it is prepared from. */
    sourceId: idSchema.optional(),
    /** The organisation concerned, for a note about an NGO's work that staff write. */
    orgId: idSchema.optional(),
    content: publicationContentSchema,
  }),
  z.object({ action: z.literal('save'), publicationId, content: publicationContentSchema }),
  z.object({
    action: z.literal('redact'),
    publicationId,
    field: z.enum(PUBLICATION_TEXT_FIELDS),
    flagId: z.string().min(1).max(200),
  }),
  z.object({
    action: z.literal('markNotPersonal'),
    publicationId,
    field: z.enum(PUBLICATION_TEXT_FIELDS),
    flagId: z.string().min(1).max(200),
    scope: z.enum(['occurrence', 'text']).default('occurrence'),
    reason: text(3, 500, 'Чому це не персональні дані'),
  }),
  z.object({ action: z.literal('submit'), publicationId }),
  z.object({ action: z.literal('approve'), publicationId }),
  z.object({
    action: z.literal('return'),
    publicationId,
    comment: text(5, 5000, 'Коментар'),
  }),
  z.object({
    action: z.literal('retract'),
    publicationId,
    /** Why, for the audit log. */
    reason: text(5, 2000, 'Причина відкликання'),
    /** What the record's page says from now on. */
    note: bilingualText(5, 2000, 'Примітка про відкликання'),
  }),
  z.object({
    action: z.literal('sendNote'),
    note: ngoNoteSchema,
    /** The organisation's open note (`notes/{noteId}`) the photos were added to, if any. */
    noteId: idSchema.optional(),
  }),
]);
export type PublicationActionInput = z.infer<typeof publicationActionInput>;
