/**
 * Ukrainian text of the administrators' councils page. A section of the catalogue loaded with
 * that page only; en.ts's twin is councils.en.ts.
 */
export const councilsUk = {
  councilAdmin: {
    title: 'Ради',
    intro:
      'Консультативна рада та експертні ради. Публічні сторінки рад показують їхній напрям, опис, організації у складі та голову.',
    list: 'Усі ради',
    none: 'Рад ще немає.',
    publicPage: 'Публічна сторінка',
    members: 'Організацій у складі: {{count}}',
    create: 'Нова рада',
    kind: 'Вид ради',
    kindAdvisory: 'Консультативна рада',
    kindExpert: 'Експертна рада',
    nameUk: 'Назва українською',
    nameEn: 'Назва англійською',
    descriptionUk: 'Опис українською',
    descriptionEn: 'Опис англійською',
    theme: 'Напрям',
    themeHint: 'Для експертної ради обов’язковий.',
    themeNone: 'Не обрано',
    instruments: 'Міжнародні документи, з якими працює рада',
    save: 'Створити раду',
    saving: 'Створюємо…',
    created: 'Раду «{{name}}» створено.',
  },
};
export type CouncilsMessages = typeof councilsUk;
