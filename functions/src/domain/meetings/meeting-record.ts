import type { AgendaItem, MeetingRecordInput } from '../schemas/meeting.schema.js';
import { PROPOSAL_AGENDA_OUTCOMES, type ProposalAgendaOutcome } from './agenda-outcomes.js';

/**
 * What recording a held meeting does to the proposals on its agenda, and why a record cannot
 * be accepted. Every item needs exactly one outcome; a proposal's outcome moves it: postponed
 * sends it back to `endorsed` for a later agenda, any other outcome to `discussed`.
 */
export interface RecordProblem {
  field: string;
  message: string;
}

export function recordProblems(
  agenda: readonly AgendaItem[],
  record: Pick<MeetingRecordInput, 'attendance' | 'outcomes'>,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const items = new Map(agenda.map((item) => [item.key, item]));
  const decided = new Set<string>();
  record.outcomes.forEach((outcome, index) => {
    const item = items.get(outcome.key);
    if (!item) {
      problems.push({
        field: `outcomes.${index}`,
        message: 'Такого питання немає в порядку денному',
      });
    } else if (decided.has(outcome.key)) {
      problems.push({
        field: `outcomes.${index}`,
        message: `Рішення щодо «${item.title}» вже записано`,
      });
    } else if (
      item.kind === 'proposal' &&
      !(PROPOSAL_AGENDA_OUTCOMES as readonly string[]).includes(outcome.outcome)
    ) {
      problems.push({
        field: `outcomes.${index}`,
        message: `Пропозицію «${item.title}» підтримують, не підтримують або переносять`,
      });
    }
    decided.add(outcome.key);
  });
  for (const item of agenda) {
    if (!decided.has(item.key)) {
      problems.push({
        field: 'outcomes',
        message: `Запишіть рішення щодо питання «${item.title}»`,
      });
    }
  }
  const seen = new Set<string>();
  record.attendance.forEach((person, index) => {
    if (seen.has(person.uid)) {
      problems.push({
        field: `attendance.${index}`,
        message: `${person.displayName} вже є у списку`,
      });
    }
    seen.add(person.uid);
  });
  if (!record.attendance.some((person) => person.present)) {
    problems.push({ field: 'attendance', message: 'Позначте, хто був присутній на засіданні' });
  }
  return problems;
}

export type ProposalEffect =
  | {
      proposalId: string;
      action: 'recordDiscussion';
      outcome: Exclude<ProposalAgendaOutcome, 'postponed'>;
      note?: string | undefined;
    }
  | { proposalId: string; action: 'unschedule' };

/** The workflow action each proposal on the agenda takes when the record is saved. */
export function proposalEffects(
  agenda: readonly AgendaItem[],
  outcomes: MeetingRecordInput['outcomes'],
): ProposalEffect[] {
  const byKey = new Map(outcomes.map((o) => [o.key, o]));
  return agenda.flatMap((item): ProposalEffect[] => {
    if (item.kind !== 'proposal') return [];
    const outcome = byKey.get(item.key);
    if (!outcome || outcome.outcome === 'noted') return [];
    if (outcome.outcome === 'postponed')
      return [{ proposalId: item.proposalId, action: 'unschedule' }];
    return [
      {
        proposalId: item.proposalId,
        action: 'recordDiscussion',
        outcome: outcome.outcome,
        note: outcome.note,
      },
    ];
  });
}

/** The proposals a plan puts on or takes off the agenda, compared with the plan before. */
export function agendaProposalChanges(
  before: readonly AgendaItem[],
  after: readonly AgendaItem[],
): { scheduled: string[]; unscheduled: string[] } {
  const ids = (agenda: readonly AgendaItem[]) =>
    new Set(agenda.flatMap((item) => (item.kind === 'proposal' ? [item.proposalId] : [])));
  const was = ids(before);
  const is = ids(after);
  return {
    scheduled: [...is].filter((id) => !was.has(id)),
    unscheduled: [...was].filter((id) => !is.has(id)),
  };
}
