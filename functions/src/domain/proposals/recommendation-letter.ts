import type { RecommendationLetter } from '../documents/recommendation-letter.docx.js';
import type { Recommendation } from '../schemas/parliament.schema.js';
import type { ProposalContent } from '../schemas/proposal-content.schema.js';
import { tableSubtitle } from './comparative-table.js';

/** The Commissioner's position as a letter's signature names it. */
export const SIGNATORY_POSITION = 'Уповноважений Верховної Ради України з прав людини';

type LetterSource = Pick<ProposalContent, 'title' | 'draftLawTitle' | 'problem' | 'expectedEffect'>;

/**
 * The text staff start from when they record a recommendation: the proposal's summary (what it
 * is about, the problem and the expected effect), which they edit before sending.
 */
export function defaultLetterText(proposal: LetterSource): string {
  return [
    `Уповноважений Верховної Ради України з прав людини рекомендує розглянути зміни до законодавства, підготовлені в рамках пропозиції «${proposal.title}».`,
    `Проблема: ${proposal.problem}`,
    `Очікуваний результат: ${proposal.expectedEffect}`,
    'Пропоновані зміни викладено в порівняльній таблиці, що додається.',
  ].join('\n\n');
}

/**
 * The covering letter as sent: to the addressee under the outgoing number and date, about the
 * draft law, with the text staff recorded, the comparative table as its enclosure, signed by
 * the Commissioner.
 */
export function recommendationLetter(
  proposal: LetterSource,
  recommendation: Pick<
    Recommendation,
    'addresseeName' | 'outgoingNumber' | 'sentOn' | 'letterText' | 'signatoryName'
  >,
): RecommendationLetter {
  return {
    addressee: recommendation.addresseeName.uk,
    outgoingNumber: recommendation.outgoingNumber,
    sentOn: recommendation.sentOn,
    subject: `Щодо проекту Закону України «${proposal.draftLawTitle}»`,
    text: recommendation.letterText,
    enclosure: `Порівняльна таблиця ${tableSubtitle(proposal.draftLawTitle, 'uk')}`,
    signatory: { position: SIGNATORY_POSITION, name: recommendation.signatoryName },
  };
}
