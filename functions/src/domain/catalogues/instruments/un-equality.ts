import { article, type Instrument } from './instrument.js';

/**
 * The UN conventions on equality: persons with disabilities (official article headings;
 * article 33 kept for the Commissioner's role in monitoring), women, and race.
 */
export const UN_EQUALITY_INSTRUMENTS = [
  {
    code: 'crpd',
    uk: 'Конвенція про права осіб з інвалідністю',
    en: 'Convention on the Rights of Persons with Disabilities',
    short: { uk: 'Конвенція про права осіб з інвалідністю', en: 'CRPD' },
    body: 'united_nations',
    year: 2006,
    articles: [
      article('1', 'Мета', 'Purpose'),
      article('2', 'Визначення', 'Definitions'),
      article('3', 'Загальні принципи', 'General principles'),
      article('4', 'Загальні зобов’язання', 'General obligations'),
      article('5', 'Рівність і недискримінація', 'Equality and non-discrimination'),
      article('6', 'Жінки з інвалідністю', 'Women with disabilities'),
      article('7', 'Діти з інвалідністю', 'Children with disabilities'),
      article('8', 'Просвітньо-виховна робота', 'Awareness-raising'),
      article('9', 'Доступність', 'Accessibility'),
      article('10', 'Право на життя', 'Right to life'),
      article(
        '11',
        'Ситуації ризику та надзвичайні гуманітарні ситуації',
        'Situations of risk and humanitarian emergencies',
      ),
      article('12', 'Рівність перед законом', 'Equal recognition before the law'),
      article('13', 'Доступ до правосуддя', 'Access to justice'),
      article('14', 'Свобода та особиста недоторканність', 'Liberty and security of the person'),
      article(
        '15',
        'Свобода від катувань і жорстоких, нелюдських або таких, що принижують гідність, видів поводження чи покарання',
        'Freedom from torture or cruel, inhuman or degrading treatment or punishment',
      ),
      article(
        '16',
        'Свобода від експлуатації, насильства і наруги',
        'Freedom from exploitation, violence and abuse',
      ),
      article('17', 'Захист особистої цілісності', 'Protecting the integrity of the person'),
      article('18', 'Свобода пересування і громадянство', 'Liberty of movement and nationality'),
      article(
        '19',
        'Самостійний спосіб життя і залучення до місцевої спільноти',
        'Living independently and being included in the community',
      ),
      article('20', 'Індивідуальна мобільність', 'Personal mobility'),
      article(
        '21',
        'Свобода висловлення думки та переконань і доступ до інформації',
        'Freedom of expression and opinion, and access to information',
      ),
      article('22', 'Недоторканність приватного життя', 'Respect for privacy'),
      article('23', 'Повага до дому і сім’ї', 'Respect for home and the family'),
      article('24', 'Освіта', 'Education'),
      article('25', 'Здоров’я', 'Health'),
      article('26', 'Абілітація та реабілітація', 'Habilitation and rehabilitation'),
      article('27', 'Праця і зайнятість', 'Work and employment'),
      article(
        '28',
        'Достатній життєвий рівень і соціальний захист',
        'Adequate standard of living and social protection',
      ),
      article(
        '29',
        'Участь у політичному і громадському житті',
        'Participation in political and public life',
      ),
      article(
        '30',
        'Участь у культурному житті, проведенні дозвілля і відпочинку та заняттях спортом',
        'Participation in cultural life, recreation, leisure and sport',
      ),
      article('31', 'Статистика і збір даних', 'Statistics and data collection'),
      article(
        '33',
        'Національне здійснення та моніторинг',
        'National implementation and monitoring',
      ),
    ],
  },
  {
    code: 'cedaw',
    uk: 'Конвенція про ліквідацію всіх форм дискримінації щодо жінок',
    en: 'Convention on the Elimination of All Forms of Discrimination against Women',
    short: { uk: 'Конвенція CEDAW', en: 'CEDAW' },
    body: 'united_nations',
    year: 1979,
    articles: [
      article(
        '1',
        'Визначення дискримінації щодо жінок',
        'Definition of discrimination against women',
      ),
      article(
        '2',
        'Зобов’язання ліквідувати дискримінацію, зокрема в законодавстві',
        'Obligations to eliminate discrimination, including in legislation',
      ),
      article(
        '3',
        'Забезпечення всебічного розвитку і прогресу жінок',
        'Full development and advancement of women',
      ),
      article('4', 'Тимчасові спеціальні заходи', 'Temporary special measures'),
      article('5', 'Подолання стереотипних уявлень про ролі статей', 'Sex roles and stereotyping'),
      article(
        '6',
        'Торгівля жінками та експлуатація проституції',
        'Trafficking and exploitation of prostitution',
      ),
      article('7', 'Політичне і громадське життя', 'Political and public life'),
      article('8', 'Представництво на міжнародному рівні', 'International representation'),
      article('9', 'Громадянство', 'Nationality'),
      article('10', 'Освіта', 'Education'),
      article('11', 'Зайнятість', 'Employment'),
      article('12', 'Охорона здоров’я', 'Health care'),
      article('13', 'Економічне і соціальне життя', 'Economic and social life'),
      article('14', 'Жінки, які проживають у сільській місцевості', 'Rural women'),
      article('15', 'Рівність перед законом', 'Equality before the law'),
      article('16', 'Шлюб і сімейні відносини', 'Marriage and family life'),
    ],
  },
  {
    code: 'cerd',
    uk: 'Міжнародна конвенція про ліквідацію всіх форм расової дискримінації',
    en: 'International Convention on the Elimination of All Forms of Racial Discrimination',
    short: { uk: 'Конвенція про ліквідацію расової дискримінації', en: 'ICERD' },
    body: 'united_nations',
    year: 1965,
    articles: [
      article('1', 'Визначення расової дискримінації', 'Definition of racial discrimination'),
      article(
        '2',
        'Зобов’язання ліквідувати расову дискримінацію',
        'Obligations to eliminate racial discrimination',
      ),
      article(
        '3',
        'Засудження расової сегрегації та апартеїду',
        'Racial segregation and apartheid',
      ),
      article(
        '4',
        'Заборона расистської пропаганди та організацій',
        'Prohibition of racist propaganda and organisations',
      ),
      article(
        '5',
        'Рівність перед законом у здійсненні прав',
        'Equality before the law in the enjoyment of rights',
      ),
      article(
        '6',
        'Ефективний захист і засоби правового захисту',
        'Effective protection and remedies',
      ),
      article(
        '7',
        'Викладання, освіта, культура та інформація',
        'Teaching, education, culture and information',
      ),
    ],
  },
] as const satisfies readonly Instrument[];
