import type { TargetKind } from '@domain/uploads/upload-targets.js';
import type { Language } from '../i18n/i18n.js';
import {
  httpProblem,
  transportProblem,
  uploadHeaders,
  uploadOutcome,
  uploadUrl,
  type FilePlace,
  type TransferProblem,
  type TransferTexts,
  type UploadOutcome,
} from './upload-request.js';

/**
 * Sending a file with XMLHttpRequest (fetch cannot report upload progress), so that each file
 * has its own progress bar and can be cancelled; and downloading one with the ID token, which
 * a link cannot carry, saved from a blob URL.
 */
export interface UploadJob {
  result: Promise<UploadOutcome>;
  abort(): void;
}

/** The parts of XMLHttpRequest used, so that a test can give a fake one. */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: Blob): void;
  abort(): void;
  status: number;
  responseText: string;
  upload: { onprogress: ((event: ProgressEvent) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export function startUpload(options: {
  file: Blob & { name: string; type: string };
  place: FilePlace;
  kind: TargetKind;
  idToken: string;
  language: Language;
  text: TransferTexts;
  onProgress: (fraction: number) => void;
  xhr?: () => XhrLike;
  online?: () => boolean;
}): UploadJob {
  const xhr = options.xhr?.() ?? (new XMLHttpRequest() as unknown as XhrLike);
  const online = options.online ?? (() => navigator.onLine);
  const result = new Promise<UploadOutcome>((resolve) => {
    xhr.open('POST', uploadUrl(options.place, options.kind));
    for (const [name, value] of Object.entries(uploadHeaders(options.file, options.idToken))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(event.loaded / event.total);
    };
    xhr.onload = () =>
      resolve(uploadOutcome(xhr.status, xhr.responseText, options.language, options.text));
    xhr.onerror = () =>
      resolve({ ok: false, problem: transportProblem('network', online(), options.text) });
    xhr.onabort = () =>
      resolve({ ok: false, problem: transportProblem('aborted', online(), options.text) });
    xhr.send(options.file);
  });
  return { result, abort: () => xhr.abort() };
}

/** Fetches a file with the token and hands it to the browser as a download. */
export async function downloadFile(options: {
  url: string;
  fileName: string;
  idToken: string;
  language: Language;
  text: TransferTexts;
}): Promise<TransferProblem | null> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      headers: { Authorization: `Bearer ${options.idToken}` },
      cache: 'no-store',
    });
  } catch {
    return transportProblem('network', navigator.onLine, options.text);
  }
  if (!response.ok) {
    return httpProblem(response.status, await response.text(), options.language, options.text);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = options.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file; the blob is let go a little later (Safari needs the time).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

/** Takes a file off a draft (`DELETE /api/files/…`): null once it is gone, else why not. */
export async function removeFile(options: {
  url: string;
  idToken: string;
  language: Language;
  text: TransferTexts;
}): Promise<TransferProblem | null> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${options.idToken}` },
    });
  } catch {
    return transportProblem('network', navigator.onLine, options.text);
  }
  if (response.ok) return null;
  return httpProblem(response.status, await response.text(), options.language, options.text);
}
