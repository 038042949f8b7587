import type { z } from 'zod';
import { proposalActionInput } from '@domain/actions/proposal-action.schema.js';
import { PROPOSAL_DECISIONS } from '@domain/schemas/proposal.schema.js';
import { proposalWorkflow } from '@domain/workflows/proposal.workflow.js';
import { validate, type Validation } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { ChoiceField } from '../ui/choice-field.js';
import { withDateProblems } from '../ui/date-field.js';
import { TextArea } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';

const adapter = () => import('../firebase/proposals.js');

type Input = z.input<typeof proposalActionInput>;

const done = (status: string | undefined) =>
  t('proposals.action.done', {
    status: status
      ? proposalWorkflow.statusLabels[status as keyof typeof proposalWorkflow.statusLabels][
          currentLanguage()
        ]
      : '',
  });

/**
 * One step on a proposal as a form: its fields are checked with the callable's own schema
 * (`proposalActionInput` unless another is given, with `dates` typed day first), then the
 * callable runs, once per press.
 */
export function StepForm<V extends Record<string, string>, I = Input>(props: {
  id: string;
  proposalId: string;
  heading: string;
  initial: V;
  labels: Record<keyof V & string, string>;
  toInput: (values: V) => I;
  fields: (form: ReturnType<typeof useForm<V, I>>) => preact.ComponentChildren;
  submit: string;
  schema?: z.ZodType<I>;
  dates?: readonly (keyof V & string)[];
  run?: (input: I) => Promise<{ status?: string }>;
  busyLabel?: string;
  done?: (status: string | undefined) => string;
}) {
  const schema = props.schema ?? (proposalActionInput as unknown as z.ZodType<I>);
  const form = useForm<V, I>({
    id: props.id,
    initial: props.initial,
    validate: (values) =>
      withDateProblems(
        validate(schema, props.toInput(values), currentLanguage(), props.labels) as Validation<I>,
        values,
        props.dates ?? [],
      ),
  });
  const run =
    props.run ??
    (async (input: I): Promise<{ status?: string }> => {
      const answer = await (await adapter()).proposalAction(input as Input);
      // A comment or a co-authorship answer has no status of the proposal to announce.
      return 'status' in answer ? answer : {};
    });
  const send = () =>
    submitForm(form, { run, timeoutMs: 30_000 }).then(
      (outcome) => outcome?.ok && succeed(form, (props.done ?? done)(outcome.value.status)),
    );
  return (
    <section aria-labelledby={`${props.id}-heading`} class="action-step">
      <h3 id={`${props.id}-heading`}>{props.heading}</h3>
      <Form form={form} labelledBy={`${props.id}-heading`} onSubmit={() => void send()}>
        {props.fields(form)}
        <BusyButton
          state={form}
          label={props.submit}
          busyLabel={props.busyLabel ?? t('proposals.action.sending')}
        />
      </Form>
    </section>
  );
}

export function ReturnForm(props: { proposalId: string }) {
  return (
    <StepForm
      id="proposal-return"
      proposalId={props.proposalId}
      heading={t('proposals.action.return')}
      initial={{ reason: '' }}
      labels={{ reason: t('proposals.action.reason') }}
      toInput={(v) => ({ action: 'return', proposalId: props.proposalId, reason: v.reason })}
      fields={(form) => <TextArea form={form} name="reason" label={t('proposals.action.reason')} />}
      submit={t('proposals.action.return')}
    />
  );
}

export function EndorseForm(props: { proposalId: string }) {
  return (
    <StepForm
      id="proposal-endorse"
      proposalId={props.proposalId}
      heading={t('proposals.action.endorse')}
      initial={{ note: '' }}
      labels={{ note: t('proposals.action.note') }}
      toInput={(v) => ({
        action: 'endorse',
        proposalId: props.proposalId,
        note: v.note.trim() || undefined,
      })}
      fields={(form) => (
        <TextArea form={form} name="note" label={t('proposals.action.note')} optional />
      )}
      submit={t('proposals.action.endorse')}
    />
  );
}

export function DecideForm(props: { proposalId: string }) {
  return (
    <StepForm
      id="proposal-decide"
      proposalId={props.proposalId}
      heading={t('proposals.action.decide')}
      initial={{ decision: '', rationale: '' }}
      labels={{
        decision: t('proposals.action.decisionKind'),
        rationale: t('proposals.action.rationale'),
      }}
      toInput={(v) => ({
        action: 'decide',
        proposalId: props.proposalId,
        decision: (v.decision || undefined) as (typeof PROPOSAL_DECISIONS)[number],
        rationale: v.rationale,
      })}
      fields={(form) => (
        <>
          <ChoiceField
            form={form}
            name="decision"
            type="radio"
            label={t('proposals.action.decisionKind')}
            options={PROPOSAL_DECISIONS.map((d) => ({
              value: d,
              label: t(`proposals.action.decisions.${d}`),
            }))}
          />
          <TextArea form={form} name="rationale" label={t('proposals.action.rationale')} />
        </>
      )}
      submit={t('proposals.action.decide')}
    />
  );
}

export function WithdrawForm(props: { proposalId: string }) {
  return (
    <StepForm
      id="proposal-withdraw"
      proposalId={props.proposalId}
      heading={t('proposals.action.withdraw')}
      initial={{ reason: '' }}
      labels={{ reason: t('proposals.action.withdrawReason') }}
      toInput={(v) => ({
        action: 'withdraw',
        proposalId: props.proposalId,
        reason: v.reason.trim() || undefined,
      })}
      fields={(form) => (
        <TextArea form={form} name="reason" label={t('proposals.action.withdrawReason')} optional />
      )}
      submit={t('proposals.action.withdraw')}
    />
  );
}
