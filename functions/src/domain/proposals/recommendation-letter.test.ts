import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { recommendationLetterDocx } from '../documents/recommendation-letter.docx.js';
import { sampleProposalContent } from './proposal-fixtures.test-support.js';
import {
  defaultLetterText,
  recommendationLetter,
  SIGNATORY_POSITION,
} from './recommendation-letter.js';

const proposal = sampleProposalContent();
const recommendation = {
  addresseeName: {
    uk: 'Комітет Верховної Ради України з питань правової політики',
    en: 'Verkhovna Rada of Ukraine Committee on Legal Policy',
  },
  outgoingNumber: '01-12/3456',
  sentOn: '2026-12-03',
  letterText:
    'Уповноважений рекомендує внести зміни.\n\nПропозицію підтримала Консультативна рада.',
  signatoryName: 'Дмитро ЛУБІНЕЦЬ',
};

describe('the recommendation letter as sent', () => {
  it('is addressed, numbered, dated, about the draft law, with the table as its enclosure', async () => {
    const letter = recommendationLetter(proposal, recommendation);
    expect(letter.subject).toBe(`Щодо проекту Закону України «${proposal.draftLawTitle}»`);
    const files = unzipSync(await recommendationLetterDocx(letter));
    const xml = strFromU8(files['word/document.xml']!);
    for (const expected of [
      '3 грудня 2026 р. № 01-12/3456',
      'Комітет Верховної Ради України з питань правової політики',
      `Щодо проекту Закону України «${proposal.draftLawTitle}»`,
      'Уповноважений рекомендує внести зміни.',
      'Пропозицію підтримала Консультативна рада.',
      `Порівняльна таблиця до проекту Закону України «${proposal.draftLawTitle}»`,
      SIGNATORY_POSITION,
      'Дмитро ЛУБІНЕЦЬ',
    ]) {
      expect(xml.replaceAll('&quot;', '"')).toContain(expected.replaceAll('"', '"'));
    }
  });

  it('starts staff from the proposal’s summary', () => {
    const text = defaultLetterText(proposal);
    expect(text).toContain(proposal.title);
    expect(text).toContain(proposal.problem);
    expect(text).toContain(proposal.expectedEffect);
  });
});
