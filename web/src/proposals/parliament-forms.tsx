import {
  parliamentActionInput,
  type ParliamentActionInput,
} from '@domain/actions/parliament-action.schema.js';
import { PARLIAMENT_ADDRESSEES } from '@domain/catalogues/parliament.js';
import { kyivDate } from '@domain/kyiv-time.js';
import {
  BILL_STAGE_LABELS,
  BILL_STAGES,
  LEGISLATIVE_OUTCOME_LABELS,
  LEGISLATIVE_OUTCOMES,
} from '@domain/proposals/legislative-tracker.js';
import { defaultLetterText } from '@domain/proposals/recommendation-letter.js';
import type { Proposal } from '@domain/schemas/proposal.schema.js';
import type { z } from 'zod';
import { dateForSchema, typedFromIso } from '../forms/dates.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ChoiceField } from '../ui/choice-field.js';
import { DateField } from '../ui/date-field.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { StepForm } from './action-forms.js';

type Input = z.input<typeof parliamentActionInput>;

/**
 * The forms of `parliamentAction`, each checked with the callable's own schema (the texts are
 * read when a form renders: the catalogue's section loads with the page).
 */
const common = () => ({
  schema: parliamentActionInput as unknown as z.ZodType<Input>,
  run: async (input: Input) => (await import('../firebase/parliament.js')).parliamentAction(input),
  busyLabel: t('parliament.sending'),
  done: () => t('parliament.done'),
});

const optional = (text: string) => text.trim() || undefined;
const today = () => typedFromIso(kyivDate(new Date()));

/** Staff record the recommendation as sent: number, date, addressee and the letter's text. */
export function SendForm(props: { proposal: Proposal; proposalId: string }) {
  const labels = {
    outgoingNumber: t('parliament.send.outgoingNumber'),
    sentOn: t('parliament.send.sentOn'),
    addressee: t('parliament.send.addressee'),
    letterText: t('parliament.send.letterText'),
  };
  const language = currentLanguage();
  return (
    <StepForm<SendValues, Input>
      {...common()}
      id="parliament-send"
      proposalId={props.proposalId}
      heading={t('parliament.send.heading')}
      initial={initial(props.proposal)}
      labels={labels}
      dates={['sentOn']}
      toInput={(v) => ({
        action: 'send',
        proposalId: props.proposalId,
        outgoingNumber: v.outgoingNumber,
        sentOn: dateForSchema(v.sentOn),
        addressee: (v.addressee || undefined) as Extract<
          ParliamentActionInput,
          { action: 'send' }
        >['addressee'],
        letterText: v.letterText,
      })}
      fields={(form) => (
        <>
          <TextField form={form} name="outgoingNumber" label={labels.outgoingNumber} />
          <DateField form={form} name="sentOn" label={labels.sentOn} />
          <SelectField
            form={form}
            name="addressee"
            label={labels.addressee}
            placeholder=""
            options={PARLIAMENT_ADDRESSEES.map((a) => ({ value: a.code, label: a[language] }))}
          />
          <TextArea
            form={form}
            name="letterText"
            label={labels.letterText}
            hint={t('parliament.send.letterHint')}
            rows={10}
          />
        </>
      )}
      submit={t('parliament.send.submit')}
    />
  );
}
type SendValues = ReturnType<typeof initial>;
const initial = (proposal: Proposal) => ({
  outgoingNumber: '',
  sentOn: today(),
  addressee: '',
  letterText: defaultLetterText(proposal),
});

/** Staff add a stage of the bill, with its number when none is recorded yet. */
export function StageForm(props: { proposalId: string; billNumber: string | undefined }) {
  const labels = {
    billNumber: t('parliament.stage.billNumber'),
    stage: t('parliament.stage.stage'),
    date: t('parliament.stage.date'),
    note: t('parliament.stage.note'),
  };
  const language = currentLanguage();
  return (
    <StepForm
      {...common()}
      id="parliament-stage"
      proposalId={props.proposalId}
      heading={t('parliament.stage.heading')}
      initial={{ billNumber: props.billNumber ?? '', stage: '', date: today(), note: '' }}
      labels={labels}
      dates={['date']}
      toInput={(v): Input => ({
        action: 'recordStage',
        proposalId: props.proposalId,
        billNumber: optional(v.billNumber),
        stage: (v.stage || undefined) as (typeof BILL_STAGES)[number],
        date: dateForSchema(v.date),
        note: optional(v.note),
      })}
      fields={(form) => (
        <>
          <TextField
            form={form}
            name="billNumber"
            label={labels.billNumber}
            hint={t('parliament.stage.billHint')}
            optional={Boolean(props.billNumber)}
          />
          <SelectField
            form={form}
            name="stage"
            label={labels.stage}
            placeholder=""
            options={BILL_STAGES.map((s) => ({ value: s, label: BILL_STAGE_LABELS[s][language] }))}
          />
          <DateField form={form} name="date" label={labels.date} />
          <TextArea form={form} name="note" label={labels.note} optional rows={2} />
        </>
      )}
      submit={t('parliament.stage.submit')}
    />
  );
}

/** Staff record the outcome, which closes the proposal. */
export function OutcomeForm(props: { proposalId: string }) {
  const labels = { outcome: t('parliament.result.outcome'), note: t('parliament.result.note') };
  const language = currentLanguage();
  return (
    <StepForm
      {...common()}
      id="parliament-outcome"
      proposalId={props.proposalId}
      heading={t('parliament.result.heading')}
      initial={{ outcome: '', note: '' }}
      labels={labels}
      toInput={(v): Input => ({
        action: 'recordOutcome',
        proposalId: props.proposalId,
        outcome: (v.outcome || undefined) as (typeof LEGISLATIVE_OUTCOMES)[number],
        note: optional(v.note),
      })}
      fields={(form) => (
        <>
          <ChoiceField
            form={form}
            name="outcome"
            type="radio"
            label={labels.outcome}
            options={LEGISLATIVE_OUTCOMES.map((o) => ({
              value: o,
              label: LEGISLATIVE_OUTCOME_LABELS[o][language],
            }))}
          />
          <TextArea form={form} name="note" label={labels.note} optional rows={3} />
        </>
      )}
      submit={t('parliament.result.submit')}
    />
  );
}
