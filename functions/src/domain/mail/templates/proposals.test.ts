import { describe, expect, it } from 'vitest';
import { renderWith } from '../template.js';
import {
  describeTemplateSuite,
  HOSTILE,
  NEW_YEAR_IN_KYIV,
  WEB_BASE_URL,
  type Sample,
} from '../template-suite.test-support.js';
import { CO_AUTHOR_TEMPLATES } from './co-authors.js';
import { PARLIAMENT_TEMPLATES } from './parliament.js';
import { PROPOSAL_TEMPLATES } from './proposals.js';

const PROPOSAL = {
  proposalId: 'prop-7Hq2',
  number: 'ЗП-2026-000001',
  title: 'Тримання під вартою',
};
const LINK = '/app/proposals/prop-7Hq2';

const PROPOSAL_SAMPLES: Record<keyof typeof PROPOSAL_TEMPLATES, Sample<unknown>> = {
  'proposal.submitted': {
    data: { ...PROPOSAL, title: HOSTILE, councilName: 'Експертна рада', version: 1 },
    link: LINK,
  },
  'proposal.returned': { data: { ...PROPOSAL, reason: HOSTILE }, link: LINK },
  'proposal.endorsed': { data: { ...PROPOSAL, councilName: HOSTILE }, link: LINK },
  'proposal.scheduled': {
    data: { ...PROPOSAL, meetingId: 'mtg-1', meetingTitle: HOSTILE, startsAt: NEW_YEAR_IN_KYIV },
    link: LINK,
    dates: { uk: ['1 січня 2027 р., 00:30'], en: ['1 January 2027, 00:30'] },
  },
  'proposal.discussed': {
    data: { ...PROPOSAL, outcome: 'supported_with_changes', note: HOSTILE },
    link: LINK,
  },
  'proposal.decided': {
    data: { ...PROPOSAL, decision: 'recommend', rationale: HOSTILE },
    link: LINK,
  },
  'proposal.status_changed': {
    data: {
      ...PROPOSAL,
      statusLabelUk: 'Розгляд експертною радою',
      statusLabelEn: 'Council review',
      note: HOSTILE,
    },
    link: LINK,
  },
};

const PARLIAMENT_SAMPLES: Record<keyof typeof PARLIAMENT_TEMPLATES, Sample<unknown>> = {
  'proposal.sent_to_parliament': {
    data: {
      ...PROPOSAL,
      title: HOSTILE,
      addresseeUk: 'Комітет Верховної Ради України з питань правової політики',
      addresseeEn: 'Verkhovna Rada of Ukraine Committee on Legal Policy',
      outgoingNumber: '01-12/3456',
      sentOn: '2026-12-31',
    },
    link: LINK,
    dates: { uk: ['31 грудня 2026 р.'], en: ['31 December 2026'] },
  },
  'proposal.tracker_reminder': {
    data: {
      ...PROPOSAL,
      title: HOSTILE,
      sentOn: '2026-12-31',
      billNumber: '5655',
      lastStage: { stage: 'registered', date: '2027-01-01' },
    },
    link: LINK,
    dates: {
      uk: ['31 грудня 2026 р.', '1 січня 2027 р.'],
      en: ['31 December 2026', '1 January 2027'],
    },
  },
  'proposal.bill_stage_recorded': {
    data: {
      ...PROPOSAL,
      billNumber: '5655',
      stage: 'first_reading',
      date: '2027-02-03',
      note: HOSTILE,
    },
    link: LINK,
    dates: { uk: ['3 лютого 2027 р.'], en: ['3 February 2027'] },
  },
  'proposal.closed': {
    data: { ...PROPOSAL, outcome: 'partly', billNumber: '5655', note: HOSTILE },
    link: LINK,
  },
};

const CO_AUTHOR_SAMPLES: Record<keyof typeof CO_AUTHOR_TEMPLATES, Sample<unknown>> = {
  'proposal.co_author_invited': {
    data: {
      invitationId: 'prop-7Hq2__43900225',
      proposalTitle: HOSTILE,
      invitingOrgName: 'ГО «Право на захист»',
      councilName: 'Експертна рада',
    },
    link: '/app/proposals/invitations/prop-7Hq2__43900225',
  },
  'proposal.co_author_accepted': { data: { ...PROPOSAL, orgName: HOSTILE }, link: LINK },
  'proposal.co_author_declined': { data: { ...PROPOSAL, orgName: HOSTILE }, link: LINK },
  'proposal.comment_added': {
    data: { ...PROPOSAL, authorName: HOSTILE, side: 'council' },
    link: `${LINK}#comments`,
  },
};

describeTemplateSuite('templates/proposals.ts', PROPOSAL_TEMPLATES, PROPOSAL_SAMPLES);
describeTemplateSuite('templates/parliament.ts', PARLIAMENT_TEMPLATES, PARLIAMENT_SAMPLES);
describeTemplateSuite('templates/co-authors.ts', CO_AUTHOR_TEMPLATES, CO_AUTHOR_SAMPLES);

describe('proposal emails', () => {
  const render = (
    definition: Parameters<typeof renderWith>[0],
    data: unknown,
    language: 'uk' | 'en',
  ) => renderWith(definition, data, language, WEB_BASE_URL);

  it('tell a resubmission from a first submission', () => {
    const first = render(
      PROPOSAL_TEMPLATES['proposal.submitted'],
      { ...PROPOSAL, councilName: 'Рада', version: 1 },
      'uk',
    );
    const again = render(
      PROPOSAL_TEMPLATES['proposal.submitted'],
      { ...PROPOSAL, councilName: 'Рада', version: 3 },
      'en',
    );
    expect(first.subject).toBe('Пропозицію ЗП-2026-000001 подано до ради');
    expect(again.subject).toBe('Proposal ЗП-2026-000001 resubmitted to the council');
    expect(again.text).toContain('Version 3');
  });

  it('name the outcome and the decision in the recipient’s language, never by code', () => {
    const discussed = render(
      PROPOSAL_TEMPLATES['proposal.discussed'],
      { ...PROPOSAL, outcome: 'not_supported' },
      'uk',
    );
    expect(discussed.subject).toBe('Пропозицію ЗП-2026-000001 обговорено: не підтримано');
    const decided = render(
      PROPOSAL_TEMPLATES['proposal.decided'],
      { ...PROPOSAL, decision: 'return_for_revision', rationale: 'Потрібні уточнення.' },
      'en',
    );
    expect(decided.text).toContain('The Commissioner decided to return the proposal for revision');
    const closed = render(
      PARLIAMENT_TEMPLATES['proposal.closed'],
      { ...PROPOSAL, outcome: 'not_adopted' },
      'uk',
    );
    expect(closed.text).toContain('Рекомендацію не враховано');
    expect(`${discussed.text}${decided.text}${closed.text}`).not.toMatch(
      /not_supported|return_for_revision|not_adopted/,
    );
  });

  it('give the addressee of the recommendation in the recipient’s language', () => {
    const data = PARLIAMENT_SAMPLES['proposal.sent_to_parliament'].data;
    expect(render(PARLIAMENT_TEMPLATES['proposal.sent_to_parliament'], data, 'en').text).toContain(
      'Addressee: Verkhovna Rada of Ukraine Committee on Legal Policy',
    );
    expect(render(PARLIAMENT_TEMPLATES['proposal.sent_to_parliament'], data, 'uk').text).toContain(
      '№ 01-12/3456, 31 грудня 2026 р.',
    );
  });

  it('tell an invited organisation nothing of the proposal but its title and who invites it', () => {
    const mail = render(
      CO_AUTHOR_TEMPLATES['proposal.co_author_invited'],
      CO_AUTHOR_SAMPLES['proposal.co_author_invited'].data,
      'uk',
    );
    expect(mail.text).toContain('доти вашу організацію не названо серед авторів');
    // Its data has no number, problem or text of the proposal to leak.
    expect(mail.text).not.toContain('ЗП-');
    expect(mail.text).toContain(`${WEB_BASE_URL}/app/proposals/invitations/prop-7Hq2__43900225`);
  });
});
