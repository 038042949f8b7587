import { AREAS, type AreaCode } from '@domain/catalogues/areas.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import { MEASURE_TYPES, type MeasureTypeCode } from '@domain/catalogues/measure-types.js';
import {
  INTAKE_CHANNELS,
  OUTCOMES,
  VIOLATOR_KINDS,
  type IntakeChannel,
  type OutcomeCode,
  type ViolatorKind,
} from '@domain/catalogues/report-options.js';
import { RIGHTS, type RightCode } from '@domain/catalogues/rights.js';
import { h } from '../ui/legacy/dom.js';
import { formatDate, formatDateTime, isoOf } from '../format.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { formsList, timeline } from './timeline.js';
import type {
  AttachmentView,
  MeasureView,
  MessageView,
  PersonView,
  ReportEventView,
  ReportView,
} from './report-view.js';
import { reportPath } from '../router/routes.js';
import { regionLabel } from './report-status.js';

/**
 * The parts of the report page that show what is (the page wires them to the listeners): the
 * report's details, the decision, the measures and the outcome, the personal data, the
 * thread, and the timeline.
 */
function row(term: string, ...description: (Node | string | null)[]): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, ...description)];
}

function time(value: number | null): HTMLElement | string {
  if (value === null) return '—';
  return h('time', { datetime: isoOf(value) }, formatDateTime(value, currentLanguage()));
}

function day(value: string | number | null): HTMLElement | string {
  if (value === null || value === '') return '—';
  return h('time', { datetime: isoOf(value) }, formatDate(value, currentLanguage()));
}

/** Text people wrote keeps its paragraphs. */
export function prose(text: string): HTMLElement {
  return h('p', { class: 'prose' }, text);
}

export function reportDetails(
  report: ReportView,
  extra: {
    organisation: string | null;
    assignees: string[] | null;
    linked: { id: string; label: string }[] | null;
  },
): HTMLElement {
  const language = currentLanguage();
  const groups = (['children', 'disabilities', 'deprivedOfLiberty'] as const)
    .filter((group) => report.vulnerableGroups[group])
    .map((group) => t(`reports.fields.${group}`));
  const channel = labelOf(INTAKE_CHANNELS, report.intake as IntakeChannel, language);
  return h(
    'dl',
    { class: 'details report-details' },
    ...row(t('reports.fields.description'), prose(report.description)),
    ...row(t('reports.fields.incidentDate'), day(report.incidentDate)),
    ...row(t('reports.fields.regionCode'), regionLabel(report.regionCode)),
    ...row(t('reports.fields.locality'), report.locality),
    ...row(
      t('reports.fields.violator'),
      `${labelOf(VIOLATOR_KINDS, report.violator.kind as ViolatorKind, language)}: ${report.violator.name}`,
    ),
    ...row(
      t('reports.fields.rights'),
      h(
        'ul',
        { class: 'plain-list' },
        report.rights.map((right) => h('li', null, labelOf(RIGHTS, right as RightCode, language))),
      ),
    ),
    ...row(t('reports.fields.area'), labelOf(AREAS, report.area as AreaCode, language)),
    ...row(
      t('reports.fields.victimsCount'),
      report.victimsCount === null ? '—' : String(report.victimsCount),
    ),
    ...row(
      t('reports.fields.vulnerableGroups'),
      groups.length ? groups.join(', ') : t('reports.page.noneGroups'),
    ),
    ...row(
      t('reports.fields.urgent'),
      report.urgent
        ? t('reports.page.urgentYes', { reason: report.urgencyReason ?? '' })
        : t('reports.page.urgentNo'),
    ),
    ...row(
      t('reports.fields.consentToPublish'),
      t(report.consentToPublish ? 'reports.page.consentYes' : 'reports.page.consentNo'),
    ),
    ...row(
      t('reports.page.intake'),
      report.intake === 'web' ? channel : t('reports.page.intakeOnBehalf', { channel }),
    ),
    ...(extra.organisation ? row(t('reports.page.organisation'), extra.organisation) : []),
    ...(report.submittedAt ? row(t('reports.page.submittedAt'), time(report.submittedAt)) : []),
    ...(report.registeredAt ? row(t('reports.page.registeredAt'), time(report.registeredAt)) : []),
    ...(extra.assignees
      ? row(
          t('reports.page.assignees'),
          extra.assignees.length ? extra.assignees.join(', ') : t('reports.page.noAssignees'),
        )
      : []),
    ...(extra.linked && extra.linked.length
      ? row(
          t('reports.page.linked'),
          h(
            'ul',
            { class: 'plain-list' },
            extra.linked.map((link) =>
              h('li', null, h('a', { href: reportPath(link.id) }, link.label)),
            ),
          ),
        )
      : []),
  );
}

/** The decision (or the refusal), the measures taken and the outcome: what the NGO waits for. */
export function reportOutcome(
  report: ReportView,
  measures: readonly MeasureView[],
  attachments: readonly AttachmentView[],
  download: (attachment: AttachmentView) => HTMLElement,
): HTMLElement[] {
  const language = currentLanguage();
  const parts: HTMLElement[] = [];
  if (report.decision) {
    parts.push(
      h(
        'section',
        { class: 'card outcome', 'aria-labelledby': 'decision-heading' },
        h('h2', { id: 'decision-heading' }, t('reports.page.decisionHeading')),
        h(
          'dl',
          { class: 'details' },
          ...row(t('reports.page.decisionForms'), formsList(report.decision.forms, language)),
          ...row(t('reports.page.rationale'), prose(report.decision.rationale)),
          ...row(t('reports.page.decidedAt'), time(report.decision.decidedAt)),
        ),
      ),
    );
  }
  if (report.status === 'declined' || report.declineReason) {
    parts.push(
      h(
        'section',
        { class: 'card outcome', 'aria-labelledby': 'declined-heading' },
        h('h2', { id: 'declined-heading' }, t('reports.page.declinedHeading')),
        h(
          'dl',
          { class: 'details' },
          ...row(t('reports.page.declineReason'), prose(report.declineReason ?? '—')),
        ),
      ),
    );
  }
  if (report.decision || measures.length) {
    parts.push(
      h(
        'section',
        { class: 'card outcome', 'aria-labelledby': 'measures-heading' },
        h('h2', { id: 'measures-heading' }, t('reports.page.measuresHeading')),
        measures.length
          ? h(
              'ol',
              { class: 'rows measures' },
              measures.map((measure) => {
                const document = measure.documentAttachmentId
                  ? attachments.find((a) => a.id === measure.documentAttachmentId)
                  : undefined;
                return h(
                  'li',
                  { class: 'row' },
                  h(
                    'h3',
                    { class: 'row-title' },
                    labelOf(MEASURE_TYPES, measure.type as MeasureTypeCode, language),
                  ),
                  h(
                    'dl',
                    { class: 'details details-compact' },
                    ...row(t('reports.page.measureDate'), day(measure.date)),
                    ...row(t('reports.page.addressee'), measure.addressee),
                    ...(measure.outgoingNumber
                      ? row(t('reports.page.outgoingNumber'), measure.outgoingNumber)
                      : []),
                    ...(measure.result ? row(t('reports.page.result'), prose(measure.result)) : []),
                    ...(document ? row(t('reports.page.document'), download(document)) : []),
                  ),
                );
              }),
            )
          : h('p', null, t('reports.page.noMeasures')),
      ),
    );
  }
  if (report.outcome) {
    parts.push(
      h(
        'section',
        { class: 'card outcome', 'aria-labelledby': 'outcome-heading' },
        h('h2', { id: 'outcome-heading' }, t('reports.page.outcomeHeading')),
        h(
          'dl',
          { class: 'details' },
          ...row(
            t('reports.page.outcome'),
            labelOf(OUTCOMES, report.outcome as OutcomeCode, language),
          ),
          ...(report.closingNote
            ? row(t('reports.page.closingNote'), prose(report.closingNote))
            : []),
          ...(report.closedAt ? row(t('reports.page.closedAt'), time(report.closedAt)) : []),
        ),
      ),
    );
  }
  if (report.status === 'withdrawn') {
    parts.push(
      h(
        'section',
        { class: 'card outcome', 'aria-labelledby': 'withdrawn-heading' },
        h('h2', { id: 'withdrawn-heading' }, t('reports.page.withdrawnHeading')),
        report.withdrawReason
          ? h(
              'dl',
              { class: 'details' },
              ...row(t('reports.page.withdrawReason'), prose(report.withdrawReason)),
            )
          : null,
      ),
    );
  }
  return parts;
}

export function peopleList(
  victims: readonly PersonView[],
  witnesses: readonly PersonView[],
): HTMLElement {
  if (victims.length === 0 && witnesses.length === 0) {
    return h('p', null, t('reports.personal.none'));
  }
  const group = (title: string, people: readonly PersonView[]) =>
    people.length
      ? [
          h('h3', null, title),
          h(
            'ul',
            { class: 'rows' },
            people.map((person) =>
              h(
                'li',
                { class: 'row' },
                h('p', { class: 'row-title' }, person.fullName),
                h(
                  'p',
                  { class: 'row-meta' },
                  [
                    person.birthYear !== null
                      ? t('reports.personal.born', { year: person.birthYear })
                      : null,
                    person.contact,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                ),
                person.notes ? prose(person.notes) : null,
              ),
            ),
          ),
        ]
      : [];
  return h(
    'div',
    { class: 'people-shown' },
    ...group(t('reports.personal.victims'), victims),
    ...group(t('reports.personal.witnesses'), witnesses),
  );
}

export function messageList(messages: readonly MessageView[], ownUid: string): HTMLElement {
  if (messages.length === 0) return h('p', null, t('reports.thread.none'));
  const words = catalogue().reports.thread;
  return h(
    'ol',
    { class: 'thread' },
    messages.map((message) =>
      h(
        'li',
        { class: `message message-${message.side} message-${message.kind}` },
        h(
          'p',
          { class: 'message-meta' },
          h('span', { class: 'message-side' }, words.sides[message.side]),
          ' · ',
          message.authorName,
          message.authorUid === ownUid ? ` ${t('organisation.you')}` : '',
          message.kind !== 'message' ? ' · ' : '',
          message.kind !== 'message' ? h('strong', null, words.kinds[message.kind]) : null,
          ' · ',
          message.pending ? words.pending : time(message.createdAt),
        ),
        prose(message.text),
      ),
    ),
  );
}

export function timelineList(events: readonly ReportEventView[]): HTMLElement {
  if (events.length === 0) return h('p', null, t('reports.page.noEvents'));
  const entries = timeline(events, catalogue().reports.timeline, currentLanguage());
  return h(
    'ol',
    { class: 'timeline' },
    entries.map((entry) =>
      h(
        'li',
        { class: 'timeline-entry' },
        h('p', { class: 'timeline-meta' }, time(entry.at), ' · ', entry.side),
        h('p', { class: 'timeline-title' }, entry.title),
        ...entry.notes.map((note) => prose(note)),
      ),
    ),
  );
}
