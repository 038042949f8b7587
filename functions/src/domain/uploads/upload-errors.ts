import { reportWorkflow, type ReportStatus } from '../workflows/report.workflow.js';
import { ALLOWED_TYPES_LABEL, type FileType } from './file-types.js';
import type { SniffRefusal } from './sniff-file-type.js';
import { formatMegabytes } from './upload-limits.js';

/**
 * Why an upload or a download was refused. The code is stable (the web client and tests rely
 * on it); the message is Ukrainian, written for the person choosing the file, with an English
 * twin for the English interface and the logs.
 */
export type UploadErrorCode =
  | 'UPLOAD.BAD_REQUEST'
  | 'UPLOAD.EMPTY_FILE'
  | 'UPLOAD.TOO_LARGE'
  | 'UPLOAD.TYPE_NOT_ALLOWED'
  | 'UPLOAD.TYPE_MISMATCH'
  | 'UPLOAD.TOO_MANY_FILES'
  | 'UPLOAD.RATE_LIMITED'
  | 'UPLOAD.NOT_ALLOWED'
  | 'UPLOAD.NOT_ALLOWED_IN_STATE'
  | 'UPLOAD.REPORT_NOT_FOUND'
  | 'UPLOAD.FILE_NOT_FOUND';

export interface UploadError {
  readonly code: UploadErrorCode;
  readonly message: string;
  readonly messageEn: string;
}

const error = (code: UploadErrorCode, message: string, messageEn: string): UploadError => ({
  code,
  message,
  messageEn,
});

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

export const uploadErrors = {
  badRequest: (uk: string, en: string) => error('UPLOAD.BAD_REQUEST', uk, en),

  emptyFile: () =>
    error(
      'UPLOAD.EMPTY_FILE',
      'Файл порожній (0 байтів). Оберіть інший файл.',
      'The file is empty (0 bytes). Choose another file.',
    ),

  tooLarge: (maxFileBytes: number) =>
    error(
      'UPLOAD.TOO_LARGE',
      `Файл завеликий: не більше ${formatMegabytes(maxFileBytes, 'uk')} на файл. ` +
        'Стисніть PDF чи фото або розділіть документ на частини.',
      `The file is too large: at most ${formatMegabytes(maxFileBytes, 'en')} per file. ` +
        'Compress the PDF or photo, or split the document into parts.',
    ),

  typeNotAllowed: (refusal: SniffRefusal) =>
    error(
      'UPLOAD.TYPE_NOT_ALLOWED',
      `${REFUSAL_TEXT[refusal].uk} ${ALLOWED_UK}`,
      `${REFUSAL_TEXT[refusal].en} ${ALLOWED_EN}`,
    ),

  typeMismatch: (declared: FileType, actual: FileType) =>
    error(
      'UPLOAD.TYPE_MISMATCH',
      `Файл названо як ${declared.label} (${FAMILY[declared.family].uk}), але насправді це ` +
        `${actual.label} (${FAMILY[actual.family].uk}). Перевірте, чи це той файл.`,
      `The file is named as ${declared.label} (${FAMILY[declared.family].en}) but is really ` +
        `${actual.label} (${FAMILY[actual.family].en}). Check that it is the right file.`,
    ),

  tooManyFiles: (maxFilesPerReport: number) =>
    error(
      'UPLOAD.TOO_MANY_FILES',
      `До звернення вже додано найбільшу кількість файлів — ${maxFilesPerReport}. ` +
        'Об’єднайте кілька документів в один PDF.',
      `The report already has the most files it may have (${maxFilesPerReport}). ` +
        'Combine several documents into one PDF.',
    ),

  rateLimited: (limitPerHour: number, retryAfterMs: number) => {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    return error(
      'UPLOAD.RATE_LIMITED',
      `Забагато завантажень: не більше ${limitPerHour} файлів на годину. ` +
        `Спробуйте ще раз через ${minutes} хв.`,
      `Too many uploads: at most ${limitPerHour} files an hour. Try again in ${minutes} min.`,
    );
  },

  notOwnOrganisation: () =>
    error(
      'UPLOAD.NOT_ALLOWED',
      'Це звернення іншої організації: його файли вам недоступні.',
      'This report belongs to another organisation: its files are not available to you.',
    ),

  notInRegion: () =>
    error(
      'UPLOAD.NOT_ALLOWED',
      'Це звернення з області, яку ви не координуєте.',
      'This report is from a region you do not coordinate.',
    ),

  kindNotForRole: () =>
    error(
      'UPLOAD.NOT_ALLOWED',
      'Ви не можете додавати до звернення файли цього виду.',
      'You may not add files of this kind to the report.',
    ),

  draftIsPrivate: () =>
    error(
      'UPLOAD.NOT_ALLOWED',
      'Чернетка звернення доступна лише організації, доки її не подано.',
      'A draft report is only available to its organisation until it is submitted.',
    ),

  roleNotAllowed: () =>
    error(
      'UPLOAD.NOT_ALLOWED',
      'Ваша роль не дає доступу до файлів звернень.',
      'Your role gives no access to the files of reports.',
    ),

  notAllowedInState: (status: ReportStatus) => {
    const label = reportWorkflow.statusLabels[status];
    return error(
      'UPLOAD.NOT_ALLOWED_IN_STATE',
      `До звернення в статусі «${label.uk}» не можна додавати файли цього виду.`,
      `Files of this kind cannot be added to a report in status "${label.en}".`,
    );
  },

  reportNotFound: () =>
    error('UPLOAD.REPORT_NOT_FOUND', 'Звернення не знайдено.', 'The report was not found.'),

  removalOnlyFromDraft: () =>
    error(
      'UPLOAD.NOT_ALLOWED_IN_STATE',
      'Файли можна вилучати лише з чернетки: подане звернення зберігає всі свої файли.',
      'Files can only be removed from a draft: a submitted report keeps all its files.',
    ),

  fileNotFound: () =>
    error('UPLOAD.FILE_NOT_FOUND', 'Файл не знайдено.', 'The file was not found.'),
};
