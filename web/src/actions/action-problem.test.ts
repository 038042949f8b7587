import { describe, expect, it } from 'vitest';
import { pagesEn as en } from '../i18n/sections/pages.en.js';
import { pagesUk as uk } from '../i18n/sections/pages.uk.js';
import { actionProblem } from './action-problem.js';

/** Errors as the Firebase web SDK throws them from a callable (message ends in « [status]»). */
function callableError(status: string, message: string, httpStatus: number, details?: unknown) {
  return Object.assign(new Error(`${message} [${httpStatus}]`), {
    name: 'FirebaseError',
    code: `functions/${status}`,
    details,
  });
}

const ukText = uk.errors.action;
const enText = en.errors.action;

describe('actionProblem', () => {
  it('gives the server’s Ukrainian message and stable code, without the SDK’s status suffix', () => {
    const error = callableError(
      'failed-precondition',
      'Строк дії запрошення минув. Попросіть керівника організації надіслати нове.',
      400,
      {
        code: 'MEMBERSHIP.INVITATION_EXPIRED',
        messageEn: 'The invitation has expired. Ask the organisation’s lead for a new one.',
      },
    );
    expect(actionProblem(error, ukText, 'uk', true)).toEqual({
      message: 'Строк дії запрошення минув. Попросіть керівника організації надіслати нове.',
      code: 'MEMBERSHIP.INVITATION_EXPIRED',
      fields: {},
      network: false,
    });
  });

  it('says a known code from the catalogue in the interface’s language, not by the server’s text', () => {
    const refused = callableError('permission-denied', 'Будь-які слова сервера', 403, {
      code: 'MEMBERSHIP.INVITATION_OTHER_EMAIL',
      params: { maskedEmail: 'o***a@example.org' },
    });
    expect(actionProblem(refused, enText, 'en', true).message).toBe(
      'The invitation was sent to another address. Sign in as o***a@example.org.',
    );
    expect(actionProblem(refused, enText, 'uk', true).message).toBe(
      'Запрошення надіслано на іншу адресу. Увійдіть з обліковим записом o***a@example.org.',
    );
  });

  it('gives the English twin in the English interface, when the code alone makes no sentence', () => {
    const withTwin = callableError(
      'permission-denied',
      'Запрошення надіслано на іншу адресу.',
      403,
      {
        code: 'MEMBERSHIP.INVITATION_OTHER_EMAIL',
        messageEn: 'The invitation was sent to another address.',
      },
    );
    expect(actionProblem(withTwin, enText, 'en', true).message).toBe(
      'The invitation was sent to another address.',
    );
    const knownCode = callableError(
      'permission-denied',
      'Цю дію виконує керівник організації',
      403,
      {
        code: 'ORG.LEAD_ONLY',
      },
    );
    expect(actionProblem(knownCode, enText, 'en', true).message).toBe(
      'Only the organisation’s lead can do this',
    );
    const unknownWithoutTwin = callableError('permission-denied', 'Нова відмова сервера', 403, {
      code: 'NEWER.SERVER_CODE',
    });
    expect(actionProblem(unknownWithoutTwin, enText, 'en', true).message).toBe(
      'Нова відмова сервера',
    );
  });

  it('reads the problems per field of an invalid input', () => {
    const error = callableError('invalid-argument', 'organisation.name: …', 400, {
      code: 'VALIDATION.INVALID_INPUT',
      problems: [
        { field: 'organisation.name', message: '«Повна назва»: щонайменше 3 символів' },
        { field: 'organisation.name', message: 'second message for the same field' },
        { field: 'applicant.displayName', message: 'Заповніть поле «Ім’я та прізвище»' },
        { nonsense: true },
      ],
    });
    expect(actionProblem(error, ukText, 'uk', true).fields).toEqual({
      'organisation.name': '«Повна назва»: щонайменше 3 символів',
      'applicant.displayName': 'Заповніть поле «Ім’я та прізвище»',
    });
  });

  it('says plainly when the server could not be reached', () => {
    // What the SDK throws when fetch fails: status 0, code `internal`, message `internal`.
    const unreachable = callableError('internal', 'internal', 0);
    expect(actionProblem(unreachable, ukText, 'uk', true)).toEqual({
      message: ukText.network,
      code: null,
      fields: {},
      network: true,
    });
    expect(
      actionProblem(callableError('unavailable', 'unavailable', 503), ukText, 'uk', true).network,
    ).toBe(true);
    expect(
      actionProblem(
        callableError('deadline-exceeded', 'deadline-exceeded', 504),
        ukText,
        'uk',
        true,
      ).network,
    ).toBe(true);
    expect(actionProblem(new TypeError('Failed to fetch'), ukText, 'uk', true).network).toBe(true);
  });

  it('says so when the device is offline, whatever the error', () => {
    const refusal = callableError('permission-denied', 'Немає доступу', 403, { code: 'X' });
    expect(actionProblem(refusal, ukText, 'uk', false)).toMatchObject({
      message: ukText.offline,
      network: true,
    });
  });

  it('does not show a server crash’s words to people', () => {
    const crash = callableError('internal', 'INTERNAL', 500);
    expect(actionProblem(crash, ukText, 'uk', true)).toMatchObject({
      message: ukText.server,
      network: false,
    });
  });

  it('explains Firestore refusals and unknown errors', () => {
    const denied = Object.assign(new Error('Missing or insufficient permissions.'), {
      code: 'permission-denied',
    });
    expect(actionProblem(denied, ukText, 'uk', true).message).toBe(ukText.permission);
    const offline = Object.assign(new Error('client is offline'), { code: 'unavailable' });
    expect(actionProblem(offline, ukText, 'uk', true).network).toBe(true);
    expect(actionProblem(undefined, ukText, 'uk', true).message).toBe(ukText.unknown);
    expect(actionProblem(new Error('boom'), enText, 'en', true).message).toBe(enText.unknown);
  });
});
