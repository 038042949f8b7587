import { z } from 'zod';
import { currentLanguage } from '../i18n/i18n.js';
import { validate } from '../forms/problems.js';
import { submitForm, type SubmitOptions } from './action-runner.js';
import { BusyButton } from './button.js';
import { ChoiceField, CheckboxField } from './choice-field.js';
import { TextField } from './field.js';
import { Form } from './form.js';
import { LiveRegion } from './live-region.js';
import { useForm } from './use-form.js';

/** A small form built from the kit, as a page would build one, for the kit's tests. */
export const schema = z.object({
  name: z.string().trim().min(1),
  email: z.email(),
  colour: z.enum(['red', 'blue']),
  agree: z.literal(true, { error: 'Потрібна згода' }),
});
export type Sent = z.output<typeof schema>;

export const LABELS = { name: 'Ім’я', email: 'Пошта', colour: 'Колір', agree: 'Згода' };

export function TestForm(props: {
  options: Omit<SubmitOptions<Sent, unknown>, never>;
  onSent?: (outcome: unknown) => void;
}) {
  const form = useForm({
    id: 'test',
    initial: { name: '', email: '', colour: '', agree: false },
    validate: (values) => validate(schema, values, currentLanguage(), LABELS),
  });
  return (
    <>
      <h1 id="test-heading">Форма</h1>
      <Form
        form={form}
        labelledBy="test-heading"
        onSubmit={() =>
          void submitForm(form, props.options).then((outcome) => props.onSent?.(outcome))
        }
      >
        <TextField form={form} name="name" label={LABELS.name} hint="Як у документах" />
        <TextField form={form} name="email" label={LABELS.email} type="email" />
        <ChoiceField
          form={form}
          name="colour"
          type="radio"
          label={LABELS.colour}
          options={[
            { value: 'red', label: 'Червоний' },
            { value: 'blue', label: 'Синій', hint: 'Як небо' },
          ]}
        />
        <CheckboxField form={form} name="agree" label={LABELS.agree} />
        <BusyButton state={form} label="Надіслати" busyLabel="Надсилаємо…" />
      </Form>
      <LiveRegion />
    </>
  );
}

/** Lets Preact render what the signals changed, and the runner's timers run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
