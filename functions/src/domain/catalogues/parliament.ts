import type { CatalogueEntry, Language } from './catalogue.js';

/**
 * Where a recommendation to Parliament is addressed: the Verkhovna Rada of Ukraine itself or
 * one of its committees of the 9th convocation (Resolution No. 19-IX of 29 August 2019 as
 * amended, with the European integration committee's later name). Committees change with a
 * new convocation: a recommendation keeps a copy of its addressee's name, so replacing this
 * list never rewrites what was sent.
 */
export const VERKHOVNA_RADA = {
  code: 'verkhovna_rada',
  uk: 'Верховна Рада України',
  en: 'Verkhovna Rada of Ukraine',
} as const satisfies CatalogueEntry;

export const RADA_CONVOCATION = 9;

/** The committees' names as the Rada lists them («Комітет з питань …»). */
export const RADA_COMMITTEES = [
  {
    code: 'agrarian_land_policy',
    uk: 'Комітет з питань аграрної та земельної політики',
    en: 'Committee on Agrarian and Land Policy',
  },
  {
    code: 'anti_corruption_policy',
    uk: 'Комітет з питань антикорупційної політики',
    en: 'Committee on Anti-Corruption Policy',
  },
  { code: 'budget', uk: 'Комітет з питань бюджету', en: 'Budget Committee' },
  {
    code: 'environmental_policy',
    uk: 'Комітет з питань екологічної політики та природокористування',
    en: 'Committee on Environmental Policy and Nature Management',
  },
  {
    code: 'economic_development',
    uk: 'Комітет з питань економічного розвитку',
    en: 'Committee on Economic Development',
  },
  {
    code: 'energy_housing_utilities',
    uk: 'Комітет з питань енергетики та житлово-комунальних послуг',
    en: 'Committee on Energy, Housing and Utilities Services',
  },
  {
    code: 'humanitarian_information_policy',
    uk: 'Комітет з питань гуманітарної та інформаційної політики',
    en: 'Committee on Humanitarian and Information Policy',
  },
  {
    code: 'national_health',
    uk: 'Комітет з питань здоров’я нації, медичної допомоги та медичного страхування',
    en: 'Committee on National Health, Medical Care and Medical Insurance',
  },
  {
    code: 'foreign_policy',
    uk: 'Комітет з питань зовнішньої політики та міжпарламентського співробітництва',
    en: 'Committee on Foreign Policy and Inter-Parliamentary Cooperation',
  },
  {
    code: 'eu_integration',
    uk: 'Комітет з питань інтеграції України до Європейського Союзу',
    en: 'Committee on Ukraine’s Integration into the European Union',
  },
  {
    code: 'youth_sports',
    uk: 'Комітет з питань молоді і спорту',
    en: 'Committee on Youth and Sports',
  },
  {
    code: 'national_security_defence',
    uk: 'Комітет з питань національної безпеки, оборони та розвідки',
    en: 'Committee on National Security, Defence and Intelligence',
  },
  {
    code: 'state_power_local_government',
    uk: 'Комітет з питань організації державної влади, місцевого самоврядування, регіонального розвитку та містобудування',
    en: 'Committee on the Organisation of State Power, Local Self-Government, Regional Development and Urban Planning',
  },
  {
    code: 'education_science',
    uk: 'Комітет з питань освіти, науки та інновацій',
    en: 'Committee on Education, Science and Innovation',
  },
  {
    code: 'law_enforcement',
    uk: 'Комітет з питань правоохоронної діяльності',
    en: 'Committee on Law Enforcement',
  },
  {
    code: 'human_rights',
    uk: 'Комітет з питань прав людини, деокупації та реінтеграції тимчасово окупованих територій у Донецькій, Луганській областях та Автономної Республіки Крим, міста Севастополя, національних меншин і міжнаціональних відносин',
    en: 'Committee on Human Rights, Deoccupation and Reintegration of the Temporarily Occupied Territories in Donetsk and Luhansk Oblasts and the Autonomous Republic of Crimea, the City of Sevastopol, National Minorities and Interethnic Relations',
  },
  {
    code: 'legal_policy',
    uk: 'Комітет з питань правової політики',
    en: 'Committee on Legal Policy',
  },
  {
    code: 'rules_of_procedure',
    uk: 'Комітет з питань Регламенту, депутатської етики та організації роботи Верховної Ради України',
    en: 'Committee on Rules of Procedure, Parliamentary Ethics and Organisation of the Work of the Verkhovna Rada of Ukraine',
  },
  {
    code: 'freedom_of_speech',
    uk: 'Комітет з питань свободи слова',
    en: 'Committee on Freedom of Speech',
  },
  {
    code: 'social_policy_veterans',
    uk: 'Комітет з питань соціальної політики та захисту прав ветеранів',
    en: 'Committee on Social Policy and Protection of Veterans’ Rights',
  },
  {
    code: 'transport_infrastructure',
    uk: 'Комітет з питань транспорту та інфраструктури',
    en: 'Committee on Transport and Infrastructure',
  },
  {
    code: 'finance_tax_customs',
    uk: 'Комітет з питань фінансів, податкової та митної політики',
    en: 'Committee on Finance, Taxation and Customs Policy',
  },
  {
    code: 'digital_transformation',
    uk: 'Комітет з питань цифрової трансформації',
    en: 'Committee on Digital Transformation',
  },
] as const satisfies readonly CatalogueEntry[];

/** Every addressee of a recommendation: Parliament first, then its committees. */
export const PARLIAMENT_ADDRESSEES = [VERKHOVNA_RADA, ...RADA_COMMITTEES] as const;
export type ParliamentAddresseeCode = (typeof PARLIAMENT_ADDRESSEES)[number]['code'];

/**
 * The addressee as a letter names it: «Комітет Верховної Ради України з питань правової
 * політики» / "Verkhovna Rada of Ukraine Committee on Legal Policy".
 */
export function addresseeName(entry: CatalogueEntry, language: Language): string {
  if (entry.code === VERKHOVNA_RADA.code) return entry[language];
  return language === 'uk'
    ? entry.uk.replace(/^Комітет /, 'Комітет Верховної Ради України ')
    : `${VERKHOVNA_RADA.en} ${entry.en}`;
}
