import type { EndorsedProposal, MeetingView } from '../firebase/meetings.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { DateField, withDateProblems } from '../ui/date-field.js';
import { TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';
import { planValuesOf, validatePlanForm, type PlanFormValues } from './meeting-forms.js';

const adapter = () => import('../firebase/meetings.js');

const EMPTY: PlanFormValues = {
  title: '',
  date: '',
  time: '10:00',
  durationMinutes: '120',
  place: '',
  onlineLink: '',
  proposals: [],
  items: '',
};

/**
 * A meeting's plan, through `meetingAction`: a new meeting (`schedule`) on the council's page,
 * or the plan of a planned one changed (`updatePlan`) on its page — the server sends the
 * invitation again under the same UID with a higher SEQUENCE when what it shows changed. The
 * agenda is the endorsed proposals ticked (and, for a change, those already on it) and the
 * free items, one per line.
 */
export function PlanForm(props: {
  councilId: string;
  proposals: readonly EndorsedProposal[];
  meeting?: MeetingView;
  labelledBy: string;
}) {
  const { meeting } = props;
  const onAgenda: EndorsedProposal[] = (meeting?.agenda ?? []).flatMap((item) =>
    item.kind === 'proposal'
      ? [{ id: item.proposalId, number: item.number, title: item.title }]
      : [],
  );
  const proposals = [
    ...onAgenda,
    ...props.proposals.filter((p) => !onAgenda.some((on) => on.id === p.id)),
  ];
  const labels = {
    title: t('meetings.titleField'),
    date: t('meetings.date'),
    time: t('meetings.time'),
    durationMinutes: t('meetings.duration'),
    place: t('meetings.place'),
    onlineLink: t('meetings.onlineLink'),
    proposals: t('meetings.proposalsOnAgenda'),
    items: t('meetings.items'),
  };
  const context = { councilId: props.councilId, proposals };
  const form = useForm({
    id: meeting ? 'plan-change' : 'plan',
    initial: meeting ? planValuesOf(meeting) : EMPTY,
    validate: (values) =>
      withDateProblems(validatePlanForm(values, context, currentLanguage(), labels), values, [
        'date',
      ]),
  });
  const send = () =>
    submitForm(form, {
      serverField: (field) =>
        field.startsWith('plan.agenda') ? 'items' : field.replace(/^plan\./, ''),
      run: async (plan) =>
        meeting
          ? (await adapter()).meetingAction({ action: 'updatePlan', meetingId: meeting.id, plan })
          : (await adapter()).meetingAction({ action: 'schedule', plan }),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      if (!meeting) succeed(form, t('meetings.scheduled'));
      else if (outcome.value.sequence > meeting.sequence) succeed(form, t('meetings.changedSent'));
      else succeed(form, t('meetings.changed'));
    });
  return (
    <Form form={form} labelledBy={props.labelledBy} onSubmit={() => void send()}>
      <TextField form={form} name="title" label={labels.title} maxlength={300} />
      <DateField form={form} name="date" label={labels.date} />
      <TextField
        form={form}
        name="time"
        label={labels.time}
        hint={t('meetings.timeHint')}
        maxlength={5}
        inputmode="numeric"
      />
      <TextField
        form={form}
        name="durationMinutes"
        label={labels.durationMinutes}
        maxlength={3}
        inputmode="numeric"
      />
      <TextField
        form={form}
        name="place"
        label={labels.place}
        hint={t('meetings.placeHint')}
        maxlength={300}
        optional
      />
      <TextField form={form} name="onlineLink" label={labels.onlineLink} type="url" optional />
      {proposals.length ? (
        <ChoiceField
          form={form}
          name="proposals"
          type="checkbox"
          label={labels.proposals}
          optional
          options={proposals.map((p) => ({ value: p.id, label: `${p.number} ${p.title}` }))}
        />
      ) : (
        <p id="plan-no-endorsed">{t('meetings.noEndorsed')}</p>
      )}
      <TextArea
        form={form}
        name="items"
        label={labels.items}
        hint={t('meetings.itemsHint')}
        optional
      />
      <BusyButton
        state={form}
        label={t(meeting ? 'meetings.saveChange' : 'meetings.schedule')}
        busyLabel={t(meeting ? 'meetings.savingChange' : 'meetings.scheduling')}
      />
    </Form>
  );
}
