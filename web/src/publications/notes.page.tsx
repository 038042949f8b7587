import type { DraftItem } from '../firebase/publications.js';
import { millis } from '../data/fields.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { PATHS, publicRecordPath } from '../router/routes.js';
import { Await } from '../ui/await.js';
import { ButtonLink } from '../ui/button.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { useLive } from '../ui/use-data.js';
import './publications.css';

const adapter = () => import('../firebase/publications.js');

/**
 * `/app/notes`: the notes about its work a member of an NGO sent, each with where it stands
 * (the Secretariat preparing it, awaiting approval, published with a link, retracted), and
 * «Надіслати замітку».
 */
export function NotesPage(props: PageProps) {
  const uid = props.user?.uid ?? '';
  const orgId = props.claims?.orgId ?? '';
  const notes = useLive<DraftItem[]>(
    async (next, fail) => (await adapter()).watchOwnNotes({ uid, orgId }, next, fail),
    [uid, orgId],
  );
  const language = currentLanguage();
  return (
    <div class="page">
      <PageHeading>{t('publishing.notes.title')}</PageHeading>
      <p class="lead">{t('publishing.notes.intro')}</p>
      <p>
        <ButtonLink href={PATHS.noteNew}>{t('publishing.notes.create')}</ButtonLink>
      </p>
      <Await state={notes}>
        {(items) =>
          items.length ? (
            <ul class="rows" id="notes">
              {items.map((note) => (
                <li key={note.id} class="row">
                  <p class="row-title">
                    {note.status === 'published' ? (
                      <a href={publicRecordPath(note.id)}>{note.title.uk}</a>
                    ) : (
                      note.title.uk
                    )}
                  </p>
                  <p class="row-meta">
                    <StatusTag tone={`publication-${note.status}`}>
                      {t(`publishing.notes.states.${note.status}`)}
                    </StatusTag>
                    {` · ${t('publishing.notes.sent', { date: formatDate(millis(note.createdAt), language) })}`}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('publishing.notes.none')}</p>
          )
        }
      </Await>
    </div>
  );
}
