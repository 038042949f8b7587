import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleProposalContent } from '../proposals/proposal-fixtures.test-support.js';
import { comparativeTableDocx } from './comparative-table.docx.js';
import { A4, FONT } from './docx-layout.js';
import { LETTER_SENDER, recommendationLetterDocx } from './recommendation-letter.docx.js';

/** The parts of a .docx a reader opens: the body and the styles. */
function open(bytes: Uint8Array) {
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a ZIP file
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain('[Content_Types].xml');
  return {
    document: strFromU8(files['word/document.xml']!),
    styles: strFromU8(files['word/styles.xml']!),
  };
}

/** The texts of the bold runs and of the plain runs, in document order. */
function runs(xml: string) {
  const bold: string[] = [];
  const plain: string[] = [];
  for (const [, properties = '', text = ''] of xml.matchAll(
    /<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t(?:\s[^>]*)?>(.*?)<\/w:t><\/w:r>/g,
  )) {
    (/<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(properties) ? bold : plain).push(text);
  }
  return { bold, plain };
}

/** The cells of the table, each as the text of its runs. */
function cells(xml: string): string[] {
  return [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map(([, cell]) =>
    [...cell!.matchAll(/<w:t(?:\s[^>]*)?>(.*?)<\/w:t>/g)].map(([, t]) => t).join(''),
  );
}

describe('the comparative table as DOCX', async () => {
  const bytes = await comparativeTableDocx(sampleProposalContent());
  const { document, styles } = open(bytes);

  it('is titled as Ukrainian drafting titles it', () => {
    expect(document).toContain('ПОРІВНЯЛЬНА ТАБЛИЦЯ');
    expect(document).toContain(
      'до проекту Закону України «Про внесення змін до Кримінального процесуального кодексу України щодо гарантій права на свободу та особисту недоторканність»',
    );
  });

  it('heads its two columns as drafters expect, repeated on each page', () => {
    const [left, right] = cells(document);
    expect(left).toBe('Зміст положення акта законодавства, яке пропонується змінити');
    expect(right).toBe('Зміст відповідного положення проекту акта');
    expect(document).toContain('<w:tblHeader/>');
    expect(document.match(/<w:gridCol /g)).toHaveLength(2);
  });

  it('names the act across both columns above its rows', () => {
    expect(cells(document)[2]).toBe('Кримінальний процесуальний кодекс України (№ 4651-VI)');
    expect(document).toMatch(/<w:gridSpan w:val="2"\/>/);
  });

  it('puts each provision’s wordings side by side, with «Положення відсутнє» and «Виключити»', () => {
    const all = cells(document);
    expect(all[3]).toBe(
      'Стаття 197, частина першаСтрок дії ухвали слідчого судді, суду про тримання під вартою не може перевищувати шістдесяти днів.',
    );
    expect(all[4]).toBe(
      'Стаття 197, частина першаСтрок дії ухвали слідчого судді, суду про тримання під вартою не може перевищувати тридцяти днів.',
    );
    expect(all[5]).toBe('Положення відсутнє');
    expect(all[6]).toContain('3-1. Після закінчення строку дії ухвали');
    expect(all[7]).toBe(
      'Стаття 183, частина четвертаСлідчий суддя, суд має право не визначити розмір застави.',
    );
    expect(all[8]).toBe('Виключити');
    expect(all).toHaveLength(9);
  });

  it('marks in bold the removed words on the left and the new words on the right', () => {
    const { bold, plain } = runs(document);
    expect(bold).toContain('шістдесяти');
    expect(bold).toContain('тридцяти');
    expect(bold).toContain(
      '3-1. Після закінчення строку дії ухвали про тримання під вартою обвинувачений негайно звільняється.',
    );
    expect(bold).toContain('Слідчий суддя, суд має право не визначити розмір застави.');
    expect(bold).toContain('Виключити');
    expect(plain).toContain('Положення відсутнє');
    expect(plain).toContain(
      'Строк дії ухвали слідчого судді, суду про тримання під вартою не може перевищувати ',
    );
    expect(plain).not.toContain('тридцяти');
  });

  it('adds the justifications after the table, numbered by row', () => {
    expect(document).toContain('Обґрунтування змін');
    const after = document.slice(document.indexOf('</w:tbl>'));
    expect(after).toContain('1. Стаття 197, частина перша. ');
    expect(after).toContain('Стаття 5 § 3 Конвенції');
  });

  it('is A4 landscape in Times New Roman 14', () => {
    expect(document).toMatch(
      new RegExp(`<w:pgSz w:w="${A4.long}" w:h="${A4.short}" w:orient="landscape"/>`),
    );
    expect(styles).toContain(`w:ascii="${FONT}"`);
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="28"\/>/s);
    expect(document).toContain('w:val="uk-UA"');
  });

  it('can be portrait, and without the justifications', async () => {
    const portrait = open(
      await comparativeTableDocx(sampleProposalContent(), {
        orientation: 'portrait',
        includeJustification: false,
      }),
    );
    expect(portrait.document).toMatch(new RegExp(`<w:pgSz w:w="${A4.short}" w:h="${A4.long}"`));
    expect(portrait.document).not.toContain('Обґрунтування змін');
  });

  it('keeps line breaks as paragraphs and escapes what XML must not take literally', async () => {
    const content = sampleProposalContent();
    content.comparativeTable = [
      {
        kind: 'amend',
        current: 'Частина 1 <стара> & ін.\nЧастина 2',
        proposed: 'Частина 1 <нова> & ін.\nЧастина 2',
      },
    ];
    const { document: xml } = open(await comparativeTableDocx(content));
    expect(xml).toContain('&lt;');
    expect(xml).toContain('&amp;');
    expect(xml).not.toContain('<стара>');
    const row = cells(xml)[3]!;
    expect(row).toBe('Частина 1 &lt;стара&gt; &amp; ін.Частина 2');
    const leftCell = [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/g)][3]![1]!;
    expect(leftCell.match(/<w:p>|<w:p /g)).toHaveLength(2);
  });
});

describe('the covering letter as DOCX', async () => {
  const letter = {
    addressee: 'Комітет Верховної Ради України з питань правової політики',
    outgoingNumber: '01-12/3456',
    sentOn: '2026-07-01',
    subject: 'Щодо змін до Кримінального процесуального кодексу України',
    text: 'Уповноважений рекомендує внести зміни до статті 197.\n\nПропозицію схвалено Консультативною радою.',
    enclosure: 'порівняльна таблиця.',
    signatory: {
      position: 'Уповноважений Верховної Ради України з прав людини',
      name: 'Ім’я ПРІЗВИЩЕ',
    },
  };
  const { document } = open(await recommendationLetterDocx(letter));

  it('carries the sender, the date and outgoing number, the addressee and the subject', () => {
    expect(document).toContain(LETTER_SENDER);
    expect(document).toContain('1 липня 2026 р. № 01-12/3456');
    expect(document).toContain('Комітет Верховної Ради України з питань правової політики');
    expect(document).toContain('Щодо змін до Кримінального процесуального кодексу України');
  });

  it('sets the text in paragraphs with the enclosure and the signature', () => {
    expect(document).toContain('Уповноважений рекомендує внести зміни до статті 197.');
    expect(document).toContain('Пропозицію схвалено Консультативною радою.');
    expect(document).toContain('Додаток: ');
    expect(document).toContain('Ім’я ПРІЗВИЩЕ');
    expect(document).toContain('<w:tab/>');
    expect(document).toMatch(new RegExp(`<w:pgSz w:w="${A4.short}" w:h="${A4.long}"`));
  });
});
