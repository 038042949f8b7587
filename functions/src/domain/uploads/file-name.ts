import { FILE_TYPE_IDS, FILE_TYPES, type FileType } from './file-types.js';

/**
 * The name an attachment is stored and offered for download under. The person's own name
 * for the file is kept as far as it is safe: Ukrainian letters, spaces and punctuation stay;
 * folders (`../../etc/passwd`, `..\\..\\x`), control and invisible characters (including the
 * right-to-left override that makes `exe.pdf` look like `fdp.exe`), characters Windows forbids
 * and its reserved device names go; and the extension is the one of the type the bytes really
 * are. The name is never part of a storage path, so this is about what people see and save.
 */
export const MAX_BASE_NAME_CHARACTERS = 120;
/** Well under the 255 bytes a file system allows, Cyrillic taking two bytes a letter. */
export const MAX_BASE_NAME_BYTES = 200;
export const FALLBACK_BASE_NAME = 'файл';

/**
 * Extensions that say what kind of file something is: the allowed ones and those of programs,
 * archives, web pages and other formats. They are taken off the end of a name before the real
 * extension is put on, so `report.pdf.exe` with PDF bytes becomes `report.pdf`, while
 * `Протокол від 12.03.2026` keeps its date.
 */
const TYPE_EXTENSIONS = new Set([
  ...FILE_TYPE_IDS.flatMap((id) => FILE_TYPES[id].extensions),
  ...['exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'dll', 'sys', 'cpl', 'hta', 'reg'],
  ...['js', 'jse', 'mjs', 'vbs', 'vbe', 'wsf', 'wsh', 'ps1', 'psm1', 'sh', 'bash', 'zsh', 'py'],
  ...['pl', 'rb', 'php', 'jar', 'class', 'apk', 'app', 'dmg', 'pkg', 'deb', 'rpm', 'iso', 'img'],
  ...['lnk', 'url', 'desktop', 'zip', 'rar', '7z', 'gz', 'tgz', 'bz2', 'xz', 'tar', 'cab', 'arj'],
  ...['html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'xsl', 'json', 'csv'],
  ...['docm', 'dot', 'dotx', 'dotm', 'xls', 'xlsx', 'xlsm', 'ppt', 'pptx', 'pptm', 'ods', 'odp'],
  ...['gif', 'bmp', 'tif', 'tiff', 'avif', 'ico', 'mp3', 'mp4', 'm4a', 'mov', 'avi', 'mkv', 'bin'],
]);

// C0 and C1 controls, DEL, zero-width and joiner characters, bidirectional controls, the byte
// order mark and the line and paragraph separators: none of them belongs in a name.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
/** Characters Windows does not allow in names, and slashes that only look like slashes. */
const FORBIDDEN = /[<>:"|?*\u2044\u2215\u29f8\uff0f\uff3c]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export function normaliseFileName(original: string, type: FileType): string {
  // Folders first: whatever came before the last separator, of either kind, is not the name.
  let name = original.normalize('NFC').replace(/\\/g, '/');
  name = name.slice(name.lastIndexOf('/') + 1);
  name = name
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .trim();

  let base = name;
  let ownExtension: string | undefined;
  for (;;) {
    const dot = base.lastIndexOf('.');
    if (dot < 0) break;
    const extension = base
      .slice(dot + 1)
      .toLowerCase()
      .trim();
    if (extension !== '' && !TYPE_EXTENSIONS.has(extension)) break;
    if (!ownExtension && type.extensions.includes(extension)) ownExtension = extension;
    base = base.slice(0, dot);
  }
  // No hidden names, no `..`; Windows drops trailing dots and spaces itself.
  base = trimDotsAndSpaces(base);
  const device = base.split('.')[0]?.trim() ?? '';
  if (WINDOWS_DEVICE.test(device)) base = `_${base}`;
  base = trimDotsAndSpaces(truncate(base));
  return `${base || FALLBACK_BASE_NAME}.${ownExtension ?? type.extensions[0]}`;
}

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[.\s]+|[.\s]+$/g, '');
}

/** At most so many characters and bytes, never cutting a character in two. */
function truncate(base: string): string {
  const characters = [...base].slice(0, MAX_BASE_NAME_CHARACTERS);
  const encoder = new TextEncoder();
  while (encoder.encode(characters.join('')).length > MAX_BASE_NAME_BYTES) characters.pop();
  return characters.join('');
}
