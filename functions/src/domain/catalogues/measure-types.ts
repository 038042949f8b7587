import type { CatalogueEntry } from './catalogue.js';

/** Measures actually taken on a report, each one reported to the NGO. */
export const MEASURE_TYPES = [
  { code: 'submission_sent', uk: 'Внесено подання', en: 'Submission sent' },
  {
    code: 'constitutional_submission_filed',
    uk: 'Подано конституційне подання',
    en: 'Constitutional submission filed',
  },
  {
    code: 'information_request',
    uk: 'Направлено запит на інформацію',
    en: 'Request for information sent',
  },
  {
    code: 'monitoring_visit',
    uk: 'Проведено моніторинговий візит',
    en: 'Monitoring visit carried out',
  },
  { code: 'court_claim', uk: 'Звернення до суду', en: 'Claim filed with a court' },
  {
    code: 'court_participation',
    uk: 'Участь у судовому провадженні',
    en: 'Participation in court proceedings',
  },
  {
    code: 'referral',
    uk: 'Направлено до компетентного органу',
    en: 'Referred to a competent body',
  },
  {
    code: 'official_letter',
    uk: 'Направлено лист органу влади',
    en: 'Letter sent to an authority',
  },
  { code: 'meeting', uk: 'Проведено робочу зустріч', en: 'Working meeting held' },
  {
    code: 'legal_aid',
    uk: 'Надано роз’яснення / правову допомогу',
    en: 'Explanation or legal aid given',
  },
  { code: 'other', uk: 'Інший захід', en: 'Other measure' },
] as const satisfies readonly CatalogueEntry[];

export type MeasureTypeCode = (typeof MEASURE_TYPES)[number]['code'];
