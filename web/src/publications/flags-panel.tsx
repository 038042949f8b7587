import { FINDING_HINTS, PERSONAL_DATA_LABELS } from '@domain/personal-data/kinds.js';
import type { PublicationDraft, StoredFlag } from '@domain/schemas/publication.schema.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import type { ActionState } from '../ui/form-model.js';
import { FormMessage } from '../ui/form-message.js';
import { TextArea } from '../ui/field.js';
import { useActionState } from '../ui/use-form.js';
import { fieldLabel, flagContext } from './flag-context.js';
import { StepForm } from './step-form.js';

const adapter = () => import('../firebase/publications.js');

/**
 * The personal-data check beside the text: each open flag with its fragment in context, and
 * for staff «Вилучити» (the passage becomes «[приховано]») or «Не є персональними даними» with
 * a required reason; then the flags already decided as not personal, with their reasons.
 */
export function FlagsPanel(props: {
  publicationId: string;
  draft: PublicationDraft;
  editable: boolean;
}) {
  const messages = useActionState('publication-flags');
  const { draft } = props;
  return (
    <section class="flags-panel" id="publication-flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading">{t('publishing.flags.heading')}</h2>
      <p>{t('publishing.flags.intro')}</p>
      <FormMessage state={messages} />
      <p id="publication-open-flags">
        <strong>
          {draft.flags.length
            ? t('publishing.flags.count', { count: draft.flags.length })
            : t('publishing.flags.none')}
        </strong>
      </p>
      {draft.flags.length ? (
        <ol class="flags">
          {draft.flags.map((flag) => (
            <Flag
              key={`${flag.field}:${flag.id}`}
              flag={flag}
              draft={draft}
              publicationId={props.publicationId}
              editable={props.editable}
              messages={messages}
            />
          ))}
        </ol>
      ) : null}
      {draft.notPersonal.length ? (
        <>
          <h3>{t('publishing.flags.decided')}</h3>
          <ul id="publication-not-personal">
            {draft.notPersonal.map((d) => (
              <li key={`${d.field}:${d.flagId}`}>
                {t('publishing.flags.decidedItem', { text: d.text, reason: d.reason })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Flag(props: {
  flag: StoredFlag;
  draft: PublicationDraft;
  publicationId: string;
  editable: boolean;
  messages: ActionState;
}) {
  const { flag, publicationId } = props;
  const language = currentLanguage();
  const context = flagContext(props.draft, flag);
  // Stable while other flags come and go: the form's ids are made once.
  const id = `flag-${flag.field}-${flag.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    <li class="flag" id={id}>
      <p class="flag-kind">
        <strong>{PERSONAL_DATA_LABELS[flag.kind][language]}</strong>
        {' · '}
        {t('publishing.flags.field', { field: fieldLabel(flag.field) })}
      </p>
      <p class="flag-fragment">
        {context.before}
        <mark>{flag.text}</mark>
        {context.after}
      </p>
      {flag.hint ? <p class="field-hint">{FINDING_HINTS[flag.hint][language]}</p> : null}
      {props.editable ? (
        <div class="flag-actions">
          <ActionButton
            messages={props.messages}
            label={t('publishing.flags.redact')}
            busyLabel={t('publishing.flags.redacting')}
            run={async () =>
              (await adapter()).publicationAction({
                action: 'redact',
                publicationId,
                field: flag.field,
                flagId: flag.id,
              })
            }
            onDone={() => succeed(props.messages, t('publishing.flags.redacted'))}
          />
          <StepForm
            id={`${id}-np`}
            initial={{ reason: '' }}
            labels={{ reason: t('publishing.flags.reason') }}
            toInput={(v) => ({
              action: 'markNotPersonal',
              publicationId,
              field: flag.field,
              flagId: flag.id,
              reason: v.reason,
            })}
            fields={(form) => (
              <TextArea form={form} name="reason" label={t('publishing.flags.reason')} rows={2} />
            )}
            submit={t('publishing.flags.notPersonal')}
            busy={t('publishing.flags.marking')}
            variant="secondary"
            done={() => t('publishing.flags.marked')}
            messages={props.messages}
          />
        </div>
      ) : null}
    </li>
  );
}
