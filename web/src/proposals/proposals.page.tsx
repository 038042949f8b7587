import { readsEveryProposal } from '@domain/policies/council.policy.js';
import { PROPOSAL_STATUSES, proposalWorkflow } from '@domain/workflows/proposal.workflow.js';
import { useState } from 'preact/hooks';
import type { ProposalListItem } from '../firebase/proposals.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { PATHS, proposalPath } from '../router/routes.js';
import { Await } from '../ui/await.js';
import { ButtonLink } from '../ui/button.js';
import { FilterSelect, keepInAddress } from '../ui/filters.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { useLive } from '../ui/use-data.js';
import { filterProposals, type CouncilName } from './proposal-list.js';
import './proposals.css';

const adapter = () => import('../firebase/proposals.js');
const FILTERS = 'proposal-filters';

interface ListData {
  councils: Map<string, CouncilName>;
  mine: { id: string; nameUk: string; nameEn: string | null; role: string }[];
}

/**
 * `/app/proposals`: the proposals a person may read (an NGO's own and its councils'; the
 * Secretariat's all), filtered by council and status (`?council=…&status=…`, kept in the
 * address so a council's list can be linked), and, for council members, «Нова пропозиція».
 */
function ProposalsPage(props: PageProps & { data: ListData }) {
  const query = new URLSearchParams(props.search);
  const [council, setCouncil] = useState(query.get('council') ?? '');
  const [status, setStatus] = useState(query.get('status') ?? '');
  const role = props.claims?.role ?? null;
  const secretariat = role !== null && readsEveryProposal({ uid: props.user?.uid ?? '', role });
  const orgId = props.claims?.orgId ?? null;
  const councilIds = props.data.mine.map((c) => c.id);
  const items = useLive<ProposalListItem[]>(
    async (next, fail) =>
      (await adapter()).watchProposalList({ orgId, councilIds, secretariat }, next, fail),
    [orgId, secretariat, councilIds.join()],
  );
  const language = currentLanguage();
  const nameOf = (id: string) => {
    const name = props.data.councils.get(id);
    return name ? (language === 'en' && name.en) || name.uk : id;
  };
  const change = (next: { council?: string; status?: string }) => {
    const filters = { council, status, ...next };
    setCouncil(filters.council);
    setStatus(filters.status);
    keepInAddress(filters);
  };
  return (
    <div class="page page-wide">
      <PageHeading title={t('proposals.list.title')}>{t('proposals.list.title')}</PageHeading>
      <p class="lead">{t('proposals.list.intro')}</p>
      {props.data.mine.length > 0 ? (
        <p>
          <ButtonLink href={PATHS.proposalNew}>{t('proposals.list.create')}</ButtonLink>
        </p>
      ) : null}
      <section aria-labelledby="proposal-filters-heading" class="filters">
        <h2 id="proposal-filters-heading" class="visually-hidden">
          {t('proposals.list.filters')}
        </h2>
        <FilterSelect
          form={FILTERS}
          name="council"
          label={t('proposals.list.council')}
          all={t('proposals.list.allCouncils')}
          options={[...props.data.councils.keys()].map((id) => ({ value: id, label: nameOf(id) }))}
          value={council}
          onChange={(value) => change({ council: value })}
        />
        <FilterSelect
          form={FILTERS}
          name="status"
          label={t('proposals.list.status')}
          all={t('proposals.list.allStatuses')}
          options={PROPOSAL_STATUSES.map((s) => ({
            value: s,
            label: proposalWorkflow.statusLabels[s][language],
          }))}
          value={status}
          onChange={(value) => change({ status: value })}
        />
      </section>
      <Await state={items}>
        {(all) => {
          const shown = filterProposals(all, { council, status });
          if (!all.length) return <p>{t('proposals.list.none')}</p>;
          if (!shown.length) return <p>{t('proposals.list.noneFiltered')}</p>;
          return (
            <ul class="rows" id="proposals">
              {shown.map((item) => (
                <li key={item.id} class="row">
                  <p class="row-title">
                    <a href={proposalPath(item.id)}>{item.title || t('proposals.list.untitled')}</a>
                  </p>
                  <p class="row-meta">
                    <StatusTag tone={`proposal-${item.status}`}>
                      {proposalWorkflow.statusLabels[item.status][language]}
                    </StatusTag>
                    {item.number ? ` · ${item.number}` : ''}
                    {' · '}
                    {nameOf(item.councilId)}
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
      </Await>
    </div>
  );
}

export const proposalsPage: DataPage<ListData> = {
  load: async (props) => {
    const store = await adapter();
    const [councils, mine] = await Promise.all([
      store.councilNames(),
      props.user ? store.myCouncils(props.user.uid) : Promise.resolve([]),
    ]);
    return { councils, mine };
  },
  component: ProposalsPage,
};
