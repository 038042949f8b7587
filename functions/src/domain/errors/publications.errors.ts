import { entry } from './error-entry.js';

/**
 * Publication (issue 12): preparing a publication, the personal-data check, approval, the
 * public record, and the NGO's consent to publishing a report's outcome.
 */
export const PUBLICATION_ERRORS = {
  'PUBLICATION.OPEN_PERSONAL_DATA_FLAGS': entry<{ open: number }>(
    'failed-precondition',
    (p) =>
      `Публікацію не можна затвердити: неопрацьованих позначок персональних даних — ${p.open}. Приховайте кожну або позначте, що це не персональні дані, з поясненням.`,
    (p) =>
      `The publication cannot be approved: ${p.open} personal-data flag(s) still open. Redact each, or mark it as not personal with a reason.`,
  ),
  'PUBLICATION.FLAG_NOT_FOUND': entry(
    'failed-precondition',
    'Цей фрагмент уже змінено: перевірте текст ще раз',
    'This passage has changed since: check the text again',
  ),
  'PUBLICATION.REASON_REQUIRED': entry(
    'invalid-argument',
    'Поясніть, чому це не персональні дані',
    'Say why this is not personal data',
  ),
  'PUBLICATION.NO_CONSENT': entry(
    'failed-precondition',
    'Організація не дала згоди на оприлюднення підсумку цього звернення',
    'The organisation has not consented to publishing this report’s outcome',
  ),
  /** `problems`: what the public schema found, as one line. */
  'PUBLICATION.INVALID_PUBLIC_RECORD': entry<{ problems: string }>(
    'failed-precondition',
    (p) => `Публічний запис не пройшов перевірку: ${p.problems}`,
    (p) => `The public record failed its check: ${p.problems}`,
  ),
  'PUBLICATION.NOT_FOUND': entry(
    'not-found',
    'Такої публікації немає',
    'There is no such publication',
  ),
  'PUBLICATION.PREPARED_BY_STAFF': entry(
    'permission-denied',
    'Публікації готують працівники Секретаріату',
    'Publications are prepared by the Secretariat',
  ),
  'PUBLICATION.NOTES_BY_NGOS': entry(
    'permission-denied',
    'Замітки про свою діяльність надсилають громадські організації',
    'Notes about their work are sent by NGOs',
  ),
  'PUBLICATION.NOTE_NOT_FOUND': entry(
    'not-found',
    'Замітки, до якої додано фото, немає серед заміток вашої організації',
    'The note the photos were added to is not among your organisation’s notes',
  ),
  'PUBLICATION.NOTE_ALREADY_SENT': entry(
    'failed-precondition',
    'Цю замітку вже надіслано',
    'This note has already been sent',
  ),
  'PUBLICATION.SOURCE_NOT_FOUND': entry(
    'not-found',
    'Матеріалу, з якого готують публікацію, немає',
    'The material the publication is prepared from does not exist',
  ),
  'PUBLICATION.OUTCOME_NOT_READY': entry(
    'failed-precondition',
    'Підсумок звернення можна оприлюднити, коли за ним ухвалено рішення',
    'A report’s outcome can be published once it has been decided',
  ),
  /** `name`: the file's name. */
  'PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE': entry<{ name: string }>(
    'failed-precondition',
    (p) =>
      `Файл «${p.name}» не можна оприлюднити: оприлюднюють лише PDF, JPEG, PNG і WebP, з яких прибрано метадані`,
    (p) =>
      `The file “${p.name}” cannot be published: only PDF, JPEG, PNG and WebP files, with their metadata stripped, go public`,
  ),
  'PUBLICATION.CONSENT_LOCKED': entry(
    'failed-precondition',
    'Підсумок звернення вже оприлюднено, тож згоду змінити не можна. Зверніться до Секретаріату, якщо публікацію треба відкликати.',
    'The report’s outcome is already published, so the consent can no longer change. Ask the Secretariat if the publication must be retracted.',
  ),
} as const;
