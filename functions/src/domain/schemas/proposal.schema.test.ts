import { describe, expect, it } from 'vitest';
import { issueLines } from './zod-issues.test-support.js';
import { sampleProposalContent } from '../proposals/proposal-fixtures.test-support.js';
import {
  PROPOSAL_CONTENT_KEYS,
  proposalContentSchema,
  validProposalDraftContent,
} from './proposal-content.schema.js';
import { proposalDraftSchema } from './proposal-draft.schema.js';
import { proposalCoAuthorSchema, coAuthorId } from './proposal-co-author.schema.js';
import { proposalSchema, STORED_PROPOSAL_STATUSES } from './proposal.schema.js';
import { proposalVersionSchema } from './proposal-version.schema.js';
import { proposalCommentSchema } from './proposal-comment.schema.js';
import { recommendationInputSchema, outgoingNumberSchema } from './parliament.schema.js';

const AT = new Date('2026-05-12T09:30:00Z');
const audited = { createdBy: 'u1', createdAt: AT, updatedAt: AT };

describe('proposal content', () => {
  it('accepts a whole proposal and normalises the act number', () => {
    const content = sampleProposalContent();
    content.legalActs[0]!.number = '№ 4651-VІ'; // Cyrillic І typed
    const parsed = proposalContentSchema.parse(content);
    expect(parsed.legalActs[0]!.number).toBe('4651-VI');
  });

  it('explains each missing part in Ukrainian, at its field', () => {
    const result = proposalContentSchema.safeParse({
      ...sampleProposalContent(),
      legalActs: [],
      internationalStandards: [],
      comparativeTable: [],
      problem: 'Коротко',
    });
    expect(issueLines(result)).toEqual([
      'problem: «Проблема»: щонайменше 30 символів',
      'legalActs: Вкажіть хоча б один акт законодавства',
      'internationalStandards: Оберіть хоча б один міжнародний стандарт',
      'comparativeTable: Додайте хоча б один рядок порівняльної таблиці',
    ]);
  });

  it('refuses a wrong act number, an article the instrument lacks, a standard named twice', () => {
    const content = sampleProposalContent();
    content.legalActs[0]!.number = 'КПК';
    content.internationalStandards = [
      { instrument: 'echr', article: '5' },
      { instrument: 'echr', article: '5' },
      { instrument: 'cat', article: '17' },
    ];
    expect(issueLines(proposalContentSchema.safeParse(content))).toEqual([
      'legalActs.0.number: Номер акта має вигляд 2341-III (номер і скликання), 254к/96-ВР або 1147-2011-п',
      'internationalStandards.2.article: Оберіть статтю цього документа зі списку',
      'internationalStandards: Кожен міжнародний стандарт достатньо навести один раз',
    ]);
  });

  it('needs each row to name its act when the proposal changes several', () => {
    const content = sampleProposalContent();
    content.legalActs.push({
      key: 'kk',
      title: 'Кримінальний кодекс України',
      number: '2341-III',
      articles: 'ст. 371',
    });
    content.comparativeTable[1]!.actKey = undefined;
    content.comparativeTable[2]!.actKey = 'unknown';
    expect(issueLines(proposalContentSchema.safeParse(content))).toEqual([
      'comparativeTable.1.actKey: Оберіть акт законодавства, до якого належить рядок',
      'comparativeTable.2.actKey: Оберіть акт законодавства, до якого належить рядок',
    ]);
  });

  it('lists its fields in one place', () => {
    expect(PROPOSAL_CONTENT_KEYS).toContain('comparativeTable');
    expect(PROPOSAL_CONTENT_KEYS).toHaveLength(Object.keys(sampleProposalContent()).length);
  });
});

describe('proposal drafts', () => {
  it('keep every field that is valid on its own, half-written rows and acts included', () => {
    const kept = validProposalDraftContent({
      title: 'Обґрунтованість тримання під вартою',
      problem: 'Ще пишу', // too short for submission: stays on the device
      legalActs: [{ key: 'kpk', title: 'Кримінальний' }], // number and articles not typed yet
      comparativeTable: [{ kind: 'amend', current: 'Лише чинна редакція' }],
      caseLaw: ['Kh'],
      internationalStandards: [{ instrument: 'echr', article: '99' }], // not a real article
      unknownField: 'ignored',
    });
    expect(kept).toEqual({
      title: 'Обґрунтованість тримання під вартою',
      legalActs: [{ key: 'kpk', title: 'Кримінальний' }],
      comparativeTable: [{ kind: 'amend', current: 'Лише чинна редакція' }],
      caseLaw: ['Kh'],
    });
  });

  const draft = {
    title: 'Обґрунтованість тримання під вартою',
    councilId: 'expert-detention',
    leadOrgId: '43900115',
    orgIds: ['43900115'],
    locked: false,
    ...audited,
  };

  it('are documents of the authors’ own fields, their lead organisation first', () => {
    expect(proposalDraftSchema.safeParse(draft).success).toBe(true);
    const withStatus = proposalDraftSchema.safeParse({ ...draft, status: 'submitted' });
    expect(withStatus.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['status'] }),
    ]);
    expect(
      issueLines(proposalDraftSchema.safeParse({ ...draft, orgIds: ['other', '43900115'] })),
    ).toEqual(['orgIds: Першою серед авторів є організація, яка створила пропозицію']);
  });
});

describe('stored proposals', () => {
  const stored = {
    ...sampleProposalContent(),
    councilId: 'expert-detention',
    leadOrgId: '43900115',
    orgIds: ['43900115', '43900225'],
    authors: [
      { orgId: '43900115', name: 'ГО «Право на захист»' },
      { orgId: '43900225', name: 'ГО «Львівська правозахисна група»' },
    ],
    status: 'council_review',
    number: 'ЗП-2026-000001',
    version: 1,
    submittedAt: AT,
    lastSubmittedAt: AT,
    ...audited,
  };

  it('accept a submitted proposal and never a stored draft', () => {
    expect(issueLines(proposalSchema.safeParse(stored))).toEqual([]);
    expect(STORED_PROPOSAL_STATUSES).not.toContain('draft');
    expect(proposalSchema.safeParse({ ...stored, status: 'draft' }).success).toBe(false);
  });

  it('name only the organisations that accepted, in the order of orgIds', () => {
    const result = proposalSchema.safeParse({
      ...stored,
      authors: [stored.authors[0], { orgId: 'invited', name: 'ГО «Запрошена»' }],
    });
    expect(issueLines(result)).toEqual(['authors: Названо лише авторів, які погодилися']);
  });

  it('keep the decision with its reasons and the meeting’s outcome', () => {
    const decided = {
      ...stored,
      status: 'recommended',
      discussion: {
        meetingId: 'm1',
        councilId: 'advisory',
        heldOn: '2026-06-18',
        outcome: 'supported',
      },
      decision: {
        kind: 'recommend',
        rationale: 'Пропозиція відповідає практиці ЄСПЛ.',
        decidedBy: 'comm',
        decidedAt: AT,
      },
    };
    expect(issueLines(proposalSchema.safeParse(decided))).toEqual([]);
    expect(
      issueLines(
        proposalSchema.safeParse({
          ...decided,
          decision: { ...decided.decision, rationale: 'Так' },
        }),
      ),
    ).toEqual(['decision.rationale: «Обґрунтування рішення»: щонайменше 10 символів']);
  });

  it('record the registration number in its one format', () => {
    expect(proposalSchema.safeParse({ ...stored, number: 'ГО-2026-000001' }).success).toBe(false);
  });
});

describe('versions, co-authors and comments', () => {
  it('keep a version’s whole content', () => {
    const version = {
      version: 2,
      kind: 'resubmission',
      content: sampleProposalContent(),
      authors: [{ orgId: '43900115', name: 'ГО «Право на захист»' }],
      submittedBy: 'u1',
      submittedAt: AT,
    };
    expect(issueLines(proposalVersionSchema.safeParse(version))).toEqual([]);
    expect(
      proposalVersionSchema.safeParse({ ...version, content: { title: 'Неповна' } }).success,
    ).toBe(false);
  });

  it('keep an invitation’s answer with its date, and none before', () => {
    const invitation = {
      proposalId: 'p1',
      councilId: 'expert-detention',
      orgId: '43900225',
      orgName: 'ГО «Львівська правозахисна група»',
      invitingOrgId: '43900115',
      invitingOrgName: 'ГО «Право на захист»',
      proposalTitle: 'Обґрунтованість тримання під вартою',
      state: 'invited',
      invitedBy: 'u1',
      invitedAt: AT,
    };
    expect(proposalCoAuthorSchema.safeParse(invitation).success).toBe(true);
    expect(proposalCoAuthorSchema.safeParse({ ...invitation, state: 'accepted' }).success).toBe(
      false,
    );
    expect(
      proposalCoAuthorSchema.safeParse({
        ...invitation,
        state: 'declined',
        respondedBy: 'u2',
        respondedAt: AT,
      }).success,
    ).toBe(true);
    expect(coAuthorId('p1', '43900225')).toBe('p1__43900225');
  });

  it('keep a comment with its side and the version it is about', () => {
    const comment = {
      side: 'council',
      text: 'Уточніть строк.',
      version: 1,
      authorUid: 'u3',
      authorName: 'Олена',
      createdAt: AT,
    };
    expect(proposalCommentSchema.safeParse(comment).success).toBe(true);
    expect(issueLines(proposalCommentSchema.safeParse({ ...comment, text: '  ' }))).toEqual([
      'text: Заповніть поле «Коментар»',
    ]);
  });
});

describe('the recommendation to Parliament', () => {
  it('takes an outgoing number, a date, an addressee from the catalogue and the letter', () => {
    const input = {
      outgoingNumber: '01-12/3456',
      sentOn: '2026-07-01',
      addressee: 'human_rights',
      letterText:
        'Уповноважений Верховної Ради України з прав людини рекомендує внести зміни до статті 197 КПК України.',
    };
    expect(recommendationInputSchema.safeParse(input).success).toBe(true);
    expect(
      issueLines(
        recommendationInputSchema.safeParse({
          ...input,
          addressee: 'president',
          sentOn: '01.07.2026',
        }),
      ),
    ).toEqual([
      'sentOn: Дата має вигляд РРРР-ММ-ДД',
      'addressee: Оберіть адресата: Верховну Раду України або її комітет',
    ]);
  });

  it.each(['01-12/3456', '2/1.3-25', 'В-123'])('accepts the outgoing number %s', (value) => {
    expect(outgoingNumberSchema.safeParse(value).success).toBe(true);
  });

  it.each(['', '/12', '12 34', '№ 12'])('refuses the outgoing number %j', (value) => {
    expect(outgoingNumberSchema.safeParse(value).success).toBe(false);
  });
});
