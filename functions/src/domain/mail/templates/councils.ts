import { z } from 'zod';
import { formatDate } from '../render.js';
import { both, FOOTER, template, type Template } from '../template.js';

/**
 * Emails about joining an Expert Council: the application to its chair and the Secretariat,
 * and the decision to the applicant.
 */
const councilPath = (councilId: string) => `/app/councils/${councilId}`;

export const COUNCIL_TEMPLATES = {
  'council.application_received': template({
    data: z.object({
      councilId: z.string(),
      councilName: z.string(),
      applicantName: z.string(),
      orgName: z.string(),
      motivation: z.string(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Заява до ради: ${d.applicantName}`,
        `Application to the council: ${d.applicantName}`,
      ),
      heading: both(
        l,
        'Нова заява про вступ до експертної ради',
        'A new application to join the expert council',
      ),
      paragraphs: [d.motivation],
      facts: [
        [both(l, 'Рада', 'Council'), d.councilName],
        [both(l, 'Заявник', 'Applicant'), `${d.applicantName}, ${d.orgName}`],
      ],
      action: {
        label: both(l, 'Розглянути заяву', 'Consider the application'),
        url: link(`${councilPath(d.councilId)}/applications`),
      },
      footer: FOOTER[l],
    }),
  }),

  'council.application_accepted': template({
    data: z.object({ councilId: z.string(), councilName: z.string(), from: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Вас прийнято до ради: ${d.councilName}`,
        `You have joined the council: ${d.councilName}`,
      ),
      heading: both(l, 'Заяву прийнято', 'Your application is accepted'),
      paragraphs: [
        both(
          l,
          'Тепер ви можете готувати пропозиції в раді, коментувати пропозиції колег і отримувати запрошення на засідання.',
          'You can now prepare proposals in the council, comment on colleagues’ proposals and receive meeting invitations.',
        ),
      ],
      facts: [
        [both(l, 'Рада', 'Council'), d.councilName],
        [both(l, 'Член ради з', 'Member from'), formatDate(d.from, l)],
      ],
      action: {
        label: both(l, 'Сторінка ради', 'The council’s page'),
        url: link(councilPath(d.councilId)),
      },
      footer: FOOTER[l],
    }),
  }),

  'council.application_declined': template({
    data: z.object({
      councilId: z.string(),
      councilName: z.string(),
      reason: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Заяву до ради не прийнято: ${d.councilName}`,
        `Application not accepted: ${d.councilName}`,
      ),
      heading: both(l, 'Заяву відхилено', 'Your application was declined'),
      paragraphs: [
        ...(d.reason ? [d.reason] : []),
        both(l, 'Ви можете подати нову заяву пізніше.', 'You may apply again later.'),
      ],
      facts: [[both(l, 'Рада', 'Council'), d.councilName]],
      action: {
        label: both(l, 'Сторінка ради', 'The council’s page'),
        url: link(councilPath(d.councilId)),
      },
      footer: FOOTER[l],
    }),
  }),
} satisfies Record<string, Template<z.ZodType>>;
