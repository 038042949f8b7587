import { z } from 'zod';
import { both, FOOTER, template, type Template } from '../template.js';
import { openProposal, proposalFact, proposalPath, proposalRef } from './proposal-ref.js';

/**
 * Emails between the authors of a proposal: an invitation to co-author it (the invited
 * organisation sees only the title and who invites it), the answer, and comments.
 */
export const CO_AUTHOR_TEMPLATES = {
  'proposal.co_author_invited': template({
    data: z.object({
      invitationId: z.string(),
      proposalTitle: z.string(),
      invitingOrgName: z.string(),
      councilName: z.string(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Запрошення стати співавтором пропозиції «${d.proposalTitle}»`,
        `Invitation to co-author the proposal “${d.proposalTitle}”`,
      ),
      heading: both(
        l,
        'Вашу організацію запрошують до співавторства',
        'Your organisation is invited to co-author a proposal',
      ),
      paragraphs: [
        both(
          l,
          `${d.invitingOrgName} пропонує вашій організації стати співавтором законодавчої пропозиції. Текст стане доступним, щойно керівник організації погодиться; доти вашу організацію не названо серед авторів.`,
          `${d.invitingOrgName} invites your organisation to co-author a legislative proposal. The text opens once your organisation’s lead accepts; until then your organisation is not named among the authors.`,
        ),
      ],
      facts: [
        [both(l, 'Пропозиція', 'Proposal'), d.proposalTitle],
        [both(l, 'Рада', 'Council'), d.councilName],
      ],
      action: {
        label: both(l, 'Відповісти на запрошення', 'Answer the invitation'),
        url: link(`/app/proposals/invitations/${d.invitationId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'proposal.co_author_accepted': template({
    data: proposalRef.extend({ orgName: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `${d.orgName} — співавтор пропозиції ${d.number}`,
        `${d.orgName} co-authors proposal ${d.number}`,
      ),
      heading: both(
        l,
        'Запрошення до співавторства прийнято',
        'The co-authorship invitation was accepted',
      ),
      paragraphs: [
        both(
          l,
          `${d.orgName} погодилася бути співавтором: її представники бачать і редагують пропозицію, а організацію названо серед авторів.`,
          `${d.orgName} accepted: its members see and edit the proposal, and it is named among the authors.`,
        ),
      ],
      facts: [proposalFact(l, d)],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.co_author_declined': template({
    data: proposalRef.extend({ orgName: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `${d.orgName} відмовилася від співавторства пропозиції ${d.number}`,
        `${d.orgName} declined to co-author proposal ${d.number}`,
      ),
      heading: both(
        l,
        'Запрошення до співавторства відхилено',
        'The co-authorship invitation was declined',
      ),
      paragraphs: [
        both(
          l,
          'Організацію не буде названо серед авторів пропозиції.',
          'The organisation will not be named among the authors.',
        ),
      ],
      facts: [proposalFact(l, d)],
      action: openProposal(l, link(proposalPath(d.proposalId))),
      footer: FOOTER[l],
    }),
  }),

  'proposal.comment_added': template({
    data: proposalRef.extend({
      authorName: z.string(),
      side: z.enum(['author', 'council', 'secretariat']),
    }),
    content: (d, { language: l, link }) => {
      const who = {
        author: both(l, 'співавтор', 'a co-author'),
        council: both(l, 'член експертної ради', 'a council member'),
        secretariat: both(l, 'працівник Секретаріату', 'a Secretariat officer'),
      }[d.side];
      return {
        subject: both(
          l,
          `Новий коментар до пропозиції ${d.number}`,
          `New comment on proposal ${d.number}`,
        ),
        heading: both(l, `Коментар від ${d.authorName}`, `A comment from ${d.authorName}`),
        paragraphs: [
          both(
            l,
            `Пропозицію прокоментував ${who}. Прочитайте коментар і відповідайте в системі.`,
            `The proposal has a comment from ${who}. Read it and answer in the system.`,
          ),
        ],
        facts: [proposalFact(l, d)],
        action: {
          label: both(l, 'Прочитати коментар', 'Read the comment'),
          url: link(`${proposalPath(d.proposalId)}#comments`),
        },
        footer: FOOTER[l],
      };
    },
  }),
} satisfies Record<string, Template<z.ZodType>>;
