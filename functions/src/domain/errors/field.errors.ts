import { entry } from './error-entry.js';

/**
 * What is wrong with a field of a form or a request. Generic problems are said with the
 * field's label, which each side gives in its own language (the web's form labels; the
 * schema's own Ukrainian name on the server). Problems specific to one field carry their own
 * code, set on the zod issue (`params.code`, see `codedIssue`).
 */
type Labelled = { label: string };

/** Why Firestore would refuse a string as a document id (`documentIdProblem`). */
export type BadIdProblem = 'slash' | 'dots' | 'reserved' | 'characters' | 'too_long';

export const FIELD_ERRORS = {
  /**
   * An input that does not fit its schema: `problems` is each field's Ukrainian problem, in one
   * line; `fields` names the fields. Each problem also travels on its own (`details.problems`).
   */
  'VALIDATION.INVALID_INPUT': entry<{ problems: string; fields: string }>(
    'invalid-argument',
    (p) => p.problems,
    (p) => `Some fields are not filled in correctly: ${p.fields}`,
  ),
  'FIELD.REQUIRED': entry<Labelled>(
    'invalid-argument',
    (p) => `Заповніть поле «${p.label}»`,
    (p) => `Fill in “${p.label}”`,
  ),
  'FIELD.TOO_SHORT': entry<Labelled & { minimum: number }>(
    'invalid-argument',
    (p) => `«${p.label}»: щонайменше ${p.minimum} символів`,
    (p) => `“${p.label}” needs at least ${p.minimum} characters`,
  ),
  'FIELD.TOO_LONG': entry<Labelled & { maximum: number }>(
    'invalid-argument',
    (p) => `«${p.label}»: не більше ${p.maximum} символів`,
    (p) => `“${p.label}” can have at most ${p.maximum} characters`,
  ),
  'FIELD.CHOOSE_AT_LEAST': entry<Labelled & { minimum: number }>(
    'invalid-argument',
    (p) => `«${p.label}»: оберіть щонайменше ${p.minimum}`,
    (p) =>
      p.minimum === 1
        ? `Choose at least one option in “${p.label}”`
        : `Choose at least ${p.minimum} in “${p.label}”`,
  ),
  'FIELD.CHOOSE_AT_MOST': entry<Labelled & { maximum: number }>(
    'invalid-argument',
    (p) => `«${p.label}»: оберіть не більше ${p.maximum}`,
    (p) => `Choose at most ${p.maximum} in “${p.label}”`,
  ),
  'FIELD.CHOOSE_FROM_LIST': entry<Labelled>(
    'invalid-argument',
    (p) => `Оберіть «${p.label}» зі списку`,
    (p) => `Choose “${p.label}” from the list`,
  ),
  'FIELD.FORMAT': entry<Labelled>(
    'invalid-argument',
    (p) => `Перевірте формат поля «${p.label}»`,
    (p) => `Check the format of “${p.label}”`,
  ),
  'FIELD.INVALID': entry<Labelled>(
    'invalid-argument',
    (p) => `Перевірте поле «${p.label}»`,
    (p) => `Check “${p.label}”`,
  ),
  'FIELD.EMAIL': entry(
    'invalid-argument',
    'Адреса електронної пошти має вигляд name@example.org',
    'Enter an email address in the form name@example.org',
  ),
  'FIELD.WEBSITE': entry(
    'invalid-argument',
    'Адреса сайту має починатися з https://',
    'Enter the website address starting with https://',
  ),
  'FIELD.PHONE': entry(
    'invalid-argument',
    'Вкажіть український номер телефону, наприклад 050 123 45 67 або +380 50 123 45 67',
    'Enter a Ukrainian phone number, for example 050 123 45 67 or +380 50 123 45 67',
  ),
  'FIELD.DATE': entry(
    'invalid-argument',
    'Дата має вигляд РРРР-ММ-ДД',
    'Enter the date as YYYY-MM-DD',
  ),
  /** A document id Firestore would refuse (`documentIdProblem`). */
  'FIELD.BAD_ID': entry<{ problem: BadIdProblem }>(
    'invalid-argument',
    (p) =>
      ({
        slash: 'Ідентифікатор не може містити «/»',
        dots: 'Ідентифікатор не може бути «.» або «..»',
        reserved: 'Ідентифікатор не може мати вигляд «__…__»',
        characters: 'Ідентифікатор містить недопустимі символи',
        too_long: 'Ідентифікатор довший за 1500 байтів',
      })[p.problem],
    (p) =>
      ({
        slash: 'An id cannot contain "/"',
        dots: 'An id cannot be "." or ".."',
        reserved: 'An id cannot look like "__…__"',
        characters: 'The id contains characters that are not allowed',
        too_long: 'The id is longer than 1,500 bytes',
      })[p.problem],
  ),
  'EDRPOU.FORMAT': entry(
    'invalid-argument',
    'Код ЄДРПОУ складається з 8 цифр',
    'An EDRPOU code has 8 digits',
  ),
  'EDRPOU.CHECK_DIGIT': entry(
    'invalid-argument',
    'Код ЄДРПОУ не проходить перевірку контрольної цифри — перевірте, чи не переплутано цифри',
    'The EDRPOU check digit does not match: check the digits for a typo',
  ),
  'ORG.AREAS_REQUIRED': entry(
    'invalid-argument',
    'Оберіть хоча б один напрям діяльності',
    'Choose at least one area of activity',
  ),
  'ROLE.ORGANISATION_REQUIRED': entry(
    'invalid-argument',
    'Для ролі ГО потрібна організація',
    'An NGO role needs an organisation',
  ),
  'ROLE.ORGANISATION_NOT_ALLOWED': entry(
    'invalid-argument',
    'Організація задається лише для ролей ГО',
    'Only NGO roles have an organisation',
  ),
  'ROLE.REGIONS_REQUIRED': entry(
    'invalid-argument',
    'Координатору потрібна хоча б одна область',
    'A coordinator needs at least one region',
  ),
  'ROLE.REGIONS_NOT_ALLOWED': entry(
    'invalid-argument',
    'Області задаються лише координатору',
    'Only a coordinator has regions',
  ),
  'ROLE.DECISION_AUTHORITY_STAFF_ONLY': entry(
    'invalid-argument',
    'Повноваження ухвалювати рішення надаються лише працівникам Секретаріату',
    'Only Secretariat staff can be given the authority to decide',
  ),
  'COORDINATOR.REGIONS_REQUIRED': entry(
    'invalid-argument',
    'Оберіть хоча б одну область',
    'Choose at least one region',
  ),
  'REPORT.INCIDENT_IN_FUTURE': entry(
    'invalid-argument',
    'Дата події не може бути в майбутньому',
    'The date of the incident cannot be in the future',
  ),
  'REPORT.URGENCY_UNEXPLAINED': entry(
    'invalid-argument',
    'Поясніть, чому звернення термінове: загроза життю, здоров’ю чи особі, позбавленій волі',
    'Explain why the report is urgent: a threat to life, to health or to a person deprived of liberty',
  ),
  'REPORT.RIGHTS_REQUIRED': entry(
    'invalid-argument',
    'Оберіть хоча б одне порушене право',
    'Choose at least one right concerned',
  ),
  'REPORT.TOO_MANY_RIGHTS': entry(
    'invalid-argument',
    'Оберіть не більше 10 прав',
    'Choose at most 10 rights',
  ),
  'REPORT.FORMS_REQUIRED': entry(
    'invalid-argument',
    'Оберіть хоча б одну форму реагування',
    'Choose at least one form of response',
  ),
  'REPORT.ASSIGNEE_REQUIRED': entry('invalid-argument', 'Оберіть виконавця', 'Choose an assignee'),
} as const;
