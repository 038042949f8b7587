import type { CatalogueEntry } from './catalogue.js';

/**
 * Rights concerned, grouped as in the Constitution of Ukraine (Section II) and the
 * European Convention; the codes are stable, the list may grow.
 */
export const RIGHTS = [
  { code: 'life', uk: 'Право на життя', en: 'Right to life' },
  {
    code: 'torture',
    uk: 'Заборона катування, нелюдського чи такого, що принижує гідність, поводження',
    en: 'Prohibition of torture and inhuman or degrading treatment',
  },
  {
    code: 'liberty',
    uk: 'Право на свободу та особисту недоторканність',
    en: 'Right to liberty and security',
  },
  { code: 'fair_trial', uk: 'Право на справедливий суд', en: 'Right to a fair trial' },
  {
    code: 'privacy',
    uk: 'Право на повагу до приватного і сімейного життя',
    en: 'Right to respect for private and family life',
  },
  {
    code: 'personal_data',
    uk: 'Право на захист персональних даних',
    en: 'Right to protection of personal data',
  },
  {
    code: 'information',
    uk: 'Право на доступ до публічної інформації',
    en: 'Right of access to public information',
  },
  { code: 'expression', uk: 'Свобода думки і слова', en: 'Freedom of expression' },
  {
    code: 'religion',
    uk: 'Свобода світогляду і віросповідання',
    en: 'Freedom of thought, conscience and religion',
  },
  { code: 'assembly', uk: 'Право на мирні зібрання', en: 'Freedom of peaceful assembly' },
  { code: 'association', uk: 'Свобода об’єднання', en: 'Freedom of association' },
  {
    code: 'non_discrimination',
    uk: 'Рівність і заборона дискримінації',
    en: 'Equality and non-discrimination',
  },
  { code: 'property', uk: 'Право власності', en: 'Right to property' },
  { code: 'housing', uk: 'Право на житло', en: 'Right to housing' },
  { code: 'social_protection', uk: 'Право на соціальний захист', en: 'Right to social protection' },
  { code: 'health', uk: 'Право на охорону здоров’я', en: 'Right to health care' },
  { code: 'education', uk: 'Право на освіту', en: 'Right to education' },
  {
    code: 'labour',
    uk: 'Право на працю та належні умови праці',
    en: 'Right to work and fair working conditions',
  },
  { code: 'environment', uk: 'Право на безпечне довкілля', en: 'Right to a safe environment' },
  { code: 'electoral', uk: 'Виборчі права', en: 'Electoral rights' },
  { code: 'language', uk: 'Мовні права', en: 'Language rights' },
  { code: 'movement', uk: 'Свобода пересування', en: 'Freedom of movement' },
  { code: 'petition', uk: 'Право на звернення', en: 'Right to petition' },
  { code: 'child', uk: 'Права дитини', en: 'Rights of the child' },
  {
    code: 'disability',
    uk: 'Права осіб з інвалідністю',
    en: 'Rights of persons with disabilities',
  },
  {
    code: 'idp',
    uk: 'Права внутрішньо переміщених осіб',
    en: 'Rights of internally displaced persons',
  },
  {
    code: 'deprived_of_liberty',
    uk: 'Права осіб, позбавлених волі',
    en: 'Rights of persons deprived of liberty',
  },
  {
    code: 'war_affected',
    uk: 'Права осіб, постраждалих від збройної агресії (полонені, незаконно позбавлені волі)',
    en: 'Rights of people affected by the armed aggression (prisoners of war, detained civilians)',
  },
] as const satisfies readonly CatalogueEntry[];

export type RightCode = (typeof RIGHTS)[number]['code'];
