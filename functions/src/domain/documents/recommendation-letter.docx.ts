import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { formatDate } from '../mail/render.js';
import {
  bodyParagraph,
  emptyLine,
  packDocument,
  paragraphsOf,
  run,
  textWidth,
  titleLine,
} from './docx-layout.js';

/**
 * The covering letter of a recommendation to the Verkhovna Rada, as an official letter is set
 * out: the sender's name as the heading, the date and outgoing number, the addressee on the
 * right, the subject («Щодо …»), the text in justified paragraphs with a first-line indent,
 * the enclosure, and the signature. Portrait A4.
 */
export interface RecommendationLetter {
  /** The addressee as a letter names it (catalogues/parliament.ts, addresseeName). */
  addressee: string;
  outgoingNumber: string;
  /** `YYYY-MM-DD`. */
  sentOn: string;
  /** «Щодо …», the subject line. */
  subject: string;
  text: string;
  /** «Порівняльна таблиця до проекту Закону України «…»». */
  enclosure?: string | undefined;
  signatory: { position: string; name: string };
}

export const LETTER_SENDER = 'УПОВНОВАЖЕНИЙ ВЕРХОВНОЇ РАДИ УКРАЇНИ З ПРАВ ЛЮДИНИ';

export async function recommendationLetterDocx(letter: RecommendationLetter): Promise<Uint8Array> {
  const right = (text: string, bold = false) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text, { bold })] });
  return packDocument({
    title: letter.subject,
    orientation: 'portrait',
    children: [
      titleLine(LETTER_SENDER),
      emptyLine(),
      new Paragraph({
        children: [run(`${formatDate(letter.sentOn, 'uk')} № ${letter.outgoingNumber}`)],
      }),
      emptyLine(),
      right(letter.addressee, true),
      emptyLine(),
      new Paragraph({ children: [run(letter.subject, { italics: true })] }),
      emptyLine(),
      ...paragraphsOf(letter.text).map((paragraph) => bodyParagraph([run(paragraph)])),
      ...(letter.enclosure
        ? [emptyLine(), bodyParagraph([run('Додаток: '), run(letter.enclosure)], false)]
        : []),
      emptyLine(),
      emptyLine(),
      // Position on the left, name on the right of the same line.
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth('portrait') }],
        children: [
          run(letter.signatory.position),
          new TextRun({
            children: [new Tab(), letter.signatory.name],
            language: { value: 'uk-UA' },
          }),
        ],
      }),
    ],
  });
}
