import { MEASURE_TYPES } from '@domain/catalogues/measure-types.js';
import { kyivDate } from '@domain/kyiv-time.js';
import { useState } from 'preact/hooks';
import { typedFromIso } from '../../forms/dates.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { catalogueOptions } from '../../ui/catalogue-options.js';
import { DateField } from '../../ui/date-field.js';
import { SelectField, TextArea, TextField } from '../../ui/field.js';
import { Uploader } from '../files/uploader.js';
import type { MessageView } from '../report-view.js';
import { say, type ActionFormModel, type ActionSpec, type SpecContext } from './action-types.js';
import { templatesFor } from './template-picker.js';
import { useReportData, valueOr } from './use-report-data.js';

/** Recording a measure taken: its kind, date (day first), addressee, result and document. */
export function measureSpec(
  context: SpecContext,
  base: Pick<ActionSpec, 'heading' | 'submit' | 'busy'>,
): ActionSpec {
  const action = 'recordMeasure';
  const label = (key: string) => say(action, key);
  return {
    ...base,
    initial: {
      'measure.type': '',
      'measure.date': typedFromIso(kyivDate(new Date())),
      'measure.addressee': '',
      'measure.outgoingNumber': '',
      'measure.result': '',
      'measure.documentAttachmentId': '',
    },
    labels: {
      'measure.type': label('type'),
      'measure.date': label('date'),
      'measure.addressee': label('addressee'),
      'measure.outgoingNumber': label('outgoingNumber'),
      'measure.result': label('result'),
    },
    dates: ['measure.date'],
    fields: (form) => (
      <>
        <SelectField
          form={form}
          name="measure.type"
          label={label('type')}
          options={catalogueOptions(MEASURE_TYPES, currentLanguage())}
          placeholder={label('typePlaceholder')}
        />
        <DateField form={form} name="measure.date" label={label('date')} />
        <TextField
          form={form}
          name="measure.addressee"
          label={label('addressee')}
          hint={label('addresseeHint')}
          maxlength={300}
          autocomplete="off"
        />
        <TextField
          form={form}
          name="measure.outgoingNumber"
          label={label('outgoingNumber')}
          maxlength={100}
          autocomplete="off"
          optional
        />
        <TextArea
          form={form}
          name="measure.result"
          label={label('result')}
          optional
          maxlength={5000}
        />
        {templatesFor(action, context, form, label('result'))}
        <MeasureDocument form={form} context={context} />
      </>
    ),
    success: label('done'),
  };
}

function MeasureDocument(props: { form: ActionFormModel; context: SpecContext }) {
  const [name, setName] = useState('');
  return (
    <>
      <Uploader
        place={{ target: 'report', id: props.context.report.id }}
        kind="measure_document"
        label={say('recordMeasure', 'document')}
        hint={say('recordMeasure', 'documentHint')}
        multiple={false}
        enabled
        attachments={props.context.attachments}
        onUploaded={(attachment) => {
          props.form.set('measure.documentAttachmentId', attachment.id);
          setName(attachment.fileName);
        }}
      />
      <p class="field-check" aria-live="polite">
        {name}
      </p>
    </>
  );
}

/** The request being answered, kept current as the thread arrives. */
export function LatestRequest(props: { reportId: string }) {
  const messages = valueOr(
    useReportData(props.reportId, (store) => store.watchMessages),
    [] as MessageView[],
  );
  const request = [...messages].reverse().find((message) => message.kind === 'info_request');
  if (!request) return null;
  return (
    <p class="notice latest-request">
      <strong>{`${say('provideInfo', 'request')}: `}</strong>
      {request.text}
    </p>
  );
}

/** Files for the answer, right beside it: they join the report's evidence. */
export function AnswerFiles(props: { context: SpecContext }) {
  return (
    <Uploader
      place={{ target: 'report', id: props.context.report.id }}
      kind="evidence"
      label={t('reports.actions.provideInfo.files')}
      hint={t('reports.actions.provideInfo.filesHint')}
      multiple
      enabled
      attachments={props.context.attachments}
    />
  );
}
