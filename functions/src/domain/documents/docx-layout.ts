import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';

/**
 * The page and type every Spilno DOCX shares, as Ukrainian official documents are laid out
 * (ДСТУ 4163:2020): A4, margins 30 mm left, 10 mm right, 20 mm top and bottom, Times New
 * Roman 14 pt, single spacing, Ukrainian as the proofing language.
 */
const MM = 1440 / 25.4; // twips per millimetre
export const A4 = { short: 11906, long: 16838 } as const;
export const MARGINS = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(10 * MM),
} as const;
export const FONT = 'Times New Roman';
/** 14 pt in half-points. */
export const FONT_SIZE = 28;
/** First-line indent of body paragraphs: 1.25 cm. */
export const PARAGRAPH_INDENT = Math.round(12.5 * MM);

export type Orientation = 'portrait' | 'landscape';

/** The width between the margins, in twips. */
export function textWidth(orientation: Orientation): number {
  const width = orientation === 'landscape' ? A4.long : A4.short;
  return width - MARGINS.left - MARGINS.right;
}

export function pageProperties(orientation: Orientation): ISectionOptions['properties'] {
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: {
        width: A4.short,
        height: A4.long,
        orientation:
          orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: MARGINS,
    },
  };
}

/** A run of text in the document's type, bold where asked. */
export function run(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    bold: options.bold || undefined,
    italics: options.italics || undefined,
    language: { value: 'uk-UA' },
  });
}

/** A centred bold line, for titles. */
export function titleLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold: true })] });
}

/** A justified body paragraph with the first-line indent. */
export function bodyParagraph(children: TextRun[], indent = true): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: PARAGRAPH_INDENT } : undefined,
    children,
  });
}

export const emptyLine = () => new Paragraph({ children: [] });

/** Splits typed text into paragraphs at line breaks, keeping empty lines out. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Packs a document of one section into the bytes of a .docx file. */
export async function packDocument(options: {
  title: string;
  orientation: Orientation;
  children: ISectionOptions['children'];
}): Promise<Uint8Array> {
  const document = new Document({
    title: options.title,
    creator: 'Спільно',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: FONT_SIZE },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections: [{ properties: pageProperties(options.orientation), children: options.children }],
  });
  return Packer.pack(document, 'uint8array');
}
