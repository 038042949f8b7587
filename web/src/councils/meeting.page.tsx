import { AGENDA_OUTCOME_LABELS } from '@domain/meetings/agenda-outcomes.js';
import type { MeetingView } from '../firebase/meetings.js';
import { formatDateTime, isoOf } from '../format.js';
import { currentLanguage, loadSection, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { LoadFailure } from '../ui/await.js';
import { Detail } from '../ui/details.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { firstValue, latest, useLive } from '../ui/use-data.js';
import { ChangePlan, MeetingStaffActions } from './meeting-staff.js';
import './meetings.css';
import { MinutesFile, useMeetingFiles } from './minutes-file.js';
import { RecordMeeting } from './record-meeting.js';

const adapter = () => import('../firebase/meetings.js');

/**
 * `/app/meetings/{meetingId}`: a council meeting for its members and the Secretariat: when
 * and where, the agenda (with each item's decision once held), the quorum and the minutes.
 * Staff cancel a planned meeting, record it once held and publish its minutes. Read before it
 * is shown (the heading is its title), then followed.
 */
function MeetingPage(props: PageProps & { data: MeetingView | null }) {
  const meetingId = props.params.meetingId ?? '';
  const followed = useLive<MeetingView | null>(
    async (next, fail) => (await adapter()).watchMeeting(meetingId, next, fail),
    [meetingId],
  );
  const meeting = latest(props.data, followed);
  const staff = props.claims?.role === 'staff';
  return (
    <div class="page">
      {meeting ? (
        <p class="back">
          <a href={`/app/councils/${meeting.councilId}`}>{t('meetings.back')}</a>
        </p>
      ) : null}
      <PageHeading>{meeting ? meeting.title : t('meetings.notFound')}</PageHeading>
      {followed.status === 'failed' ? <LoadFailure /> : null}
      {meeting ? (
        <>
          <MeetingFacts meeting={meeting} />
          <Agenda meeting={meeting} />
          {meeting.minutes ? (
            <section aria-labelledby="minutes-heading">
              <h2 id="minutes-heading">{t('meetings.minutes')}</h2>
              <p class="prewrap" id="meeting-minutes">
                {meeting.minutes}
              </p>
              <MinutesFiles meeting={meeting} staff={staff} />
            </section>
          ) : null}
          {staff ? <MeetingStaffActions meeting={meeting} /> : null}
          {staff && meeting.status === 'planned' ? <ChangePlan meeting={meeting} /> : null}
          {staff && meeting.status === 'planned' ? <RecordMeeting meeting={meeting} /> : null}
        </>
      ) : null}
    </div>
  );
}

/** The minutes' file, once recorded; staff may still change it until they are published. */
function MinutesFiles(props: { meeting: MeetingView; staff: boolean }) {
  const files = useMeetingFiles(props.meeting.id);
  return (
    <>
      <h3>{t('meetings.minutesFileHeading')}</h3>
      <MinutesFile
        meetingId={props.meeting.id}
        files={files}
        editable={props.staff && props.meeting.status === 'held'}
      />
    </>
  );
}

function MeetingFacts(props: { meeting: MeetingView }) {
  const { meeting } = props;
  const language = currentLanguage();
  const tone =
    meeting.status === 'cancelled'
      ? 'rejected'
      : meeting.status === 'planned'
        ? 'pending'
        : 'verified';
  return (
    <dl class="details meeting-facts">
      <Detail term={t('meetings.status')}>
        <StatusTag tone={tone} id="meeting-status">
          {t(`meetings.status_${meeting.status}`)}
        </StatusTag>
      </Detail>
      <Detail term={t('meetings.council')}>{meeting.councilName}</Detail>
      <Detail term={t('meetings.when')}>
        <time dateTime={isoOf(meeting.startsAt)}>{formatDateTime(meeting.startsAt, language)}</time>
      </Detail>
      {meeting.place ? <Detail term={t('meetings.place')}>{meeting.place}</Detail> : null}
      {meeting.onlineLink ? (
        <Detail term={t('meetings.placeOnline')}>
          <a href={meeting.onlineLink} rel="noopener noreferrer">
            {meeting.onlineLink}
          </a>
        </Detail>
      ) : null}
      {meeting.quorum ? (
        <Detail term={t('councilPage.quorum')}>
          <span id="meeting-quorum">
            {t('meetings.quorumLine', {
              present: meeting.quorum.present,
              members: meeting.quorum.members,
              required: meeting.quorum.required,
              verdict: t(meeting.quorum.met ? 'meetings.quorumMet' : 'meetings.quorumNotMet'),
            })}
          </span>
        </Detail>
      ) : null}
    </dl>
  );
}

function Agenda(props: { meeting: MeetingView }) {
  const language = currentLanguage();
  const outcomes = new Map(props.meeting.outcomes.map((o) => [o.key, o]));
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('meetings.agenda')}</h2>
      <ol id="meeting-agenda">
        {props.meeting.agenda.map((item) => {
          const outcome = outcomes.get(item.key);
          return (
            <li key={item.key}>
              {item.kind === 'proposal' ? (
                <a href={`/app/proposals/${item.proposalId}`}>
                  {item.number} {item.title}
                </a>
              ) : (
                item.title
              )}
              {outcome ? (
                <>
                  {' — '}
                  <strong>{AGENDA_OUTCOME_LABELS[outcome.outcome][language]}</strong>
                  {outcome.note ? ` (${outcome.note})` : ''}
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export const meetingPage: DataPage<MeetingView | null> = {
  async load({ params }) {
    const [store] = await Promise.all([
      adapter(),
      loadSection('councils'),
      // The file transfers' messages.
      loadSection('reports'),
    ]);
    return firstValue((next, fail) => store.watchMeeting(params.meetingId ?? '', next, fail));
  },
  component: MeetingPage,
};
