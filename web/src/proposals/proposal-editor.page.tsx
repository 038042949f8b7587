import { submissionContent } from '@domain/proposals/submission.js';
import type { Proposal } from '@domain/schemas/proposal.schema.js';
import type { ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { useNavigation } from '../router/navigation.js';
import { proposalPath } from '../router/routes.js';
import { refuse, runAction } from '../ui/action-runner.js';
import { ButtonLink, BusyButton } from '../ui/button.js';
import { FormMessage } from '../ui/form-message.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { useActionState } from '../ui/use-form.js';
import { ComparativeRowsEditor } from './comparative-rows-editor.js';
import { TextBox, TextInput } from './editor-inputs.js';
import { LegalActsEditor, StandardsEditor } from './editor-lists.js';
import { DRAFT_KEYS, draftContentOf, valuesOfDraft, type EditorValues } from './editor-values.js';

const adapter = () => import('../firebase/proposals.js');
/** A pause in typing before the draft is written (no function runs per write). */
const AUTOSAVE_MS = 800;

interface EditorData {
  id: string;
  draft: ProposalDraft | null;
  proposal: Proposal | null;
}

type SaveState = 'idle' | 'saving' | 'saved' | { failed: string };

/**
 * `/app/proposals/{id}/edit`: the authors write the proposal; each pause in typing writes the
 * draft's valid fields (a plain Firestore write, queued offline), and the page says whether
 * it is saved. «Подати до ради» checks the whole content with the server's schema first.
 */
function ProposalEditorPage(props: PageProps & { data: EditorData }) {
  const { navigate } = useNavigation();
  const { id, draft, proposal } = props.data;
  const [values, setValues] = useState<EditorValues>(() => valuesOfDraft(draft));
  const [save, setSave] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<Promise<void>>(Promise.resolve());
  const messages = useActionState('proposal-submit');

  const write = (next: EditorValues) => {
    setSave('saving');
    pending.current = adapter()
      .then((store) => store.saveDraft(id, draftContentOf(next), DRAFT_KEYS))
      .then(
        () => setSave('saved'),
        (error: unknown) => setSave({ failed: error instanceof Error ? error.message : '' }),
      );
    return pending.current;
  };
  const change = (update: Partial<EditorValues>) => {
    const next = { ...values, ...update };
    setValues(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void write(next), AUTOSAVE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  if (!draft) return <Notice kind="error">{t('errors.load')}</Notice>;
  const again = proposal !== null;
  const submit = async () => {
    clearTimeout(timer.current);
    await write(values);
    const content = submissionContent(draftContentOf(values));
    if (!content.ok) {
      const fields = (content.error.params as unknown as { fields: { uk: string; en: string } })
        .fields;
      await refuse(
        messages,
        t('proposals.editor.incomplete', { fields: fields[currentLanguage()] }),
      );
      return;
    }
    const outcome = await runAction(messages, {
      run: async () =>
        (await adapter()).proposalAction({ action: again ? 'resubmit' : 'submit', proposalId: id }),
      timeoutMs: 30_000,
    });
    if (outcome?.ok) {
      navigate(proposalPath(id), {
        notice: t('proposals.editor.submitted', { number: outcome.value.number ?? '' }),
      });
    }
  };

  const heading = values.title || t('proposals.editor.titleEdit');
  return (
    <div class="page">
      <PageHeading title={t('proposals.editor.titleEdit')}>{heading}</PageHeading>
      {draft.locked ? (
        <Notice>
          <p>{t('proposals.editor.locked')}</p>
          <p>
            <ButtonLink href={proposalPath(id)}>{t('proposals.editor.open')}</ButtonLink>
          </p>
        </Notice>
      ) : (
        <form class="proposal-editor" onSubmit={(e) => (e.preventDefault(), void submit())}>
          <p class="autosave" role="status" id="proposal-save-state">
            {save === 'saving'
              ? t('proposals.editor.saving')
              : save === 'saved'
                ? t('proposals.editor.saved')
                : typeof save === 'object'
                  ? t('proposals.editor.saveFailed', { reason: save.failed })
                  : ''}
          </p>
          <TextInput
            id="proposal-title"
            label={t('proposals.editor.title')}
            value={values.title}
            maxlength={300}
            onInput={(title) => change({ title })}
          />
          <TextInput
            id="proposal-draftLawTitle"
            label={t('proposals.editor.draftLawTitle')}
            hint={t('proposals.editor.draftLawTitleHint')}
            value={values.draftLawTitle}
            onInput={(draftLawTitle) => change({ draftLawTitle })}
          />
          <TextBox
            id="proposal-problem"
            label={t('proposals.editor.problem')}
            value={values.problem}
            onInput={(problem) => change({ problem })}
          />
          <LegalActsEditor
            acts={values.legalActs}
            onChange={(legalActs) => change({ legalActs })}
          />
          <StandardsEditor
            standards={values.internationalStandards}
            onChange={(internationalStandards) => change({ internationalStandards })}
          />
          <TextBox
            id="proposal-caseLaw"
            label={t('proposals.editor.caseLaw')}
            hint={t('proposals.editor.caseLawHint')}
            rows={3}
            value={values.caseLaw}
            onInput={(caseLaw) => change({ caseLaw })}
          />
          <TextBox
            id="proposal-justification"
            label={t('proposals.editor.justification')}
            value={values.justification}
            onInput={(justification) => change({ justification })}
          />
          <TextBox
            id="proposal-expectedEffect"
            label={t('proposals.editor.expectedEffect')}
            rows={3}
            value={values.expectedEffect}
            onInput={(expectedEffect) => change({ expectedEffect })}
          />
          <ComparativeRowsEditor
            rows={values.comparativeTable}
            acts={values.legalActs}
            onChange={(comparativeTable) => change({ comparativeTable })}
          />
          <FormMessage state={messages} />
          <BusyButton
            state={messages}
            label={again ? t('proposals.editor.resubmit') : t('proposals.editor.submit')}
            busyLabel={t('proposals.editor.submitting')}
          />
        </form>
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
