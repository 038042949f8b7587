import type { SectionMessages } from './sections.js';

/**
 * Ukrainian interface text: the language of the platform. Every string a person sees lives
 * here, in en.ts (exactly the same keys, checked by the compiler and by catalogues.test.ts) or
 * in a section of the catalogue (sections.ts). This main catalogue holds only what the public
 * pages' script shows (the header, the navigation, the partners' filters), so that those pages
 * load no more text than that; everything else is a section, the pages' text (pages.uk.ts)
 * among them. `{{name}}` marks a value filled in at run time.
 */
export const uk = {
  language: {
    /** This language's own name, shown on the switch when the other language is active. */
    name: 'Українська',
    changed: 'Мову інтерфейсу змінено на українську.',
  },
  layout: {
    siteName: 'Спільно',
    tagline: 'Громадські організації та Уповноважений з прав людини',
    documentTitle: '{{page}} — Спільно',
    skipLink: 'Перейти до змісту',
    menu: 'Меню',
    mainNav: 'Основна навігація',
    account: 'Обліковий запис',
    signIn: 'Увійти',
    signOut: 'Вийти',
    signingOut: 'Виходимо…',
    signedOut: 'Ви вийшли з облікового запису.',
    signOutFailed: 'Не вдалося вийти. Перевірте підключення до інтернету і спробуйте ще раз.',
    signedInAs: 'Ви увійшли як',
    notifications: 'Сповіщення',
    unread: 'непрочитаних:',
    pageOpened: 'Відкрито сторінку «{{title}}».',
    loading: 'Завантаження…',
    footer:
      'Спільно — платформа співпраці громадських організацій з Уповноваженим Верховної Ради України з прав людини.',
  },
  nav: {
    home: 'Головна',
    partners: 'Партнери',
    coordinators: 'Координатори',
    councils: 'Ради',
    publications: 'Публікації',
    stats: 'Статистика',
    app: 'Мій кабінет',
    registerOrganisation: 'Зареєструвати організацію',
    organisation: 'Моя організація',
    organisations: 'Організації',
    users: 'Користувачі',
    mailLog: 'Журнал доставки',
    councilAdmin: 'Керування радами',
    proposals: 'Пропозиції',
    profile: 'Профіль',
    reports: 'Звернення',
    queue: 'Черга',
    dashboard: 'Панель',
    templates: 'Шаблони',
    publishing: 'Підготовка публікацій',
    notes: 'Замітки про діяльність',
  },
  partners: {
    title: 'Партнерські організації',
    heading: 'Партнерські організації',
    intro:
      'Громадські організації, які пройшли перевірку Секретаріату й погодилися, щоб їх показували тут.',
    region: 'Область',
    allRegions: 'Усі області',
    area: 'Напрям діяльності',
    allAreas: 'Усі напрями',
    apply: 'Показати',
    count: 'Організацій: {{count}}.',
    none: 'За цими умовами організацій немає. Спробуйте іншу область або напрям.',
    empty: 'Каталог поки порожній.',
    website: 'Вебсайт',
    areas: 'Напрями',
    loadError:
      'Не вдалося завантажити каталог. Перевірте підключення до інтернету і спробуйте ще раз.',
  },
};

/** The shape of the main catalogue: en.ts has the same keys, strings or lists of strings. */
export type BaseMessages = typeof uk;

/** Everything `t()` can look up: the main catalogue and its lazily loaded sections (sections.ts). */
export type Messages = BaseMessages & SectionMessages;
