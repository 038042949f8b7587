import { PROPOSAL_CONTENT_LABELS } from '@domain/proposals/submission.js';
import { versionChanges } from '@domain/proposals/version-changes.js';
import type { ProposalEvent } from '@domain/schemas/proposal-event.schema.js';
import type { ProposalVersion } from '@domain/schemas/proposal-version.schema.js';
import { proposalWorkflow } from '@domain/workflows/proposal.workflow.js';
import { formatDateTime } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { Await } from '../ui/await.js';
import { useLive } from '../ui/use-data.js';

const adapter = () => import('../firebase/proposals.js');

const millis = (value: Date | { toMillis(): number }) =>
  value instanceof Date ? value.getTime() : value.toMillis();

/**
 * The versions, each with what changed since the one before (so the council sees what the
 * authors did with the version it returned), and the timeline of steps.
 */
export function HistorySection(props: { proposalId: string }) {
  const versions = useLive<(ProposalVersion & { id: string })[]>(
    async (next, fail) => (await adapter()).watchVersions(props.proposalId, next, fail),
    [props.proposalId],
  );
  const events = useLive<(ProposalEvent & { id: string })[]>(
    async (next, fail) => (await adapter()).watchProposalEvents(props.proposalId, next, fail),
    [props.proposalId],
  );
  const language = currentLanguage();
  return (
    <>
      <section aria-labelledby="versions-heading" id="proposal-versions">
        <h2 id="versions-heading">{t('proposals.page.versions')}</h2>
        <Await state={versions}>
          {(items) => (
            <ol>
              {items.map((v, i) => {
                const before = items[i - 1];
                const changed = before ? versionChanges(before.content, v.content).fields : [];
                return (
                  <li key={v.id}>
                    {t('proposals.page.versionLine', {
                      n: v.version,
                      date: formatDateTime(millis(v.submittedAt), language),
                    })}
                    {before ? (
                      <p class="hint">
                        {changed.length
                          ? t('proposals.page.changedSince', {
                              n: before.version,
                              fields: changed
                                .map((f) => PROPOSAL_CONTENT_LABELS[f][language])
                                .join(', '),
                            })
                          : t('proposals.page.unchangedSince', { n: before.version })}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          )}
        </Await>
      </section>
      <section aria-labelledby="timeline-heading" id="proposal-timeline">
        <h2 id="timeline-heading">{t('proposals.page.timeline')}</h2>
        <Await state={events}>
          {(items) => (
            <ol class="timeline">
              {items.map((e) => (
                <li key={e.id}>
                  {formatDateTime(millis(e.at), language)} · {t(`proposals.page.sides.${e.side}`)} ·{' '}
                  {proposalWorkflow.statusLabels[e.toStatus][language]}
                  {e.note ? <p class="prose">{e.note}</p> : null}
                </li>
              ))}
            </ol>
          )}
        </Await>
      </section>
    </>
  );
}
