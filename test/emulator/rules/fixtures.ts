import { serverTimestamp, Timestamp } from 'firebase/firestore';
import { DEMO_ORGANISATIONS } from '../../../scripts/demo/demo-data.js';
import { ORG_A, REGION_A, SEEDED_AT } from './actors.js';

/**
 * Documents in the shapes of the zod schemas (functions/src/domain/schemas), as the server or
 * a legitimate client would write them. Seeded documents carry fixed timestamps; what a client
 * writes carries `serverTimestamp()`, which the rules compare with `request.time`.
 */

const DEADLINE = Timestamp.fromDate(new Date('2026-04-01T21:00:00Z'));

export function organisation(id: string) {
  const demo = DEMO_ORGANISATIONS.find((org) => org.id === id);
  if (!demo) throw new Error(`No demo organisation ${id}`);
  const { id: edrpou, status, ...profile } = demo;
  return {
    ...profile,
    edrpou,
    status,
    ...(status === 'verified' ? { verifiedAt: SEEDED_AT, verifiedBy: 'staff' } : {}),
    createdBy: 'founder',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

/** What the NGO lead may change in the organisation profile. */
export function organisationProfileEdit() {
  return { publicPhone: '+380441112233', listedInDirectory: false, updatedAt: serverTimestamp() };
}

export const INVITATION_A = 'a'.repeat(64);

export function invitation(orgId: string) {
  return {
    orgId,
    orgName: 'ПІ «Гідність»',
    email: 'newcomer@spilno.test',
    status: 'pending',
    expiresAt: SEEDED_AT,
    invitedBy: 'ngo-admin-a',
    invitedByName: 'Марія Левченко',
    createdAt: SEEDED_AT,
  };
}

export function joinRequest(uid: string) {
  return {
    uid,
    displayName: 'Олена Петренко',
    email: `${uid}@spilno.test`,
    status: 'pending',
    createdAt: SEEDED_AT,
  };
}

export function organisationMember(uid: string, role: 'ngo_admin' | 'ngo_member') {
  return {
    uid,
    displayName: 'Юрій Ткаченко',
    email: `${uid}@spilno.test`,
    position: 'Юрист',
    role,
    joinedAt: SEEDED_AT,
  };
}

// ---- reports --------------------------------------------------------------------------------

export function reportContent() {
  return {
    title: 'Затримання активіста без складення протоколу',
    description:
      'Під час мирного зібрання працівники поліції затримали активіста, протягом шести годин ' +
      'не складали протокол і не допускали адвоката.',
    incidentDate: '2026-02-20',
    regionCode: REGION_A,
    locality: 'м. Київ',
    violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
    rights: ['liberty', 'fair_trial'],
    area: 'restoration',
    victimsCount: 1,
    vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
    urgent: false,
    consentToPublish: true,
  };
}

/** A report as the NGO's form creates it: only client fields, the server owns the rest. */
export function newReport(orgId: string, createdBy: string, status = 'draft') {
  return {
    ...reportContent(),
    orgId,
    status,
    intake: 'web',
    createdBy,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

/** An edit of a report's text, as the form saves it. */
export function reportEdit() {
  return { title: 'Затримання активіста без протоколу і адвоката', updatedAt: serverTimestamp() };
}

/** A stored report; past `submitted` it carries the fields the registration trigger writes. */
export function storedReport(
  orgId: string,
  status: string,
  createdBy: string,
  regionCode = REGION_A,
) {
  const registered = !['draft', 'submitted'].includes(status);
  return {
    ...reportContent(),
    regionCode,
    orgId,
    status,
    intake: 'web',
    ...(status !== 'draft' ? { submittedAt: SEEDED_AT } : {}),
    ...(registered
      ? {
          number: 'ГО-2026-000123',
          registeredAt: SEEDED_AT,
          assignees: ['coordinator-ua30'],
          responseDeadline: DEADLINE,
          deadlinePausedAt: null,
        }
      : {}),
    createdBy,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

/** Server-owned report fields, each of which a client must never write. */
export const REPORT_SERVER_FIELDS: Record<string, unknown> = {
  number: 'ГО-2026-000999',
  // The queue's search index is the registration's to write (domain/reports/report-search.ts).
  searchKeys: ['no:ГО-2026-000999', 'no:999'],
  assignees: ['staff'],
  responseDeadline: DEADLINE,
  deadlinePausedAt: null,
  submittedAt: SEEDED_AT,
  registeredAt: SEEDED_AT,
  intakeBy: 'staff',
  decision: {
    forms: ['submission'],
    rationale: 'Порушення підтверджено матеріалами звернення',
    decidedBy: 'commissioner',
    decidedAt: SEEDED_AT,
  },
  declineReason: 'Поза межами компетенції',
  outcome: 'restored',
  closedAt: SEEDED_AT,
  submissionProblems: [{ field: 'title', message: 'Заповніть поле' }],
};

export function personalData(orgId: string, createdBy: string, stored = true) {
  const at = stored ? SEEDED_AT : serverTimestamp();
  return {
    orgId,
    victims: [{ fullName: 'Олег Петренко', birthYear: 1994, contact: '+380501234567' }],
    witnesses: [{ fullName: 'Ганна Сидоренко' }],
    createdBy,
    createdAt: at,
    updatedAt: at,
  };
}

export function personalDataEdit() {
  return {
    witnesses: [{ fullName: 'Ганна Сидоренко' }, { fullName: 'Василь Мороз' }],
    updatedAt: serverTimestamp(),
  };
}

/** A message as a client posts it; `side` says whose side of the thread the author is on. */
export function newMessage(orgId: string, authorUid: string, side: 'ngo' | 'secretariat') {
  return {
    orgId,
    side,
    kind: 'message',
    text: side === 'ngo' ? 'Додаємо копію скарги до прокуратури.' : 'Дякуємо, взяли до розгляду.',
    attachmentIds: [],
    authorUid,
    authorName: 'Тестова особа',
    createdAt: serverTimestamp(),
  };
}

export function storedMessage(orgId: string) {
  return { ...newMessage(orgId, 'ngo-member-a', 'ngo'), createdAt: SEEDED_AT };
}

export function measure(orgId: string) {
  return {
    type: 'submission_sent',
    date: '2026-03-10',
    addressee: 'Головне управління Національної поліції у м. Києві',
    outgoingNumber: '01-12/345',
    orgId,
    recordedBy: 'staff',
    createdAt: SEEDED_AT,
  };
}

export function attachment(orgId: string) {
  return {
    orgId,
    kind: 'evidence',
    fileName: 'skarha.pdf',
    contentType: 'application/pdf',
    size: 48213,
    sha256: 'a'.repeat(64),
    storagePath: 'reports/report-registered/skarha.pdf',
    uploadedBy: 'ngo-member-a',
    uploadedAt: SEEDED_AT,
  };
}

// ---- proposals, councils, meetings ----------------------------------------------------------

/** A draft's content as the editor writes it (the fields of `proposalDraftContentSchema`). */
export function proposalContent() {
  return {
    title: 'Заборона тримання дітей разом із дорослими в ІТТ',
    draftLawTitle: 'Про внесення змін до Закону України «Про попереднє ув’язнення»',
    problem:
      'Закон не забороняє прямо тримати неповнолітніх в одній камері з дорослими в ізоляторах ' +
      'тимчасового тримання.',
    legalActs: [
      { key: 'act1', title: 'Закон України «Про попереднє ув’язнення»', articles: 'ст. 8' },
    ],
    comparativeTable: [
      {
        kind: 'amend',
        current: 'Неповнолітні тримаються окремо від дорослих.',
        proposed: 'Неповнолітні тримаються окремо від дорослих за будь-яких обставин.',
      },
    ],
  };
}

/** `proposalDrafts/{id}` as the author's browser creates it. */
export function newProposalDraft(orgId: string, councilId: string, createdBy: string) {
  return {
    ...proposalContent(),
    councilId,
    leadOrgId: orgId,
    orgIds: [orgId],
    locked: false,
    createdBy,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

export function storedProposalDraft(orgId: string, councilId: string, locked = false) {
  return {
    ...proposalContent(),
    councilId,
    leadOrgId: orgId,
    orgIds: [orgId],
    locked,
    createdBy: 'ngo-member-a',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

/** `proposals/{id}`, as the server writes it at submission. */
export function storedProposal(orgId: string, councilId: string, status: string) {
  return {
    ...proposalContent(),
    councilId,
    leadOrgId: orgId,
    orgIds: [orgId],
    authors: [{ orgId, name: `Організація ${orgId}` }],
    status,
    number: 'ЗП-2026-000007',
    version: 1,
    submittedAt: SEEDED_AT,
    lastSubmittedAt: SEEDED_AT,
    createdBy: 'ngo-member-a',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

export function proposalEdit() {
  return {
    problem: 'Закон не забороняє тримати дітей разом із дорослими.',
    updatedAt: serverTimestamp(),
  };
}

export function coAuthorInvitation(proposalId: string, orgId: string, invitingOrgId: string) {
  return {
    proposalId,
    councilId: 'expert-detention',
    orgId,
    orgName: `Організація ${orgId}`,
    invitingOrgId,
    invitingOrgName: `Організація ${invitingOrgId}`,
    proposalTitle: 'Заборона тримання дітей разом із дорослими в ІТТ',
    state: 'invited',
    invitedBy: 'ngo-member-a',
    invitedAt: SEEDED_AT,
  };
}

export function council(kind: 'advisory' | 'expert', memberOrgs: string[]) {
  return {
    kind,
    name: { uk: 'Експертна рада з питань дотримання прав осіб, позбавлених волі' },
    description: { uk: 'Аналізує умови тримання в місцях несвободи.' },
    ...(kind === 'expert' ? { theme: 'prevention' } : {}),
    rights: [],
    instruments: ['cat', 'opcat'],
    quorum: { rule: 'more_than_half' },
    memberOrgs: memberOrgs.map((orgId) => ({ orgId, name: `Організація ${orgId}` })),
    createdBy: 'admin',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

export function councilMember(uid: string, orgId: string, role: 'chair' | 'member') {
  return {
    uid,
    displayName: 'Марія Левченко',
    email: `${uid}@spilno.test`,
    orgId,
    orgName: `Організація ${orgId}`,
    role,
    from: '2026-01-01',
    createdBy: 'admin',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

export function councilApplication(uid: string, orgId: string) {
  return {
    motivation: 'Наша організація десять років відвідує місця несвободи.',
    uid,
    displayName: 'Богдан Гнатюк',
    orgId,
    orgName: `Організація ${orgId}`,
    status: 'pending',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

export function meeting(councilId: string) {
  return {
    councilId,
    title: 'Засідання експертної ради № 3',
    startsAt: Timestamp.fromDate(new Date('2026-04-15T10:00:00Z')),
    place: 'м. Київ, вул. Інститутська, 21/8',
    agenda: [{ proposalId: 'proposal-a', title: 'Тримання дітей в ІТТ' }],
    status: 'planned',
    createdBy: 'staff',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

// ---- publications and the public collections ------------------------------------------------

export function publicationDraft() {
  return {
    kind: 'report_outcome',
    sourceId: 'report-registered',
    status: 'pending_approval',
    title: { uk: 'Поліція Києва відновила права затриманого' },
    summary: { uk: 'Після подання Уповноваженого порушення усунуто.' },
    body: { uk: 'Після подання Уповноваженого керівництво поліції провело службову перевірку.' },
    regionCodes: [REGION_A],
    areas: ['restoration'],
    rights: ['liberty'],
    attachmentIds: [],
    flags: [],
    notPersonal: [],
    createdBy: 'staff',
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

/** A note organisation A sent about its work, as `publicationAction` `sendNote` writes it. */
export function ngoNoteDraft() {
  const { sourceId: _none, ...draft } = publicationDraft();
  return {
    ...draft,
    kind: 'ngo_activity',
    orgId: ORG_A,
    status: 'draft',
    flags: [
      {
        field: 'body.uk',
        id: 'phone-1a2b3c4d-0',
        kind: 'phone',
        index: 10,
        length: 13,
        text: '+380671234567',
      },
    ],
    createdBy: 'ngo-member-a',
  };
}

export function publication() {
  return {
    kind: 'report_outcome',
    title: { uk: 'Поліція Києва відновила права затриманого' },
    summary: { uk: 'Після подання Уповноваженого порушення усунуто.' },
    body: { uk: 'Після подання Уповноваженого керівництво поліції провело службову перевірку.' },
    regionCodes: [REGION_A],
    areas: ['restoration'],
    rights: ['liberty'],
    year: 2026,
    sourceNumber: 'ГО-2026-000123',
    attachments: [],
    status: 'published',
    publishedAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

export function coordinatorEntry() {
  return {
    displayName: 'Наталія Шевчук',
    position: 'Регіональна координаторка у м. Києві',
    regions: [REGION_A],
    workEmail: 'coordinator-ua30@spilno.test',
    updatedAt: SEEDED_AT,
  };
}

export function publicStats() {
  return {
    reports: {
      received: 1,
      byYear: { '2026': 1 },
      byRegion: { [REGION_A]: 1 },
      byArea: { restoration: 1 },
      byStatus: { registered: 1 },
      decisionsByForm: {},
      decided: 0,
      declined: 0,
      daysToDecisionTotal: 0,
      deadlinesMet: 0,
      deadlinesMissed: 0,
    },
    proposals: { submitted: 0, sentToParliament: 0, adopted: 0 },
    publications: 1,
    updatedAt: SEEDED_AT,
  };
}

export function mail(toUid: string) {
  return {
    to: `${toUid}@spilno.test`,
    from: 'Спільно <noreply@spilno.test>',
    headers: { 'Message-ID': '<mail-1@spilno>' },
    message: { subject: 'Звернення зареєстровано', text: 'Вашому зверненню присвоєно номер.' },
    event: 'report.registered:report-registered',
    delivery: { state: 'PENDING', attempts: 0 },
  };
}

export function auditEntry(actorUid: string) {
  return {
    chain: 'report:report-registered',
    sequence: 1,
    at: '2026-03-02T09:00:00.000Z',
    actor: { uid: actorUid, role: 'staff' },
    action: 'report.personal_data_viewed',
    target: { type: 'report', id: 'report-registered' },
    details: {},
    prevHash: null,
    hash: 'b'.repeat(64),
    recordedAt: SEEDED_AT,
  };
}

export function auditChainHead() {
  return { chain: 'report:report-registered', sequence: 1, hash: 'b'.repeat(64) };
}

export function counter() {
  return { kind: 'report', year: 2026, lastSequence: 123 };
}

/** `directory/councils` as `updateCouncilDirectory` keeps it. */
export function councilDirectory() {
  return {
    councils: [
      {
        id: 'expert-children',
        kind: 'expert',
        name: { uk: 'Експертна рада з питань захисту прав дитини' },
        theme: 'legislation',
        organisationCount: 2,
      },
    ],
    updatedAt: SEEDED_AT,
  };
}

/** `directory/publications`, the first page of `/publications`, as its trigger keeps it. */
export function publicationsFirstPage() {
  const { kind, title, summary, regionCodes, publishedAt } = publication();
  return {
    cards: [{ id: 'pub-1', kind, title, summary, regionCodes, publishedAt }],
    nextCursor: null,
    updatedAt: SEEDED_AT,
  };
}

export function partnerDirectory() {
  return {
    partners: [
      {
        orgId: '43900115',
        name: 'Громадська організація «Правозахисна ініціатива «Гідність»',
        shortName: 'ПІ «Гідність»',
        regionCode: 'UA-30',
        areas: ['restoration'],
      },
    ],
    updatedAt: SEEDED_AT,
  };
}
