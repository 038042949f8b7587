import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OrganisationView } from '../../firebase/organisations.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import type { PageProps } from '../../router/page.js';
import { useNavigation } from '../../router/navigation.js';
import { BusyButton } from '../../ui/button.js';
import { afterRender, fieldIds, focusField } from '../../ui/form-model.js';
import { FormMessage } from '../../ui/form-message.js';
import { announce } from '../../ui/live-region.js';
import { Notice } from '../../ui/notice.js';
import { useActionState, useForm } from '../../ui/use-form.js';
import { browserStore, localDrafts } from '../autosave.js';
import { reportControls } from '../controls.js';
import { problemMessage } from '../report-view.js';
import { createDraftSync } from './draft-sync.js';
import { deleteDraft, type DraftContext } from './draft-actions.js';
import { fromFlat, toFlat } from './flat-values.js';
import type { ReportFormData } from './report-form.page.js';
import { checkReport } from './report-model.js';
import { StepContent } from './step-content.js';
import { firstStepWithProblems, isStepId, STEP_IDS, stepOfField, type StepId } from './steps.js';
import { SaveStatus, StepProgress } from './wizard-parts.js';

/**
 * The report form as steps, one form model for all of them (so that the draft is one, and the
 * review checks everything): progress at the top, the save line always in view, one step at a
 * time with its own error summary, and «check your answers» before submitting.
 */
export function ReportWizard(props: PageProps & { data: ReportFormData }) {
  const { data, user, claims } = props;
  if (!user || !claims?.orgId) throw new Error('The report form needs an NGO member');
  const uid = user.uid;
  const orgId = claims.orgId;
  const { navigate } = useNavigation();
  const form = useForm({ id: 'report', initial: toFlat(data.start.values), validate: checkReport });
  const deleting = useActionState('report-delete');
  const store = useMemo(() => localDrafts(browserStore(), uid), [uid]);
  const [sync] = useState(() =>
    createDraftSync({
      reports: data.reports,
      store,
      reportId: data.reportId,
      orgId,
      uid,
      isNew: data.isNew,
      start: data.start,
      local: data.local,
      onServerAlready: data.onServer,
    }),
  );
  const context: DraftContext = {
    reports: data.reports,
    store,
    sync,
    form,
    reportId: data.reportId,
    orgId,
    uid,
    navigate,
  };

  // A draft the registration sent back: its problems at their fields, its first step open.
  const [sentBack] = useState(() => {
    const own = checkReport(form.values.peek());
    const language = currentLanguage();
    const problems = Object.fromEntries(
      data.submissionProblems
        .filter((problem) => problem.field)
        .map((p) => [
          p.field,
          (language === 'en' && !own.ok && own.problems[p.field]) || problemMessage(p, language),
        ]),
    );
    form.serverProblems.value = problems;
    return firstStepWithProblems(problems);
  });
  const [step, setStep] = useState<StepId>(() => {
    const asked = new URLSearchParams(props.search).get('step');
    return sentBack ?? (isStepId(asked) ? asked : 'what');
  });
  const [reached, setReached] = useState<ReadonlySet<StepId>>(
    () => new Set(data.isNew ? [step] : STEP_IDS),
  );
  const [returnToReview, setReturnToReview] = useState(false);

  useEffect(() => {
    if (data.restored) {
      form.message.value = { text: t('reports.form.restored'), kind: 'success' };
    }
    const stopChanges = form.values.subscribe((flat) => sync.changed(fromFlat(flat)));
    // Shown without the store (a new report): it comes now, before the first save needs it.
    data.reports().catch((error: unknown) => console.warn(error));
    return () => {
      stopChanges();
      sync.dispose();
    };
  }, []);

  const [organisation, setOrganisation] = useState<OrganisationView | null>(null);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void import('../../firebase/organisations.js').then((organisations) => {
      if (gone) return;
      stop = organisations.watchOrganisation(orgId, setOrganisation, (error) =>
        console.error(error),
      );
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [orgId]);
  const values = fromFlat(form.values.value);
  const submittable = reportControls(
    { status: 'draft', orgId, regionCode: values.regionCode, assignees: [] },
    { uid, role: claims.role, orgId, regions: [], decisionAuthority: false },
    organisation?.status === 'verified',
  ).draft.submittable;
  const orgNotice =
    organisation && !submittable
      ? t(
          organisation.status === 'rejected'
            ? 'reports.form.rejectedOrg'
            : 'reports.form.pendingOrg',
        )
      : null;

  /** Opens a step: its heading takes focus, and the live region names it. */
  const go = async (next: StepId, options: { field?: string; fromReview?: boolean } = {}) => {
    setStep(next);
    setReached((current) => new Set([...current, next]));
    setReturnToReview(options.fromReview ?? false);
    history.replaceState(null, '', `${location.pathname}?step=${next}`);
    await afterRender();
    if (options.field) {
      focusField(fieldIds(form.id, options.field).control);
      return;
    }
    document.getElementById('report-step-heading')?.focus();
    announce(
      `${t('reports.wizard.progress', { number: STEP_IDS.indexOf(next) + 1, of: STEP_IDS.length })}: ${t(`reports.wizard.steps.${next}`)}`,
    );
  };

  return (
    <div class="report-wizard">
      {sync.takenAway.value ? (
        <Notice kind="error" alert>
          {t('reports.form.notDraft')}
        </Notice>
      ) : null}
      {orgNotice ? <Notice>{orgNotice}</Notice> : null}
      <StepProgress step={step} reached={reached} onGo={(next) => void go(next)} />
      <SaveStatus state={sync.state} failure={sync.failure} />
      <StepContent
        key={step}
        step={step}
        form={form}
        context={context}
        submittable={submittable && !sync.takenAway.value}
        refusal={orgNotice}
        returnToReview={returnToReview}
        onGo={(next, options) => void go(next, options)}
        onFollow={(field) => {
          const target = stepOfField(field) ?? step;
          void go(target, { field, fromReview: step === 'review' });
        }}
      />
      <section class="form-section draft-delete" aria-label={t('reports.form.delete')}>
        <FormMessage state={deleting} />
        <BusyButton
          state={deleting}
          variant="secondary"
          label={t('reports.form.delete')}
          busyLabel={t('reports.form.deleting')}
          onClick={() => void deleteDraft(context, deleting)}
        />
      </section>
    </div>
  );
}
