import type { CouncilView, MembershipView } from '../firebase/councils.js';
import type { EndorsedProposal, MeetingView } from '../firebase/meetings.js';
import { formatDateTime, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { DateField, withDateProblems } from '../ui/date-field.js';
import { TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { StatusTag } from '../ui/status-tag.js';
import { useLive, useRead, type Loaded } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';
import { validatePlanForm, type PlanFormValues } from './meeting-forms.js';

const adapter = () => import('../firebase/meetings.js');

const STATUS_TONE = {
  planned: 'pending',
  held: 'verified',
  published: 'verified',
  cancelled: 'rejected',
} as const;

export const meetingPath = (meetingId: string) => `/app/meetings/${meetingId}`;

/** The council's meetings, newest first, and for staff the form that schedules one. */
export function CouncilMeetings(props: {
  council: CouncilView;
  memberships: Loaded<MembershipView[]>;
  role: string | null;
}) {
  const readsMeetings =
    props.role === 'staff' ||
    props.role === 'admin' ||
    props.role === 'commissioner' ||
    props.memberships.status === 'ready';
  const meetings = useLive<MeetingView[]>(
    async (next, fail) => (await adapter()).watchCouncilMeetings(props.council.id, next, fail),
    [props.council.id, readsMeetings],
  );
  if (!readsMeetings) return null;
  const language = currentLanguage();
  return (
    <>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('meetings.heading')}</h2>
        <Await state={meetings}>
          {(list) =>
            list.length ? (
              <ul class="rows" id="council-meetings">
                {list.map((meeting) => (
                  <li key={meeting.id} class="row">
                    <p class="row-title">
                      <a href={meetingPath(meeting.id)}>{meeting.title}</a>
                    </p>
                    <p class="row-meta">
                      <time dateTime={isoOf(meeting.startsAt)}>
                        {formatDateTime(meeting.startsAt, language)}
                      </time>{' '}
                      <StatusTag tone={STATUS_TONE[meeting.status]}>
                        {t(`meetings.status_${meeting.status}`)}
                      </StatusTag>
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('meetings.none')}</p>
            )
          }
        </Await>
      </section>
      {props.role === 'staff' ? <ScheduleMeeting councilId={props.council.id} /> : null}
    </>
  );
}

function ScheduleMeeting(props: { councilId: string }) {
  const endorsed = useRead(async () => (await adapter()).listEndorsedProposals(), []);
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('meetings.schedule')}</h2>
      <Await state={endorsed}>
        {(proposals) => <PlanForm councilId={props.councilId} proposals={proposals} />}
      </Await>
    </section>
  );
}

function PlanForm(props: { councilId: string; proposals: EndorsedProposal[] }) {
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
  const form = useForm({
    id: 'plan',
    initial: {
      title: '',
      date: '',
      time: '10:00',
      durationMinutes: '120',
      place: '',
      onlineLink: '',
      proposals: [],
      items: '',
    } as PlanFormValues,
    validate: (values) =>
      withDateProblems(validatePlanForm(values, props, currentLanguage(), labels), values, [
        'date',
      ]),
  });
  const send = () =>
    submitForm(form, {
      serverField: (field) =>
        field.startsWith('plan.agenda') ? 'items' : field.replace(/^plan\./, ''),
      run: async (plan) => (await adapter()).meetingAction({ action: 'schedule', plan }),
    }).then((outcome) => {
      if (outcome?.ok) succeed(form, t('meetings.scheduled'));
    });
  return (
    <Form form={form} labelledBy="plan-heading" onSubmit={() => void send()}>
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
      {props.proposals.length ? (
        <ChoiceField
          form={form}
          name="proposals"
          type="checkbox"
          label={labels.proposals}
          optional
          options={props.proposals.map((p) => ({ value: p.id, label: `${p.number} ${p.title}` }))}
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
        label={t('meetings.schedule')}
        busyLabel={t('meetings.scheduling')}
      />
    </Form>
  );
}
