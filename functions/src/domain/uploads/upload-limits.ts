/**
 * Limits on attachments, as data. The defaults are the product's (25 MB a file, 20 files a
 * report, 60 uploads a user an hour); deployments change them through the functions' params.
 */
export const MEBIBYTE = 1024 * 1024;

/** Hosting and Cloud Run refuse a larger request before any function sees it. */
export const PLATFORM_MAX_REQUEST_BYTES = 32 * MEBIBYTE;

export interface UploadLimits {
  maxFileBytes: number;
  maxFilesPerReport: number;
  uploadsPerUserPerHour: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 25 * MEBIBYTE,
  maxFilesPerReport: 20,
  uploadsPerUserPerHour: 60,
};

export interface UploadLimitSettings {
  maxFileMegabytes?: number | undefined;
  maxFilesPerReport?: number | undefined;
  uploadsPerUserPerHour?: number | undefined;
}

const positive = (value: number | undefined, fallback: number) =>
  value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;

/**
 * Limits from settings; a missing, zero or malformed setting keeps the default. A file limit
 * above what the platform lets through could never be reached, so it is capped there.
 */
export function uploadLimits(settings: UploadLimitSettings = {}): UploadLimits {
  const megabytes = positive(
    settings.maxFileMegabytes,
    DEFAULT_UPLOAD_LIMITS.maxFileBytes / MEBIBYTE,
  );
  return {
    maxFileBytes: Math.min(megabytes * MEBIBYTE, PLATFORM_MAX_REQUEST_BYTES),
    maxFilesPerReport: positive(
      settings.maxFilesPerReport,
      DEFAULT_UPLOAD_LIMITS.maxFilesPerReport,
    ),
    uploadsPerUserPerHour: positive(
      settings.uploadsPerUserPerHour,
      DEFAULT_UPLOAD_LIMITS.uploadsPerUserPerHour,
    ),
  };
}

/** "25 МБ" / "25 MB", one decimal where it matters. */
export function formatMegabytes(bytes: number, language: 'uk' | 'en'): string {
  const value = Math.round((bytes / MEBIBYTE) * 10) / 10;
  const number = language === 'uk' ? String(value).replace('.', ',') : String(value);
  return `${number} ${language === 'uk' ? 'МБ' : 'MB'}`;
}
