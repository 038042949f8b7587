import { z } from 'zod';
import { AGENDA_OUTCOME_LABELS, PROPOSAL_AGENDA_OUTCOMES } from '../../meetings/agenda-outcomes.js';
import { PROPOSAL_DECISIONS } from '../../schemas/proposal.schema.js';
import { formatDateTime } from '../render.js';
import { both, FOOTER, template, type Template } from '../template.js';
import { openProposal, proposalFact, proposalPath, proposalRef } from './proposal-ref.js';

const DECISION_LABELS = {
  recommend: {
    uk: 'рекомендувати Верховній Раді України внести зміни до законодавства',
    en: 'recommend the change of the law to the Verkhovna Rada',
  },
  reject: { uk: 'не підтримувати пропозицію', en: 'not support the proposal' },
  return_for_revision: {
    uk: 'повернути пропозицію на доопрацювання',
    en: 'return the proposal for revision',
  },
} as const;

/**
 * Emails on a legislative proposal's way through its council, a meeting and the
 * Commissioner's decision. Sent to its authors, the council's chair and the Secretariat (and
 * the Commissioner once it is endorsed and once discussed), each in their language.
 */
export const PROPOSAL_TEMPLATES = {
  'proposal.submitted': template({
    data: proposalRef.extend({ councilName: z.string(), version: z.int().min(1) }),
    content: (d, { language: l, link }) => {
      const again = d.version > 1;
      return {
        subject: both(
          l,
          `${again ? 'Доопрацьовану пропозицію' : 'Пропозицію'} ${d.number} подано до ради`,
          `Proposal ${d.number} ${again ? 'resubmitted' : 'submitted'} to the council`,
        ),
        heading: both(
          l,
          again ? 'Автори подали доопрацьовану пропозицію' : 'Нова пропозиція до експертної ради',
          again
            ? 'The authors resubmitted a revised proposal'
            : 'A new proposal to the expert council',
        ),
        paragraphs: [
          both(
            l,
            again
              ? `Версія ${d.version}: у системі видно, що змінилося порівняно з попередньою.`
              : 'Пропозицію подано на розгляд експертної ради. Члени ради можуть її коментувати.',
            again
              ? `Version ${d.version}: the system shows what changed since the previous one.`
              : 'The proposal is submitted to the expert council. Council members may comment on it.',
          ),
        ],
        facts: [proposalFact(l, d), [both(l, 'Рада', 'Council'), d.councilName]],
        action: openProposal(l, link(proposalPath(d.proposalId))),
        footer: FOOTER[l],
      };
    },
  }),

  'proposal.returned': template({
    data: proposalRef.extend({ reason: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Пропозицію ${d.number} повернуто на доопрацювання`,
        `Proposal ${d.number} returned for changes`,
      ),
      heading: both(
        l,
        'Експертна рада повернула пропозицію авторам',
        'The expert council returned the proposal',
      ),
      paragraphs: [
        d.reason,
        both(
          l,
          'Внесіть зміни в чернетку й подайте пропозицію знову: рада побачить, що змінилося.',
          'Change the draft and submit the proposal again: the council will see what changed.',
        ),
      ],
      facts: [proposalFact(l, d)],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.endorsed': template({
    data: proposalRef.extend({ councilName: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Пропозицію ${d.number} схвалено експертною радою`,
        `Proposal ${d.number} endorsed by the expert council`,
      ),
      heading: both(
        l,
        'Голова ради схвалив пропозицію',
        'The council’s chair endorsed the proposal',
      ),
      paragraphs: [
        both(
          l,
          'Секретаріат внесе її до порядку денного засідання, на якому її обговорять з Уповноваженим.',
          'The Secretariat will put it on the agenda of a meeting where it is discussed with the Commissioner.',
        ),
      ],
      facts: [proposalFact(l, d), [both(l, 'Рада', 'Council'), d.councilName]],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.scheduled': template({
    data: proposalRef.extend({
      meetingId: z.string(),
      meetingTitle: z.string(),
      startsAt: z.string(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Пропозицію ${d.number} внесено до порядку денного`,
        `Proposal ${d.number} is on a meeting’s agenda`,
      ),
      heading: both(
        l,
        'Пропозицію обговорять на засіданні',
        'The proposal will be discussed at a meeting',
      ),
      paragraphs: [
        both(
          l,
          `«${d.meetingTitle}» — ${formatDateTime(d.startsAt, l)} за київським часом.`,
          `“${d.meetingTitle}”, ${formatDateTime(d.startsAt, l)} Kyiv time.`,
        ),
      ],
      facts: [proposalFact(l, d)],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.discussed': template({
    data: proposalRef.extend({
      outcome: z.enum(PROPOSAL_AGENDA_OUTCOMES),
      note: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Пропозицію ${d.number} обговорено: ${AGENDA_OUTCOME_LABELS[d.outcome].uk.toLowerCase()}`,
        `Proposal ${d.number} discussed: ${AGENDA_OUTCOME_LABELS[d.outcome].en.toLowerCase()}`,
      ),
      heading: both(l, 'Засідання обговорило пропозицію', 'The meeting discussed the proposal'),
      paragraphs: [
        ...(d.note ? [d.note] : []),
        both(
          l,
          'Рішення про рекомендації Верховній Раді ухвалює Уповноважений.',
          'The Commissioner decides whether to recommend the change to the Verkhovna Rada.',
        ),
      ],
      facts: [
        proposalFact(l, d),
        [both(l, 'Результат обговорення', 'Outcome'), AGENDA_OUTCOME_LABELS[d.outcome][l]],
      ],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.decided': template({
    data: proposalRef.extend({ decision: z.enum(PROPOSAL_DECISIONS), rationale: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Рішення Уповноваженого щодо пропозиції ${d.number}`,
        `The Commissioner’s decision on proposal ${d.number}`,
      ),
      heading: both(
        l,
        `Уповноважений вирішив ${DECISION_LABELS[d.decision].uk}`,
        `The Commissioner decided to ${DECISION_LABELS[d.decision].en}`,
      ),
      paragraphs: [d.rationale],
      facts: [proposalFact(l, d)],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.status_changed': template({
    data: proposalRef.extend({
      statusLabelUk: z.string(),
      statusLabelEn: z.string(),
      note: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Пропозиція ${d.number}: ${d.statusLabelUk}`,
        `Proposal ${d.number}: ${d.statusLabelEn}`,
      ),
      heading: both(
        l,
        `Новий статус пропозиції: ${d.statusLabelUk}`,
        `New status of the proposal: ${d.statusLabelEn}`,
      ),
      paragraphs: d.note ? [d.note] : [],
      facts: [proposalFact(l, d)],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),
} satisfies Record<string, Template<z.ZodType>>;
