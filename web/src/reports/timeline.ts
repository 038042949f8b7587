import { labelOfCode, type Language } from '@domain/catalogues/catalogue.js';
import { MEASURE_TYPES } from '@domain/catalogues/measure-types.js';
import { INTAKE_CHANNELS, OUTCOMES } from '@domain/catalogues/report-options.js';
import { RESPONSE_FORMS } from '@domain/catalogues/response-forms.js';
import { reportWorkflow } from '@domain/workflows/report.workflow.js';
import { record, stringList } from '../data/fields.js';
import { formatDate } from '../format.js';
import { fill } from '../i18n/plural.js';
import type { ReportsMessages } from '../i18n/sections/reports.uk.js';
import type { ReportEventView } from './report-view.js';

/**
 * The report's timeline in words: one sentence per event of `reports/{id}/events`, which
 * side took the step, and the note that came with it (the information asked for, the
 * rationale, the reason). Events are the server's; a type this client does not know yet is
 * told by its change of status, or as a plain event.
 */
export type TimelineText = ReportsMessages['reports']['timeline'];

export interface TimelineEntry {
  id: string;
  at: number | null;
  side: string;
  title: string;
  notes: string[];
}

/** A date inside a sentence: «20 жовтня 2026», without the «р.» that would double the full stop. */
function dateIn(value: string, language: Language): string {
  return formatDate(value, language).replace(/\s*р\.$/, '');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function lowerFirst(value: string, language: Language): string {
  return value ? value.charAt(0).toLocaleLowerCase(language) + value.slice(1) : value;
}

/** «Подання до органу влади, моніторинговий візит». */
export function formsList(forms: readonly string[], language: Language): string {
  return forms
    .map((form, index) => {
      const label = labelOfCode(RESPONSE_FORMS, form, language);
      return index === 0 ? label : lowerFirst(label, language);
    })
    .join(', ');
}

function problemsList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((problem) => text(record(problem).message)).filter(Boolean);
}

export function timelineEntry(
  event: ReportEventView,
  words: TimelineText,
  language: Language,
): TimelineEntry {
  const details = event.details;
  const notes: string[] = [];
  let title: string;
  switch (event.type) {
    case 'registered': {
      const number = text(details.number);
      title = number ? fill(words.registered, { number }) : words.registeredPlain;
      const deadline = text(details.deadline);
      if (deadline)
        notes.push(fill(words.registeredDeadline, { date: dateIn(deadline, language) }));
      break;
    }
    case 'submission_refused':
      title = words.submission_refused;
      notes.push(...problemsList(details.problems));
      break;
    case 'intake':
      title = fill(words.intake, {
        channel: lowerFirst(
          labelOfCode(INTAKE_CHANNELS, text(details.channel), language),
          language,
        ),
      });
      break;
    case 'decide':
      title = fill(words.decide, { forms: formsList(stringList(details.forms), language) });
      break;
    case 'recordMeasure': {
      title = fill(words.recordMeasure, {
        type: lowerFirst(labelOfCode(MEASURE_TYPES, text(details.type), language), language),
      });
      const date = text(details.date);
      const addressee = text(details.addressee);
      if (date || addressee) {
        notes.push(
          fill(words.measureDetails, {
            date: date ? dateIn(date, language) : '—',
            addressee: addressee || '—',
          }),
        );
      }
      const number = text(details.outgoingNumber);
      if (number) notes.push(fill(words.measureNumber, { number }));
      break;
    }
    case 'close': {
      const outcome = text(details.outcome);
      title = outcome
        ? fill(words.close, {
            outcome: lowerFirst(labelOfCode(OUTCOMES, outcome, language), language),
          })
        : words.closePlain;
      break;
    }
    case 'assign':
    case 'startReview':
    case 'requestInfo':
    case 'provideInfo':
    case 'resumeReview':
    case 'decline':
    case 'reopen':
    case 'withdraw':
    case 'linked':
    case 'overdue':
      title = words[event.type];
      break;
    default:
      title =
        event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus
          ? fill(words.changed, {
              from: reportWorkflow.statusLabels[event.fromStatus][language],
              to: reportWorkflow.statusLabels[event.toStatus][language],
            })
          : words.other;
  }
  if (event.note) notes.push(event.note);
  return { id: event.id, at: event.at, side: words.sides[event.side], title, notes };
}

/** The timeline oldest first; events the server has not stamped yet come last. */
export function timeline(
  events: readonly ReportEventView[],
  words: TimelineText,
  language: Language,
): TimelineEntry[] {
  return [...events]
    .sort((a, b) => (a.at ?? Number.MAX_SAFE_INTEGER) - (b.at ?? Number.MAX_SAFE_INTEGER))
    .map((event) => timelineEntry(event, words, language));
}
