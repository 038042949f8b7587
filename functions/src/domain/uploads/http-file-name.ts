/**
 * File names in HTTP headers. A header carries bytes, not Unicode text, so a name like
 * «Скарга до поліції.pdf» travels percent-encoded as an RFC 5987 ext-value:
 * `UTF-8''%D0%A1%D0%BA%D0%B0%D1%80%D0%B3%D0%B0...`. The web client encodes `X-File-Name` with
 * `encodeFileNameHeader`; downloads name the file with `contentDisposition` (RFC 6266).
 */

/** Percent-encodes everything but RFC 5987's attr-chars. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function encodeFileNameHeader(fileName: string): string {
  return `UTF-8''${encodeRfc5987(fileName)}`;
}

const EXT_VALUE = /^([A-Za-z0-9!#$&+\-^_`{}~]+)'([A-Za-z0-9-]*)'(.*)$/;
const PLAIN_ASCII = /^[\u0020-\u007e]+$/;

/**
 * The name from an `X-File-Name` header: an RFC 5987 ext-value in UTF-8, or a plain ASCII
 * name. Null when it is missing, empty, in another charset or badly encoded.
 */
export function decodeFileNameHeader(value: string | undefined): string | null {
  const header = value?.trim();
  if (!header) return null;
  const ext = EXT_VALUE.exec(header);
  if (ext) {
    if (ext[1]?.toLowerCase() !== 'utf-8') return null;
    try {
      const decoded = decodeURIComponent(ext[3] ?? '');
      return decoded.trim() ? decoded : null;
    } catch {
      return null;
    }
  }
  return PLAIN_ASCII.test(header) ? header : null;
}

/**
 * `Content-Disposition: attachment` (or `inline`, for the public site's files) with the name
 * twice: in UTF-8 for every current browser, and as an ASCII approximation for anything older.
 */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = fileName
    .replace(/[^\u0020-\u007e]+/g, '_')
    .replace(/["\\%]/g, '_')
    .trim();
  return `${disposition}; filename="${fallback || 'file'}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
