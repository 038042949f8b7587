import { article, type Instrument } from './instrument.js';

const CRC_UK = 'Конвенції про права дитини';
const CRC_EN = 'Convention on the Rights of the Child';

/**
 * The Convention on the Rights of the Child (Part I, articles 1–41) and its three Optional
 * Protocols. The Convention has no official article headings: the titles are the usual short
 * ones. The communications Protocol is procedural and cited as a whole.
 */
export const UN_CHILDREN_INSTRUMENTS = [
  {
    code: 'crc',
    uk: 'Конвенція про права дитини',
    en: CRC_EN,
    short: { uk: 'Конвенція про права дитини', en: 'CRC' },
    body: 'united_nations',
    year: 1989,
    articles: [
      article('1', 'Визначення поняття «дитина»', 'Definition of the child'),
      article('2', 'Недискримінація', 'Non-discrimination'),
      article('3', 'Найкращі інтереси дитини', 'Best interests of the child'),
      article('4', 'Заходи для здійснення прав', 'Implementation of rights'),
      article(
        '5',
        'Керівництво з боку батьків з урахуванням здібностей дитини, що розвиваються',
        'Parental guidance and the child’s evolving capacities',
      ),
      article('6', 'Право на життя, виживання і розвиток', 'Life, survival and development'),
      article(
        '7',
        'Реєстрація народження, ім’я, громадянство, піклування батьків',
        'Birth registration, name, nationality and care',
      ),
      article('8', 'Збереження індивідуальності', 'Preservation of identity'),
      article('9', 'Розлучення з батьками', 'Separation from parents'),
      article('10', 'Возз’єднання сім’ї', 'Family reunification'),
      article(
        '11',
        'Незаконне переміщення та неповернення дітей з-за кордону',
        'Illicit transfer and non-return of children abroad',
      ),
      article('12', 'Повага до поглядів дитини', 'Respect for the views of the child'),
      article('13', 'Свобода вираження поглядів', 'Freedom of expression'),
      article(
        '14',
        'Свобода думки, совісті і релігії',
        'Freedom of thought, conscience and religion',
      ),
      article(
        '15',
        'Свобода асоціації і мирних зібрань',
        'Freedom of association and peaceful assembly',
      ),
      article('16', 'Право на недоторканність особистого життя', 'Right to privacy'),
      article(
        '17',
        'Доступ до інформації; засоби масової інформації',
        'Access to information; mass media',
      ),
      article(
        '18',
        'Відповідальність батьків; допомога держави',
        'Parental responsibilities; State assistance',
      ),
      article('19', 'Захист від усіх форм насильства', 'Protection from all forms of violence'),
      article(
        '20',
        'Діти, позбавлені сімейного оточення',
        'Children deprived of a family environment',
      ),
      article('21', 'Усиновлення', 'Adoption'),
      article('22', 'Діти-біженці', 'Refugee children'),
      article('23', 'Діти з інвалідністю', 'Children with disabilities'),
      article('24', 'Здоров’я та медичні послуги', 'Health and health services'),
      article(
        '25',
        'Періодична оцінка лікування та умов піклування',
        'Periodic review of treatment and placement',
      ),
      article('26', 'Соціальне забезпечення', 'Social security'),
      article('27', 'Достатній життєвий рівень', 'Adequate standard of living'),
      article('28', 'Право на освіту', 'Right to education'),
      article('29', 'Цілі освіти', 'Goals of education'),
      article(
        '30',
        'Діти з числа меншин і корінних народів',
        'Children of minorities or indigenous groups',
      ),
      article('31', 'Відпочинок, дозвілля і культурне життя', 'Leisure, play and culture'),
      article(
        '32',
        'Захист від економічної експлуатації',
        'Child labour and economic exploitation',
      ),
      article('33', 'Захист від незаконного вживання наркотичних засобів', 'Drug abuse'),
      article('34', 'Захист від сексуальної експлуатації', 'Sexual exploitation and abuse'),
      article(
        '35',
        'Запобігання викраденню дітей і торгівлі дітьми',
        'Abduction, sale and trafficking',
      ),
      article('36', 'Захист від інших форм експлуатації', 'Other forms of exploitation'),
      article(
        '37',
        'Заборона катувань і смертної кари; позбавлення волі лише як крайній захід',
        'Torture, capital punishment and deprivation of liberty only as a last resort',
      ),
      article('38', 'Діти у збройних конфліктах', 'Armed conflicts'),
      article(
        '39',
        'Відновлення і реінтеграція дітей-жертв',
        'Recovery and reintegration of child victims',
      ),
      article('40', 'Правосуддя щодо неповнолітніх', 'Juvenile justice'),
      article(
        '41',
        'Застосування норм, які більше сприяють здійсненню прав дитини',
        'Respect for higher standards',
      ),
    ],
  },
  {
    code: 'crc_opac',
    uk: `Факультативний протокол до ${CRC_UK} щодо участі дітей у збройних конфліктах`,
    en: `Optional Protocol to the ${CRC_EN} on the involvement of children in armed conflict`,
    short: {
      uk: 'Факультативний протокол щодо участі дітей у збройних конфліктах',
      en: 'OPAC',
    },
    body: 'united_nations',
    year: 2000,
    parent: 'crc',
    articles: [
      article(
        '1',
        'Неучасть військовослужбовців, молодших 18 років, у воєнних діях',
        'No direct part in hostilities for members of the armed forces under 18',
      ),
      article(
        '2',
        'Заборона обов’язкового призову осіб, молодших 18 років',
        'No compulsory recruitment under 18',
      ),
      article(
        '3',
        'Мінімальний вік і гарантії добровільного вступу на військову службу',
        'Minimum age and safeguards for voluntary recruitment',
      ),
      article(
        '4',
        'Заборона вербування і використання осіб, молодших 18 років, збройними групами',
        'Armed groups not to recruit or use persons under 18',
      ),
      article(
        '6',
        'Заходи виконання; демобілізація, відновлення і реінтеграція',
        'Implementation; demobilisation, recovery and reintegration',
      ),
    ],
  },
  {
    code: 'crc_opsc',
    uk: `Факультативний протокол до ${CRC_UK} щодо торгівлі дітьми, дитячої проституції і дитячої порнографії`,
    en: `Optional Protocol to the ${CRC_EN} on the sale of children, child prostitution and child pornography`,
    short: { uk: 'Факультативний протокол щодо торгівлі дітьми', en: 'OPSC' },
    body: 'united_nations',
    year: 2000,
    parent: 'crc',
    articles: [
      article(
        '1',
        'Заборона торгівлі дітьми, дитячої проституції і дитячої порнографії',
        'Prohibition of the sale of children, child prostitution and child pornography',
      ),
      article('2', 'Визначення', 'Definitions'),
      article('3', 'Кримінальна караність діянь', 'Offences under criminal law'),
      article(
        '8',
        'Захист дітей-жертв у кримінальному судочинстві',
        'Protection of child victims in the criminal justice process',
      ),
      article(
        '9',
        'Запобігання, допомога, реінтеграція і компенсація',
        'Prevention, assistance, reintegration and compensation',
      ),
    ],
  },
  {
    code: 'crc_opic',
    uk: `Факультативний протокол до ${CRC_UK} щодо процедури повідомлень`,
    en: `Optional Protocol to the ${CRC_EN} on a communications procedure`,
    short: { uk: 'Факультативний протокол щодо процедури повідомлень', en: 'OPIC' },
    body: 'united_nations',
    year: 2011,
    parent: 'crc',
    articles: [],
  },
] as const satisfies readonly Instrument[];
