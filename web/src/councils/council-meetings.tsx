import type { CouncilView, MembershipView } from '../firebase/councils.js';
import type { MeetingView } from '../firebase/meetings.js';
import { formatDateTime, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { Await } from '../ui/await.js';
import { StatusTag } from '../ui/status-tag.js';
import { useLive, useRead, type Loaded } from '../ui/use-data.js';
import { PlanForm } from './plan-form.js';

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
        {(proposals) => (
          <PlanForm councilId={props.councilId} proposals={proposals} labelledBy="plan-heading" />
        )}
      </Await>
    </section>
  );
}
