import { article, type Instrument } from './instrument.js';

/** The UNECE Aarhus Convention: environmental information, participation and justice. */
export const AARHUS_INSTRUMENTS = [
  {
    code: 'aarhus',
    uk: 'Конвенція про доступ до інформації, участь громадськості в процесі прийняття рішень та доступ до правосуддя з питань, що стосуються довкілля',
    en: 'Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters',
    short: { uk: 'Орхуська конвенція', en: 'Aarhus Convention' },
    body: 'unece',
    year: 1998,
    articles: [
      article('1', 'Мета', 'Objective'),
      article('2', 'Визначення', 'Definitions'),
      article('3', 'Загальні положення', 'General provisions'),
      article('4', 'Доступ до екологічної інформації', 'Access to environmental information'),
      article(
        '5',
        'Збирання і поширення екологічної інформації',
        'Collection and dissemination of environmental information',
      ),
      article(
        '6',
        'Участь громадськості в прийнятті рішень щодо конкретних видів діяльності',
        'Public participation in decisions on specific activities',
      ),
      article(
        '7',
        'Участь громадськості у вирішенні питань щодо планів, програм і політики, пов’язаних з довкіллям',
        'Public participation concerning plans, programmes and policies relating to the environment',
      ),
      article(
        '8',
        'Участь громадськості в підготовці нормативних актів виконавчої влади та загальнообов’язкових нормативно-правових актів',
        'Public participation during the preparation of executive regulations and/or generally applicable legally binding normative instruments',
      ),
      article('9', 'Доступ до правосуддя', 'Access to justice'),
    ],
  },
] as const satisfies readonly Instrument[];
