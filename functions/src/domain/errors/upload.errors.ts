import { ALLOWED_TYPES_LABEL, FILE_TYPES, type FileTypeId } from '../uploads/file-types.js';
import type { SniffRefusal } from '../uploads/sniff-file-type.js';
import { formatMegabytes } from '../uploads/upload-limits.js';
import { entry, type Bilingual } from './error-entry.js';

/** The file routes, `/api/uploads` and `/api/files/…`, and the same checks on the device. */
const ALLOWED_UK = `Дозволені типи: ${ALLOWED_TYPES_LABEL}.`;
const ALLOWED_EN = `Allowed types: ${ALLOWED_TYPES_LABEL}.`;

const REFUSAL_TEXT: Record<SniffRefusal, { uk: string; en: string }> = {
  empty: { uk: 'Файл порожній.', en: 'The file is empty.' },
  executable: {
    uk: 'Це програма або скрипт, а не документ чи зображення, — такі файли не приймаються.',
    en: 'This is a program or a script, not a document or an image; such files are not accepted.',
  },
  archive: {
    uk: 'Архіви не приймаються: додайте файли з архіву окремо.',
    en: 'Archives are not accepted: add the files inside it one by one.',
  },
  macros: {
    uk: 'Документи з макросами не приймаються: збережіть документ як DOCX або PDF.',
    en: 'Documents with macros are not accepted: save the document as DOCX or PDF.',
  },
  markup: {
    uk: 'Вебсторінки, SVG і XML не приймаються: збережіть сторінку як PDF.',
    en: 'Web pages, SVG and XML are not accepted: save the page as PDF.',
  },
  unrecognised: {
    uk: 'Не вдалося розпізнати тип файлу за його вмістом.',
    en: 'The file type could not be recognised from its content.',
  },
};

const FAMILY = {
  document: { uk: 'документ', en: 'a document' },
  image: { uk: 'зображення', en: 'an image' },
};

const typeText = (id: FileTypeId, language: 'uk' | 'en') => {
  const type = FILE_TYPES[id];
  return `${type.label} (${FAMILY[type.family][language]})`;
};

/** Why a person may not add or read files here. */
export type UploadDenial =
  | 'not_own_organisation'
  | 'not_in_region'
  | 'kind_not_for_role'
  | 'draft_is_private'
  | 'role_not_allowed'
  | 'proposal_not_readable'
  | 'not_proposal_author'
  | 'meeting_not_readable'
  | 'minutes_by_staff_only'
  | 'note_not_readable'
  | 'note_photos_by_organisation';

const DENIAL_TEXT: Record<UploadDenial, { uk: string; en: string }> = {
  not_own_organisation: {
    uk: 'Це звернення іншої організації: його файли вам недоступні.',
    en: 'This report belongs to another organisation: its files are not available to you.',
  },
  not_in_region: {
    uk: 'Це звернення з області, яку ви не координуєте.',
    en: 'This report is from a region you do not coordinate.',
  },
  kind_not_for_role: {
    uk: 'Ви не можете додавати до звернення файли цього виду.',
    en: 'You may not add files of this kind to the report.',
  },
  draft_is_private: {
    uk: 'Чернетка звернення доступна лише організації, доки її не подано.',
    en: 'A draft report is only available to its organisation until it is submitted.',
  },
  role_not_allowed: {
    uk: 'Ваша роль не дає доступу до файлів звернень.',
    en: 'Your role gives no access to the files of reports.',
  },
  proposal_not_readable: {
    uk: 'Ця пропозиція вам недоступна, тож і її файли теж.',
    en: 'This proposal is not available to you, nor are its files.',
  },
  not_proposal_author: {
    uk:
      'Додавати й вилучати файли пропозиції можуть лише її автори: організація, що її створила, ' +
      'і співавтори, які погодилися.',
    en:
      'Only the authors of a proposal may add or remove its files: the organisation that started ' +
      'it and the co-authors that accepted.',
  },
  meeting_not_readable: {
    uk: 'Це засідання вам недоступне, тож і його файли теж.',
    en: 'This meeting is not available to you, nor are its files.',
  },
  minutes_by_staff_only: {
    uk: 'Протокол і файли засідання додають працівники Секретаріату.',
    en: 'The minutes and files of a meeting are added by the Secretariat’s staff.',
  },
  note_not_readable: {
    uk: 'Це замітка іншої організації: її фото вам недоступні.',
    en: 'This note belongs to another organisation: its photos are not available to you.',
  },
  note_photos_by_organisation: {
    uk: 'Фото до замітки додає організація, що її пише.',
    en: 'The photos of a note are added by the organisation writing it.',
  },
};

/** Targets of uploads other than reports, by name in a sentence. */
type OtherTarget = 'proposal' | 'meeting' | 'note';
const OF_TARGET: Record<OtherTarget, { uk: string; en: string }> = {
  proposal: { uk: 'пропозиції', en: 'proposal' },
  meeting: { uk: 'засідання', en: 'meeting' },
  note: { uk: 'замітки', en: 'note' },
};
const REMOVAL_TEXT: Record<'proposal' | 'meeting', { uk: string; en: string }> = {
  proposal: {
    uk:
      'Цей файл є в поданій версії пропозиції, тож його не можна вилучити. ' +
      'Вилучати можна лише файли, додані після останнього подання, поки пропозиція у авторів.',
    en:
      'This file is part of a submitted version of the proposal, so it cannot be removed. ' +
      'Only files added since the last submission can be removed, while the authors have it.',
  },
  meeting: {
    uk: 'Файли засідання не можна вилучати після оприлюднення протоколу.',
    en: 'The files of a meeting cannot be removed once its minutes are published.',
  },
};

/** What a malformed upload request lacks. */
export type BadUploadRequest = 'query' | 'file_name';

export const UPLOAD_ERRORS = {
  'UPLOAD.BAD_REQUEST': entry<{ missing: BadUploadRequest }>(
    'invalid-argument',
    (p) =>
      p.missing === 'query'
        ? 'Запит має містити reportId звернення і вид файлу kind: evidence, draft_response_act, message або measure_document; ' +
          'або proposalId пропозиції і kind=proposal_document; або meetingId засідання і kind=minutes; або noteId замітки і kind=photo.'
        : 'Не вказано назву файлу (заголовок X-File-Name у кодуванні RFC 5987).',
    (p) =>
      p.missing === 'query'
        ? 'The request needs the reportId of a report and a kind: evidence, draft_response_act, message or measure_document; ' +
          'or the proposalId of a proposal and kind=proposal_document; or the meetingId of a meeting and kind=minutes; or the noteId of a note and kind=photo.'
        : "The file name is missing (the X-File-Name header, encoded as RFC 5987: UTF-8''…).",
    400,
  ),
  'UPLOAD.EMPTY_FILE': entry(
    'invalid-argument',
    'Файл порожній (0 байтів). Оберіть інший файл.',
    'The file is empty (0 bytes). Choose another file.',
    400,
  ),
  'UPLOAD.TOO_LARGE': entry<{ maxFileBytes: number }>(
    'invalid-argument',
    (p) =>
      `Файл завеликий: не більше ${formatMegabytes(p.maxFileBytes, 'uk')} на файл. ` +
      'Стисніть PDF чи фото або розділіть документ на частини.',
    (p) =>
      `The file is too large: at most ${formatMegabytes(p.maxFileBytes, 'en')} per file. ` +
      'Compress the PDF or photo, or split the document into parts.',
    413,
  ),
  'UPLOAD.TYPE_NOT_ALLOWED': entry<{ refusal: SniffRefusal }>(
    'invalid-argument',
    (p) => `${REFUSAL_TEXT[p.refusal].uk} ${ALLOWED_UK}`,
    (p) => `${REFUSAL_TEXT[p.refusal].en} ${ALLOWED_EN}`,
    415,
  ),
  'UPLOAD.TYPE_MISMATCH': entry<{ declared: FileTypeId; actual: FileTypeId }>(
    'invalid-argument',
    (p) =>
      `Файл названо як ${typeText(p.declared, 'uk')}, але насправді це ` +
      `${typeText(p.actual, 'uk')}. Перевірте, чи це той файл.`,
    (p) =>
      `The file is named as ${typeText(p.declared, 'en')} but is really ` +
      `${typeText(p.actual, 'en')}. Check that it is the right file.`,
    422,
  ),
  'UPLOAD.TOO_MANY_FILES': entry<{ maxFilesPerReport: number }>(
    'failed-precondition',
    (p) =>
      `До звернення вже додано найбільшу кількість файлів — ${p.maxFilesPerReport}. ` +
      'Об’єднайте кілька документів в один PDF.',
    (p) =>
      `The report already has the most files it may have (${p.maxFilesPerReport}). ` +
      'Combine several documents into one PDF.',
    409,
  ),
  'UPLOAD.RATE_LIMITED': entry<{ limitPerHour: number; retryAfterMs: number }>(
    'resource-exhausted',
    (p) =>
      `Забагато завантажень: не більше ${p.limitPerHour} файлів на годину. ` +
      `Спробуйте ще раз через ${minutes(p.retryAfterMs)} хв.`,
    (p) =>
      `Too many uploads: at most ${p.limitPerHour} files an hour. Try again in ${minutes(p.retryAfterMs)} min.`,
    429,
  ),
  'UPLOAD.NOT_ALLOWED': entry<{ reason: UploadDenial }>(
    'permission-denied',
    (p) => DENIAL_TEXT[p.reason].uk,
    (p) => DENIAL_TEXT[p.reason].en,
    403,
  ),
  /** `status`: the label of the report's status. */
  'UPLOAD.NOT_ALLOWED_IN_STATE': entry<{ status: Bilingual }>(
    'failed-precondition',
    (p) => `До звернення в статусі «${p.status.uk}» не можна додавати файли цього виду.`,
    (p) => `Files of this kind cannot be added to a report in status "${p.status.en}".`,
    409,
  ),
  'UPLOAD.REMOVAL_ONLY_FROM_DRAFT': entry(
    'failed-precondition',
    'Файли можна вилучати лише з чернетки: подане звернення зберігає всі свої файли.',
    'Files can only be removed from a draft: a submitted report keeps all its files.',
    409,
  ),
  'UPLOAD.REPORT_NOT_FOUND': entry(
    'not-found',
    'Звернення не знайдено.',
    'The report was not found.',
    404,
  ),
  'UPLOAD.TARGET_NOT_ALLOWED_IN_STATE': entry<{ target: OtherTarget; status: Bilingual }>(
    'failed-precondition',
    (p) => `До ${OF_TARGET[p.target].uk} в статусі «${p.status.uk}» не можна додавати файли.`,
    (p) => `Files cannot be added to a ${OF_TARGET[p.target].en} in status "${p.status.en}".`,
    409,
  ),
  'UPLOAD.TARGET_REMOVAL_NOT_ALLOWED': entry<{ target: 'proposal' | 'meeting' }>(
    'failed-precondition',
    (p) => REMOVAL_TEXT[p.target].uk,
    (p) => REMOVAL_TEXT[p.target].en,
    409,
  ),
  'UPLOAD.TARGET_TOO_MANY_FILES': entry<{ target: OtherTarget; maxFiles: number }>(
    'failed-precondition',
    (p) =>
      `До ${OF_TARGET[p.target].uk} вже додано найбільшу кількість файлів — ${p.maxFiles}. ` +
      (p.target === 'note' ? 'Залиште найкращі фото.' : 'Об’єднайте кілька документів в один PDF.'),
    (p) =>
      `The ${OF_TARGET[p.target].en} already has the most files it may have (${p.maxFiles}). ` +
      (p.target === 'note' ? 'Keep the best photos.' : 'Combine several documents into one PDF.'),
    409,
  ),
  'UPLOAD.TARGET_NOT_FOUND': entry<{ target: OtherTarget }>(
    'not-found',
    (p) =>
      ({ proposal: 'Пропозицію', meeting: 'Засідання', note: 'Замітку' })[p.target] +
      ' не знайдено.',
    (p) => `The ${OF_TARGET[p.target].en} was not found.`,
    404,
  ),
  /** A type the checks allow, but not for this target (a note takes photos only). */
  'UPLOAD.TYPE_NOT_FOR_TARGET': entry<{ target: 'note'; actual: FileTypeId }>(
    'invalid-argument',
    (p) =>
      `Це ${typeText(p.actual, 'uk')}, а до ${OF_TARGET[p.target].uk} додають лише фото: JPEG, PNG або WebP.`,
    (p) =>
      `This is ${typeText(p.actual, 'en')}; a ${OF_TARGET[p.target].en} takes photos only: JPEG, PNG or WebP.`,
    415,
  ),
  'UPLOAD.FILE_NOT_FOUND': entry('not-found', 'Файл не знайдено.', 'The file was not found.', 404),
} as const;

function minutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
