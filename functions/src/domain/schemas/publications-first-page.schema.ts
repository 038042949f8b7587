import { z } from 'zod';
import { timestampSchema } from '../fields.js';
import { DEFAULT_PAGE_SIZE } from '../search/publication-search.js';
import { publicationSchema } from './publication.schema.js';

const record = publicationSchema.shape;

/**
 * A live record as the list of `/publications` shows it: its title, kind, date, regions and
 * summary (the public schema's own fields, with their checks), never its text or search keys.
 */
export const publicationCardSchema = z.strictObject({
  id: z.string().min(1),
  kind: record.kind,
  title: record.title,
  summary: record.summary,
  regionCodes: record.regionCodes,
  publishedAt: timestampSchema,
});
export type PublicationCard = z.infer<typeof publicationCardSchema>;

/**
 * `directory/publications`: public. The first page of `/publications` with no search or
 * filter: the newest live records' cards, newest first, and the cursor of the next page, as
 * the embedded search would give them. Rebuilt from the records whenever one changes, so the
 * page costs one read.
 */
export const publicationsFirstPageSchema = z.strictObject({
  cards: z.array(publicationCardSchema).max(DEFAULT_PAGE_SIZE),
  nextCursor: z.string().nullable(),
  updatedAt: timestampSchema,
});
export type PublicationsFirstPage = z.infer<typeof publicationsFirstPageSchema>;
