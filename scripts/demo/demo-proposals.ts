import { db } from '../../functions/src/shared/firebase.js';
import type { ProposalContent } from '../../functions/src/domain/schemas/proposal-content.schema.js';
import { proposalDraftSchema } from '../../functions/src/domain/schemas/proposal-draft.schema.js';
import { proposalVersionSchema } from '../../functions/src/domain/schemas/proposal-version.schema.js';
import {
  proposalSchema,
  type Proposal,
} from '../../functions/src/domain/schemas/proposal.schema.js';
import type { ProposalStatus } from '../../functions/src/domain/workflows/proposal.workflow.js';
import { ORG_KYIV } from './demo-data.js';

/**
 * Demo legislative proposals of the Expert Council on detention, by organisation Kyiv (its
 * chair is demo-ngo-admin, its member demo-ngo-member): one in each status up to the
 * Commissioner's decision and on to Parliament (one sent, with bill No. 5655 and its first
 * stages; one closed with its outcome), with fixed ids `demo-proposal-<status>` (the meetings' demo refers
 * to `demo-proposal-endorsed`, `-discussed` and `-recommended`). `demo-proposal-discussed`
 * has a three-row comparative table (an amendment, a new provision, a deletion). Written as
 * the server would leave them, each document through its schema.
 */
const COUNCIL = 'expert-detention';
const AUTHORS = [{ orgId: ORG_KYIV, name: 'ПІ «Гідність»' }];
const AT = new Date('2026-02-10T09:00:00Z');

const ACT = {
  key: 'pretrial',
  title: 'Закон України «Про попереднє ув’язнення»',
  number: '3352-XII',
  articles: 'статті 8, 9',
};

function content(title: string, rows: ProposalContent['comparativeTable']): ProposalContent {
  return {
    title,
    draftLawTitle:
      'Про внесення змін до Закону України «Про попереднє ув’язнення» щодо гарантій прав неповнолітніх',
    problem:
      'Закон не забороняє прямо тримати неповнолітніх в одній камері з дорослими в ізоляторах тимчасового тримання, а строк повідомлення батьків не визначено.',
    legalActs: [ACT],
    internationalStandards: [
      { instrument: 'crc', article: '37' },
      { instrument: 'iccpr', article: '10' },
    ],
    caseLaw: ['Güveç v. Turkey, no. 70337/01, 20 January 2009'],
    justification:
      'Конвенція ООН про права дитини (стаття 37) вимагає тримати дітей окремо від дорослих; Комітет ООН проти катувань наголошував на цьому в зауваженнях щодо України.',
    expectedEffect: 'Жодну дитину не триматимуть разом із дорослими в місцях несвободи.',
    comparativeTable: rows,
    rights: [],
    attachmentIds: [],
  };
}

const AMEND = {
  actKey: 'pretrial',
  provision: 'Стаття 8, частина перша',
  kind: 'amend' as const,
  current: 'Неповнолітні тримаються окремо від дорослих.',
  proposed: 'Неповнолітні тримаються окремо від дорослих за будь-яких обставин.',
  justification: 'Стаття 37 (c) Конвенції ООН про права дитини',
};
const THREE_ROWS: ProposalContent['comparativeTable'] = [
  AMEND,
  {
    actKey: 'pretrial',
    provision: 'Стаття 9, частина третя',
    kind: 'insert',
    proposed:
      'Про затримання неповнолітнього негайно, але не пізніше однієї години, повідомляються його батьки або інші законні представники.',
    justification: 'Пекінські правила, правило 10.1',
  },
  {
    actKey: 'pretrial',
    provision: 'Стаття 8, частина п’ята',
    kind: 'delete',
    current: 'У виняткових випадках неповнолітні можуть триматися разом із дорослими.',
  },
];

const TITLES: Partial<Record<ProposalStatus, string>> = {
  draft: 'Окреме тримання неповнолітніх в ІТТ',
  submitted: 'Повідомлення батьків про затримання дитини',
  council_review: 'Доступ захисника до затриманої дитини',
  returned: 'Строки тримання неповнолітніх під вартою',
  endorsed: 'Заборона одиночного ув’язнення дітей',
  scheduled: 'Освіта дітей у слідчих ізоляторах',
  discussed: 'Гарантії прав неповнолітніх під час попереднього ув’язнення',
  recommended: 'Медичний огляд дитини при затриманні',
  rejected: 'Відеофіксація в кімнатах для затриманих',
  returned_for_revision: 'Побачення затриманих дітей з родиною',
  withdrawn: 'Листування затриманих дітей',
  sent_to_parliament: 'Негайне повідомлення батьків про затримання дитини',
  closed: 'Присутність законного представника під час допиту дитини',
};

/** A recommendation as `parliamentAction send` records it, to the legal policy committee. */
const recommendation = (outgoingNumber: string, sentOn: string) => ({
  outgoingNumber,
  sentOn,
  addressee: 'legal_policy' as const,
  addresseeName: {
    uk: 'Комітет Верховної Ради України з питань правової політики',
    en: 'Verkhovna Rada of Ukraine Committee on Legal Policy',
  },
  letterText:
    'Уповноважений Верховної Ради України з прав людини за результатами обговорення на засіданні Консультативної ради рекомендує внести зміни до Закону України «Про попереднє ув’язнення», викладені в порівняльній таблиці, що додається.',
  signatoryName: 'Дмитро Лубінець',
  sentBy: 'demo-staff1',
  recordedAt: new Date(`${sentOn}T09:00:00Z`),
});

/** The stored fields each status has besides the content (what its steps recorded). */
function fate(status: ProposalStatus): Partial<Proposal> {
  const at = AT;
  const endorsed = { endorsement: { by: 'demo-ngo-admin', at, note: 'Рада підтримує.' } };
  const discussion = {
    discussion: {
      meetingId: 'demo-meeting-held',
      councilId: 'advisory',
      heldOn: '2026-03-05',
      outcome: 'supported' as const,
    },
  };
  const decision = (kind: 'recommend' | 'reject' | 'return_for_revision') => ({
    decision: {
      kind,
      rationale: 'Рішення ухвалено за результатами обговорення на засіданні Консультативної ради.',
      decidedBy: 'demo-commissioner',
      decidedAt: at,
    },
  });
  switch (status) {
    case 'returned':
      return {
        councilReturn: {
          by: 'demo-ngo-admin',
          at,
          reason: 'Додайте посилання на практику Європейського суду з прав людини.',
        },
      };
    case 'endorsed':
      return endorsed;
    case 'scheduled':
      return {
        ...endorsed,
        agenda: {
          meetingId: 'demo-meeting-planned',
          councilId: 'advisory',
          startsAt: new Date('2026-12-20T08:00:00Z'),
        },
      };
    case 'discussed':
      return { ...endorsed, ...discussion };
    case 'recommended':
      return { ...endorsed, ...discussion, ...decision('recommend') };
    case 'rejected':
      return { ...endorsed, ...discussion, ...decision('reject') };
    case 'returned_for_revision':
      return { ...endorsed, ...discussion, ...decision('return_for_revision') };
    case 'sent_to_parliament':
      // Sent, registered as bill No. 5655 and adopted in first reading: the outcome is open.
      return {
        ...endorsed,
        ...discussion,
        ...decision('recommend'),
        recommendation: recommendation('01-12/3456', '2026-03-16'),
        tracker: {
          billNumber: '5655',
          stages: [
            { stage: 'registered', date: '2026-04-02' },
            { stage: 'first_reading', date: '2026-06-11' },
          ],
          lastReminderOn: '2026-11-20',
        },
      };
    case 'closed':
      // Adopted as a whole and signed; the Rada took the recommendation in part.
      return {
        ...endorsed,
        ...discussion,
        ...decision('recommend'),
        recommendation: recommendation('01-12/3102', '2026-03-10'),
        tracker: {
          billNumber: '4312-д',
          stages: [
            { stage: 'registered', date: '2026-03-24' },
            { stage: 'first_reading', date: '2026-05-21' },
            { stage: 'adopted_as_whole', date: '2026-09-17', note: 'Прийнято 262 голосами.' },
            { stage: 'signed', date: '2026-10-05' },
          ],
          outcome: 'partly',
          outcomeNote:
            'Враховано положення про присутність законного представника; строк повідомлення батьків не змінено.',
        },
        closedAt: new Date('2026-10-12T10:00:00Z'),
      };
    case 'withdrawn':
      return { withdrawnAt: at, withdrawReason: 'Питання врегульовано іншим законопроєктом.' };
    default:
      return {};
  }
}

const UNLOCKED: ProposalStatus[] = ['draft', 'returned', 'returned_for_revision'];

export const DEMO_PROPOSAL_STATUSES = Object.keys(TITLES) as ProposalStatus[];
export const demoProposalId = (status: ProposalStatus) => `demo-proposal-${status}`;

/** Writes the demo proposals (and their drafts and first versions); returns how many. */
export async function seedDemoProposals(): Promise<number> {
  const batch = db().batch();
  DEMO_PROPOSAL_STATUSES.forEach((status, index) => {
    const id = demoProposalId(status);
    const body = content(TITLES[status]!, status === 'discussed' ? THREE_ROWS : [AMEND]);
    batch.set(
      db().doc(`proposalDrafts/${id}`),
      proposalDraftSchema.parse({
        ...body,
        councilId: COUNCIL,
        leadOrgId: ORG_KYIV,
        orgIds: [ORG_KYIV],
        locked: !UNLOCKED.includes(status),
        createdBy: 'demo-ngo-member',
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    if (status === 'draft') return;
    const number = `ЗП-2026-${String(900 + index).padStart(6, '0')}`;
    batch.set(
      db().doc(`proposals/${id}`),
      proposalSchema.parse({
        ...body,
        councilId: COUNCIL,
        leadOrgId: ORG_KYIV,
        orgIds: [ORG_KYIV],
        authors: AUTHORS,
        status,
        number,
        version: 1,
        submittedAt: AT,
        lastSubmittedAt: AT,
        ...fate(status),
        createdBy: 'demo-ngo-member',
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    batch.set(
      db().doc(`proposals/${id}/versions/1`),
      proposalVersionSchema.parse({
        version: 1,
        kind: 'submission',
        content: body,
        authors: AUTHORS,
        submittedBy: 'demo-ngo-member',
        submittedAt: AT,
      }),
    );
  });
  await batch.commit();
  return DEMO_PROPOSAL_STATUSES.length;
}
