import { currentLanguage, t } from '../../i18n/i18n.js';
import { fieldIds, focusField, type FormModel, type FormValues } from '../../ui/form-model.js';
import { announce } from '../../ui/live-region.js';
import { useLive } from '../../ui/use-data.js';
import { insertTemplate, TEMPLATE_FIELDS } from '../report-action-forms.js';
import type { TemplateView } from '../report-view.js';
import type { ActionFormModel, SpecContext } from './action-types.js';

/**
 * The Secretariat's ready wording of a kind, as buttons beside a text field: a tap inserts
 * the text (after a blank line when the field has some already) and puts focus in the field.
 */
export function TemplatePicker<V extends FormValues>(props: {
  kind: string;
  fieldLabel: string;
  /** A form and its text field the template fills. */
  target: { form: FormModel<V, unknown>; name: keyof V & string };
}) {
  const templates = useLive<TemplateView[]>(
    async (next, fail) =>
      (await import('../../firebase/response-templates.js')).watchTemplates(props.kind, next, fail),
    [props.kind],
  );
  if (templates.status !== 'ready' || templates.value.length === 0) return null;
  const { form, name } = props.target;
  const language = currentLanguage();
  const sorted = [...templates.value].sort((a, b) => a.title.localeCompare(b.title, language));
  return (
    <div class="templates">
      <p class="field-label">{t('reports.actions.templates')}</p>
      <p class="field-hint">{t('reports.actions.templatesHint')}</p>
      <ul class="template-list">
        {sorted.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              class="button button-secondary button-small"
              onClick={() => {
                const current = String(form.values.peek()[name] ?? '');
                form.set(name, insertTemplate(current, template.text) as V[typeof name]);
                focusField(fieldIds(form.id, name).control);
                announce(
                  t('reports.actions.inserted', { title: template.title, field: props.fieldLabel }),
                );
              }}
            >
              {t('reports.actions.insert', { title: template.title })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Templates of the action's kind beside the field they fill, for the Secretariat. */
export function templatesFor(
  action: string,
  context: SpecContext,
  form: ActionFormModel,
  fieldLabel: string,
) {
  const template = TEMPLATE_FIELDS[action];
  if (!template || !context.secretariat) return null;
  return (
    <TemplatePicker
      kind={template.kind}
      fieldLabel={fieldLabel}
      target={{ form, name: template.field }}
    />
  );
}
