import { currentLanguage, t } from '../i18n/i18n.js';
import { useNavigation } from '../router/navigation.js';
import type { PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { submitForm } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Await } from '../ui/await.js';
import { PageHeading } from '../ui/page-heading.js';
import { useRead } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';
import { NotePhotos } from './note-photos.js';
import { checkNote, type NoteValues } from './publication-form.js';
import type { PublicationInput } from './step-form.js';

const adapter = () => import('../firebase/publications.js');
const notesAdapter = () => import('../firebase/notes.js');

/**
 * `/app/notes/new`: a member of an NGO tells about its work in a short form (a title, the text,
 * links, photos); the Secretariat prepares a publication from it. The photos need a place
 * before the text is sent: the person's open note (`notes/{id}`), started here or the one they
 * left unsent, whose photos are still there. The notes page follows its state.
 */
export function NoteNewPage(props: PageProps) {
  const { navigate } = useNavigation();
  const uid = props.user?.uid ?? '';
  const orgId = props.claims?.orgId ?? '';
  const note = useRead(async () => (await notesAdapter()).openNote({ uid, orgId }), [uid, orgId]);
  const noteId = note.status === 'ready' ? note.value : undefined;
  const labels = {
    'note.title': t('publishing.note.noteTitle'),
    'note.text': t('publishing.note.text'),
    'note.links': t('publishing.note.links'),
  };
  const form = useForm<NoteValues, PublicationInput>({
    id: 'note',
    initial: { 'note.title': '', 'note.text': '', 'note.links': '' },
    validate: (values) => checkNote(values, currentLanguage(), labels),
  });
  const send = () =>
    submitForm(form, {
      run: async (input) =>
        (await adapter()).publicationAction(
          input.action === 'sendNote' && noteId ? { ...input, noteId } : input,
        ),
      serverField: (path) => (path.startsWith('note.links') ? 'note.links' : path),
      timeoutMs: 30_000,
    }).then((outcome) => {
      if (outcome?.ok) navigate(PATHS.notes, { notice: t('publishing.note.sent') });
    });
  return (
    <div class="page">
      <PageHeading id="note-heading">{t('publishing.note.title')}</PageHeading>
      <p class="lead">{t('publishing.note.intro')}</p>
      <Form form={form} labelledBy="note-heading" onSubmit={() => void send()}>
        <TextField form={form} name="note.title" label={labels['note.title']} maxlength={300} />
        <TextArea form={form} name="note.text" label={labels['note.text']} rows={10} />
        <TextArea
          form={form}
          name="note.links"
          label={labels['note.links']}
          hint={t('publishing.note.linksHint')}
          rows={3}
          optional
        />
        <Await state={note} failure={t('publishing.note.photosUnavailable')}>
          {(id) => <NotePhotos noteId={id} />}
        </Await>
        <BusyButton
          state={form}
          label={t('publishing.note.send')}
          busyLabel={t('publishing.note.sending')}
        />
      </Form>
    </div>
  );
}
