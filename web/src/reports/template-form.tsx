import { RESPONSE_TEMPLATE_KINDS } from '@domain/schemas/response-template.schema.js';
import { useLayoutEffect } from 'preact/hooks';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton, Button } from '../ui/button.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';
import { validateTemplate, type TemplateValues } from './report-action-forms.js';
import type { TemplateView } from './report-view.js';

const WRITE_TIMEOUT_MS = 15_000;
const EMPTY = { kind: '', title: '', text: '' };

/**
 * Staff's form for a response template: a new one, or the one chosen for editing (`editing`;
 * «Скасувати редагування» goes back to a new one). The rules take exactly title, kind, text
 * and who changed it when.
 */
export function TemplateForm(props: {
  uid: string;
  editing: TemplateView | null;
  onDone: () => void;
}) {
  const { editing } = props;
  const labels = {
    kind: t('reports.templates.kind'),
    title: t('reports.templates.titleLabel'),
    text: t('reports.templates.textLabel'),
  };
  const form = useForm({
    id: 'template',
    initial: EMPTY,
    validate: (values: TemplateValues & typeof EMPTY) =>
      validateTemplate(values, currentLanguage(), labels),
  });
  // Before the browser paints the edit form: with a plain effect, someone typing at once (or a
  // test, on a loaded machine) had their text replaced by the template's when the effect ran.
  useLayoutEffect(() => {
    form.reset(editing ? { kind: editing.kind, title: editing.title, text: editing.text } : EMPTY);
    if (editing) form.message.value = null;
    document.getElementById('template-form-heading')?.focus();
  }, [editing?.id]);
  const kinds = catalogue().reports.templates.kinds as Record<string, string>;

  async function save(): Promise<void> {
    const outcome = await submitForm(form, {
      run: async (value) => {
        const store = await import('../firebase/response-templates.js');
        await store.saveTemplate(editing?.id ?? null, value, props.uid);
      },
      timeoutMs: WRITE_TIMEOUT_MS,
    });
    if (!outcome?.ok) return;
    form.reset(EMPTY);
    succeed(form, t(editing ? 'reports.templates.saved' : 'reports.templates.created'));
    props.onDone();
  }

  return (
    <section class="card">
      <h2 id="template-form-heading" tabIndex={-1}>
        {t(editing ? 'reports.templates.editHeading' : 'reports.templates.newHeading')}
      </h2>
      <Form form={form} labelledBy="template-form-heading" onSubmit={() => void save()}>
        <SelectField
          form={form}
          name="kind"
          label={labels.kind}
          placeholder={t('reports.templates.kindPlaceholder')}
          options={RESPONSE_TEMPLATE_KINDS.map((value) => ({
            value,
            label: kinds[value] ?? value,
          }))}
        />
        <TextField
          form={form}
          name="title"
          label={labels.title}
          maxlength={200}
          autocomplete="off"
        />
        <TextArea
          form={form}
          name="text"
          label={labels.text}
          hint={t('reports.templates.textHint')}
          rows={6}
          maxlength={10_000}
        />
        <p class="actions">
          <BusyButton
            state={form}
            label={t('reports.templates.save')}
            busyLabel={t('reports.templates.saving')}
          />
          {editing ? (
            <Button variant="secondary" onClick={props.onDone}>
              {t('reports.templates.cancel')}
            </Button>
          ) : null}
        </p>
      </Form>
    </section>
  );
}
