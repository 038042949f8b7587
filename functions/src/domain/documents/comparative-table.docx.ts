import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  COMPARATIVE_TABLE_LABELS,
  comparativeTableItems,
  tableSubtitle,
  type CellView,
  type TableItem,
} from '../proposals/comparative-table.js';
import type { ProposalContent } from '../schemas/proposal-content.schema.js';
import {
  bodyParagraph,
  emptyLine,
  packDocument,
  run,
  textWidth,
  titleLine,
  type Orientation,
} from './docx-layout.js';

/**
 * The comparative table as a DOCX, laid out as Ukrainian drafters expect: «ПОРІВНЯЛЬНА
 * ТАБЛИЦЯ» and «до проекту Закону України «…»» centred in bold, a two-column table headed
 * «Зміст положення акта законодавства, яке пропонується змінити» / «Зміст відповідного
 * положення проекту акта» (the heading row repeats on every page), the act's name across both
 * columns above its rows. Changed words are in bold: on the left the words the draft removes
 * or replaces, on the right the words it adds — the usual convention of comparative tables
 * (strike-through is not used: it does not survive printing and copying well). «Виключити» is
 * bold, being the change itself; «Положення відсутнє» and «Без змін» are plain. Landscape by
 * default: two columns of legal text in 14 pt read badly on a portrait page.
 */
export interface ComparativeTableDocxOptions {
  orientation?: Orientation;
  /** Adds the rows' justifications after the table, numbered by row. */
  includeJustification?: boolean;
}

const LABELS = COMPARATIVE_TABLE_LABELS.uk;

/**
 * A cell's paragraphs: a fixed phrase alone, centred; or the provision (in italics) and the
 * text by lines, changed words bold.
 */
function cellParagraphs(cell: CellView, provision: string | undefined): Paragraph[] {
  if (cell.kind === 'phrase') {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(cell.text, { bold: cell.text === LABELS.deleted })],
      }),
    ];
  }
  const paragraphs: Paragraph[] = [];
  if (provision) {
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        children: [run(provision, { italics: true })],
      }),
    );
  }
  // A line break in the text starts a new paragraph; a changed run may span lines.
  let line: ReturnType<typeof run>[] = [];
  const flush = () => {
    paragraphs.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: line }));
    line = [];
  };
  for (const segment of cell.segments) {
    segment.text.split(/\r?\n/).forEach((piece, index) => {
      if (index > 0) flush();
      if (piece) line.push(run(piece, { bold: segment.changed }));
    });
  }
  flush();
  return paragraphs;
}

const cellMargins = { top: 57, bottom: 57, left: 85, right: 85 };

function headerRow(columnWidth: number): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [LABELS.current, LABELS.proposed].map(
      (text) =>
        new TableCell({
          width: { size: columnWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          margins: cellMargins,
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [run(text, { bold: true })],
            }),
          ],
        }),
    ),
  });
}

function itemRow(item: TableItem, columnWidth: number): TableRow {
  if (item.type === 'act') {
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          columnSpan: 2,
          width: { size: columnWidth * 2, type: WidthType.DXA },
          margins: cellMargins,
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [run(item.title, { bold: true })],
            }),
          ],
        }),
      ],
    });
  }
  return new TableRow({
    children: [item.current, item.proposed].map(
      (cell) =>
        new TableCell({
          width: { size: columnWidth, type: WidthType.DXA },
          margins: cellMargins,
          children: cellParagraphs(cell, item.provision),
        }),
    ),
  });
}

function justificationParagraphs(items: TableItem[]): Paragraph[] {
  const rows = items.flatMap((item) => (item.type === 'row' && item.justification ? [item] : []));
  if (rows.length === 0) return [];
  return [
    emptyLine(),
    titleLine(LABELS.justification),
    emptyLine(),
    ...rows.map((row) =>
      bodyParagraph([
        run(`${row.number}. ${row.provision ? `${row.provision}. ` : ''}`, { bold: true }),
        run(row.justification!),
      ]),
    ),
  ];
}

export async function comparativeTableDocx(
  content: Pick<ProposalContent, 'draftLawTitle' | 'legalActs' | 'comparativeTable'>,
  options: ComparativeTableDocxOptions = {},
): Promise<Uint8Array> {
  const orientation = options.orientation ?? 'landscape';
  const columnWidth = Math.floor(textWidth(orientation) / 2);
  const items = comparativeTableItems(content, 'uk');
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columnWidth * 2, type: WidthType.DXA },
    columnWidths: [columnWidth, columnWidth],
    rows: [headerRow(columnWidth), ...items.map((item) => itemRow(item, columnWidth))],
  });
  return packDocument({
    title: `${LABELS.title} ${tableSubtitle(content.draftLawTitle, 'uk')}`,
    orientation,
    children: [
      titleLine(LABELS.title),
      titleLine(tableSubtitle(content.draftLawTitle, 'uk')),
      emptyLine(),
      table,
      ...(options.includeJustification === false ? [] : justificationParagraphs(items)),
    ],
  });
}
