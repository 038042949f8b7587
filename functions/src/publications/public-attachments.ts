import { buffer } from 'node:stream/consumers';
import { publishableType } from '../domain/publications/publication-steps.js';
import { sourceFilesOf } from '../domain/publications/source-files.js';
import type { PublicAttachment, PublicationDraft } from '../domain/schemas/publication.schema.js';
import { FILE_TYPES } from '../domain/uploads/file-types.js';
import { sniffFileType } from '../domain/uploads/sniff-file-type.js';
import { sampleOfBytes } from '../domain/uploads/file-sample.js';
import { domainError, type DomainError } from '../domain/errors.js';
import type { BlobStore } from '../storage/blob-store.js';
import { db } from '../shared/firebase.js';

/**
 * The attachments chosen to go public (the source report's files, or the note's photos), copied under `public/publications/{id}/` with their
 * metadata stripped (EXIF, GPS and XMP of images; the information dictionary and XMP of PDFs:
 * domain/uploads/metadata). The type is sniffed from the bytes again. The copy is what the
 * public record names; the original stays where it was, never public.
 */
export const publicBlobPath = (publicationId: string, attachmentId: string, ext: string) =>
  `public/publications/${publicationId}/${attachmentId}.${ext}`;

/** The address the public site serves a file of a record from (`/files/` + the path after `public/`). */
export const publicFileUrl = (publicationId: string, attachmentId: string, ext: string) =>
  `/files/publications/${publicationId}/${attachmentId}.${ext}`;

export type CopyOutcome =
  { ok: true; attachments: PublicAttachment[] } | { ok: false; error: DomainError };

export async function copyPublicAttachments(
  store: BlobStore,
  publicationId: string,
  draft: Pick<PublicationDraft, 'kind' | 'sourceId' | 'attachmentIds'>,
): Promise<CopyOutcome> {
  const { stripMetadata } = await import('../domain/uploads/metadata/strip-metadata.js');
  const attachments: PublicAttachment[] = [];
  const source = sourceFilesOf(draft);
  for (const attachmentId of draft.attachmentIds) {
    const refuse = (name: string): CopyOutcome => ({
      ok: false,
      error: domainError('PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE', { name }),
    });
    if (!source) return refuse(attachmentId);
    const snapshot = await db().doc(`${source.collection}/${attachmentId}`).get();
    const file = source.parse(snapshot.data());
    if (!file || !publishableType(file.contentType)) return refuse(attachmentId);
    const bytes = new Uint8Array(await buffer(await store.read(file.storagePath)));
    const sniffed = sniffFileType(sampleOfBytes(bytes));
    if (!sniffed.ok || !publishableType(FILE_TYPES[sniffed.type].contentType))
      return refuse(file.fileName);
    const stripped = await stripMetadata(bytes, sniffed.type);
    if (!stripped.ok) return refuse(file.fileName);
    const type = FILE_TYPES[sniffed.type];
    const ext = type.extensions[0]!;
    const stored = await store.put(
      publicBlobPath(publicationId, attachmentId, ext),
      stripped.bytes,
      {
        contentType: type.contentType,
      },
    );
    attachments.push({
      name: file.fileName,
      url: publicFileUrl(publicationId, attachmentId, ext),
      contentType: type.contentType as PublicAttachment['contentType'],
      size: stored.size,
      sha256: stored.sha256,
    });
  }
  return { ok: true, attachments };
}
