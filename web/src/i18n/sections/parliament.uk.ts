/**
 * Ukrainian text of the recommendation to Parliament and the legislative tracker on the
 * proposal page. A section of the catalogue loaded with the proposals' pages; its English twin
 * is parliament.en.ts.
 */
export const parliamentUk = {
  parliament: {
    heading: 'Рекомендація Верховній Раді',
    notSent: 'Рекомендацію ще не направлено.',
    addressee: 'Адресат',
    outgoing: 'Вихідний номер і дата',
    letter: 'Завантажити лист (DOCX)',
    table: 'Завантажити порівняльну таблицю (DOCX)',
    downloadFailed: 'Не вдалося завантажити файл: {reason}',
    bill: 'Законопроєкт',
    noBill: 'Номер законопроєкту ще не записано.',
    stages: 'Етапи розгляду',
    noStages: 'Етапів ще не записано.',
    outcome: 'Результат',
    outcomeOpen: 'Результат ще не відомий. Секретаріат отримує нагадування кожні 30 днів.',
    send: {
      heading: 'Записати направлення рекомендації',
      outgoingNumber: 'Вихідний номер',
      sentOn: 'Дата листа',
      addressee: 'Адресат',
      letterText: 'Текст листа',
      letterHint: 'Текст складено з резюме пропозиції; відредагуйте його перед направленням.',
      submit: 'Записати направлення',
    },
    stage: {
      heading: 'Додати етап законопроєкту',
      billNumber: 'Номер законопроєкту',
      billHint: 'Наприклад, 5655 або 5655-1.',
      stage: 'Етап',
      date: 'Дата етапу',
      note: 'Примітка',
      submit: 'Додати етап',
    },
    result: {
      heading: 'Записати результат і закрити пропозицію',
      outcome: 'Результат',
      note: 'Підсумок',
      submit: 'Записати результат',
    },
    sending: 'Записуємо…',
    done: 'Записано.',
  },
};

export type ParliamentMessages = typeof parliamentUk;
