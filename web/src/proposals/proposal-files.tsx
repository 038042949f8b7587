import { t } from '../i18n/i18n.js';
import { AttachmentList } from '../reports/files/attachment-list.js';
import { Uploader } from '../reports/files/uploader.js';
import { Await } from '../ui/await.js';
import { useFiles } from '../reports/files/use-files.js';

/**
 * A proposal's files: listed to whoever reads it, each to download; while the authors have
 * the proposal, they add files (`/api/uploads?proposalId=…`) and, from a draft never
 * submitted, remove one attached by mistake.
 */
export function ProposalFiles(props: { proposalId: string; mayAdd: boolean; mayRemove: boolean }) {
  const place = { target: 'proposal' as const, id: props.proposalId };
  const files = useFiles('proposals', props.proposalId);
  return (
    <section aria-labelledby="proposal-files-heading" id="proposal-files">
      <h2 id="proposal-files-heading">{t('proposals.files.heading')}</h2>
      <Await state={files}>
        {(list) => (
          <>
            <AttachmentList place={place} attachments={list} removable={props.mayRemove} />
            {props.mayAdd ? (
              <Uploader
                place={place}
                kind="proposal_document"
                label={t('proposals.files.add')}
                hint={t('proposals.files.hint')}
                multiple
                enabled
                attachments={list}
              />
            ) : null}
          </>
        )}
      </Await>
    </section>
  );
}
