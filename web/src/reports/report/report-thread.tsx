import { catalogue, t } from '../../i18n/i18n.js';
import { accountProfile } from '../../session/account.js';
import { submitForm, succeed } from '../../ui/action-runner.js';
import { BusyButton } from '../../ui/button.js';
import { TextArea } from '../../ui/field.js';
import { Form } from '../../ui/form.js';
import { useForm } from '../../ui/use-form.js';
import type { ReportActor, ReportControls } from '../controls.js';
import type { MessageView, ReportView } from '../report-view.js';
import { Moment, Prose, Section } from './bits.js';
import { TemplatePicker } from './template-picker.js';
import { useReportData, valueOr } from './use-report-data.js';

const WRITE_TIMEOUT_MS = 15_000;

/** The thread between the organisation and the Secretariat, and a message to add to it. */
export function ReportThread(props: {
  report: ReportView;
  controls: ReportControls;
  actor: ReportActor;
}) {
  const { report, controls } = props;
  const ngo = controls.side === 'ngo';
  const messages = valueOr(
    useReportData(report.id, (store) => store.watchMessages),
    [] as MessageView[],
  );
  return (
    <Section
      id="report-thread"
      heading={t(ngo ? 'reports.page.threadHeadingNgo' : 'reports.page.threadHeadingStaff')}
    >
      <p>{t(ngo ? 'reports.thread.introNgo' : 'reports.thread.introStaff')}</p>
      <MessageList messages={messages} ownUid={props.actor.uid} />
      {controls.canMessage ? (
        <MessageForm report={report} controls={controls} actor={props.actor} />
      ) : (
        <p class="field-hint">
          {['draft', 'submitted'].includes(report.status)
            ? t('reports.thread.notYet')
            : t('reports.thread.closed')}
        </p>
      )}
    </Section>
  );
}

function MessageList(props: { messages: readonly MessageView[]; ownUid: string }) {
  if (props.messages.length === 0) return <p>{t('reports.thread.none')}</p>;
  const words = catalogue().reports.thread;
  return (
    <ol class="thread">
      {props.messages.map((message) => (
        <li key={message.id} class={`message message-${message.side} message-${message.kind}`}>
          <p class="message-meta">
            <span class="message-side">{words.sides[message.side]}</span>
            {' · '}
            {message.authorName}
            {message.authorUid === props.ownUid ? ` ${t('organisation.you')}` : ''}
            {message.kind !== 'message' ? (
              <>
                {' · '}
                <strong>{words.kinds[message.kind]}</strong>
              </>
            ) : null}
            {' · '}
            {message.pending ? words.pending : <Moment value={message.createdAt} />}
          </p>
          <Prose text={message.text} />
        </li>
      ))}
    </ol>
  );
}

function MessageForm(props: { report: ReportView; controls: ReportControls; actor: ReportActor }) {
  const { report, controls, actor } = props;
  const form = useForm({
    id: 'thread',
    initial: { text: '' },
    validate: (values) => {
      const text = values.text.trim();
      return text
        ? { ok: true as const, value: text }
        : { ok: false as const, problems: { text: t('reports.thread.empty') } };
    },
  });
  async function send() {
    const outcome = await submitForm(form, {
      run: async (text) => {
        const store = await import('../../firebase/reports.js');
        const profile = accountProfile();
        const write = store.sendMessage({
          reportId: report.id,
          orgId: report.orgId,
          side: controls.side === 'ngo' ? 'ngo' : 'secretariat',
          text,
          authorUid: actor.uid,
          authorName: profile?.displayName ?? '—',
        });
        form.reset({ text: '' });
        // Offline, the write waits in Firestore's queue and is sent with the connection.
        if (!navigator.onLine) {
          write.catch((error: unknown) => console.error(error));
          return 'offline' as const;
        }
        await write.catch((error: unknown) => {
          // Refused: what was written comes back to be sent again.
          if (!form.values.peek().text) form.set('text', text);
          throw error;
        });
        return 'sent' as const;
      },
      timeoutMs: WRITE_TIMEOUT_MS,
    });
    if (outcome?.ok) {
      succeed(
        form,
        t(outcome.value === 'sent' ? 'reports.thread.sent' : 'reports.thread.sentOffline'),
      );
    }
  }
  return (
    <>
      <h3 id="thread-write-heading">{t('reports.thread.write')}</h3>
      <Form form={form} labelledBy="thread-write-heading" onSubmit={() => void send()}>
        <TextArea form={form} name="text" label={t('reports.thread.text')} maxlength={10_000} />
        {controls.side === 'secretariat' ? (
          <TemplatePicker
            kind="message"
            fieldLabel={t('reports.thread.text')}
            target={{ form, name: 'text' }}
          />
        ) : null}
        <p>
          <BusyButton
            state={form}
            label={t('reports.thread.send')}
            busyLabel={t('reports.thread.sending')}
          />
        </p>
      </Form>
    </>
  );
}
