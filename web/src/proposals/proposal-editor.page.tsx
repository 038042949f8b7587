import type { Proposal } from '@domain/schemas/proposal.schema.js';
import type { ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';
import { useEffect, useState } from 'preact/hooks';
import { millis } from '../data/fields.js';
import { t } from '../i18n/i18n.js';
import { browserStore, startingPoint } from '../reports/autosave.js';
import type { DataPage, PageProps } from '../router/page.js';
import { proposalPath } from '../router/routes.js';
import { ButtonLink } from '../ui/button.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { createProposalAutosave, proposalDeviceCopies } from './editor-autosave.js';
import { fromFlat, toFlat } from './editor-form.js';
import { ProposalEditorForm } from './proposal-editor-form.js';
import { ProposalFiles } from './proposal-files.js';
import { valuesOfDraft } from './editor-values.js';

const adapter = () => import('../firebase/proposals.js');

interface EditorData {
  id: string;
  draft: ProposalDraft | null;
  proposal: Proposal | null;
}

/**
 * `/app/proposals/{id}/edit`: the authors write the proposal on one form (the forms kit's),
 * kept on this device at each change and written to its draft a moment later (a plain
 * Firestore write: no function runs per autosave); what was typed here and never reached the
 * server is where the editor starts again. The files are added and removed beside it.
 */
function ProposalEditorPage(props: PageProps & { data: EditorData }) {
  const { id, draft, proposal } = props.data;
  const uid = props.user?.uid ?? '';
  const [setup] = useState(() => {
    const copies = proposalDeviceCopies(browserStore(), uid);
    const local = copies.load(id);
    const server = draft
      ? { values: toFlat(valuesOfDraft(draft)), updatedAt: millis(draft.updatedAt) }
      : null;
    const start = startingPoint(local, server, toFlat(valuesOfDraft(null)));
    const autosave = createProposalAutosave({
      id,
      orgId: props.claims?.orgId ?? null,
      copies,
      write: async (content, keys) => (await adapter()).saveDraft(id, content, keys),
      // Kept here and newer than the server's copy: on its way now (unless the draft is locked).
      unsent: start.source === 'device' && draft && !draft.locked ? start.values : null,
    });
    // Read back through the editor's own shape, whatever an older version kept.
    return { autosave, start: toFlat(fromFlat(start.values)) };
  });
  useEffect(() => () => setup.autosave.dispose(), [setup]);

  if (!draft) return <Notice kind="error">{t('errors.load')}</Notice>;
  return (
    <div class="page">
      <PageHeading id="proposal-editor-heading" title={t('proposals.editor.titleEdit')}>
        {draft.title || t('proposals.editor.titleEdit')}
      </PageHeading>
      {draft.locked ? (
        <Notice>
          <p>{t('proposals.editor.locked')}</p>
          <p>
            <ButtonLink href={proposalPath(id)}>{t('proposals.editor.open')}</ButtonLink>
          </p>
        </Notice>
      ) : (
        <ProposalEditorForm
          id={id}
          start={setup.start}
          again={proposal !== null}
          autosave={setup.autosave}
        >
          <ProposalFiles proposalId={id} mayAdd mayRemove={proposal === null} />
        </ProposalEditorForm>
      )}
    </div>
  );
}

export const proposalEditorPage: DataPage<EditorData> = {
  load: async (props) => {
    const id = props.params.proposalId ?? '';
    const store = await adapter();
    const [draft, proposal] = await Promise.all([store.readDraft(id), store.readProposal(id)]);
    return { id, draft, proposal };
  },
  component: ProposalEditorPage,
};
