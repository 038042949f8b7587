import { entry } from './error-entry.js';

/** Councils, and publication (the domains of the next slices). */
export const COUNCIL_ERRORS = {
  'COUNCIL.APPLICANT_NOT_NGO': entry(
    'permission-denied',
    'До експертних рад долучаються представники громадських організацій',
    'Expert councils are joined by members of NGOs',
  ),
  'COUNCIL.BY_APPOINTMENT': entry(
    'failed-precondition',
    'Склад Консультативної ради формує Уповноважений; заяви приймають лише експертні ради',
    'The Commissioner forms the Advisory Council; only expert councils take applications',
  ),
  'COUNCIL.ALREADY_MEMBER': entry(
    'failed-precondition',
    'Ви вже є членом цієї ради',
    'You are already a member of this council',
  ),
  'COUNCIL.APPLICATION_PENDING': entry(
    'failed-precondition',
    'Ваша заява до цієї ради ще розглядається',
    'Your application to this council is still being considered',
  ),
} as const;

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
} as const;
