import { t } from '../i18n/i18n.js';
import { TextArea } from '../ui/field.js';
import type { ActionState } from '../ui/form-model.js';
import { StepForm } from './step-form.js';

/**
 * Retracting a published record: the destructive step, folded away under its own heading and
 * confirmed before it runs. The reason goes to the audit log; the note (Ukrainian, English
 * optional) is what the record's page says from then on, with the date.
 */
export function RetractForm(props: { publicationId: string; messages: ActionState }) {
  const labels = {
    reason: t('publishing.retract.reason'),
    'note.uk': t('publishing.retract.noteUk'),
    'note.en': t('publishing.retract.noteEn'),
  };
  return (
    <details class="retract" id="publication-retract">
      <summary>{t('publishing.retract.heading')}</summary>
      <p>{t('publishing.retract.intro')}</p>
      <StepForm
        id="publication-retract-form"
        initial={{ reason: '', 'note.uk': '', 'note.en': '' }}
        labels={labels}
        toInput={(v) => ({
          action: 'retract',
          publicationId: props.publicationId,
          reason: v.reason,
          note: { uk: v['note.uk'], en: v['note.en'].trim() || undefined },
        })}
        fields={(form) => (
          <>
            <TextArea
              form={form}
              name="reason"
              label={labels.reason}
              hint={t('publishing.retract.reasonHint')}
              rows={2}
            />
            <TextArea form={form} name="note.uk" label={labels['note.uk']} rows={2} />
            <TextArea form={form} name="note.en" label={labels['note.en']} rows={2} optional />
          </>
        )}
        submit={t('publishing.retract.submit')}
        busy={t('publishing.review.sending')}
        variant="danger"
        confirm={{
          title: t('publishing.retract.confirmTitle'),
          text: t('publishing.retract.confirmText'),
          confirm: t('publishing.retract.submit'),
          danger: true,
        }}
        done={() => t('publishing.retract.done')}
        messages={props.messages}
      />
    </details>
  );
}
