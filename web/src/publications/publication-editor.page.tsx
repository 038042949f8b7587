import { errorTextOf } from '@domain/errors/catalogue.js';
import type { PublicationDraft } from '@domain/schemas/publication.schema.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { Detail } from '../ui/details.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { latest, useLive } from '../ui/use-data.js';
import { ContentForm } from './content-form.js';
import { DraftText } from './draft-text.js';
import { FlagsPanel } from './flags-panel.js';
import { publicationControls } from './publication-controls.js';
import { listState } from './publication-list.js';
import { ReviewPanel } from './review-panel.js';
import './publications.css';

const adapter = () => import('../firebase/publications.js');

interface EditorData {
  id: string;
  draft: PublicationDraft | null;
}

/**
 * `/app/publications/{id}`: the publication being prepared. Staff edit its text while it is
 * a draft, with the personal-data check's flags beside it to redact or mark as not personal;
 * the Commissioner reads it and approves or returns it; a published one can be retracted.
 */
function PublicationEditorPage(props: PageProps & { data: EditorData }) {
  const { id } = props.data;
  const live = useLive<PublicationDraft | null>(
    async (next, fail) => (await adapter()).watchDraft(id, next, fail),
    [id],
  );
  const draft = latest(props.data.draft, live);
  if (!draft) return <Notice kind="error">{t('errors.action.notFound')}</Notice>;
  const language = currentLanguage();
  const controls = publicationControls(props.claims?.role ?? null, draft);
  const state = listState(draft);
  return (
    <div class="page page-wide publication-editor">
      <p>
        <a href={PATHS.publishing}>{t('publishing.editor.all')}</a>
      </p>
      <PageHeading>{draft.title.uk}</PageHeading>
      <dl class="summary" id="publication-summary">
        <Detail term={t('publishing.editor.status')}>
          <StatusTag tone={`publication-${state}`} id="publication-state">
            {t(`publishing.states.${state}`)}
          </StatusTag>
        </Detail>
        <Detail term={t('publishing.editor.kind')}>{t(`publicationKinds.${draft.kind}`)}</Detail>
        {draft.sourceNumber ? (
          <Detail term={t('publishing.editor.source')}>{draft.sourceNumber}</Detail>
        ) : null}
      </dl>
      {draft.status === 'draft' && draft.reviewComment ? (
        <Notice>
          <p>
            <strong>{t('publishing.editor.returned')}:</strong> {draft.reviewComment}
          </p>
        </Notice>
      ) : null}
      {draft.status === 'draft' && draft.publishFailure ? (
        <Notice kind="error">
          <p>
            <strong>{t('publishing.editor.publishFailed')}:</strong>{' '}
            {errorTextOf(draft.publishFailure.code, undefined, language) ??
              draft.publishFailure.code}
          </p>
        </Notice>
      ) : null}
      <div class="publication-layout">
        <div class="publication-main">
          {controls.edit ? (
            <ContentForm publicationId={id} draft={draft} />
          ) : (
            <>
              {draft.status === 'draft' ? <p>{t('publishing.editor.readOnly')}</p> : null}
              <DraftText draft={draft} />
            </>
          )}
        </div>
        <aside class="publication-panel" aria-label={t('publishing.flags.heading')}>
          <FlagsPanel publicationId={id} draft={draft} editable={controls.edit} />
          <ReviewPanel publicationId={id} draft={draft} controls={controls} />
        </aside>
      </div>
    </div>
  );
}

export const publicationEditorPage: DataPage<EditorData> = {
  load: async (props) => {
    const id = props.params.publicationId ?? '';
    return { id, draft: await (await adapter()).readDraft(id) };
  },
  component: PublicationEditorPage,
};
