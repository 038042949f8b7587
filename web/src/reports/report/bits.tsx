import type { ReportStatus } from '@domain/workflows/report.workflow.js';
import { formatDate, formatDateTime, isoOf } from '../../format.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { StatusTag } from '../../ui/status-tag.js';
import { reportStatusName } from '../report-status.js';

/** Small pieces the report page's sections share. */

/** Text people wrote keeps its paragraphs. */
export function Prose(props: { text: string }) {
  return <p class="prose">{props.text}</p>;
}

/** A moment, in Kyiv time: «3 груд. 2026 р., 14:05». */
export function Moment(props: { value: number | null }) {
  if (props.value === null) return <>—</>;
  return (
    <time dateTime={isoOf(props.value)}>{formatDateTime(props.value, currentLanguage())}</time>
  );
}

/** A day: «3 грудня 2026 р.», whatever the browser's language. */
export function Day(props: { value: string | number | null }) {
  if (props.value === null || props.value === '') return <>—</>;
  return <time dateTime={isoOf(props.value)}>{formatDate(props.value, currentLanguage())}</time>;
}

export function ReportStatusTag(props: { status: ReportStatus }) {
  return <StatusTag tone={`report-${props.status}`}>{reportStatusName(props.status)}</StatusTag>;
}

/** A section of the report page, named by its heading. */
export function Section(props: {
  id: string;
  heading: string;
  class?: string;
  children: preact.ComponentChildren;
}) {
  return (
    <section
      class={`report-section${props.class ? ` ${props.class}` : ''}`}
      aria-labelledby={`${props.id}-heading`}
    >
      <h2 id={`${props.id}-heading`} tabIndex={-1}>
        {props.heading}
      </h2>
      {props.children}
    </section>
  );
}
