import { entry } from './error-entry.js';

/** Reports of violations: refusals beyond the workflow's own. */
export const REPORT_ERRORS = {
  'REPORT.NOT_FOUND': entry('not-found', 'Такого звернення немає', 'There is no such report'),
  'REPORT.PERSONAL_DATA_RESTRICTED': entry(
    'permission-denied',
    'Персональні дані постраждалих і свідків бачать лише виконавці звернення та Уповноважений',
    'Only the report’s assignees and the Commissioner see the personal data of victims and witnesses',
  ),
  'REPORT.SELF_LINK': entry(
    'invalid-argument',
    'Звернення не можна пов’язати саме з собою',
    'A report cannot be linked to itself',
  ),
  'REPORT.INTAKE_STAFF_ONLY': entry(
    'permission-denied',
    'Реєструвати звернення від імені організації можуть працівники Секретаріату',
    'Only Secretariat staff can register a report on behalf of an organisation',
  ),
  'REPORT.BAD_MEASURE_DOCUMENT': entry(
    'invalid-argument',
    'Документ заходу має бути файлом цього звернення, доданим як документ заходу',
    'The measure’s document must be a file of this report added as a measure document',
  ),
  /** `uid`: the person who cannot be an assignee. */
  'REPORT.BAD_ASSIGNEE': entry<{ uid: string }>(
    'invalid-argument',
    'Виконавцем може бути працівник Секретаріату або координатор області, якої стосується звернення',
    'An assignee must be a Secretariat officer or a coordinator of the report’s region',
  ),
  'REPORT.DAILY_LIMIT': entry<{ limit: number }>(
    'resource-exhausted',
    (p) =>
      `Організація подала максимальну кількість звернень за добу (${p.limit}). Надішліть це звернення завтра або зателефонуйте до Секретаріату, якщо справа невідкладна.`,
    (p) =>
      `The organisation has submitted the most reports allowed in a day (${p.limit}). Submit this one tomorrow, or call the Secretariat if the matter is urgent.`,
  ),
} as const;
