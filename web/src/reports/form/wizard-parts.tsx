import type { ReadonlySignal } from '@preact/signals';
import type { Problems } from '../../forms/problems.js';
import { catalogue, t } from '../../i18n/i18n.js';
import { fieldIds } from '../../ui/form-model.js';
import type { SaveState } from '../autosave.js';
import { STEP_IDS, stepPosition, type StepId } from './steps.js';

/**
 * Where the person is: «Крок 2 з 7» and the steps by name, the current one marked; a step
 * already passed can be gone back to.
 */
export function StepProgress(props: {
  step: StepId;
  reached: ReadonlySet<StepId>;
  onGo: (step: StepId) => void;
}) {
  const position = stepPosition(props.step);
  return (
    <nav class="form-steps" aria-label={t('reports.wizard.progressLabel')}>
      <p class="form-steps-count">{t('reports.wizard.progress', position)}</p>
      <ol>
        {STEP_IDS.map((step) => {
          const name = t(`reports.wizard.steps.${step}`);
          if (step === props.step) {
            return (
              <li key={step} class="form-step-current" aria-current="step">
                {name}
              </li>
            );
          }
          return (
            <li key={step} class={props.reached.has(step) ? 'form-step-done' : undefined}>
              {props.reached.has(step) ? (
                <a
                  href={`?step=${step}`}
                  onClick={(event) => {
                    event.preventDefault();
                    props.onGo(step);
                  }}
                >
                  {name}
                </a>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/**
 * The problems of a step (or, on the review, of the whole form) at the top, each a link to its
 * field (the GOV.UK pattern); a field of another step opens that step first.
 */
export function StepErrorSummary(props: {
  formId: string;
  problems: Problems;
  intro?: string;
  onFollow: (field: string) => void;
}) {
  const problems = Object.entries(props.problems);
  if (problems.length === 0) return null;
  const titleId = `${props.formId}-summary-title`;
  return (
    <div
      class="error-summary"
      aria-labelledby={titleId}
      tabIndex={-1}
      id={`${props.formId}-summary`}
    >
      <h2 id={titleId} class="error-summary-title">
        {t('form.summaryTitle')}
      </h2>
      {props.intro ? <p>{props.intro}</p> : null}
      <ul class="error-summary-list">
        {problems.map(([name, message]) => (
          <li key={name}>
            <a
              href={`#${fieldIds(props.formId, name).control}`}
              onClick={(event) => {
                event.preventDefault();
                props.onFollow(name);
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where saving stands, always in view (sticky at the top while one types). */
export function SaveStatus(props: {
  state: ReadonlySignal<SaveState>;
  failure: ReadonlySignal<string | null>;
}) {
  const state = props.state.value;
  const text =
    state === 'error'
      ? t('reports.save.error', { reason: props.failure.value ?? '' })
      : catalogue().reports.save[state];
  return (
    <p id="report-save-state" class="save-state save-state-sticky" data-state={state}>
      {text}
    </p>
  );
}
