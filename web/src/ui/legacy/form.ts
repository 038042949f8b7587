import { h } from './dom.js';
import { t } from '../../i18n/i18n.js';

/**
 * Form fields built the same way everywhere: a visible label tied to its control, an optional
 * hint, and an error message that is tied to the control with aria-describedby (and marks it
 * aria-invalid) only while it is shown.
 */
export interface Field {
  name: string;
  node: HTMLElement;
  /** Where focus goes when the field has an error: the control, or a group's first control. */
  focusTarget: HTMLElement;
  setError(message: string | null): void;
  hasError(): boolean;
}

interface Common {
  /** Prefix of element ids, unique on the page (one per form). */
  form: string;
  name: string;
  label: string;
  hint?: string | undefined;
  /** Shows «(необов’язково)» after the label. */
  optional?: boolean;
}

function ids(form: string, name: string) {
  const base = `${form}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return { control: base, hint: `${base}-hint`, error: `${base}-error` };
}

function labelText(label: string, optional: boolean | undefined): (Node | string)[] {
  return optional ? [label, ' ', h('span', { class: 'optional' }, t('form.optional'))] : [label];
}

/**
 * Ties error and hints to the element that a screen reader reads them with; `extra` ids are
 * other descriptions (a live check), kept in front of the error.
 */
function describe(
  element: HTMLElement,
  hintId: string | null,
  errorId: string,
  invalid: boolean,
  extra: () => string[] = () => [],
) {
  const describedBy = [...(hintId ? [hintId] : []), ...extra(), ...(invalid ? [errorId] : [])];
  if (describedBy.length) element.setAttribute('aria-describedby', describedBy.join(' '));
  else element.removeAttribute('aria-describedby');
  if (invalid) element.setAttribute('aria-invalid', 'true');
  else element.removeAttribute('aria-invalid');
}

function errorElement(id: string): HTMLElement {
  return h('p', { id, class: 'field-error', hidden: true });
}

/** A control's hint and error, tied to it: what every field shares. */
function feedback(control: HTMLElement, id: ReturnType<typeof ids>, hintText?: string) {
  const hint = hintText ? h('p', { id: id.hint, class: 'field-hint' }, hintText) : null;
  const error = errorElement(id.error);
  const extra: string[] = [];
  let invalid = false;
  const refresh = () => describe(control, hint ? id.hint : null, id.error, invalid, () => extra);
  refresh();
  return {
    hint,
    error,
    setError(message: string | null) {
      invalid = Boolean(message);
      error.hidden = !invalid;
      error.textContent = message ?? '';
      refresh();
    },
    hasError: () => invalid,
    describedAlsoBy(extraId: string) {
      extra.push(extraId);
      refresh();
    },
  };
}

/** A control under its label, hint and error (text, text area, select). */
function labelledField(options: Common, id: ReturnType<typeof ids>, control: HTMLElement) {
  const { hint, error, ...state } = feedback(control, id, options.hint);
  const node = h(
    'div',
    { class: 'field' },
    h('label', { for: id.control }, ...labelText(options.label, options.optional)),
    hint,
    error,
    control,
  );
  return { name: options.name, node, focusTarget: control, ...state };
}

export interface TextField extends Field {
  input: HTMLInputElement;
  value(): string;
  /** Adds an element id to the control's description (e.g. a live check of the value). */
  describedAlsoBy(id: string): void;
}

export function textField(
  options: Common & {
    type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date';
    value?: string | null | undefined;
    autocomplete?: string;
    inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric';
    maxlength?: number;
    spellcheck?: boolean;
    autocapitalize?: 'none' | 'sentences' | 'words';
  },
): TextField {
  const id = ids(options.form, options.name);
  const input = h('input', {
    id: id.control,
    name: options.name,
    type: options.type ?? 'text',
    autocomplete: options.autocomplete,
    inputmode: options.inputmode,
    maxlength: options.maxlength,
    spellcheck: options.spellcheck === false ? 'false' : null,
    autocapitalize: options.autocapitalize,
    required: !options.optional,
  });
  input.value = options.value ?? '';
  return { ...labelledField(options, id, input), input, value: () => input.value };
}

export interface TextAreaField extends Field {
  input: HTMLTextAreaElement;
  value(): string;
}

export function textAreaField(
  options: Common & { value?: string | null; rows?: number; maxlength?: number },
): TextAreaField {
  const id = ids(options.form, options.name);
  const input = h('textarea', {
    id: id.control,
    name: options.name,
    rows: options.rows ?? 4,
    maxlength: options.maxlength,
    required: !options.optional,
  });
  input.value = options.value ?? '';
  return { ...labelledField(options, id, input), input, value: () => input.value };
}

export interface Option {
  value: string;
  label: string;
}

export interface SelectField extends Field {
  select: HTMLSelectElement;
  value(): string;
}

export function selectField(
  options: Common & { options: readonly Option[]; value?: string | null; placeholder?: string },
): SelectField {
  const id = ids(options.form, options.name);
  const select = h(
    'select',
    { id: id.control, name: options.name, required: !options.optional },
    options.placeholder !== undefined ? h('option', { value: '' }, options.placeholder) : null,
    options.options.map((option) => h('option', { value: option.value }, option.label)),
  );
  select.value = options.value ?? '';
  return { ...labelledField(options, id, select), select, value: () => select.value };
}

export interface CheckboxField extends Field {
  input: HTMLInputElement;
  checked(): boolean;
}

/** One checkbox with its label beside it (consent, a yes/no setting). */
export function checkboxField(options: Common & { checked?: boolean | undefined }): CheckboxField {
  const id = ids(options.form, options.name);
  const input = h('input', { id: id.control, name: options.name, type: 'checkbox' });
  input.checked = options.checked ?? false;
  const { hint, error, setError, hasError } = feedback(input, id, options.hint);
  const node = h(
    'div',
    { class: 'field field-checkbox' },
    error,
    h('div', { class: 'choice' }, input, h('label', { for: id.control }, options.label)),
    hint,
  );
  return {
    name: options.name,
    node,
    input,
    focusTarget: input,
    checked: () => input.checked,
    setError,
    hasError,
  };
}

export interface ChoiceGroup extends Field {
  inputs: HTMLInputElement[];
  /** Checked values (checkboxes) or the one checked value in a list (radios). */
  values(): string[];
}

/**
 * A group of checkboxes or radio buttons in a fieldset whose legend names the question; the
 * hint and the error describe the fieldset.
 */
export function choiceGroup(
  options: Common & {
    type: 'checkbox' | 'radio';
    options: readonly (Option & { hint?: string })[];
    values?: readonly string[];
    /** Lays the choices out in columns where the screen allows (the 27 regions). */
    columns?: boolean;
  },
): ChoiceGroup {
  const id = ids(options.form, options.name);
  // The hint and the error describe the fieldset, as the legend names it.
  const fieldset = h('fieldset', { class: 'field choice-group', id: id.control });
  const { hint, error, setError, hasError } = feedback(fieldset, id, options.hint);
  const inputs: HTMLInputElement[] = [];
  const choices = options.options.map((option, index) => {
    const inputId = `${id.control}-${index}`;
    const optionHintId = option.hint ? `${inputId}-hint` : null;
    const input = h('input', {
      id: inputId,
      name: options.name,
      type: options.type,
      value: option.value,
      'aria-describedby': optionHintId,
    });
    input.checked = options.values?.includes(option.value) ?? false;
    inputs.push(input);
    return h(
      'div',
      { class: 'choice' },
      input,
      h(
        'label',
        { for: inputId },
        option.label,
        optionHintId ? h('span', { id: optionHintId, class: 'choice-hint' }, option.hint) : null,
      ),
    );
  });
  const legend = h('legend', null, ...labelText(options.label, options.optional));
  fieldset.append(
    ...[legend, hint, error].filter((node): node is HTMLElement => node !== null),
    h('div', { class: options.columns ? 'choices choices-columns' : 'choices' }, choices),
  );
  return {
    name: options.name,
    node: fieldset,
    inputs,
    get focusTarget() {
      return inputs.find((input) => input.checked) ?? inputs[0] ?? fieldset;
    },
    values: () => inputs.filter((input) => input.checked).map((input) => input.value),
    setError,
    hasError,
  };
}

// ---- the form as a whole -------------------------------------------------------------------

export type Problems = Readonly<Record<string, string>>;

/**
 * Shows the problems on their fields (and clears the others). With `focus`, moves focus to
 * the first field with a problem, in the order of the form, and returns the messages in that
 * order, for the live region.
 */
export function showProblems(
  fields: readonly Field[],
  problems: Problems,
  { focus }: { focus: boolean },
): string[] {
  const messages: string[] = [];
  let first: Field | undefined;
  for (const field of fields) {
    const message = problems[field.name] ?? null;
    field.setError(message);
    if (message) {
      messages.push(message);
      first ??= field;
    }
  }
  if (focus) first?.focusTarget.focus();
  return messages;
}

/**
 * A submit button that shows it is working: the label changes and it is marked
 * aria-disabled (not disabled, which would drop the keyboard focus); the form is aria-busy.
 */
export function setBusy(
  button: HTMLButtonElement,
  busy: boolean,
  labels: { idle: string; busy: string },
  form?: HTMLElement,
): void {
  button.setAttribute('aria-disabled', String(busy));
  button.textContent = busy ? labels.busy : labels.idle;
  if (form) form.setAttribute('aria-busy', String(busy));
}

export function isBusy(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-disabled') === 'true';
}

/** The message box at the top of a form for problems that belong to no one field. */
export function formMessage(id: string): {
  node: HTMLElement;
  show(message: string | null, kind?: 'error' | 'success'): void;
} {
  const node = h('p', { id, class: 'form-error', hidden: true, tabindex: -1 });
  return {
    node,
    show(message, kind = 'error') {
      node.hidden = !message;
      node.textContent = message ?? '';
      node.className = kind === 'error' ? 'form-error' : 'form-success';
    },
  };
}
