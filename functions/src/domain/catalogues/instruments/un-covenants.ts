import { article, type Instrument } from './instrument.js';

const ICCPR_UK = 'Міжнародного пакту про громадянські і політичні права';
const ICCPR_EN = 'International Covenant on Civil and Political Rights';

/**
 * The two Covenants and the Optional Protocols to the civil and political one. The Covenants
 * have no article headings: the titles here say what each article guarantees. The First
 * Optional Protocol only opens individual communications to the Human Rights Committee, so
 * it is cited as a whole (with the Committee's Views as case law).
 */
export const UN_COVENANT_INSTRUMENTS = [
  {
    code: 'iccpr',
    uk: 'Міжнародний пакт про громадянські і політичні права',
    en: ICCPR_EN,
    short: { uk: 'МПГПП', en: 'ICCPR' },
    body: 'united_nations',
    year: 1966,
    articles: [
      article('1', 'Право народів на самовизначення', 'Right of peoples to self-determination'),
      article(
        '2',
        'Зобов’язання поважати й забезпечувати права; ефективний засіб правового захисту',
        'Obligation to respect and ensure rights; effective remedy',
      ),
      article('3', 'Рівні права чоловіків і жінок', 'Equal rights of men and women'),
      article(
        '4',
        'Відступ від зобов’язань під час надзвичайного стану',
        'Derogation in a public emergency',
      ),
      article(
        '5',
        'Недопустимість знищення чи обмеження прав понад передбачене Пактом',
        'No destruction or limitation of rights beyond the Covenant',
      ),
      article('6', 'Право на життя', 'Right to life'),
      article(
        '7',
        'Заборона катувань і медичних чи наукових дослідів без згоди',
        'Prohibition of torture and of medical or scientific experimentation without consent',
      ),
      article(
        '8',
        'Заборона рабства, підневільного стану і примусової праці',
        'Prohibition of slavery, servitude and forced labour',
      ),
      article(
        '9',
        'Право на свободу та особисту недоторканність',
        'Right to liberty and security of person',
      ),
      article(
        '10',
        'Гуманне поводження з особами, позбавленими волі',
        'Humane treatment of persons deprived of liberty',
      ),
      article(
        '11',
        'Заборона позбавлення волі за невиконання договірного зобов’язання',
        'No imprisonment for inability to fulfil a contractual obligation',
      ),
      article(
        '12',
        'Свобода пересування і вибору місця проживання',
        'Liberty of movement and freedom to choose residence',
      ),
      article(
        '13',
        'Гарантії для іноземців у разі вислання',
        'Procedural guarantees against expulsion of aliens',
      ),
      article('14', 'Право на справедливий суд', 'Right to a fair trial'),
      article(
        '15',
        'Ніякого покарання без закону; зворотна дія закону, що пом’якшує покарання',
        'No punishment without law; retroactive lighter penalty',
      ),
      article(
        '16',
        'Право на визнання правосуб’єктності',
        'Recognition as a person before the law',
      ),
      article(
        '17',
        'Недоторканність приватного і сімейного життя, житла, кореспонденції, честі й репутації',
        'Privacy, family, home, correspondence, honour and reputation',
      ),
      article(
        '18',
        'Свобода думки, совісті і релігії',
        'Freedom of thought, conscience and religion',
      ),
      article('19', 'Свобода поглядів і їх вираження', 'Freedom of opinion and expression'),
      article(
        '20',
        'Заборона пропаганди війни і закликів до національної, расової чи релігійної ненависті',
        'Prohibition of propaganda for war and of advocacy of national, racial or religious hatred',
      ),
      article('21', 'Право на мирні зібрання', 'Right of peaceful assembly'),
      article(
        '22',
        'Свобода асоціації, зокрема право створювати профспілки',
        'Freedom of association, including trade unions',
      ),
      article('23', 'Захист сім’ї; право на шлюб', 'Protection of the family; right to marry'),
      article(
        '24',
        'Права дитини: захист, реєстрація народження, ім’я, громадянство',
        'Rights of the child: protection, birth registration, name, nationality',
      ),
      article(
        '25',
        'Право брати участь у веденні державних справ, голосувати й бути обраним',
        'Right to take part in public affairs, to vote and to be elected',
      ),
      article(
        '26',
        'Рівність перед законом і рівний захист закону без дискримінації',
        'Equality before the law and equal protection of the law without discrimination',
      ),
      article(
        '27',
        'Права етнічних, релігійних і мовних меншин',
        'Rights of ethnic, religious and linguistic minorities',
      ),
    ],
  },
  {
    code: 'iccpr_op1',
    uk: `Факультативний протокол до ${ICCPR_UK}`,
    en: `Optional Protocol to the ${ICCPR_EN}`,
    short: { uk: 'Факультативний протокол до МПГПП', en: 'First Optional Protocol to the ICCPR' },
    body: 'united_nations',
    year: 1966,
    parent: 'iccpr',
    articles: [],
  },
  {
    code: 'iccpr_op2',
    uk: `Другий факультативний протокол до ${ICCPR_UK}, спрямований на скасування смертної кари`,
    en: `Second Optional Protocol to the ${ICCPR_EN}, aiming at the abolition of the death penalty`,
    short: {
      uk: 'Другий факультативний протокол до МПГПП',
      en: 'Second Optional Protocol to the ICCPR',
    },
    body: 'united_nations',
    year: 1989,
    parent: 'iccpr',
    articles: [
      article('1', 'Скасування смертної кари', 'Abolition of the death penalty'),
      article(
        '2',
        'Застереження щодо застосування смертної кари у воєнний час',
        'Reservation for the death penalty in time of war',
      ),
    ],
  },
  {
    code: 'icescr',
    uk: 'Міжнародний пакт про економічні, соціальні і культурні права',
    en: 'International Covenant on Economic, Social and Cultural Rights',
    short: { uk: 'МПЕСКП', en: 'ICESCR' },
    body: 'united_nations',
    year: 1966,
    articles: [
      article('1', 'Право народів на самовизначення', 'Right of peoples to self-determination'),
      article(
        '2',
        'Поступове здійснення прав у межах максимуму наявних ресурсів; недискримінація',
        'Progressive realisation to the maximum of available resources; non-discrimination',
      ),
      article('3', 'Рівні права чоловіків і жінок', 'Equal rights of men and women'),
      article('4', 'Обмеження прав лише законом', 'Limitations of rights only by law'),
      article('6', 'Право на працю', 'Right to work'),
      article(
        '7',
        'Право на справедливі й сприятливі умови праці',
        'Right to just and favourable conditions of work',
      ),
      article('8', 'Права профспілок; право на страйк', 'Trade union rights; right to strike'),
      article(
        '9',
        'Право на соціальне забезпечення, зокрема соціальне страхування',
        'Right to social security, including social insurance',
      ),
      article(
        '10',
        'Захист сім’ї, материнства і дітей',
        'Protection of the family, mothers and children',
      ),
      article(
        '11',
        'Право на достатній життєвий рівень, зокрема харчування, одяг і житло',
        'Right to an adequate standard of living, including food, clothing and housing',
      ),
      article(
        '12',
        'Право на найвищий досяжний рівень фізичного і психічного здоров’я',
        'Right to the highest attainable standard of physical and mental health',
      ),
      article('13', 'Право на освіту', 'Right to education'),
      article(
        '14',
        'Обов’язкова безплатна початкова освіта',
        'Compulsory primary education free of charge',
      ),
      article(
        '15',
        'Право на участь у культурному житті й користування результатами наукового прогресу',
        'Right to take part in cultural life and to benefit from scientific progress',
      ),
    ],
  },
] as const satisfies readonly Instrument[];
