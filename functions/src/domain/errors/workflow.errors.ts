import { entry, type Bilingual } from './error-entry.js';

/** Refusals of the workflow engine and of access policies, whatever the document. */
export const WORKFLOW_ERRORS = {
  'WORKFLOW.UNKNOWN_ACTION': entry<{ action: string; workflow: string }>(
    'invalid-argument',
    (p) => `Невідома дія «${p.action}»`,
    (p) => `Unknown action "${p.action}" for ${p.workflow}`,
  ),
  'WORKFLOW.NOT_ALLOWED_IN_STATE': entry<{ action: string; status: Bilingual }>(
    'failed-precondition',
    (p) => `Цю дію не можна виконати, коли документ має статус «${p.status.uk}»`,
    (p) => `The action "${p.action}" is not possible while the status is "${p.status.en}"`,
  ),
  'WORKFLOW.ROLE_NOT_ALLOWED': entry<{ action: string; role: Bilingual }>(
    'permission-denied',
    (p) => `Роль «${p.role.uk}» не може виконати цю дію`,
    (p) => `The role "${p.role.en}" cannot take the action "${p.action}"`,
  ),
  'WORKFLOW.NOT_OWN_ORGANISATION': entry(
    'permission-denied',
    'Цей документ належить іншій організації',
    'This document belongs to another organisation',
  ),
  'WORKFLOW.NOT_IN_REGION': entry(
    'permission-denied',
    'Це звернення стосується області, яку ви не координуєте',
    'This report concerns a region you do not coordinate',
  ),
  'WORKFLOW.NOT_COUNCIL_CHAIR': entry(
    'permission-denied',
    'Цю дію виконує голова експертної ради',
    'This action is taken by the chair of the expert council',
  ),
  'WORKFLOW.NOT_COUNCIL_MEMBER': entry(
    'permission-denied',
    'Пропозиції подають члени відповідної експертної ради',
    'Proposals are submitted by members of the expert council',
  ),
  'WORKFLOW.NO_DECISION_AUTHORITY': entry(
    'permission-denied',
    'Рішення ухвалює Уповноважений або працівник, якого він на це уповноважив',
    'Decisions are taken by the Commissioner or an officer they authorised',
  ),
  /** `for` says what the organisation cannot do yet. */
  'WORKFLOW.ORGANISATION_NOT_VERIFIED': entry<{
    for: 'submit' | 'intake' | 'invite' | 'apply' | 'register';
  }>(
    'failed-precondition',
    (p) =>
      ({
        submit:
          'Ваша організація ще не пройшла перевірку Секретаріатом, тому подавати документи поки не можна',
        intake:
          'Організація ще не пройшла перевірку: зареєструвати звернення від її імені можна після перевірки',
        invite: 'Запрошувати колег можна після того, як Секретаріат перевірить організацію',
        apply:
          'Ваша організація ще не пройшла перевірку Секретаріатом, тому подати заяву поки не можна',
        register: 'Організація ще не пройшла перевірку, тому звернення не може бути зареєстроване',
      })[p.for],
    (p) =>
      ({
        submit:
          'Your organisation has not been verified by the Secretariat yet, so it cannot submit',
        intake:
          'The organisation is not verified yet: a report can be registered on its behalf once it is',
        invite: 'Colleagues can be invited once the Secretariat has verified the organisation',
        apply: 'Your organisation has not been verified by the Secretariat yet, so it cannot apply',
        register: 'The organisation has not been verified yet, so the report cannot be registered',
      })[p.for],
  ),
  /**
   * Firestore gave up on a step's transaction after its retries: others were changing the same
   * document at that moment. Nothing was written; the same step a moment later goes through.
   */
  'WORKFLOW.BUSY': entry(
    'resource-exhausted',
    'Цей запис саме змінюють інші. Нічого не змінено — спробуйте ще раз за мить.',
    'Others are changing this record right now. Nothing was changed: try again in a moment.',
  ),
  'NUMBERING.SEQUENCE_EXHAUSTED': entry<{ year: number }>(
    'resource-exhausted',
    (p) => `Вичерпано номери на ${p.year} рік`,
    (p) => `Registration numbers for ${p.year} are exhausted`,
  ),
  /** A per-person or per-organisation limit on what makes the platform send mail. */
  RATE_LIMITED: entry<{
    what: 'mailing' | 'verification' | 'invitations';
    limit: number;
    retryAfterSeconds: number;
  }>(
    'resource-exhausted',
    (p) => `${limitSentence(p).uk} Спробуйте через ${wait(p.retryAfterSeconds).uk}.`,
    (p) => `${limitSentence(p).en} Try again in ${wait(p.retryAfterSeconds).en}.`,
  ),
} as const;

function limitSentence(p: { what: 'mailing' | 'verification' | 'invitations'; limit: number }) {
  switch (p.what) {
    case 'mailing':
      return {
        uk: `Забагато дій, що надсилають листи: не більше ${p.limit} на годину.`,
        en: `Too many actions that send mail: at most ${p.limit} an hour.`,
      };
    case 'verification':
      return {
        uk: `Посилання для підтвердження адреси надсилається не більше ${p.limit} разів на годину.`,
        en: `The confirmation link is sent at most ${p.limit} times an hour.`,
      };
    case 'invitations':
      return {
        uk: `Організація може надіслати не більше ${p.limit} запрошень на день.`,
        en: `An organisation can send at most ${p.limit} invitations a day.`,
      };
  }
}

function wait(seconds: number) {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const hours = Math.ceil(minutes / 60);
  return minutes < 120
    ? { uk: `${minutes} хв`, en: `${minutes} min` }
    : { uk: `${hours} год`, en: `${hours} h` };
}
