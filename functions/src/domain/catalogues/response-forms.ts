import type { CatalogueEntry } from './catalogue.js';

/** Forms of response the Commissioner may choose on a report (Law on the Commissioner, art. 13, 15). */
export const RESPONSE_FORMS = [
  { code: 'proceedings', uk: 'Відкриття провадження', en: 'Opening proceedings' },
  { code: 'submission', uk: 'Подання до органу влади', en: 'Submission to an authority' },
  {
    code: 'constitutional_submission',
    uk: 'Конституційне подання',
    en: 'Constitutional submission',
  },
  { code: 'court', uk: 'Звернення до суду', en: 'Going to court' },
  { code: 'monitoring_visit', uk: 'Моніторинговий візит', en: 'Monitoring visit' },
  {
    code: 'referral',
    uk: 'Направлення до компетентного органу',
    en: 'Referral to a competent body',
  },
  {
    code: 'explain_remedies',
    uk: 'Роз’яснення способів захисту прав',
    en: 'Explaining the remedies',
  },
] as const satisfies readonly CatalogueEntry[];

export type ResponseFormCode = (typeof RESPONSE_FORMS)[number]['code'];
