import { z } from 'zod';
import { labelOfCode } from '../../catalogues/catalogue.js';
import { REGIONS } from '../../catalogues/regions.js';
import { formatDate } from '../render.js';
import { both, FOOTER, template, type Template } from '../template.js';

/**
 * Emails about an organisation and its people: registration and its review, requests to
 * join and their decision, a new member, an invitation.
 */
export const ORGANISATION_TEMPLATES = {
  'organisation.submitted': template({
    data: z.object({ orgId: z.string(), name: z.string(), regionCode: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Нова організація чекає перевірки: ${d.name}`,
        `New organisation awaits verification: ${d.name}`,
      ),
      heading: both(l, 'Нова організація зареєструвалася', 'A new organisation has registered'),
      paragraphs: [
        both(
          l,
          'Перевірте, будь ласка, дані організації та підтвердьте її або відхиліть із поясненням.',
          'Please check the organisation’s details and verify it, or reject it with a reason.',
        ),
      ],
      facts: [
        [both(l, 'Організація', 'Organisation'), d.name],
        ['ЄДРПОУ / EDRPOU', d.orgId],
        [both(l, 'Область', 'Region'), labelOfCode(REGIONS, d.regionCode, l)],
      ],
      action: {
        label: both(l, 'Перевірити', 'Review'),
        url: link(`/app/organisations/${d.orgId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'organisation.received': template({
    data: z.object({ orgId: z.string(), name: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        'Заявку організації отримано',
        'Your organisation’s application was received',
      ),
      heading: both(
        l,
        `Дякуємо за реєстрацію «${d.name}»`,
        `Thank you for registering "${d.name}"`,
      ),
      paragraphs: [
        both(
          l,
          'Секретаріат перевірить дані організації, зазвичай протягом кількох робочих днів. Ми напишемо вам, щойно організацію буде підтверджено. До того часу ви можете готувати чернетки звернень, але подати їх зможете після підтвердження.',
          'The Secretariat will check your organisation’s details, usually within a few working days. We will write to you as soon as it is verified. Until then you can prepare drafts, and submit them once verified.',
        ),
      ],
      action: { label: both(l, 'Перейти до кабінету', 'Go to your workspace'), url: link('/app/') },
      footer: FOOTER[l],
    }),
  }),

  'organisation.verified': template({
    data: z.object({ orgId: z.string(), name: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(l, 'Організацію підтверджено', 'Your organisation is verified'),
      heading: both(l, `«${d.name}» підтверджено`, `"${d.name}" is verified`),
      paragraphs: [
        both(
          l,
          'Тепер члени вашої організації можуть повідомляти про порушення прав людини та подавати пропозиції.',
          'Members of your organisation can now report violations of human rights and submit proposals.',
        ),
      ],
      action: { label: both(l, 'Перейти до кабінету', 'Go to your workspace'), url: link('/app/') },
      footer: FOOTER[l],
    }),
  }),

  'organisation.rejected': template({
    data: z.object({ orgId: z.string(), name: z.string(), reason: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        'Заявку організації відхилено',
        'Your organisation’s application was rejected',
      ),
      heading: both(
        l,
        `Заявку «${d.name}» відхилено`,
        `The application of "${d.name}" was rejected`,
      ),
      paragraphs: [
        both(l, 'Причина:', 'Reason:'),
        d.reason,
        both(
          l,
          'Ви можете виправити дані й подати заявку повторно.',
          'You can correct the details and apply again.',
        ),
      ],
      action: {
        label: both(l, 'Виправити дані', 'Correct the details'),
        url: link('/app/organisation'),
      },
      footer: FOOTER[l],
    }),
  }),

  'organisation.join_requested': template({
    data: z.object({ orgId: z.string(), orgName: z.string(), applicantName: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `${d.applicantName} просить приєднатися до «${d.orgName}»`,
        `${d.applicantName} asks to join "${d.orgName}"`,
      ),
      heading: both(l, 'Запит на приєднання до організації', 'A request to join your organisation'),
      paragraphs: [
        both(
          l,
          `${d.applicantName} зареєструвався в Спільно з кодом ЄДРПОУ вашої організації. Якщо ця людина працює з вами, підтвердьте запит; якщо ні — відхиліть його.`,
          `${d.applicantName} registered on Spilno with your organisation’s EDRPOU code. If this person works with you, approve the request; otherwise decline it.`,
        ),
      ],
      action: {
        label: both(l, 'Розглянути запит', 'Review the request'),
        url: link('/app/organisation'),
      },
      footer: FOOTER[l],
    }),
  }),

  'organisation.join_decided': template({
    data: z.object({ orgName: z.string(), approved: z.boolean() }),
    content: (d, { language: l, link }) => ({
      subject: d.approved
        ? both(l, `Вас прийнято до «${d.orgName}»`, `You have joined "${d.orgName}"`)
        : both(
            l,
            `Запит до «${d.orgName}» відхилено`,
            `Your request to join "${d.orgName}" was declined`,
          ),
      heading: d.approved
        ? both(l, 'Запит на приєднання підтверджено', 'Your request was approved')
        : both(l, 'Запит на приєднання відхилено', 'Your request was declined'),
      paragraphs: [
        d.approved
          ? both(
              l,
              'Тепер ви можете працювати від імені організації.',
              'You can now act on behalf of the organisation.',
            )
          : both(
              l,
              'Якщо це помилка, зверніться до керівника організації.',
              'If this is a mistake, contact the organisation’s lead.',
            ),
      ],
      action: { label: both(l, 'Перейти до кабінету', 'Go to your workspace'), url: link('/app/') },
      footer: FOOTER[l],
    }),
  }),

  'organisation.member_joined': template({
    data: z.object({ orgName: z.string(), memberName: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `${d.memberName} тепер у складі «${d.orgName}»`,
        `${d.memberName} joined "${d.orgName}"`,
      ),
      heading: both(l, 'Новий член організації', 'A new member of your organisation'),
      paragraphs: [
        both(
          l,
          `Запрошення прийнято: ${d.memberName} тепер може працювати від імені організації.`,
          `${d.memberName} accepted the invitation and can now act on behalf of the organisation.`,
        ),
      ],
      action: { label: both(l, 'Члени організації', 'Members'), url: link('/app/organisation') },
      footer: FOOTER[l],
    }),
  }),

  invitation: template({
    data: z.object({
      orgName: z.string(),
      inviterName: z.string(),
      token: z.string(),
      expiresAt: z.string(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Запрошення до «${d.orgName}» у Спільно`,
        `Invitation to join "${d.orgName}" on Spilno`,
      ),
      heading: both(l, 'Вас запрошено до організації', 'You are invited to join an organisation'),
      paragraphs: [
        both(
          l,
          `${d.inviterName} запрошує вас приєднатися до «${d.orgName}» у Спільно — платформі співпраці з Уповноваженим з прав людини.`,
          `${d.inviterName} invites you to join "${d.orgName}" on Spilno, the platform for cooperation with the Human Rights Commissioner.`,
        ),
        both(
          l,
          `Запрошення діє до ${formatDate(d.expiresAt, l)} і може бути використане лише один раз.`,
          `The invitation is valid until ${formatDate(d.expiresAt, l)} and can be used once.`,
        ),
      ],
      action: {
        label: both(l, 'Прийняти запрошення', 'Accept the invitation'),
        url: link(`/app/join/${d.token}`),
      },
      footer: FOOTER[l],
    }),
  }),
} satisfies Record<string, Template<z.ZodType>>;
