import { t } from '../i18n/i18n.js';
import { fieldIds, focusField, type FormModel, type FormValues } from './form-model.js';

/**
 * The problems of a form that was sent, at its top, each a link to its field (the GOV.UK
 * pattern): useful on a long form or a phone, where the fields with problems are out of
 * sight. Following a link puts focus in the field without touching the address. The live
 * region says the first problem already, so the summary is not announced again.
 */
export function ErrorSummary<V extends FormValues>(props: { form: FormModel<V, unknown> }) {
  const { form } = props;
  const problems = Object.entries(form.visible.value);
  if (!form.submitted.value || problems.length === 0) return null;
  const titleId = `${form.id}-summary-title`;
  return (
    <div class="error-summary" aria-labelledby={titleId}>
      <h2 id={titleId} class="error-summary-title">
        {t('form.summaryTitle')}
      </h2>
      <ul class="error-summary-list">
        {problems.map(([name, message]) => {
          const target = fieldIds(form.id, name).control;
          return (
            <li key={name}>
              <a
                href={`#${target}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(target);
                }}
              >
                {message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
