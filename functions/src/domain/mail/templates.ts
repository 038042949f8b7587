import { z } from 'zod';
import { labelOf, type Language } from '../catalogues/catalogue.js';
import { MEASURE_TYPES } from '../catalogues/measure-types.js';
import { REGIONS } from '../catalogues/regions.js';
import { OUTCOMES } from '../catalogues/report-options.js';
import { RESPONSE_FORMS } from '../catalogues/response-forms.js';
import { formatDate, type RenderedMail } from './render.js';
import { both, FOOTER, renderWith, template, type Template } from './template.js';
import { CO_AUTHOR_TEMPLATES } from './templates/co-authors.js';
import { COUNCIL_TEMPLATES } from './templates/councils.js';
import { PROPOSAL_TEMPLATES } from './templates/proposals.js';

/**
 * Every email Spilno sends, in Ukrainian and English. Data carries only what the recipient
 * may read; victims' and witnesses' data never reaches a template. Links point into the web
 * client (`/app/...`), where the recipient signs in to see the rest.
 */

const reportRef = z.object({ reportId: z.string(), number: z.string() });

export const TEMPLATES = {
  'report.assigned': template({
    data: reportRef.extend({
      title: z.string(),
      regionCode: z.string(),
      deadline: z.string(),
      urgent: z.boolean(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `${d.urgent ? 'ТЕРМІНОВО: ' : ''}Нове звернення ${d.number} для розгляду`,
        `${d.urgent ? 'URGENT: ' : ''}New report ${d.number} to handle`,
      ),
      heading: both(
        l,
        `Вам передано звернення ${d.number}`,
        `Report ${d.number} has been assigned to you`,
      ),
      paragraphs: [
        both(
          l,
          'Громадська організація повідомила про порушення прав людини. Будь ласка, розгляньте звернення до кінцевого строку.',
          'An NGO has reported a violation of human rights. Please handle the report before the deadline.',
        ),
      ],
      facts: [
        [both(l, 'Звернення', 'Report'), d.title],
        [both(l, 'Область', 'Region'), labelOf(REGIONS, d.regionCode as never, l)],
        [both(l, 'Строк розгляду', 'Deadline'), formatDate(d.deadline, l)],
      ],
      action: {
        label: both(l, 'Відкрити звернення', 'Open the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.assignees_changed': template({
    data: reportRef.extend({ names: z.array(z.string()).min(1) }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Звернення ${d.number}: призначено виконавців`,
        `Report ${d.number}: officers assigned`,
      ),
      heading: both(l, 'Хто опрацьовує ваше звернення', 'Who handles your report'),
      paragraphs: [
        both(
          l,
          'Звернення опрацьовують працівники Секретаріату Уповноваженого чи регіональні координатори. З питаннями пишіть у листуванні щодо звернення.',
          'The report is handled by officers of the Commissioner’s Secretariat or regional coordinators. Ask your questions in the report’s messages.',
        ),
      ],
      facts: [[both(l, 'Виконавці', 'Officers'), d.names.join(', ')]],
      action: {
        label: both(l, 'Переглянути звернення', 'View the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.urgent': template({
    data: reportRef.extend({
      title: z.string(),
      regionCode: z.string(),
      urgencyReason: z.string(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(l, `ТЕРМІНОВО: звернення ${d.number}`, `URGENT: report ${d.number}`),
      heading: both(l, `Термінове звернення ${d.number}`, `Urgent report ${d.number}`),
      paragraphs: [
        both(
          l,
          'Надійшло звернення, позначене як термінове: йдеться про загрозу життю чи здоров’ю або про особу, позбавлену волі.',
          'A report marked urgent has arrived: it concerns a threat to life or health, or a person deprived of liberty.',
        ),
        d.urgencyReason,
      ],
      facts: [
        [both(l, 'Звернення', 'Report'), d.title],
        [both(l, 'Область', 'Region'), labelOf(REGIONS, d.regionCode as never, l)],
      ],
      action: {
        label: both(l, 'Відкрити звернення', 'Open the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.receipt': template({
    data: reportRef.extend({ title: z.string(), deadline: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Звернення зареєстровано за № ${d.number}`,
        `Report registered as ${d.number}`,
      ),
      heading: both(l, `Ваше звернення зареєстровано`, `Your report has been registered`),
      paragraphs: [
        both(
          l,
          'Дякуємо. Секретаріат Уповноваженого розгляне звернення й повідомить вас про кожен крок і вжиті заходи.',
          'Thank you. The Commissioner’s Secretariat will consider the report and inform you of every step and measure taken.',
        ),
      ],
      facts: [
        [both(l, 'Реєстраційний номер', 'Registration number'), d.number],
        [both(l, 'Звернення', 'Report'), d.title],
        [both(l, 'Строк розгляду', 'Deadline'), formatDate(d.deadline, l)],
      ],
      action: {
        label: both(l, 'Переглянути звернення', 'View the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.submission_refused': template({
    data: z.object({
      reportId: z.string(),
      title: z.string(),
      problems: z.array(z.string()).min(1),
      /** The same in English where the server has it; Ukrainian otherwise. */
      problemsEn: z.array(z.string()).optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        'Звернення не прийнято: потрібні виправлення',
        'Report not accepted: corrections needed',
      ),
      heading: both(
        l,
        'Звернення повернуто на виправлення',
        'Your report was returned for corrections',
      ),
      paragraphs: [
        both(
          l,
          `Звернення «${d.title}» не вдалося зареєструвати, бо деякі поля заповнено неправильно. Воно збережене як чернетка — виправте, будь ласка, і надішліть знову.`,
          `The report "${d.title}" could not be registered because some fields are not filled in correctly. It is kept as a draft: please correct it and submit again.`,
        ),
        ...(l === 'en' && d.problemsEn ? d.problemsEn : d.problems),
      ],
      action: {
        label: both(l, 'Виправити звернення', 'Correct the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.info_requested': template({
    data: reportRef.extend({ request: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Запит додаткової інформації щодо звернення ${d.number}`,
        `More information requested on report ${d.number}`,
      ),
      heading: both(
        l,
        'Секретаріат просить додаткову інформацію',
        'The Secretariat asks for more information',
      ),
      paragraphs: [
        d.request,
        both(
          l,
          'Строк розгляду призупинено, доки ви не відповісте.',
          'The deadline is paused until you answer.',
        ),
      ],
      action: { label: both(l, 'Відповісти', 'Answer'), url: link(`/app/reports/${d.reportId}`) },
      footer: FOOTER[l],
    }),
  }),

  'report.info_provided': template({
    data: reportRef,
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Організація відповіла на запит щодо ${d.number}`,
        `The NGO answered the request on ${d.number}`,
      ),
      heading: both(
        l,
        'Надійшла відповідь на запит інформації',
        'An answer to the information request has arrived',
      ),
      paragraphs: [both(l, 'Строк розгляду знову триває.', 'The deadline is running again.')],
      action: {
        label: both(l, 'Відкрити звернення', 'Open the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.decided': template({
    data: reportRef.extend({ forms: z.array(z.string()).min(1), rationale: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(l, `Рішення щодо звернення ${d.number}`, `Decision on report ${d.number}`),
      heading: both(
        l,
        'Уповноважений ухвалив рішення щодо вашого звернення',
        'The Commissioner has decided on your report',
      ),
      paragraphs: [
        both(l, 'Обрані форми реагування:', 'Forms of response chosen:'),
        ...d.forms.map((f) => `• ${labelOf(RESPONSE_FORMS, f as never, l)}`),
        d.rationale,
        both(
          l,
          'Ми повідомлятимемо вас про кожен вжитий захід.',
          'We will inform you of every measure taken.',
        ),
      ],
      action: {
        label: both(l, 'Переглянути звернення', 'View the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.declined': template({
    data: reportRef.extend({ reason: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Звернення ${d.number} не прийнято до розгляду`,
        `Report ${d.number} declined`,
      ),
      heading: both(l, 'Звернення не прийнято до розгляду', 'The report was declined'),
      paragraphs: [both(l, 'Причина:', 'Reason:'), d.reason],
      action: {
        label: both(l, 'Переглянути звернення', 'View the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.measure_recorded': template({
    data: reportRef.extend({
      type: z.string(),
      date: z.string(),
      addressee: z.string(),
      outgoingNumber: z.string().optional(),
      result: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Вжито захід за зверненням ${d.number}`,
        `Measure taken on report ${d.number}`,
      ),
      heading: both(l, 'Інформуємо про вжитий захід', 'A measure has been taken'),
      paragraphs: [
        both(
          l,
          'Відповідно до принципів взаємодії Уповноважений інформує вас про заходи, вжиті за вашим зверненням.',
          'In line with the principles of interaction, the Commissioner informs you of the measures taken on your report.',
        ),
      ],
      facts: [
        [both(l, 'Захід', 'Measure'), labelOf(MEASURE_TYPES, d.type as never, l)],
        [both(l, 'Дата', 'Date'), formatDate(d.date, l)],
        [both(l, 'Адресат', 'Addressee'), d.addressee],
        ...(d.outgoingNumber
          ? [[both(l, 'Вихідний номер', 'Outgoing number'), d.outgoingNumber] as [string, string]]
          : []),
        ...(d.result ? [[both(l, 'Результат', 'Result'), d.result] as [string, string]] : []),
      ],
      action: {
        label: both(l, 'Переглянути звернення', 'View the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.closed': template({
    data: reportRef.extend({ outcome: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(l, `Розгляд звернення ${d.number} завершено`, `Report ${d.number} closed`),
      heading: both(l, 'Розгляд звернення завершено', 'The report is closed'),
      paragraphs: [
        `${both(l, 'Результат', 'Outcome')}: ${labelOf(OUTCOMES, d.outcome as never, l)}.`,
        both(
          l,
          'Якщо з’являться нові обставини, напишіть нам у системі — звернення можна відновити.',
          'If new facts emerge, write to us in the system: the report can be reopened.',
        ),
      ],
      action: {
        label: both(l, 'Переглянути звернення', 'View the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.status_changed': template({
    data: reportRef.extend({
      statusLabelUk: z.string(),
      statusLabelEn: z.string(),
      note: z.string().optional(),
    }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Звернення ${d.number}: ${d.statusLabelUk}`,
        `Report ${d.number}: ${d.statusLabelEn}`,
      ),
      heading: both(
        l,
        `Новий статус звернення: ${d.statusLabelUk}`,
        `New status of the report: ${d.statusLabelEn}`,
      ),
      paragraphs: d.note ? [d.note] : [],
      action: {
        label: both(l, 'Переглянути звернення', 'View the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.message': template({
    data: reportRef.extend({ fromSecretariat: z.boolean() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Нове повідомлення щодо звернення ${d.number}`,
        `New message on report ${d.number}`,
      ),
      heading: d.fromSecretariat
        ? both(l, 'Секретаріат надіслав вам повідомлення', 'The Secretariat sent you a message')
        : both(l, 'Організація надіслала повідомлення', 'The NGO sent a message'),
      paragraphs: [
        both(l, 'Прочитайте його та відповідайте в системі.', 'Read it and answer in the system.'),
      ],
      action: { label: both(l, 'Прочитати', 'Read it'), url: link(`/app/reports/${d.reportId}`) },
      footer: FOOTER[l],
    }),
  }),

  'report.deadline_reminder': template({
    data: reportRef.extend({ deadline: z.string(), daysLeft: z.int() }),
    content: (d, { language: l, link }) => ({
      subject: both(
        l,
        `Нагадування: строк розгляду ${d.number} спливає ${formatDate(d.deadline, l)}`,
        `Reminder: report ${d.number} is due on ${formatDate(d.deadline, l)}`,
      ),
      heading: both(l, `До кінця строку — ${d.daysLeft} дн.`, `${d.daysLeft} day(s) left`),
      paragraphs: [both(l, 'Звернення ще не має рішення.', 'The report has no decision yet.')],
      action: {
        label: both(l, 'Відкрити звернення', 'Open the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

  'report.overdue': template({
    data: reportRef.extend({ deadline: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(l, `ПРОСТРОЧЕНО: звернення ${d.number}`, `OVERDUE: report ${d.number}`),
      heading: both(l, 'Строк розгляду звернення сплив', 'The report is overdue'),
      paragraphs: [
        both(
          l,
          `Строк розгляду сплив ${formatDate(d.deadline, l)}, а рішення ще немає.`,
          `The deadline passed on ${formatDate(d.deadline, l)} and there is no decision yet.`,
        ),
      ],
      action: {
        label: both(l, 'Відкрити звернення', 'Open the report'),
        url: link(`/app/reports/${d.reportId}`),
      },
      footer: FOOTER[l],
    }),
  }),

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
        [both(l, 'Область', 'Region'), labelOf(REGIONS, d.regionCode as never, l)],
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
        `${d.memberName} приєднується до «${d.orgName}»`,
        `${d.memberName} joined "${d.orgName}"`,
      ),
      heading: both(l, 'Новий член організації', 'A new member of your organisation'),
      paragraphs: [
        both(
          l,
          `${d.memberName} прийняв запрошення і тепер може працювати від імені організації.`,
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

  ...COUNCIL_TEMPLATES,
  ...PROPOSAL_TEMPLATES,
  ...CO_AUTHOR_TEMPLATES,
} satisfies Record<string, Template<z.ZodType>>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateData<N extends TemplateName> = z.infer<(typeof TEMPLATES)[N]['data']>;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** Renders a template for one recipient's language; throws on data that does not fit. */
export function renderTemplate<N extends TemplateName>(
  name: N,
  data: unknown,
  language: Language,
  webBaseUrl: string,
): RenderedMail {
  return renderWith(TEMPLATES[name] as Template<z.ZodType>, data, language, webBaseUrl);
}
