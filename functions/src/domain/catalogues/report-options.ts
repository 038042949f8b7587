import type { CatalogueEntry } from './catalogue.js';

/** Who committed the violation, as the principles name them. */
export const VIOLATOR_KINDS = [
  { code: 'state_body', uk: 'Орган державної влади', en: 'State authority' },
  {
    code: 'local_government',
    uk: 'Орган місцевого самоврядування',
    en: 'Local self-government body',
  },
  { code: 'official', uk: 'Посадова чи службова особа', en: 'Official' },
  { code: 'other', uk: 'Інше', en: 'Other' },
] as const satisfies readonly CatalogueEntry[];
export type ViolatorKind = (typeof VIOLATOR_KINDS)[number]['code'];

/** How a closed report ended for the people concerned. */
export const OUTCOMES = [
  { code: 'restored', uk: 'Права відновлено', en: 'Rights restored' },
  { code: 'partly_restored', uk: 'Права відновлено частково', en: 'Rights partly restored' },
  { code: 'not_restored', uk: 'Права не відновлено', en: 'Rights not restored' },
  { code: 'not_applicable', uk: 'Не застосовується', en: 'Not applicable' },
] as const satisfies readonly CatalogueEntry[];
export type OutcomeCode = (typeof OUTCOMES)[number]['code'];

/** How a report reached the Secretariat (staff register post, phone and email on behalf). */
export const INTAKE_CHANNELS = [
  { code: 'web', uk: 'Через Спільно', en: 'Through Spilno' },
  { code: 'post', uk: 'Поштою', en: 'By post' },
  { code: 'phone', uk: 'Телефоном', en: 'By phone' },
  { code: 'email', uk: 'Електронною поштою', en: 'By email' },
] as const satisfies readonly CatalogueEntry[];
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number]['code'];

/** Legal forms of civil-society institutions (Civil Code, Law on Public Associations). */
export const LEGAL_FORMS = [
  { code: 'public_organisation', uk: 'Громадська організація', en: 'Public organisation' },
  { code: 'public_union', uk: 'Громадська спілка', en: 'Public union' },
  { code: 'charity', uk: 'Благодійна організація', en: 'Charitable organisation' },
  { code: 'religious', uk: 'Релігійна організація', en: 'Religious organisation' },
  { code: 'trade_union', uk: 'Професійна спілка', en: 'Trade union' },
  { code: 'creative_union', uk: 'Творча спілка', en: 'Creative union' },
  { code: 'association', uk: 'Асоціація', en: 'Association' },
  { code: 'other', uk: 'Інша форма', en: 'Other' },
] as const satisfies readonly CatalogueEntry[];
export type LegalForm = (typeof LEGAL_FORMS)[number]['code'];
