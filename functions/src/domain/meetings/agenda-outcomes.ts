/**
 * What a meeting decided on each item of its agenda. A proposal is supported (as it is or
 * with changes the meeting asked for), not supported, or postponed to a later meeting; a free
 * item is noted («взято до відома») or decided the same ways.
 */
export const AGENDA_OUTCOMES = [
  'supported',
  'supported_with_changes',
  'not_supported',
  'postponed',
  'noted',
] as const;
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number];

/** Outcomes a proposal on the agenda may have: a proposal is never merely noted. */
export const PROPOSAL_AGENDA_OUTCOMES = [
  'supported',
  'supported_with_changes',
  'not_supported',
  'postponed',
] as const satisfies readonly AgendaOutcome[];
export type ProposalAgendaOutcome = (typeof PROPOSAL_AGENDA_OUTCOMES)[number];

export const AGENDA_OUTCOME_LABELS: Record<AgendaOutcome, { uk: string; en: string }> = {
  supported: { uk: 'Підтримано', en: 'Supported' },
  supported_with_changes: { uk: 'Підтримано з доопрацюванням', en: 'Supported with changes' },
  not_supported: { uk: 'Не підтримано', en: 'Not supported' },
  postponed: { uk: 'Розгляд перенесено', en: 'Postponed' },
  noted: { uk: 'Взято до відома', en: 'Noted' },
};
