import { kyivDate } from '@domain/kyiv-time.js';
import { actorOnCouncil } from '@domain/policies/council.policy.js';
import type { ProposalAccessView } from '@domain/policies/proposal.policy.js';
import type { Actor } from '@domain/roles.js';
import type { Proposal } from '@domain/schemas/proposal.schema.js';
import type { ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';
import { proposalWorkflow } from '@domain/workflows/proposal.workflow.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { latest, useLive } from '../ui/use-data.js';
import { ComparativeTableView } from './comparative-table-view.js';
import { CoAuthorsSection } from './co-authors-section.js';
import { ParliamentSection } from './parliament-section.js';
import { ProposalActionPanel } from './proposal-action-panel.js';
import { CommentsSection } from './proposal-comments.js';
import { ProposalContent } from './proposal-content.js';
import { HistorySection } from './proposal-history.js';
import { proposalControls } from './proposal-controls.js';
import { ProposalFiles } from './proposal-files.js';

const adapter = () => import('../firebase/proposals.js');

interface ProposalData {
  id: string;
  proposal: Proposal | null;
  draft: ProposalDraft | null;
  councilName: string;
  actor: Actor;
  orgVerified: boolean;
}

function viewOf(data: {
  proposal: Proposal | null;
  draft: ProposalDraft | null;
}): ProposalAccessView | null {
  const base = data.proposal ?? data.draft;
  if (!base) return null;
  return {
    status: data.proposal?.status ?? 'draft',
    councilId: base.councilId,
    orgIds: base.orgIds,
    agenda: data.proposal?.agenda,
    discussion: data.proposal?.discussion,
  };
}

/**
 * `/app/proposals/{id}`: the proposal first (its problem, acts, standards, the comparative
 * table side by side with the changed words marked, the DOCX), then beside it the actions this
 * person may take now, the comments, the versions and what changed, the co-authors.
 */
function ProposalPage(props: PageProps & { data: ProposalData }) {
  const { id, actor, orgVerified } = props.data;
  const live = useLive<Proposal | null>(
    async (next, fail) => (await adapter()).watchProposal(id, next, fail),
    [id],
  );
  const proposal = latest(props.data.proposal, live);
  const draft = props.data.draft;
  const view = viewOf({ proposal, draft });
  const content = proposal ?? draft;
  if (!view || !content) return <Notice kind="error">{t('errors.load')}</Notice>;
  const language = currentLanguage();
  const controls = proposalControls(actor, view, orgVerified);
  const title = content.title || t('proposals.list.untitled');
  return (
    <div class="page page-wide proposal-page">
      <PageHeading>{title}</PageHeading>
      <dl class="summary" id="proposal-summary">
        <div>
          <dt>{t('proposals.page.status')}</dt>
          <dd>
            <StatusTag tone={`proposal-${view.status}`} id="proposal-status">
              {proposalWorkflow.statusLabels[view.status][language]}
            </StatusTag>
          </dd>
        </div>
        {proposal ? (
          <div>
            <dt>{t('proposals.page.number')}</dt>
            <dd id="proposal-number">{proposal.number}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('proposals.page.council')}</dt>
          <dd>{props.data.councilName}</dd>
        </div>
        {proposal ? (
          <div>
            <dt>{t('proposals.page.authors')}</dt>
            <dd>{proposal.authors.map((a) => a.name).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {!proposal ? (
        <Notice>
          <p>{t('proposals.page.draftNote')}</p>
        </Notice>
      ) : null}
      <div class="proposal-layout">
        <div class="proposal-case">
          <ProposalContent content={content} />
          <section aria-labelledby="proposal-table-heading">
            <h2 id="proposal-table-heading">{t('proposals.page.table')}</h2>
            <ComparativeTableView content={content} />
          </section>
          <ProposalFiles proposalId={id} mayAdd={false} mayRemove={!proposal} />
          {proposal ? (
            <ParliamentSection proposalId={id} proposal={proposal} actions={controls.actions} />
          ) : null}
          {proposal ? <CommentsSection proposalId={id} mayComment={controls.comment} /> : null}
          {proposal ? <HistorySection proposalId={id} /> : null}
        </div>
        <aside class="proposal-panel" aria-labelledby="proposal-actions-heading">
          <ProposalActionPanel proposalId={id} proposal={proposal} actions={controls.actions} />
          <CoAuthorsSection proposalId={id} mayInvite={controls.invite} />
        </aside>
      </div>
    </div>
  );
}

export const proposalPage: DataPage<ProposalData> = {
  load: async (props) => {
    const id = props.params.proposalId ?? '';
    const store = await adapter();
    const [proposal, draft] = await Promise.all([store.readProposal(id), store.readDraft(id)]);
    const councilId = (proposal ?? draft)?.councilId ?? '';
    const uid = props.user?.uid ?? '';
    const orgId = props.claims?.orgId ?? null;
    const [names, membership, orgVerified] = await Promise.all([
      store.councilNames(),
      councilId && uid ? store.councilMembership(councilId, uid) : Promise.resolve(null),
      store.organisationVerified(orgId),
    ]);
    const name = names.get(councilId);
    const actor: Actor = actorOnCouncil(
      { uid, role: props.claims?.role ?? 'ngo_member', orgId: orgId ?? undefined },
      councilId,
      membership,
      kyivDate(new Date()),
    );
    return {
      id,
      proposal,
      draft,
      councilName: name ? (currentLanguage() === 'en' && name.en) || name.uk : councilId,
      actor,
      orgVerified,
    };
  },
  component: ProposalPage,
};
