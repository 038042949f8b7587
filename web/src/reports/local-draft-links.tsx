import { formatDateTime } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { reportEditPath } from '../router/routes.js';
import type { LocalDraft } from './autosave.js';

/**
 * Drafts kept only on this device (typed offline, or with no field valid yet), as links to go
 * on with them, newest first.
 */
export function LocalDraftLinks(props: { drafts: readonly LocalDraft[] }) {
  const language = currentLanguage();
  return (
    <ul class="plain-list local-drafts">
      {props.drafts.map((draft) => (
        <li key={draft.draftId}>
          <a href={reportEditPath(draft.draftId)}>
            {t('reports.list.continue', {
              title: draft.values.title.trim() || t('reports.untitled'),
            })}
          </a>{' '}
          <span class="row-meta">
            {t('reports.list.localSaved', { date: formatDateTime(draft.savedAt, language) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
