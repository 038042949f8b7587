import { formatBillNumber } from '@domain/proposals/bill-number.js';
import {
  BILL_STAGE_LABELS,
  LEGISLATIVE_OUTCOME_LABELS,
} from '@domain/proposals/legislative-tracker.js';
import type { Proposal } from '@domain/schemas/proposal.schema.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import {
  comparativeTableUrl,
  DocxDownload,
  recommendationLetterUrl,
} from './comparative-table-download.js';
import { OutcomeForm, SendForm, StageForm } from './parliament-forms.js';
import type { PanelAction } from './proposal-controls.js';

/** The stages of the proposal's fate this section shows: from the Commissioner's `recommend`. */
const AFTER_RECOMMEND = new Set<Proposal['status']>([
  'recommended',
  'sent_to_parliament',
  'closed',
]);

/**
 * The recommendation to the Verkhovna Rada and the legislative tracker on the proposal page:
 * what was sent (addressee, outgoing number and date, the letter and the table as DOCX), the
 * bill with its dated stages, and the outcome. Staff get the forms the workflow allows them
 * now (`proposalControls`); authors and council members read it.
 */
export function ParliamentSection(props: {
  proposalId: string;
  proposal: Proposal;
  actions: readonly PanelAction[];
}) {
  const { proposal, proposalId, actions } = props;
  if (!AFTER_RECOMMEND.has(proposal.status) || proposal.decision?.kind !== 'recommend') return null;
  const language = currentLanguage();
  const sent = proposal.recommendation;
  const tracker = proposal.tracker;
  return (
    <section aria-labelledby="parliament-heading" id="parliament" class="parliament">
      <h2 id="parliament-heading">{t('parliament.heading')}</h2>
      {sent ? (
        <>
          <dl class="summary" id="parliament-recommendation">
            <div>
              <dt>{t('parliament.addressee')}</dt>
              <dd>{sent.addresseeName[language]}</dd>
            </div>
            <div>
              <dt>{t('parliament.outgoing')}</dt>
              <dd>
                № {sent.outgoingNumber}, {formatDate(sent.sentOn, language)}
              </dd>
            </div>
            <div>
              <dt>{t('parliament.bill')}</dt>
              <dd id="parliament-bill">
                {tracker?.billNumber
                  ? formatBillNumber(tracker.billNumber)
                  : t('parliament.noBill')}
              </dd>
            </div>
          </dl>
          <DocxDownload
            id="parliament-letter"
            url={recommendationLetterUrl(proposalId)}
            fileName={`${sent.outgoingNumber.replaceAll('/', '-')} ${proposal.number}.docx`}
            label={t('parliament.letter')}
            failed={(reason) => t('parliament.downloadFailed', { reason })}
          />
          <DocxDownload
            id="parliament-table"
            url={comparativeTableUrl(proposalId)}
            fileName={`${proposal.number}.docx`}
            label={t('parliament.table')}
            failed={(reason) => t('parliament.downloadFailed', { reason })}
          />
          <h3>{t('parliament.stages')}</h3>
          {tracker?.stages.length ? (
            <ol class="parliament-stages" id="parliament-stages">
              {tracker.stages.map((s) => (
                <li key={s.stage}>
                  <time dateTime={s.date}>{formatDate(s.date, language)}</time>
                  {' — '}
                  {BILL_STAGE_LABELS[s.stage][language]}
                  {s.note ? `. ${s.note}` : ''}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('parliament.noStages')}</p>
          )}
          <h3>{t('parliament.outcome')}</h3>
          <p id="parliament-outcome">
            {tracker?.outcome
              ? `${LEGISLATIVE_OUTCOME_LABELS[tracker.outcome][language]}${tracker.outcomeNote ? `. ${tracker.outcomeNote}` : ''}`
              : t('parliament.outcomeOpen')}
          </p>
        </>
      ) : (
        <p>{t('parliament.notSent')}</p>
      )}
      {actions.includes('sendToParliament') ? (
        <SendForm proposal={proposal} proposalId={proposalId} />
      ) : null}
      {actions.includes('recordStage') ? (
        <StageForm proposalId={proposalId} billNumber={tracker?.billNumber} />
      ) : null}
      {actions.includes('recordOutcome') ? <OutcomeForm proposalId={proposalId} /> : null}
    </section>
  );
}
