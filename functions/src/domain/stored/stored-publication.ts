import { z } from 'zod';
import { proposalSchema } from '../schemas/proposal.schema.js';
import { publicationSchema } from '../schemas/publication.schema.js';

/**
 * What the publications read of documents they do not own, each field as its own schema
 * defines it: a projection needs only the fields it reads to fit.
 */

/** A public record as the search's field mask (`select('publishedAt', 'searchKeys')`) returns it. */
export const publicationCandidateSchema = z.object({
  publishedAt: publicationSchema.shape.publishedAt,
  searchKeys: publicationSchema.shape.searchKeys,
});

/** A proposal a publication is prepared from: its registration number. */
export const proposalSourceSchema = z.object({ number: proposalSchema.shape.number });
