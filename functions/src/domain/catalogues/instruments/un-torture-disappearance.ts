import { article, type Instrument } from './instrument.js';

/**
 * The Convention against Torture (articles 1–16), its Optional Protocol — the articles on
 * national preventive mechanisms, a role the Commissioner holds in Ukraine — and the
 * Convention against Enforced Disappearance (articles 1–25).
 */
export const UN_TORTURE_DISAPPEARANCE_INSTRUMENTS = [
  {
    code: 'cat',
    uk: 'Конвенція проти катувань та інших жорстоких, нелюдських або таких, що принижують гідність, видів поводження і покарання',
    en: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    short: { uk: 'Конвенція проти катувань', en: 'CAT' },
    body: 'united_nations',
    year: 1984,
    articles: [
      article('1', 'Визначення катування', 'Definition of torture'),
      article(
        '2',
        'Ефективні заходи для запобігання катуванням; неприпустимість виправдань',
        'Effective measures to prevent torture; no justification',
      ),
      article(
        '3',
        'Заборона вислання, повернення чи видачі до держави, де загрожують катування',
        'Non-refoulement',
      ),
      article('4', 'Кримінальна караність катувань', 'Torture as an offence under criminal law'),
      article('5', 'Юрисдикція', 'Jurisdiction'),
      article('6', 'Взяття під варту і попереднє розслідування', 'Custody and preliminary inquiry'),
      article('7', 'Кримінальне переслідування або видача', 'Prosecution or extradition'),
      article('8', 'Катування як злочин, що тягне видачу', 'Torture as an extraditable offence'),
      article('9', 'Взаємна правова допомога', 'Mutual judicial assistance'),
      article('10', 'Навчання персоналу', 'Education and training of personnel'),
      article(
        '11',
        'Систематичний перегляд правил допиту і тримання під вартою',
        'Systematic review of interrogation rules and custody arrangements',
      ),
      article('12', 'Швидке і неупереджене розслідування', 'Prompt and impartial investigation'),
      article(
        '13',
        'Право на скаргу і захист скаржника та свідків',
        'Right to complain; protection of complainants and witnesses',
      ),
      article(
        '14',
        'Відшкодування, компенсація і реабілітація',
        'Redress, compensation and rehabilitation',
      ),
      article(
        '15',
        'Недопустимість доказів, отриманих унаслідок катувань',
        'Exclusion of statements made as a result of torture',
      ),
      article(
        '16',
        'Інші жорстокі, нелюдські або такі, що принижують гідність, види поводження і покарання',
        'Other cruel, inhuman or degrading treatment or punishment',
      ),
    ],
  },
  {
    code: 'opcat',
    uk: 'Факультативний протокол до Конвенції проти катувань та інших жорстоких, нелюдських або таких, що принижують гідність, видів поводження і покарання',
    en: 'Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    short: { uk: 'Факультативний протокол до Конвенції проти катувань', en: 'OPCAT' },
    body: 'united_nations',
    year: 2002,
    parent: 'cat',
    articles: [
      article(
        '1',
        'Система регулярних відвідувань місць несвободи',
        'System of regular visits to places of detention',
      ),
      article('3', 'Національний превентивний механізм', 'National preventive mechanism'),
      article(
        '4',
        'Відвідування місць позбавлення волі; поняття позбавлення волі',
        'Visits to places of deprivation of liberty; deprivation of liberty defined',
      ),
      article(
        '17',
        'Створення або визначення національних превентивних механізмів',
        'Maintaining, designating or establishing national preventive mechanisms',
      ),
      article(
        '18',
        'Функціональна незалежність і ресурси національних превентивних механізмів',
        'Functional independence and resources of national preventive mechanisms',
      ),
      article(
        '19',
        'Повноваження національних превентивних механізмів',
        'Powers of national preventive mechanisms',
      ),
      article(
        '20',
        'Доступ до інформації, місць несвободи і осіб',
        'Access to information, places of detention and persons',
      ),
      article(
        '21',
        'Заборона покарання за спілкування з механізмом; конфіденційність',
        'No sanctions for communicating with the mechanism; confidentiality',
      ),
      article(
        '22',
        'Розгляд рекомендацій і діалог щодо їх виконання',
        'Examination of recommendations and dialogue on implementation',
      ),
      article('23', 'Оприлюднення щорічних доповідей', 'Publication of annual reports'),
    ],
  },
  {
    code: 'cped',
    uk: 'Міжнародна конвенція про захист усіх осіб від насильницьких зникнень',
    en: 'International Convention for the Protection of All Persons from Enforced Disappearance',
    short: { uk: 'Конвенція про захист від насильницьких зникнень', en: 'CPED' },
    body: 'united_nations',
    year: 2006,
    articles: [
      article('1', 'Заборона насильницьких зникнень', 'Prohibition of enforced disappearance'),
      article('2', 'Визначення насильницького зникнення', 'Definition of enforced disappearance'),
      article(
        '3',
        'Розслідування дій осіб, які діють без дозволу держави',
        'Investigation of acts by persons acting without State authorisation',
      ),
      article('4', 'Кримінальна караність', 'Offence under criminal law'),
      article('5', 'Злочин проти людяності', 'Crime against humanity'),
      article(
        '6',
        'Кримінальна відповідальність, зокрема начальників',
        'Criminal responsibility, including of superiors',
      ),
      article('7', 'Покарання', 'Penalties'),
      article('8', 'Строк давності', 'Statute of limitations'),
      article('9', 'Юрисдикція', 'Jurisdiction'),
      article(
        '10',
        'Взяття під варту і попереднє розслідування',
        'Custody and preliminary inquiry',
      ),
      article(
        '11',
        'Кримінальне переслідування або видача; справедливий розгляд',
        'Prosecution or extradition; fair treatment',
      ),
      article(
        '12',
        'Право повідомити про зникнення і право на розслідування',
        'Right to report and to an investigation',
      ),
      article('13', 'Видача', 'Extradition'),
      article('14', 'Взаємна правова допомога', 'Mutual legal assistance'),
      article(
        '15',
        'Співпраця в допомозі жертвам і пошуку зниклих',
        'Cooperation to assist victims and search for the disappeared',
      ),
      article('16', 'Заборона вислання, повернення чи видачі', 'Non-refoulement'),
      article(
        '17',
        'Заборона таємного тримання під вартою; гарантії та реєстри позбавлених волі',
        'Prohibition of secret detention; safeguards and registers',
      ),
      article(
        '18',
        'Право на інформацію про особу, позбавлену волі',
        'Right to information about a person deprived of liberty',
      ),
      article('19', 'Захист персональної інформації', 'Protection of personal information'),
      article('20', 'Обмеження права на інформацію', 'Restrictions on the right to information'),
      article('21', 'Підтвердження звільнення', 'Verification of release'),
      article(
        '22',
        'Санкції за перешкоджання засобам захисту і реєстрації позбавлення волі',
        'Sanctions for obstructing remedies and the registration of deprivation of liberty',
      ),
      article('23', 'Навчання персоналу', 'Training of personnel'),
      article(
        '24',
        'Права жертв: правда, відшкодування, пошук; правове становище зниклих',
        'Rights of victims: truth, reparation, search; legal situation of the disappeared',
      ),
      article(
        '25',
        'Діти, які стали жертвами насильницького зникнення',
        'Children subjected to enforced disappearance',
      ),
    ],
  },
] as const satisfies readonly Instrument[];
