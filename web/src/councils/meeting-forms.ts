import { AGENDA_OUTCOMES } from '@domain/meetings/agenda-outcomes.js';
import {
  meetingPlanInputSchema,
  meetingRecordInputSchema,
  type MeetingPlanInput,
  type MeetingRecordInput,
} from '@domain/schemas/meeting.schema.js';
import { kyivDateTimeOf } from '@domain/meetings/meeting-plan.js';
import { dateForSchema, typedFromIso } from '../forms/dates.js';
import { validate, type FieldLabels, type Problems, type Validation } from '../forms/problems.js';
import type { Language } from '../i18n/i18n.js';

/**
 * The Secretariat's meeting forms as the inputs of `meetingAction`, checked with the server's
 * schemas: the plan (date typed day first, Kyiv time; the agenda made of the endorsed
 * proposals ticked and the free items typed one per line), and the record of a held meeting.
 */
export type PlanFormValues = {
  title: string;
  date: string;
  time: string;
  durationMinutes: string;
  place: string;
  onlineLink: string;
  proposals: readonly string[];
  items: string;
};

const optional = (value: string) => value.trim() || undefined;

/** A planned meeting as the plan form shows it to be changed: the day typed day first, Kyiv time. */
export function planValuesOf(meeting: {
  title: string;
  startsAt: number;
  durationMinutes: number;
  place: string | null;
  onlineLink: string | null;
  agenda: readonly ({ kind: 'proposal'; proposalId: string } | { kind: 'item'; title: string })[];
}): PlanFormValues {
  const { date, time } = kyivDateTimeOf(new Date(meeting.startsAt));
  return {
    title: meeting.title,
    date: typedFromIso(date),
    time,
    durationMinutes: String(meeting.durationMinutes),
    place: meeting.place ?? '',
    onlineLink: meeting.onlineLink ?? '',
    proposals: meeting.agenda.flatMap((item) =>
      item.kind === 'proposal' ? [item.proposalId] : [],
    ),
    items: meeting.agenda.flatMap((item) => (item.kind === 'item' ? [item.title] : [])).join('\n'),
  };
}

/** Where a schema's problem is shown: the agenda's problems under its free items, the one agenda field always shown. */
function fieldOf(path: string): string {
  if (path.startsWith('agenda')) return 'items';
  return path.split('.')[0] ?? path;
}

function onFields(problems: Problems): Problems {
  const result: Problems = {};
  for (const [path, message] of Object.entries(problems)) result[fieldOf(path)] ??= message;
  return result;
}

export function validatePlanForm(
  values: PlanFormValues,
  context: {
    councilId: string;
    proposals: readonly { id: string; number: string; title: string }[];
  },
  language: Language,
  labels: FieldLabels,
): Validation<MeetingPlanInput> {
  const chosen = context.proposals.filter((p) => values.proposals.includes(p.id));
  const items = values.items
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const input = {
    councilId: context.councilId,
    title: values.title,
    date: dateForSchema(values.date) || undefined,
    time: optional(values.time),
    durationMinutes: Number(values.durationMinutes) || undefined,
    place: optional(values.place),
    onlineLink: optional(values.onlineLink),
    agenda: [
      ...chosen.map((p, i) => ({
        kind: 'proposal' as const,
        key: `p${i + 1}`,
        proposalId: p.id,
        number: p.number,
        title: p.title,
      })),
      ...items.map((title, i) => ({ kind: 'item' as const, key: `i${i + 1}`, title })),
    ],
  };
  const checked = validate(meetingPlanInputSchema, input, language, labels);
  return checked.ok ? checked : { ok: false, problems: onFields(checked.problems) };
}

/** The record form: who was present (uids ticked), the minutes, an outcome per item key. */
export type RecordFormValues = Record<string, string | readonly string[]> & {
  present: readonly string[];
  minutes: string;
};

export function validateRecordForm(
  values: RecordFormValues,
  context: {
    members: readonly { uid: string; displayName: string; orgName: string | null }[];
    itemKeys: readonly string[];
  },
  language: Language,
  labels: FieldLabels,
): Validation<MeetingRecordInput> {
  const outcomes = context.itemKeys.map((key) => ({
    key,
    outcome: (AGENDA_OUTCOMES as readonly string[]).includes(String(values[`outcome-${key}`]))
      ? String(values[`outcome-${key}`])
      : undefined,
    note: optional(String(values[`note-${key}`] ?? '')),
  }));
  const input = {
    attendance: context.members.map((m) => ({
      uid: m.uid,
      displayName: m.displayName,
      ...(m.orgName ? { orgName: m.orgName } : {}),
      present: values.present.includes(m.uid),
    })),
    minutesText: values.minutes,
    outcomes,
  };
  const checked = validate(meetingRecordInputSchema, input, language, labels);
  if (checked.ok) {
    if (!checked.value.attendance.some((p) => p.present)) {
      return { ok: false, problems: { present: labels.presentRequired ?? 'present' } };
    }
    return checked;
  }
  const problems: Problems = {};
  for (const [path, message] of Object.entries(checked.problems)) {
    const [head, index] = path.split('.');
    const field =
      head === 'outcomes' && index !== undefined
        ? `outcome-${context.itemKeys[Number(index)]}`
        : head === 'minutesText'
          ? 'minutes'
          : head === 'attendance'
            ? 'present'
            : (head ?? path);
    problems[field] ??= message;
  }
  return { ok: false, problems };
}
