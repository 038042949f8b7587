/**
 * The kinds of file a report may carry, as data: what they are called, their media type and
 * the extensions people give them. What a file *is* comes from its bytes
 * (`sniff-file-type.ts`); the name and the declared type are only compared with it.
 */
export const FILE_TYPE_IDS = [
  'pdf',
  'doc',
  'docx',
  'odt',
  'rtf',
  'txt',
  'jpeg',
  'png',
  'webp',
  'heic',
] as const;
export type FileTypeId = (typeof FILE_TYPE_IDS)[number];

/** Documents and images: a file that claims to be one and is the other is refused. */
export type FileFamily = 'document' | 'image';

export interface FileType {
  id: FileTypeId;
  family: FileFamily;
  /** What the record stores and a download is served as. */
  contentType: string;
  /** Other media types browsers and phones give the same kind of file. */
  aliases: readonly string[];
  /** The first is the canonical one, given to a name whose extension does not fit. */
  extensions: readonly string[];
  label: string;
}

export const FILE_TYPES: Record<FileTypeId, FileType> = {
  pdf: {
    id: 'pdf',
    family: 'document',
    contentType: 'application/pdf',
    aliases: ['application/x-pdf'],
    extensions: ['pdf'],
    label: 'PDF',
  },
  doc: {
    id: 'doc',
    family: 'document',
    contentType: 'application/msword',
    aliases: [],
    extensions: ['doc'],
    label: 'DOC',
  },
  docx: {
    id: 'docx',
    family: 'document',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    aliases: [],
    extensions: ['docx'],
    label: 'DOCX',
  },
  odt: {
    id: 'odt',
    family: 'document',
    contentType: 'application/vnd.oasis.opendocument.text',
    aliases: [],
    extensions: ['odt'],
    label: 'ODT',
  },
  rtf: {
    id: 'rtf',
    family: 'document',
    contentType: 'application/rtf',
    aliases: ['text/rtf'],
    extensions: ['rtf'],
    label: 'RTF',
  },
  txt: {
    id: 'txt',
    family: 'document',
    contentType: 'text/plain',
    aliases: [],
    extensions: ['txt'],
    label: 'TXT',
  },
  jpeg: {
    id: 'jpeg',
    family: 'image',
    contentType: 'image/jpeg',
    aliases: ['image/jpg', 'image/pjpeg'],
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    label: 'JPEG',
  },
  png: {
    id: 'png',
    family: 'image',
    contentType: 'image/png',
    aliases: [],
    extensions: ['png'],
    label: 'PNG',
  },
  webp: {
    id: 'webp',
    family: 'image',
    contentType: 'image/webp',
    aliases: [],
    extensions: ['webp'],
    label: 'WEBP',
  },
  heic: {
    id: 'heic',
    family: 'image',
    contentType: 'image/heic',
    aliases: ['image/heif', 'image/heic-sequence', 'image/heif-sequence'],
    extensions: ['heic', 'heif'],
    label: 'HEIC',
  },
};

/** The media types an attachment record may hold. */
export const ALLOWED_CONTENT_TYPES = FILE_TYPE_IDS.map((id) => FILE_TYPES[id].contentType) as [
  string,
  ...string[],
];

/** "PDF, DOC, DOCX, …" for messages. */
export const ALLOWED_TYPES_LABEL = FILE_TYPE_IDS.map((id) => FILE_TYPES[id].label).join(', ');

/** For `<input type="file" accept>`: extensions and media types together, of these types. */
export const acceptAttribute = (ids: readonly FileTypeId[] = FILE_TYPE_IDS) =>
  ids
    .flatMap((id) => [
      ...FILE_TYPES[id].extensions.map((ext) => `.${ext}`),
      FILE_TYPES[id].contentType,
    ])
    .join(',');
export const ACCEPT_ATTRIBUTE = acceptAttribute();

/** The file type a declared media type names, ignoring parameters such as `; charset=utf-8`. */
export function fileTypeOfContentType(contentType: string | undefined): FileType | undefined {
  const bare = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!bare) return undefined;
  return FILE_TYPE_IDS.map((id) => FILE_TYPES[id]).find(
    (type) => type.contentType === bare || type.aliases.includes(bare),
  );
}

/** The file type a name's last extension names, if any. */
export function fileTypeOfExtension(extension: string): FileType | undefined {
  const ext = extension.toLowerCase();
  return FILE_TYPE_IDS.map((id) => FILE_TYPES[id]).find((type) => type.extensions.includes(ext));
}
