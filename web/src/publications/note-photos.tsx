import { NOTE_MAX_PHOTOS } from '@domain/schemas/attachment.schema.js';
import { t } from '../i18n/i18n.js';
import { AttachmentList } from '../reports/files/attachment-list.js';
import { Uploader } from '../reports/files/uploader.js';
import { Await } from '../ui/await.js';
import { useFiles } from '../reports/files/use-files.js';

/**
 * The photos of a note being written: added through the uploader (JPEG, PNG or WebP, a few),
 * listed with a button to take one off until the note is sent; the Secretariat then chooses
 * which go public, stripped of where they were taken.
 */
export function NotePhotos(props: { noteId: string }) {
  const place = { target: 'note' as const, id: props.noteId };
  const files = useFiles('notes', props.noteId);
  return (
    <Await state={files}>
      {(list) => (
        <div id="note-photos">
          <Uploader
            place={place}
            kind="photo"
            label={t('publishing.note.photos')}
            hint={t('publishing.note.photosHint', { count: NOTE_MAX_PHOTOS })}
            multiple
            enabled={list.length < NOTE_MAX_PHOTOS}
            attachments={list}
          />
          {list.length ? <AttachmentList place={place} attachments={list} removable /> : null}
        </div>
      )}
    </Await>
  );
}
