import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { t, currentLanguage } from '../i18n/i18n.js';
import { useNavigation } from '../router/navigation.js';
import { proposalPath } from '../router/routes.js';
import { submitForm } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import type { FormValues } from '../ui/form-model.js';
import { useForm } from '../ui/use-form.js';
import { ComparativeRowsEditor } from './comparative-rows-editor.js';
import type { ProposalAutosave } from './editor-autosave.js';
import { validateEditor } from './editor-form.js';
import { LegalActsEditor, StandardsEditor } from './editor-lists.js';

const adapter = () => import('../firebase/proposals.js');
export const EDITOR_FORM = 'proposal';

/** The fields' names as the person reads them (numbered in the lists), for the error summary. */
function editorLabels(flat: FormValues): Record<string, string> {
  const labels: Record<string, string> = {
    title: t('proposals.editor.title'),
    draftLawTitle: t('proposals.editor.draftLawTitle'),
    problem: t('proposals.editor.problem'),
    legalActs: t('proposals.editor.legalActs'),
    internationalStandards: t('proposals.editor.standards'),
    caseLaw: t('proposals.editor.caseLaw'),
    justification: t('proposals.editor.justification'),
    expectedEffect: t('proposals.editor.expectedEffect'),
    comparativeTable: t('proposals.editor.table'),
  };
  const item: Record<string, string> = {
    'act.title': t('proposals.editor.actTitle'),
    'act.number': t('proposals.editor.actNumber'),
    'act.articles': t('proposals.editor.actArticles'),
    'standard.instrument': t('proposals.editor.instrument'),
    'standard.article': t('proposals.editor.article'),
    'row.actKey': t('proposals.editor.rowAct'),
    'row.provision': t('proposals.editor.provision'),
    'row.kind': t('proposals.editor.rowKind'),
    'row.current': t('proposals.editor.current'),
    'row.proposed': t('proposals.editor.proposed'),
    'row.justification': t('proposals.editor.rowJustification'),
  };
  for (const name of Object.keys(flat)) {
    const [list, index, field] = name.split('.');
    const label = item[`${list}.${field}`];
    if (label && index !== undefined) labels[name] = `${label} (${Number(index) + 1})`;
  }
  return labels;
}

/**
 * The proposal's text as one form of the house (ui/form.tsx): each change kept by the
 * autosave; «Подати до ради» checks the whole proposal first, with the error summary linking
 * to each field, then writes what waits and submits.
 */
export function ProposalEditorForm(props: {
  id: string;
  start: FormValues;
  again: boolean;
  autosave: ProposalAutosave;
  /** Shown before the submit button (the files). */
  children?: ComponentChildren;
}) {
  const { navigate } = useNavigation();
  const { id, autosave } = props;
  const form = useForm({
    id: EDITOR_FORM,
    initial: props.start,
    validate: (values) => validateEditor(values, currentLanguage(), editorLabels(values)),
  });
  useEffect(() => {
    let first = true;
    return form.values.subscribe((values) => {
      // The first call is the values it started from, already kept.
      if (!first) autosave.changed(values);
      first = false;
    });
  }, [form, autosave]);
  const state = autosave.state.value;
  const reason = autosave.failure.value ?? '';
  const saveText = useMemo(
    () => (state === 'error' ? t('reports.save.error', { reason }) : t(`reports.save.${state}`)),
    [state, reason],
  );
  const send = () =>
    submitForm(form, {
      run: async () => {
        await autosave.flush();
        return (await adapter()).proposalAction({
          action: props.again ? 'resubmit' : 'submit',
          proposalId: id,
        });
      },
      serverField: (path) => path,
      timeoutMs: 30_000,
    }).then((outcome) => {
      if (!outcome?.ok) return;
      autosave.forget();
      navigate(proposalPath(id), {
        notice: t('proposals.editor.submitted', { number: outcome.value.number ?? '' }),
      });
    });
  return (
    <Form form={form} labelledBy="proposal-editor-heading" onSubmit={() => void send()}>
      <p class="autosave" role="status" id="proposal-save-state">
        {saveText}
      </p>
      <TextField form={form} name="title" label={t('proposals.editor.title')} maxlength={300} />
      <TextField
        form={form}
        name="draftLawTitle"
        label={t('proposals.editor.draftLawTitle')}
        hint={t('proposals.editor.draftLawTitleHint')}
        maxlength={500}
      />
      <TextArea form={form} name="problem" label={t('proposals.editor.problem')} rows={5} />
      <LegalActsEditor form={form} />
      <StandardsEditor form={form} />
      <TextArea
        form={form}
        name="caseLaw"
        label={t('proposals.editor.caseLaw')}
        hint={t('proposals.editor.caseLawHint')}
        rows={3}
        optional
      />
      <TextArea
        form={form}
        name="justification"
        label={t('proposals.editor.justification')}
        rows={5}
      />
      <TextArea
        form={form}
        name="expectedEffect"
        label={t('proposals.editor.expectedEffect')}
        rows={3}
      />
      <ComparativeRowsEditor form={form} />
      {props.children}
      <BusyButton
        state={form}
        label={props.again ? t('proposals.editor.resubmit') : t('proposals.editor.submit')}
        busyLabel={t('proposals.editor.submitting')}
      />
    </Form>
  );
}
