import { z } from 'zod';
import { labelOf, labelOfCode } from '../../catalogues/catalogue.js';
import {
  measureTypeSchema,
  outcomeSchema,
  responseFormSchema,
} from '../../catalogues/catalogue-schemas.js';
import { MEASURE_TYPES } from '../../catalogues/measure-types.js';
import { REGIONS } from '../../catalogues/regions.js';
import { OUTCOMES } from '../../catalogues/report-options.js';
import { RESPONSE_FORMS } from '../../catalogues/response-forms.js';
import { formatDate } from '../render.js';
import { both, FOOTER, template, type Template } from '../template.js';

/**
 * Emails about a report: to the Secretariat (assigned, urgent, information provided,
 * deadlines) and to the organisation (receipt, refusal, each step and decision, messages).
 */
const reportRef = z.object({ reportId: z.string(), number: z.string() });

export const REPORT_TEMPLATES = {
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
        [both(l, 'Область', 'Region'), labelOfCode(REGIONS, d.regionCode, l)],
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
        [both(l, 'Область', 'Region'), labelOfCode(REGIONS, d.regionCode, l)],
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
    data: reportRef.extend({ forms: z.array(responseFormSchema).min(1), rationale: z.string() }),
    content: (d, { language: l, link }) => ({
      subject: both(l, `Рішення щодо звернення ${d.number}`, `Decision on report ${d.number}`),
      heading: both(
        l,
        'Уповноважений ухвалив рішення щодо вашого звернення',
        'The Commissioner has decided on your report',
      ),
      paragraphs: [
        both(l, 'Обрані форми реагування:', 'Forms of response chosen:'),
        ...d.forms.map((f) => `• ${labelOf(RESPONSE_FORMS, f, l)}`),
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
      type: measureTypeSchema,
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
        [both(l, 'Захід', 'Measure'), labelOf(MEASURE_TYPES, d.type, l)],
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
    data: reportRef.extend({ outcome: outcomeSchema }),
    content: (d, { language: l, link }) => ({
      subject: both(l, `Розгляд звернення ${d.number} завершено`, `Report ${d.number} closed`),
      heading: both(l, 'Розгляд звернення завершено', 'The report is closed'),
      paragraphs: [
        `${both(l, 'Результат', 'Outcome')}: ${labelOf(OUTCOMES, d.outcome, l)}.`,
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
} satisfies Record<string, Template<z.ZodType>>;
