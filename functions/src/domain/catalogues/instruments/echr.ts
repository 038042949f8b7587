import { article, type Instrument } from './instrument.js';

const PROTOCOL_UK = 'до Конвенції про захист прав людини і основоположних свобод';
const PROTOCOL_EN = 'to the Convention for the Protection of Human Rights and Fundamental Freedoms';

/**
 * The European Convention on Human Rights and the Protocols that add rights, with the
 * official article headings (English as in the Convention since Protocol No. 11; Ukrainian
 * as in the official translation). Article 46 is kept beside the rights: execution of the
 * Court's judgments is what many proposals to change the law are about.
 */
export const ECHR_INSTRUMENTS = [
  {
    code: 'echr',
    uk: 'Конвенція про захист прав людини і основоположних свобод',
    en: 'Convention for the Protection of Human Rights and Fundamental Freedoms',
    short: { uk: 'Конвенція (ЄКПЛ)', en: 'ECHR' },
    body: 'council_of_europe',
    year: 1950,
    articles: [
      article('1', 'Зобов’язання поважати права людини', 'Obligation to respect human rights'),
      article('2', 'Право на життя', 'Right to life'),
      article('3', 'Заборона катування', 'Prohibition of torture'),
      article(
        '4',
        'Заборона рабства і примусової праці',
        'Prohibition of slavery and forced labour',
      ),
      article('5', 'Право на свободу та особисту недоторканність', 'Right to liberty and security'),
      article('6', 'Право на справедливий суд', 'Right to a fair trial'),
      article('7', 'Ніякого покарання без закону', 'No punishment without law'),
      article(
        '8',
        'Право на повагу до приватного і сімейного життя',
        'Right to respect for private and family life',
      ),
      article(
        '9',
        'Свобода думки, совісті і релігії',
        'Freedom of thought, conscience and religion',
      ),
      article('10', 'Свобода вираження поглядів', 'Freedom of expression'),
      article('11', 'Свобода зібрань та об’єднання', 'Freedom of assembly and association'),
      article('12', 'Право на шлюб', 'Right to marry'),
      article('13', 'Право на ефективний засіб юридичного захисту', 'Right to an effective remedy'),
      article('14', 'Заборона дискримінації', 'Prohibition of discrimination'),
      article(
        '15',
        'Відступ від зобов’язань під час надзвичайної ситуації',
        'Derogation in time of emergency',
      ),
      article(
        '16',
        'Обмеження політичної діяльності іноземців',
        'Restrictions on political activity of aliens',
      ),
      article('17', 'Заборона зловживання правами', 'Prohibition of abuse of rights'),
      article(
        '18',
        'Межі застосування обмежень прав',
        'Limitation on use of restrictions on rights',
      ),
      article(
        '46',
        'Обов’язкова сила судових рішень та їх виконання',
        'Binding force and execution of judgments',
      ),
    ],
  },
  {
    code: 'echr_p1',
    uk: `Перший протокол ${PROTOCOL_UK}`,
    en: `Protocol ${PROTOCOL_EN}`,
    short: { uk: 'Протокол № 1 до Конвенції', en: 'Protocol No. 1 to the ECHR' },
    body: 'council_of_europe',
    year: 1952,
    parent: 'echr',
    articles: [
      article('1', 'Захист власності', 'Protection of property'),
      article('2', 'Право на освіту', 'Right to education'),
      article('3', 'Право на вільні вибори', 'Right to free elections'),
    ],
  },
  {
    code: 'echr_p4',
    uk: `Протокол № 4 ${PROTOCOL_UK}, який гарантує деякі права і свободи, не передбачені в Конвенції та у Першому протоколі до неї`,
    en: `Protocol No. 4 ${PROTOCOL_EN}, securing certain rights and freedoms other than those already included in the Convention and in the first Protocol thereto`,
    short: { uk: 'Протокол № 4 до Конвенції', en: 'Protocol No. 4 to the ECHR' },
    body: 'council_of_europe',
    year: 1963,
    parent: 'echr',
    articles: [
      article('1', 'Заборона позбавлення свободи за борг', 'Prohibition of imprisonment for debt'),
      article('2', 'Свобода пересування', 'Freedom of movement'),
      article('3', 'Заборона вислання громадян', 'Prohibition of expulsion of nationals'),
      article(
        '4',
        'Заборона колективного вислання іноземців',
        'Prohibition of collective expulsion of aliens',
      ),
    ],
  },
  {
    code: 'echr_p6',
    uk: `Протокол № 6 ${PROTOCOL_UK} про скасування смертної кари`,
    en: `Protocol No. 6 ${PROTOCOL_EN} concerning the Abolition of the Death Penalty`,
    short: { uk: 'Протокол № 6 до Конвенції', en: 'Protocol No. 6 to the ECHR' },
    body: 'council_of_europe',
    year: 1983,
    parent: 'echr',
    articles: [
      article('1', 'Скасування смертної кари', 'Abolition of the death penalty'),
      article('2', 'Смертна кара під час війни', 'Death penalty in time of war'),
    ],
  },
  {
    code: 'echr_p7',
    uk: `Протокол № 7 ${PROTOCOL_UK}`,
    en: `Protocol No. 7 ${PROTOCOL_EN}`,
    short: { uk: 'Протокол № 7 до Конвенції', en: 'Protocol No. 7 to the ECHR' },
    body: 'council_of_europe',
    year: 1984,
    parent: 'echr',
    articles: [
      article(
        '1',
        'Процедурні гарантії щодо вислання іноземців',
        'Procedural safeguards relating to expulsion of aliens',
      ),
      article(
        '2',
        'Право на оскарження у кримінальних справах',
        'Right of appeal in criminal matters',
      ),
      article('3', 'Відшкодування у разі судової помилки', 'Compensation for wrongful conviction'),
      article(
        '4',
        'Право не бути притягненим до суду або покараним двічі',
        'Right not to be tried or punished twice',
      ),
      article('5', 'Рівноправність кожного з подружжя', 'Equality between spouses'),
    ],
  },
  {
    code: 'echr_p12',
    uk: `Протокол № 12 ${PROTOCOL_UK}`,
    en: `Protocol No. 12 ${PROTOCOL_EN}`,
    short: { uk: 'Протокол № 12 до Конвенції', en: 'Protocol No. 12 to the ECHR' },
    body: 'council_of_europe',
    year: 2000,
    parent: 'echr',
    articles: [
      article('1', 'Загальна заборона дискримінації', 'General prohibition of discrimination'),
    ],
  },
  {
    code: 'echr_p13',
    uk: `Протокол № 13 ${PROTOCOL_UK} про скасування смертної кари за будь-яких обставин`,
    en: `Protocol No. 13 ${PROTOCOL_EN}, concerning the abolition of the death penalty in all circumstances`,
    short: { uk: 'Протокол № 13 до Конвенції', en: 'Protocol No. 13 to the ECHR' },
    body: 'council_of_europe',
    year: 2002,
    parent: 'echr',
    articles: [article('1', 'Скасування смертної кари', 'Abolition of the death penalty')],
  },
] as const satisfies readonly Instrument[];
