import { z } from 'zod';
import {
  BILL_STAGE_LABELS,
  BILL_STAGES,
  LEGISLATIVE_OUTCOMES,
  LEGISLATIVE_OUTCOME_LABELS,
} from '../../proposals/legislative-tracker.js';
import { formatDate } from '../render.js';
import { both, FOOTER, template, type Template } from '../template.js';
import { openProposal, proposalFact, proposalPath, proposalRef } from './proposal-ref.js';

/**
 * Emails about a recommendation to Parliament and the bill that carries it: the sending, the
 * bill's stages, the reminder to staff every 30 days while the outcome is open, and the
 * outcome.
 */
export const PARLIAMENT_TEMPLATES = {
  'proposal.sent_to_parliament': template({
    data: proposalRef.extend({
      addresseeUk: z.string(),
      addresseeEn: z.string(),
      outgoingNumber: z.string(),
      sentOn: z.string(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Рекомендації щодо пропозиції ${d.number} направлено до парламенту`,
        `Recommendation on proposal ${d.number} sent to Parliament`,
      ),
      heading: both(
        l,
        'Уповноважений направив рекомендації',
        'The Commissioner sent the recommendation',
      ),
      paragraphs: [
        both(
          l,
          'Секретаріат стежитиме за законопроєктом і повідомлятиме вас про результат.',
          'The Secretariat will follow the bill and tell you the result.',
        ),
      ],
      facts: [
        proposalFact(l, d),
        [both(l, 'Адресат', 'Addressee'), both(l, d.addresseeUk, d.addresseeEn)],
        [
          both(l, 'Вихідний номер і дата', 'Outgoing number and date'),
          `№ ${d.outgoingNumber}, ${formatDate(d.sentOn, l)}`,
        ],
      ],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.tracker_reminder': template({
    data: proposalRef.extend({
      sentOn: z.string(),
      billNumber: z.string().optional(),
      lastStage: z.object({ stage: z.enum(BILL_STAGES), date: z.string() }).optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Нагадування: що з рекомендацією ${d.number} у парламенті?`,
        `Reminder: what became of recommendation ${d.number}?`,
      ),
      heading: both(
        l,
        'Перевірте, як просувається законопроєкт',
        'Check how the bill is progressing',
      ),
      paragraphs: [
        both(
          l,
          'Результат ще не записано. Запишіть номер законопроєкту, нові етапи або результат; наступне нагадування — через 30 днів.',
          'No outcome is recorded yet. Record the bill number, new stages or the outcome; the next reminder comes in 30 days.',
        ),
      ],
      facts: [
        proposalFact(l, d),
        [both(l, 'Направлено', 'Sent'), formatDate(d.sentOn, l)],
        ...(d.billNumber
          ? [[both(l, 'Законопроєкт', 'Bill'), `№ ${d.billNumber}`] as [string, string]]
          : []),
        ...(d.lastStage
          ? [
              [
                both(l, 'Останній етап', 'Last stage'),
                `${BILL_STAGE_LABELS[d.lastStage.stage][l]}, ${formatDate(d.lastStage.date, l)}`,
              ] as [string, string],
            ]
          : []),
      ],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.bill_stage_recorded': template({
    data: proposalRef.extend({
      billNumber: z.string(),
      stage: z.enum(BILL_STAGES),
      date: z.string(),
      note: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Законопроєкт № ${d.billNumber}: ${BILL_STAGE_LABELS[d.stage].uk.toLowerCase()}`,
        `Bill No. ${d.billNumber}: ${BILL_STAGE_LABELS[d.stage].en.toLowerCase()}`,
      ),
      heading: both(
        l,
        'Новий етап законопроєкту з рекомендацією',
        'A new stage of the bill carrying the recommendation',
      ),
      paragraphs: d.note ? [d.note] : [],
      facts: [
        proposalFact(l, d),
        [both(l, 'Законопроєкт', 'Bill'), `№ ${d.billNumber}`],
        [both(l, 'Етап', 'Stage'), `${BILL_STAGE_LABELS[d.stage][l]}, ${formatDate(d.date, l)}`],
      ],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.closed': template({
    data: proposalRef.extend({
      outcome: z.enum(LEGISLATIVE_OUTCOMES),
      billNumber: z.string().optional(),
      note: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Пропозиція ${d.number}: ${LEGISLATIVE_OUTCOME_LABELS[d.outcome].uk.toLowerCase()}`,
        `Proposal ${d.number}: ${LEGISLATIVE_OUTCOME_LABELS[d.outcome].en.toLowerCase()}`,
      ),
      heading: both(l, 'Результат у парламенті записано', 'The result in Parliament is recorded'),
      paragraphs: d.note ? [d.note] : [],
      facts: [
        proposalFact(l, d),
        ...(d.billNumber
          ? [[both(l, 'Законопроєкт', 'Bill'), `№ ${d.billNumber}`] as [string, string]]
          : []),
        [both(l, 'Результат', 'Outcome'), LEGISLATIVE_OUTCOME_LABELS[d.outcome][l]],
      ],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),
} satisfies Record<string, Template<z.ZodType>>;
