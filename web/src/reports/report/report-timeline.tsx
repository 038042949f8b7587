import { catalogue, currentLanguage, t } from '../../i18n/i18n.js';
import type { ReportEventView } from '../report-view.js';
import { timeline } from '../timeline.js';
import { Moment, Prose, Section } from './bits.js';
import { useReportData, valueOr } from './use-report-data.js';

/** Every step of the report, oldest first, with who took it. */
export function ReportTimeline(props: { reportId: string }) {
  const events = valueOr(
    useReportData(props.reportId, (store) => store.watchEvents),
    [] as ReportEventView[],
  );
  const entries = timeline(events, catalogue().reports.timeline, currentLanguage());
  return (
    <Section id="report-timeline" heading={t('reports.page.timelineHeading')}>
      {entries.length === 0 ? (
        <p>{t('reports.page.noEvents')}</p>
      ) : (
        <ol class="timeline">
          {entries.map((entry) => (
            <li key={entry.id} class="timeline-entry">
              <p class="timeline-meta">
                <Moment value={entry.at} /> · {entry.side}
              </p>
              <p class="timeline-title">{entry.title}</p>
              {entry.notes.map((note, at) => (
                <Prose key={at} text={note} />
              ))}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
