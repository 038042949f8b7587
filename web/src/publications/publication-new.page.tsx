import { errorText } from '@domain/errors/catalogue.js';
import { PUBLICATION_KINDS, type PublicationKind } from '@domain/schemas/publication.schema.js';
import { useEffect } from 'preact/hooks';
import type { PublicationSources, SourceOption } from '../firebase/publications.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/keys.js';
import { useNavigation } from '../router/navigation.js';
import type { DataPage, PageProps } from '../router/page.js';
import { publicationDraftPath } from '../router/routes.js';
import { submitForm } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { useForm } from '../ui/use-form.js';
import { checkPrepare, type CreateInput, type PrepareValues } from './publication-form.js';

const adapter = () => import('../firebase/publications.js');
const FORM = 'publication-prepare';

/** Where each kind's sources come from, and what its source field is called. */
const SOURCES: Record<PublicationKind, { list: keyof PublicationSources; label: MessageKey }> = {
  report_outcome: { list: 'reports', label: 'publishing.prepare.report' },
  proposal: { list: 'proposals', label: 'publishing.prepare.proposal' },
  meeting_minutes: { list: 'meetings', label: 'publishing.prepare.meeting' },
  ngo_activity: { list: 'organisations', label: 'publishing.prepare.organisation' },
};

function optionLabel(source: SourceOption): string {
  if (source.consent === undefined) return source.label;
  const consent = source.consent ? 'consentGiven' : 'consentMissing';
  return `${source.label} (${t(`publishing.prepare.${consent}`)})`;
}

/**
 * `/app/publications/new`: staff start a publication from a decided report (only with the
 * NGO's consent, refused on the spot otherwise), a proposal, a meeting's minutes or an
 * organisation's work, with a first text; the editor follows, with the personal-data check.
 */
function PublicationNewPage(props: PageProps & { data: PublicationSources }) {
  const { navigate } = useNavigation();
  const language = currentLanguage();
  const labels = {
    kind: t('publishing.prepare.kind'),
    titleUk: t('publishing.editor.titleUk'),
    summaryUk: t('publishing.editor.summaryUk'),
    bodyUk: t('publishing.editor.bodyUk'),
    required: t('publishing.prepare.required'),
  };
  const all = Object.values(props.data).flat();
  const form = useForm<PrepareValues, CreateInput>({
    id: FORM,
    initial: { kind: '', sourceId: '', titleUk: '', summaryUk: '', bodyUk: '' },
    validate: (values) =>
      checkPrepare(values, all, currentLanguage(), {
        ...labels,
        sourceId: t(SOURCES[(values.kind || 'report_outcome') as PublicationKind].label),
      }),
  });
  const kind = form.values.value.kind as PublicationKind | '';
  useEffect(() => form.set('sourceId', ''), [kind]);
  const sources = kind ? props.data[SOURCES[kind].list] : [];
  const chosen = sources.find((s) => s.id === form.values.value.sourceId);
  const send = () =>
    submitForm(form, {
      run: async (input) => (await adapter()).publicationAction(input),
      serverField: (path) => (path === 'orgId' ? 'sourceId' : path),
      timeoutMs: 30_000,
    }).then((outcome) => {
      if (outcome?.ok) navigate(publicationDraftPath(outcome.value.publicationId));
    });
  return (
    <div class="page">
      <PageHeading id="publication-prepare-heading">{t('publishing.prepare.title')}</PageHeading>
      <p class="lead">{t('publishing.prepare.intro')}</p>
      <Form form={form} labelledBy="publication-prepare-heading" onSubmit={() => void send()}>
        <ChoiceField
          form={form}
          name="kind"
          type="radio"
          label={labels.kind}
          options={PUBLICATION_KINDS.map((k) => ({ value: k, label: t(`publicationKinds.${k}`) }))}
        />
        {kind && sources.length === 0 ? <Notice>{t('publishing.prepare.noSources')}</Notice> : null}
        {kind && sources.length > 0 ? (
          <SelectField
            form={form}
            name="sourceId"
            label={t(SOURCES[kind].label)}
            hint={kind === 'report_outcome' ? t('publishing.prepare.reportHint') : undefined}
            placeholder="—"
            options={sources.map((s) => ({ value: s.id, label: optionLabel(s) }))}
          />
        ) : null}
        {kind === 'report_outcome' && chosen && chosen.consent !== true ? (
          <Notice kind="error" alert>
            <p id="publication-no-consent">{errorText('PUBLICATION.NO_CONSENT', language)}</p>
          </Notice>
        ) : null}
        <TextField form={form} name="titleUk" label={labels.titleUk} maxlength={300} />
        <TextArea form={form} name="summaryUk" label={labels.summaryUk} rows={3} />
        <TextArea form={form} name="bodyUk" label={labels.bodyUk} rows={10} />
        <BusyButton
          state={form}
          label={t('publishing.prepare.start')}
          busyLabel={t('publishing.prepare.saving')}
        />
      </Form>
    </div>
  );
}

export const publicationNewPage: DataPage<PublicationSources> = {
  load: async () => (await adapter()).publicationSources(),
  component: PublicationNewPage,
};
