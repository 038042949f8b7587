import { z } from 'zod';
import { formatDate } from '../render.js';
import { both, FOOTER, template, type Template } from '../template.js';

/** Emails about a person's own account: confirming the address, the daily digest. */
export const ACCOUNT_TEMPLATES = {
  'account.verify_email': template({
    data: z.object({
      /** The one-time code of Firebase Auth's confirmation link. */
      code: z.string().min(1),
      /** The page of the app the person was on (an invitation, the registration form). */
      next: z.string().startsWith('/app/').optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        'Підтвердіть адресу електронної пошти у Спільно',
        'Confirm your email address on Spilno',
      ),
      heading: both(l, 'Підтвердіть свою адресу', 'Confirm your address'),
      paragraphs: [
        both(
          l,
          'Хтось — сподіваємося, ви — створив обліковий запис у Спільно з цією адресою. Щоб зареєструвати організацію або приєднатися до неї, підтвердіть, що адреса ваша.',
          'Someone, we hope you, created a Spilno account with this address. To register an organisation or join one, confirm that the address is yours.',
        ),
        both(
          l,
          'Якщо це були не ви, просто не відкривайте посилання: без підтвердження від вашого імені нічого не відбудеться.',
          'If it was not you, do not open the link: nothing happens in your name without the confirmation.',
        ),
      ],
      action: {
        label: both(l, 'Підтвердити адресу', 'Confirm the address'),
        url: link(
          `/app/verify-email?${new URLSearchParams({ code: d.code, ...(d.next ? { next: d.next } : {}) }).toString()}`,
        ),
      },
      footer: FOOTER[l],
    }),
  }),

  digest: template({
    data: z.object({
      date: z.string(),
      items: z.array(z.object({ title: z.string(), link: z.string() })).min(1),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Спільно: зведення за ${formatDate(d.date, l)}`,
        `Spilno: digest for ${formatDate(d.date, l)}`,
      ),
      heading: both(l, 'Що нового за добу', 'What happened today'),
      paragraphs: d.items.map((item) => `• ${item.title} — ${link(item.link)}`),
      action: {
        label: both(l, 'Усі сповіщення', 'All notifications'),
        url: link('/app/notifications'),
      },
      footer: FOOTER[l],
    }),
  }),
} satisfies Record<string, Template<z.ZodType>>;
