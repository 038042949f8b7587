import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import {
  publicAttachmentSchema,
  type PublicationDraft,
} from '@domain/schemas/publication.schema.js';
import { useLayoutEffect } from 'preact/hooks';
import { useFiles } from '../reports/files/use-files.js';
import type { AttachmentView } from '../reports/report-view.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { catalogueOptions } from '../ui/catalogue-options.js';
import { ChoiceField } from '../ui/choice-field.js';
import { TextArea, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';
import {
  checkContent,
  contentValues,
  formField,
  type Content,
  type ContentValues,
} from './publication-form.js';

const adapter = () => import('../firebase/publications.js');
const FORM = 'publication';

/** Only these go public: their metadata can be stripped (the public schema's own list). */
const publishable = (file: AttachmentView) =>
  publicAttachmentSchema.shape.contentType.safeParse(file.contentType).success;

/** Whose files a draft may show: the source report's, or the photos of the note an NGO sent. */
const sourceFilesHolder = (kind: PublicationDraft['kind']) =>
  kind === 'report_outcome' ? 'reports' : kind === 'ngo_activity' ? 'notes' : null;

/**
 * The draft's text in Ukrainian (English optional, folded), its tags and the files chosen to
 * go public: the source report's, or the photos of the note an NGO sent. Saving runs the
 * personal-data check on the server; the form follows the draft as the server holds it (a
 * flag redacted changes the text).
 */
export function ContentForm(props: { publicationId: string; draft: PublicationDraft }) {
  const { draft } = props;
  const language = currentLanguage();
  const labels = {
    titleUk: t('publishing.editor.titleUk'),
    titleEn: t('publishing.editor.titleEn'),
    summaryUk: t('publishing.editor.summaryUk'),
    summaryEn: t('publishing.editor.summaryEn'),
    bodyUk: t('publishing.editor.bodyUk'),
    bodyEn: t('publishing.editor.bodyEn'),
    regionCodes: t('publishing.editor.regions'),
    areas: t('publishing.editor.areas'),
    rights: t('publishing.editor.rights'),
    attachmentIds: t('publishing.editor.attachments'),
  };
  const form = useForm<ContentValues, Content>({
    id: FORM,
    initial: contentValues(draft),
    validate: (values) => checkContent(values, currentLanguage(), labels),
  });
  const version = JSON.stringify([draft.title, draft.summary, draft.body, draft.attachmentIds]);
  // Before paint: a plain effect ran after the form showed and could replace what was typed.
  useLayoutEffect(() => form.reset(contentValues(draft)), [version]);
  const files = useFiles(sourceFilesHolder(draft.kind), draft.sourceId);
  const publicFiles = files.status === 'ready' ? files.value.filter(publishable) : [];
  const send = () =>
    submitForm(form, {
      run: async (content) =>
        (await adapter()).publicationAction({
          action: 'save',
          publicationId: props.publicationId,
          content,
        }),
      serverField: formField,
      timeoutMs: 30_000,
    }).then((outcome) => {
      if (outcome?.ok)
        succeed(form, t('publishing.editor.saved', { count: outcome.value.openFlags }));
    });
  const hasEnglish = Boolean(draft.title.en || draft.summary.en || draft.body.en);
  return (
    <Form form={form} labelledBy="publication-text-heading" onSubmit={() => void send()}>
      <h2 id="publication-text-heading">{t('publishing.editor.texts')}</h2>
      <TextField form={form} name="titleUk" label={labels.titleUk} maxlength={300} />
      <TextArea form={form} name="summaryUk" label={labels.summaryUk} rows={3} />
      <TextArea form={form} name="bodyUk" label={labels.bodyUk} rows={12} />
      <details open={hasEnglish} class="publication-english">
        <summary>{t('publishing.editor.english')}</summary>
        <TextField form={form} name="titleEn" label={labels.titleEn} maxlength={300} optional />
        <TextArea form={form} name="summaryEn" label={labels.summaryEn} rows={3} optional />
        <TextArea form={form} name="bodyEn" label={labels.bodyEn} rows={8} optional />
      </details>
      <h2>{t('publishing.editor.tags')}</h2>
      <ChoiceField
        form={form}
        name="regionCodes"
        type="checkbox"
        columns
        optional
        label={labels.regionCodes}
        options={catalogueOptions(REGIONS, language)}
      />
      <ChoiceField
        form={form}
        name="areas"
        type="checkbox"
        optional
        label={labels.areas}
        options={catalogueOptions(AREAS, language)}
      />
      <ChoiceField
        form={form}
        name="rights"
        type="checkbox"
        columns
        optional
        label={labels.rights}
        options={catalogueOptions(RIGHTS, language)}
      />
      {publicFiles.length ? (
        <ChoiceField
          form={form}
          name="attachmentIds"
          type="checkbox"
          optional
          label={labels.attachmentIds}
          hint={t('publishing.editor.attachmentsHint')}
          options={publicFiles.map((file) => ({ value: file.id, label: file.fileName }))}
        />
      ) : null}
      <BusyButton
        state={form}
        label={t('publishing.editor.save')}
        busyLabel={t('publishing.editor.saving')}
      />
    </Form>
  );
}
