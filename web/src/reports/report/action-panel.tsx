import type { ReportAction } from '@domain/workflows/report.workflow.js';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.js';
import { succeed } from '../../ui/action-runner.js';
import { afterRender, messageId } from '../../ui/form-model.js';
import { FormMessage } from '../../ui/form-message.js';
import { useActionState } from '../../ui/use-form.js';
import type { ReportControls } from '../controls.js';
import type { AttachmentView, ReportView } from '../report-view.js';
import { ActionForm } from './action-form.js';
import { actionHeading } from './action-types.js';

/** Actions that end or refuse the work: never the first offered, always confirmed. */
const DESTRUCTIVE: readonly ReportAction[] = ['decline', 'withdraw'];

/**
 * The actions this person may take on the report now (controls.ts decides which), beside the
 * case on a desktop (sticky) and behind «Дії» on a phone. The most likely next step has its
 * form open; every other action opens its own form in place when chosen; the destructive ones
 * come last, as links, and ask to confirm. What an action did is said at the panel's top.
 */
export function ActionPanel(props: {
  report: ReportView;
  controls: ReportControls;
  attachments: readonly AttachmentView[];
}) {
  const { controls } = props;
  const messages = useActionState('report-actions');
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ReportAction | null>(null);
  const main = controls.actions.filter((action) => !DESTRUCTIVE.includes(action));
  const destructive = controls.actions.filter((action) => DESTRUCTIVE.includes(action));
  const [primary, ...others] = main;

  async function done(text: string) {
    setChosen(null);
    succeed(messages, text);
    await afterRender();
    document.getElementById(messageId(messages))?.focus();
  }
  const form = (action: ReportAction) => (
    <ActionForm
      key={`${action}:${props.report.status}`}
      action={action}
      report={props.report}
      controls={controls}
      attachments={props.attachments}
      onDone={(text) => void done(text)}
    />
  );
  const opener = (action: ReportAction, link: boolean) => (
    <li key={action}>
      <button
        type="button"
        class={link ? 'link-button' : 'button button-secondary'}
        aria-expanded={chosen === action ? 'true' : 'false'}
        onClick={() => setChosen(chosen === action ? null : action)}
      >
        {actionHeading(action)}
      </button>
      {chosen === action ? form(action) : null}
    </li>
  );
  return (
    <section
      class={`report-panel${open ? ' report-panel-open' : ''}`}
      aria-label={t('reports.panel.label')}
    >
      <button
        type="button"
        class="button panel-toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="report-actions-body"
        onClick={() => setOpen(!open)}
      >
        {t('reports.panel.toggle')}
      </button>
      <div id="report-actions-body" class="panel-body">
        <h2 id="report-actions-heading">{t('reports.page.actionsHeading')}</h2>
        <FormMessage state={messages} />
        {controls.actions.length === 0 ? <p>{t('reports.actions.none')}</p> : null}
        {primary ? form(primary) : null}
        {others.length ? (
          <>
            <p class="panel-more">{t('reports.panel.more')}</p>
            <ul class="panel-actions">{others.map((action) => opener(action, false))}</ul>
          </>
        ) : null}
        {destructive.length ? (
          <ul class="panel-actions panel-destructive">
            {destructive.map((action) => opener(action, true))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
