import { entry } from './error-entry.js';

/** Who is calling: signing in, roles, accounts, and the staff-only tools. */
export const ACCOUNT_ERRORS = {
  /** `for`: a callable action, or the file routes (which also end a session). */
  'AUTH.SIGN_IN_REQUIRED': entry<{ for: 'action' | 'files' | 'session_ended' }>(
    'unauthenticated',
    (p) =>
      ({
        action: 'Увійдіть до системи, щоб виконати цю дію',
        files: 'Увійдіть до системи, щоб працювати з файлами',
        session_ended: 'Ваш сеанс завершився. Увійдіть до системи знову',
      })[p.for],
    (p) =>
      ({
        action: 'Sign in to do this',
        files: 'Sign in to work with files',
        session_ended: 'Your session has ended. Please sign in again',
      })[p.for],
  ),
  'AUTH.DEACTIVATED': entry(
    'permission-denied',
    'Ваш обліковий запис деактивовано',
    'Your account has been deactivated',
  ),
  'AUTH.NO_ROLE': entry(
    'permission-denied',
    'Вашому обліковому запису ще не надано роль',
    'Your account has not been given a role yet',
  ),
  'AUTH.ADMIN_ONLY': entry(
    'permission-denied',
    'Керувати користувачами може лише адміністратор системи',
    'Only a system administrator can manage users',
  ),
  'AUTH.OWN_ROLE': entry(
    'failed-precondition',
    'Власну роль і доступ змінює інший адміністратор',
    'Another administrator must change your own role and access',
  ),
  'ACCOUNT.NO_EMAIL': entry(
    'failed-precondition',
    'Обліковий запис не має адреси електронної пошти',
    'The account has no email address',
  ),
  'USER.NOT_FOUND': entry('not-found', 'Такого користувача немає', 'There is no such user'),
  'USER.NOT_COORDINATOR': entry(
    'failed-precondition',
    'Спершу призначте користувачеві роль координатора',
    'Make the user a coordinator first',
  ),
  'AUDIT.NOT_ALLOWED': entry(
    'permission-denied',
    'Перевіряти журнал аудиту можуть адміністратори та Секретаріат',
    'Only administrators and the Secretariat can verify the audit log',
  ),
  'MAIL.STAFF_ONLY': entry(
    'permission-denied',
    'Журнал доставки доступний працівникам Секретаріату та адміністраторам',
    'The delivery log is for Secretariat staff and administrators',
  ),
  'MAIL.NOT_FOUND': entry('not-found', 'Такого листа немає', 'There is no such mail'),
  'MAIL.NOT_FAILED': entry(
    'failed-precondition',
    'Повторно надіслати можна лише лист, доставка якого не вдалася',
    'Only a mail whose delivery failed can be sent again',
  ),
  'MAIL.NO_ACTIVE_RECIPIENT': entry(
    'failed-precondition',
    'Цей лист нікому надіслати: облікові записи всіх адресатів деактивовано',
    'There is nobody to send this mail to: every recipient’s account is deactivated',
  ),
} as const;
