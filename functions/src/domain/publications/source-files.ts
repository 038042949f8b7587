import { attachmentSchema, noteAttachmentSchema } from '../schemas/attachment.schema.js';
import type { PublicationDraft } from '../schemas/publication.schema.js';

/**
 * The files a publication may make public, by what it is prepared from: the source report's
 * attachments for a report's outcome, the note's photos for a note an NGO sent (the draft's
 * `sourceId` names the note). Other publications have no files to choose from.
 */
export interface SourceFiles {
  /** The collection of the files' records. */
  collection: string;
  /** A record as the publication needs it, or null when it is not a file's record. */
  parse(data: unknown): SourceFile | null;
}

export interface SourceFile {
  fileName: string;
  contentType: string;
  storagePath: string;
}

export function sourceFilesOf(
  draft: Pick<PublicationDraft, 'kind' | 'sourceId'>,
): SourceFiles | null {
  if (!draft.sourceId) return null;
  const schema =
    draft.kind === 'report_outcome'
      ? attachmentSchema
      : draft.kind === 'ngo_activity'
        ? noteAttachmentSchema
        : null;
  if (!schema) return null;
  const folder = draft.kind === 'report_outcome' ? 'reports' : 'notes';
  return {
    collection: `${folder}/${draft.sourceId}/attachments`,
    parse: (data) => {
      const parsed = schema.safeParse(data);
      return parsed.success ? parsed.data : null;
    },
  };
}
