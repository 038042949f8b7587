import { h } from '../ui/legacy/dom.js';
import { formatDateTime } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { LocalDraft } from './autosave.js';
import { reportEditPath } from '../router/routes.js';

/** Drafts kept only on this device, as links to go on with them, newest first. */
export function localDraftLinks(drafts: readonly LocalDraft[]): HTMLElement {
  const language = currentLanguage();
  return h(
    'ul',
    { class: 'plain-list local-drafts' },
    drafts.map((draft) =>
      h(
        'li',
        null,
        h(
          'a',
          { href: reportEditPath(draft.draftId) },
          t('reports.list.continue', { title: draft.values.title.trim() || t('reports.untitled') }),
        ),
        ' ',
        h(
          'span',
          { class: 'row-meta' },
          t('reports.list.localSaved', { date: formatDateTime(draft.savedAt, language) }),
        ),
      ),
    ),
  );
}
