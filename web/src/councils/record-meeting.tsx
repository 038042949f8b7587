import { MinutesFile, newestFileId, useMeetingFiles } from './minutes-file.js';
import { kyivDate } from '@domain/kyiv-time.js';
import {
  AGENDA_OUTCOME_LABELS,
  AGENDA_OUTCOMES,
  PROPOSAL_AGENDA_OUTCOMES,
} from '@domain/meetings/agenda-outcomes.js';
import { isActiveOn } from '@domain/councils/memberships.js';
import {
  QUORUM_RULE_LABELS,
  quorumOf,
  requiredForQuorum,
  type QuorumRule,
} from '@domain/meetings/quorum.js';
import type { CouncilView, MembershipView } from '../firebase/councils.js';
import type { MeetingView } from '../firebase/meetings.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useLive } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';
import { validateRecordForm, type RecordFormValues } from './meeting-forms.js';

/**
 * Staff record a held meeting: the council's members on the meeting's day, ticked when
 * present (the quorum follows the council's rule, counted by the server), the minutes, and a
 * decision per agenda item (a proposal is supported, not supported or postponed).
 */
export function RecordMeeting(props: { meeting: MeetingView }) {
  const memberships = useLive<MembershipView[]>(
    async (next, fail) =>
      (await import('../firebase/councils.js')).watchMemberships(
        props.meeting.councilId,
        next,
        fail,
      ),
    [props.meeting.councilId],
  );
  const council = useLive<CouncilView | null>(
    async (next, fail) =>
      (await import('../firebase/councils.js')).watchCouncil(props.meeting.councilId, next, fail),
    [props.meeting.councilId],
  );
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">{t('meetings.record')}</h2>
      <Await state={memberships}>
        {(all) => {
          const day = kyivDate(new Date(props.meeting.startsAt));
          const members = all.filter((m) =>
            isActiveOn({ from: m.from, to: m.to ?? undefined }, day),
          );
          const quorum =
            council.status === 'ready' && council.value ? council.value.quorum : undefined;
          return <RecordForm meeting={props.meeting} members={members} quorum={quorum} />;
        }}
      </Await>
    </section>
  );
}

function RecordForm(props: {
  meeting: MeetingView;
  members: MembershipView[];
  quorum: QuorumRule | undefined;
}) {
  const { meeting, members } = props;
  const language = currentLanguage();
  const itemKeys = meeting.agenda.map((item) => item.key);
  const labels: Record<string, string> = {
    present: t('meetings.attendance'),
    minutes: t('meetings.minutes'),
    presentRequired: t('meetings.presentRequired'),
  };
  for (const item of meeting.agenda) {
    labels[`outcome-${item.key}`] = t('meetings.outcome', { title: item.title });
    labels[`note-${item.key}`] = t('meetings.outcomeNote', { title: item.title });
  }
  const initial: RecordFormValues = { present: [], minutes: '' };
  for (const key of itemKeys) {
    initial[`outcome-${key}`] = '';
    initial[`note-${key}`] = '';
  }
  const form = useForm({
    id: 'record',
    initial,
    validate: (values) =>
      validateRecordForm(values, { members, itemKeys }, currentLanguage(), labels),
  });
  const files = useMeetingFiles(meeting.id);
  const minutesFileId = newestFileId(files);
  const send = () =>
    submitForm(form, {
      serverField: (field) => (field.startsWith('record.minutesText') ? 'minutes' : field),
      run: async (record) =>
        (await import('../firebase/meetings.js')).meetingAction({
          action: 'record',
          meetingId: meeting.id,
          record: { ...record, ...(minutesFileId ? { minutesFileId } : {}) },
        }),
    }).then((outcome) => {
      if (outcome?.ok) succeed(form, t('meetings.recorded'));
    });
  const rule = props.quorum ?? { rule: 'more_than_half' as const };
  return (
    <Form form={form} labelledBy="record-heading" onSubmit={() => void send()}>
      <p id="record-quorum-hint">
        {t('meetings.quorumRule', {
          rule:
            rule.rule === 'at_least'
              ? t('councilPage.quorumAtLeast', { count: rule.count })
              : QUORUM_RULE_LABELS[rule.rule][language],
          members: members.length,
          required: requiredForQuorum(rule, members.length),
        })}
      </p>
      <ChoiceField
        form={form}
        name="present"
        type="checkbox"
        label={labels.present!}
        options={members.map((m) => ({
          value: m.uid,
          label: m.orgName ? `${m.displayName} (${m.orgName})` : m.displayName,
        }))}
      />
      <p id="record-quorum" class="quorum-live">
        {quorumNow(rule, members, form.values.value.present)}
      </p>
      <TextArea
        form={form}
        name="minutes"
        label={labels.minutes!}
        hint={t('meetings.minutesHint')}
        rows={8}
      />
      <MinutesFile meetingId={meeting.id} files={files} editable />
      {meeting.agenda.map((item) => (
        <div key={item.key}>
          <SelectField
            form={form}
            name={`outcome-${item.key}`}
            label={labels[`outcome-${item.key}`]!}
            placeholder={t('meetings.chooseOutcome')}
            options={(item.kind === 'proposal' ? PROPOSAL_AGENDA_OUTCOMES : AGENDA_OUTCOMES).map(
              (outcome) => ({ value: outcome, label: AGENDA_OUTCOME_LABELS[outcome][language] }),
            )}
          />
          <TextField
            form={form}
            name={`note-${item.key}`}
            label={labels[`note-${item.key}`]!}
            maxlength={5000}
            optional
          />
        </div>
      ))}
      <BusyButton state={form} label={t('meetings.record')} busyLabel={t('meetings.recording')} />
    </Form>
  );
}

/** The quorum as the attendance is ticked, counted by the rule the server counts it with. */
function quorumNow(
  rule: QuorumRule,
  members: readonly MembershipView[],
  present: readonly string[],
) {
  const count = quorumOf(
    rule,
    members.map((m) => m.uid),
    present,
  );
  return t('meetings.quorumLine', {
    present: count.present,
    members: count.members,
    required: count.required,
    verdict: t(count.met ? 'meetings.quorumMet' : 'meetings.quorumNotMet'),
  });
}
