import type { Publication, PublicAttachment } from '../schemas/publication.schema.js';

/**
 * `/files/publications/{publicationId}/{file}`: the stripped copies of a public record's
 * attachments (publications/public-attachments.ts writes them under `public/`). The path is
 * taken as sent, never decoded: a segment with `%`, `..` or anything but plain characters is
 * not a file of ours, so no path can reach outside a record's folder.
 */
const PUBLIC_FILE_PATH =
  /^\/files\/publications\/([A-Za-z0-9_-]{1,128})\/([A-Za-z0-9_-]{1,128}\.[a-z0-9]{1,5})$/;

export interface PublicFileRequest {
  publicationId: string;
  file: string;
}

/** The record and file an address names, or null when it is not such an address. */
export function publicFileRequestOf(path: string): PublicFileRequest | null {
  const match = PUBLIC_FILE_PATH.exec(path);
  return match ? { publicationId: match[1]!, file: match[2]! } : null;
}

/** Where the file's bytes are in the blob store. */
export const publicFileBlobPath = ({ publicationId, file }: PublicFileRequest) =>
  `public/publications/${publicationId}/${file}`;

/**
 * The attachment the public may download: only of a live record, and only one the record
 * lists (its `url` is this very address); null otherwise, which the route answers with 404,
 * the same for a retracted record as for one that never was.
 */
export function servablePublicFile(
  record: Pick<Publication, 'status' | 'attachments'> | null | undefined,
  request: PublicFileRequest,
): PublicAttachment | null {
  if (!record || record.status !== 'published') return null;
  const url = `/files/publications/${request.publicationId}/${request.file}`;
  return record.attachments.find((attachment) => attachment.url === url) ?? null;
}
