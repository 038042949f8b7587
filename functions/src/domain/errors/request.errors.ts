import { entry } from './error-entry.js';

/** The shape of a request, the HTTP routes, and stored documents that do not fit their schema. */
export const REQUEST_ERRORS = {
  'REQUEST.TOO_DEEP': entry<{ maxDepth: number }>(
    'invalid-argument',
    (p) => `Запит має забагато вкладених рівнів (більше ${p.maxDepth})`,
    (p) => `The request is nested too deeply (more than ${p.maxDepth} levels)`,
  ),
  'REQUEST.TOO_LARGE': entry(
    'invalid-argument',
    'Запит завеликий: форма не може містити стільки даних',
    'The request is too large: no form holds that much data',
  ),
  'REQUEST.RESERVED_KEY': entry(
    'invalid-argument',
    'Запит містить службове поле «@type», якого форми не надсилають',
    'The request contains the reserved field "@type", which no form sends',
  ),
  'HTTP.NOT_FOUND': entry('not-found', 'Такої адреси немає', 'No such address'),
  'HTTP.METHOD_NOT_ALLOWED': entry<{ allowed: string }>(
    'invalid-argument',
    (p) => `Ця адреса приймає лише ${p.allowed}`,
    (p) => `This address accepts ${p.allowed} only`,
    405,
  ),
  'HTTP.INTERNAL': entry(
    'internal',
    'Сталася помилка на сервері. Спробуйте ще раз трохи згодом.',
    'Something went wrong on the server. Please try again a little later.',
  ),
  /**
   * A stored document that does not fit its schema (old or foreign data): a server error, with
   * the document and the field named for the log.
   */
  'DOCUMENT.INVALID': entry<{ path: string; field: string; problem: string }>(
    'internal',
    (p) => `Документ ${p.path} не відповідає схемі: поле «${p.field}» — ${p.problem}`,
    (p) => `The document ${p.path} does not fit its schema: field "${p.field}": ${p.problem}`,
  ),
} as const;
