import type { Proposal } from '@domain/schemas/proposal.schema.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { proposalEditPath } from '../router/routes.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { ButtonLink } from '../ui/button.js';
import { FormMessage } from '../ui/form-message.js';
import { useActionState } from '../ui/use-form.js';
import { DecideForm, EndorseForm, ReturnForm, WithdrawForm } from './action-forms.js';
import { ComparativeTableDownload } from './comparative-table-download.js';
import type { PanelAction } from './proposal-controls.js';
import { proposalWorkflow } from '@domain/workflows/proposal.workflow.js';

const adapter = () => import('../firebase/proposals.js');

/**
 * The actions this person may take on the proposal now (`proposalControls`), each its own
 * form; the Commissioner's decision and the recorded steps (the council's return, the
 * endorsement, the decision) are shown above them.
 */
export function ProposalActionPanel(props: {
  proposalId: string;
  proposal: Proposal | null;
  actions: readonly PanelAction[];
}) {
  const messages = useActionState('proposal-actions');
  const { proposal, proposalId } = props;
  return (
    <div class="action-panel" id="proposal-actions">
      <h2 id="proposal-actions-heading">{t('proposals.page.actions')}</h2>
      <FormMessage state={messages} />
      {proposal?.councilReturn && proposal.status === 'returned' ? (
        <p>
          <strong>{t('proposals.page.councilReturn')}:</strong> {proposal.councilReturn.reason}
        </p>
      ) : null}
      {proposal?.endorsement ? (
        <p>
          <strong>{t('proposals.page.endorsement')}</strong>
          {proposal.endorsement.note ? `: ${proposal.endorsement.note}` : ''}
        </p>
      ) : null}
      {proposal?.decision ? (
        <p id="proposal-decision">
          <strong>{t('proposals.page.decision')}:</strong>{' '}
          {t(`proposals.action.decisions.${proposal.decision.kind}`)}. {proposal.decision.rationale}
        </p>
      ) : null}
      {props.actions.length === 0 ? <p>{t('proposals.page.noActions')}</p> : null}
      {props.actions.includes('edit') ? (
        <p>
          <ButtonLink href={proposalEditPath(proposalId)}>{t('proposals.page.edit')}</ButtonLink>
        </p>
      ) : null}
      {props.actions.includes('startCouncilReview') ? (
        <p>
          <ActionButton
            messages={messages}
            label={t('proposals.action.startCouncilReview')}
            busyLabel={t('proposals.action.sending')}
            run={async () =>
              (await adapter()).proposalAction({ action: 'startCouncilReview', proposalId })
            }
            onDone={(result) =>
              succeed(
                messages,
                t('proposals.action.done', {
                  status:
                    proposalWorkflow.statusLabels[
                      (result.status ?? 'council_review') as 'council_review'
                    ][currentLanguage()],
                }),
              )
            }
          />
        </p>
      ) : null}
      {props.actions.includes('endorse') ? <EndorseForm proposalId={proposalId} /> : null}
      {props.actions.includes('decide') ? <DecideForm proposalId={proposalId} /> : null}
      {props.actions.includes('return') ? <ReturnForm proposalId={proposalId} /> : null}
      {props.actions.includes('withdraw') ? <WithdrawForm proposalId={proposalId} /> : null}
      {proposal ? (
        <ComparativeTableDownload proposalId={proposalId} number={proposal.number} />
      ) : null}
    </div>
  );
}
