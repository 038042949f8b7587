import type { ReportAction } from '@domain/workflows/report.workflow.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { submitForm } from '../../ui/action-runner.js';
import { BusyButton } from '../../ui/button.js';
import { askToConfirm } from '../../ui/confirm-dialog.js';
import { withDateProblems } from '../../ui/date-field.js';
import { Form } from '../../ui/form.js';
import { useForm } from '../../ui/use-form.js';
import type { ReportControls } from '../controls.js';
import type * as Functions from '../../firebase/functions.js';
import { validateAction, type ReportActionRequest } from '../report-action-forms.js';
import { reportStatusName } from '../report-status.js';
import type { AttachmentView, ReportView } from '../report-view.js';
import { actionSpec } from './action-specs.js';
import type { ActionFormValues } from './action-types.js';

type ReportActionCall = Parameters<typeof Functions.reportAction>[0];

/**
 * The form of one action on the report: checked with the callable's own schema (problems on
 * the fields and in the summary at its top), confirmed first when it cannot be undone, then
 * sent to `reportAction`; a refusal lands on the fields it names. What it did is said by the
 * panel (`onDone`), with the new status.
 */
export function ActionForm(props: {
  action: ReportAction;
  report: ReportView;
  controls: ReportControls;
  attachments: readonly AttachmentView[];
  onDone: (text: string) => void;
}) {
  const { action, report } = props;
  const spec = actionSpec(action, {
    report,
    secretariat: props.controls.side === 'secretariat',
    attachments: props.attachments,
  });
  const form = useForm<ActionFormValues, ReportActionRequest>({
    id: `act-${action}`,
    initial: spec.initial,
    validate: (values) =>
      withDateProblems(
        validateAction(action, report.id, values, currentLanguage(), spec.labels),
        values,
        spec.dates ?? [],
      ),
  });

  async function send() {
    if (spec.confirm && form.check().ok) {
      const confirmed = await askToConfirm({ ...spec.confirm, danger: spec.danger ?? false });
      if (!confirmed) return;
    }
    const outcome = await submitForm(form, {
      run: async (value) =>
        (await import('../../firebase/functions.js')).reportAction(value as ReportActionCall),
    });
    if (!outcome?.ok) return;
    const result = outcome.value;
    const status = reportStatusName('status' in result ? result.status : report.status);
    props.onDone(spec.success ?? t('reports.actions.done', { status }));
  }

  const headingId = `act-${action}-heading`;
  return (
    <section class="card action" aria-labelledby={headingId}>
      <h3 id={headingId}>{spec.heading}</h3>
      {spec.intro ? <p>{spec.intro}</p> : null}
      <Form form={form} labelledBy={headingId} onSubmit={() => void send()}>
        {spec.fields(form)}
        <p>
          <BusyButton
            state={form}
            label={spec.submit}
            busyLabel={spec.busy}
            variant={spec.danger ? 'danger' : 'primary'}
          />
        </p>
      </Form>
    </section>
  );
}
