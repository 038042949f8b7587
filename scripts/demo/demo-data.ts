import type { AreaCode } from '../../functions/src/domain/catalogues/areas.js';
import type { InstrumentCode } from '../../functions/src/domain/catalogues/instruments/instruments.js';
import type { LegalForm } from '../../functions/src/domain/catalogues/report-options.js';
import type { RegionCode } from '../../functions/src/domain/catalogues/regions.js';
import type { RoleClaims } from '../../functions/src/domain/roles.js';

/**
 * Demo data for `npm start` and the tests: fictional people and organisations (EDRPOU codes
 * valid by check digit but invented), realistic in Ukrainian. Every account shares one
 * password and exists only on the emulators.
 */
export const DEMO_PROJECT_ID = 'demo-spilno';
export const DEMO_PASSWORD = 'Spilno-demo-2026';

export interface DemoAccount {
  uid: string;
  email: string;
  displayName: string;
  position: string;
  claims: RoleClaims;
  language: 'uk' | 'en';
}

export const ORG_KYIV = '43900115';
export const ORG_LVIV = '43900225';
export const ORG_KHARKIV = '43900335';
export const ORG_PENDING = '43900445';
export const ORG_DNIPRO = '43900555';

export const DEMO_ACCOUNTS = [
  {
    uid: 'demo-admin',
    email: 'admin@spilno.test',
    displayName: 'Андрій Коваленко',
    position: 'Адміністратор системи',
    claims: { role: 'admin' },
    language: 'uk',
  },
  {
    uid: 'demo-commissioner',
    email: 'commissioner@spilno.test',
    displayName: 'Олена Мирошниченко',
    position: 'Уповноважений Верховної Ради України з прав людини',
    claims: { role: 'commissioner' },
    language: 'uk',
  },
  {
    uid: 'demo-staff1',
    email: 'staff1@spilno.test',
    displayName: 'Ірина Бондаренко',
    position: 'Начальник відділу розгляду звернень (уповноважена ухвалювати рішення)',
    claims: { role: 'staff', decisionAuthority: true },
    language: 'uk',
  },
  {
    uid: 'demo-staff2',
    email: 'staff2@spilno.test',
    displayName: 'Тарас Мельник',
    position: 'Головний спеціаліст Секретаріату',
    claims: { role: 'staff' },
    language: 'en',
  },
  {
    uid: 'demo-coordinator-kyiv',
    email: 'coordinator-kyiv@spilno.test',
    displayName: 'Наталія Шевчук',
    position: 'Регіональна координаторка з питань зв’язків з громадськістю у м. Києві',
    claims: { role: 'coordinator', regions: ['UA-30'] },
    language: 'uk',
  },
  {
    uid: 'demo-coordinator-lviv',
    email: 'coordinator-lviv@spilno.test',
    displayName: 'Богдан Іваницький',
    position: 'Регіональний координатор з питань зв’язків з громадськістю у Львівській області',
    claims: { role: 'coordinator', regions: ['UA-46'] },
    language: 'uk',
  },
  {
    uid: 'demo-ngo-admin',
    email: 'ngo-admin@spilno.test',
    displayName: 'Марія Левченко',
    position: 'Голова правління',
    claims: { role: 'ngo_admin', orgId: ORG_KYIV },
    language: 'uk',
  },
  {
    uid: 'demo-ngo-member',
    email: 'ngo-member@spilno.test',
    displayName: 'Юрій Ткаченко',
    position: 'Юрист',
    claims: { role: 'ngo_member', orgId: ORG_KYIV },
    language: 'uk',
  },
  {
    uid: 'demo-ngo-lviv',
    email: 'ngo-lviv@spilno.test',
    displayName: 'Софія Гнатюк',
    position: 'Директорка фонду',
    claims: { role: 'ngo_admin', orgId: ORG_LVIV },
    language: 'uk',
  },
  {
    uid: 'demo-ngo-kharkiv',
    email: 'ngo-kharkiv@spilno.test',
    displayName: 'Олександр Кравець',
    position: 'Координатор програм',
    claims: { role: 'ngo_admin', orgId: ORG_KHARKIV },
    language: 'uk',
  },
  {
    uid: 'demo-ngo-pending',
    email: 'ngo-pending@spilno.test',
    displayName: 'Вікторія Павленко',
    position: 'Голова організації',
    claims: { role: 'ngo_admin', orgId: ORG_PENDING },
    language: 'uk',
  },
] as const satisfies readonly DemoAccount[];

export type DemoAccountEmail = (typeof DEMO_ACCOUNTS)[number]['email'];

export function demoAccount(email: DemoAccountEmail): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  return account;
}

export interface DemoOrganisation {
  id: string;
  name: string;
  shortName: string;
  legalForm: LegalForm;
  regionCode: RegionCode;
  areas: AreaCode[];
  website?: string;
  publicEmail: string;
  publicPhone?: string;
  listedInDirectory: boolean;
  status: 'pending' | 'verified' | 'rejected';
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    id: ORG_KYIV,
    name: 'Громадська організація «Правозахисна ініціатива «Гідність»',
    shortName: 'ПІ «Гідність»',
    legalForm: 'public_organisation',
    regionCode: 'UA-30',
    areas: ['restoration', 'prevention', 'education'],
    website: 'https://gidnist.example.org',
    publicEmail: 'office@gidnist.example.org',
    publicPhone: '+380441234567',
    listedInDirectory: true,
    status: 'verified',
  },
  {
    id: ORG_LVIV,
    name: 'Благодійна організація «Благодійний фонд «Право на дім»',
    shortName: 'Фонд «Право на дім»',
    legalForm: 'charity',
    regionCode: 'UA-46',
    areas: ['restoration', 'legislation'],
    website: 'https://pravonadim.example.org',
    publicEmail: 'info@pravonadim.example.org',
    listedInDirectory: true,
    status: 'verified',
  },
  {
    id: ORG_KHARKIV,
    name: 'Громадська організація «Харківська група захисту прав дитини»',
    shortName: 'ХГЗПД',
    legalForm: 'public_organisation',
    regionCode: 'UA-63',
    areas: ['prevention', 'legislation', 'education'],
    publicEmail: 'kharkiv@childrights.example.org',
    publicPhone: '+380577654321',
    listedInDirectory: true,
    status: 'verified',
  },
  {
    id: ORG_DNIPRO,
    name: 'Громадська спілка «Мережа моніторів місць несвободи»',
    shortName: 'Мережа моніторів',
    legalForm: 'public_union',
    regionCode: 'UA-12',
    areas: ['prevention', 'restoration'],
    publicEmail: 'monitors@nesvoboda.example.org',
    listedInDirectory: false,
    status: 'verified',
  },
  {
    id: ORG_PENDING,
    name: 'Громадська організація «Одеський центр доступності»',
    shortName: 'Центр доступності',
    legalForm: 'public_organisation',
    regionCode: 'UA-51',
    areas: ['education', 'prevention'],
    website: 'https://dostupnist.example.org',
    publicEmail: 'hello@dostupnist.example.org',
    listedInDirectory: true,
    status: 'pending',
  },
];

export interface DemoCouncil {
  id: string;
  kind: 'advisory' | 'expert';
  name: { uk: string; en: string };
  description: { uk: string; en: string };
  theme?: AreaCode;
  instruments: InstrumentCode[];
  /** Membership periods (Kyiv days); one with `to` in the past is kept as history. */
  members: { uid: string; role: 'chair' | 'secretary' | 'member'; from: string; to?: string }[];
}

export const DEMO_COUNCILS: DemoCouncil[] = [
  {
    id: 'advisory',
    kind: 'advisory',
    name: {
      uk: 'Консультативна рада при Уповноваженому Верховної Ради України з прав людини',
      en: 'Advisory Council to the Parliament Commissioner for Human Rights',
    },
    description: {
      uk: 'Обговорює з Уповноваженим пропозиції експертних рад щодо змін до законодавства.',
      en: 'Discusses the expert councils’ proposals for changes to the law with the Commissioner.',
    },
    instruments: [],
    members: [
      { uid: 'demo-staff1', role: 'secretary', from: '2026-01-15' },
      { uid: 'demo-ngo-admin', role: 'member', from: '2026-01-15' },
      { uid: 'demo-ngo-lviv', role: 'member', from: '2026-01-15' },
      { uid: 'demo-ngo-kharkiv', role: 'member', from: '2026-01-15' },
    ],
  },
  {
    id: 'expert-children',
    kind: 'expert',
    name: {
      uk: 'Експертна рада з питань захисту прав дитини',
      en: 'Expert Council on the Rights of the Child',
    },
    description: {
      uk: 'Готує пропозиції щодо приведення законодавства про захист дітей у відповідність до Конвенції ООН про права дитини.',
      en: 'Prepares proposals to bring child-protection law into line with the UN Convention on the Rights of the Child.',
    },
    theme: 'legislation',
    instruments: ['crc', 'crc_opac', 'crc_opsc'],
    members: [
      { uid: 'demo-ngo-kharkiv', role: 'chair', from: '2026-01-15' },
      { uid: 'demo-ngo-admin', role: 'member', from: '2026-01-15' },
      { uid: 'demo-ngo-lviv', role: 'member', from: '2026-01-15', to: '2026-06-30' },
    ],
  },
  {
    id: 'expert-detention',
    kind: 'expert',
    name: {
      uk: 'Експертна рада з питань дотримання прав осіб, позбавлених волі',
      en: 'Expert Council on the Rights of Persons Deprived of Liberty',
    },
    description: {
      uk: 'Аналізує умови тримання в місцях несвободи та пропонує зміни відповідно до стандартів ЄКПТ.',
      en: 'Reviews conditions in places of detention and proposes changes in line with CPT standards.',
    },
    theme: 'prevention',
    instruments: ['echr', 'cat', 'opcat', 'iccpr'],
    members: [
      { uid: 'demo-ngo-admin', role: 'chair', from: '2026-01-15' },
      { uid: 'demo-ngo-member', role: 'member', from: '2026-01-15' },
    ],
  },
  {
    id: 'expert-housing',
    kind: 'expert',
    name: {
      uk: 'Експертна рада з питань житлових і соціальних прав внутрішньо переміщених осіб',
      en: 'Expert Council on Housing and Social Rights of Internally Displaced Persons',
    },
    description: {
      uk: 'Напрацьовує зміни до законодавства про житло та соціальний захист ВПО.',
      en: 'Drafts changes to the law on housing and social protection of IDPs.',
    },
    theme: 'legislation',
    instruments: ['icescr', 'echr_p1', 'esc_revised'],
    members: [
      { uid: 'demo-ngo-lviv', role: 'chair', from: '2026-01-15' },
      { uid: 'demo-ngo-member', role: 'member', from: '2026-01-15' },
    ],
  },
];
