import { errorText } from '@domain/errors/catalogue.js';
import type { PublicationDraft } from '@domain/schemas/publication.schema.js';
import { millis } from '../data/fields.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { publicRecordPath } from '../router/routes.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { TextArea } from '../ui/field.js';
import { FormMessage } from '../ui/form-message.js';
import { Notice } from '../ui/notice.js';
import { useActionState } from '../ui/use-form.js';
import type { PublicationControls } from './publication-controls.js';
import { RetractForm } from './retract-form.js';
import { StepForm } from './step-form.js';

const adapter = () => import('../firebase/publications.js');

/**
 * The publication's next step for this person: staff submit a draft (only once no flag is
 * open, and the panel says why until then), the Commissioner approves it (likewise: a draft
 * submitted with a flag open, as the server allows, is refused approval) or returns it with a
 * comment; a published record shows its page, and staff or the Commissioner may retract it,
 * the destructive step kept apart and confirmed.
 */
export function ReviewPanel(props: {
  publicationId: string;
  draft: PublicationDraft;
  controls: PublicationControls;
}) {
  const messages = useActionState('publication-review');
  const { publicationId, draft, controls } = props;
  const language = currentLanguage();
  return (
    <section class="review-panel" id="publication-review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('publishing.review.heading')}</h2>
      <FormMessage state={messages} />
      {controls.submit && controls.openFlags > 0 ? (
        <Notice>
          <p id="publication-submit-waits">
            {t('publishing.review.waitFlags', { count: controls.openFlags })}
          </p>
        </Notice>
      ) : null}
      {controls.submit && controls.openFlags === 0 ? (
        <p>
          <ActionButton
            messages={messages}
            label={t('publishing.review.submit')}
            busyLabel={t('publishing.review.submitting')}
            run={async () =>
              (await adapter()).publicationAction({ action: 'submit', publicationId })
            }
            onDone={() => succeed(messages, t('publishing.review.submitted'))}
          />
        </p>
      ) : null}
      {draft.status === 'pending_approval' && !controls.approve ? (
        <p>{t('publishing.review.awaiting')}</p>
      ) : null}
      {controls.approve && controls.openFlags > 0 ? (
        <Notice>
          <p id="publication-approve-waits">
            {errorText('PUBLICATION.OPEN_PERSONAL_DATA_FLAGS', language, {
              open: controls.openFlags,
            })}
          </p>
        </Notice>
      ) : null}
      {controls.approve && controls.openFlags === 0 ? (
        <p>
          <ActionButton
            messages={messages}
            label={t('publishing.review.approve')}
            busyLabel={t('publishing.review.approving')}
            confirm={{
              title: t('publishing.review.approveTitle'),
              text: t('publishing.review.approveText'),
              confirm: t('publishing.review.approve'),
            }}
            run={async () =>
              (await adapter()).publicationAction({ action: 'approve', publicationId })
            }
            onDone={() => succeed(messages, t('publishing.review.approved'))}
          />
        </p>
      ) : null}
      {controls.returnToDraft ? (
        <StepForm
          id="publication-return"
          heading={t('publishing.review.returnHeading')}
          initial={{ comment: '' }}
          labels={{ comment: t('publishing.review.comment') }}
          toInput={(v) => ({ action: 'return', publicationId, comment: v.comment })}
          fields={(form) => (
            <TextArea form={form} name="comment" label={t('publishing.review.comment')} />
          )}
          submit={t('publishing.review.return')}
          busy={t('publishing.review.sending')}
          variant="secondary"
          done={() => t('publishing.review.returnedDone')}
          messages={messages}
        />
      ) : null}
      {draft.status === 'published' || draft.status === 'retracted' ? (
        <p>
          {draft.status === 'published'
            ? t('publishing.review.published', {
                date: formatDate(millis(draft.publishedAt), language),
              })
            : t('publishing.review.retracted', {
                date: formatDate(millis(draft.retractedAt), language),
              })}{' '}
          <a href={publicRecordPath(publicationId)} id="publication-public-link">
            {t('publishing.editor.publicPage')}
          </a>
        </p>
      ) : null}
      {controls.retract ? <RetractForm publicationId={publicationId} messages={messages} /> : null}
    </section>
  );
}
