import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Problems, Validation } from '../forms/problems.js';
import { isPressingSubmit } from './submit-press.js';

/**
 * The state of a form, in signals: what was typed, which problems each field shows, whether
 * it is being sent and the message at its top. Fields (field.tsx), the error summary and the
 * submit flow (action-runner.ts) all read and write this one model.
 *
 * A field shows its problem once it has been left or the form was sent, and from then on the
 * message follows every keystroke; nothing nags before. Problems the server named (a refusal)
 * show on their fields until the form is changed.
 */
export type FieldValue = string | boolean | readonly string[];
export type FormValues = Record<string, FieldValue>;

export interface FormMessage {
  text: string;
  kind: 'error' | 'success';
}

/** What any action shows its state with (a form, or a button on its own). */
export interface ActionState {
  /** Prefix of element ids, unique on the page. */
  readonly id: string;
  readonly busy: Signal<boolean>;
  /** The message box: a refusal that belongs to no one field, or a success. */
  readonly message: Signal<FormMessage | null>;
}

export interface FormModel<V extends FormValues = FormValues, Out = unknown> extends ActionState {
  /**
   * The fields in the order of the form (the order of the values' keys: `initial`'s, and for
   * a form whose fields come and go, such as people added to a report, its values' now).
   */
  readonly names: readonly (keyof V & string)[];
  readonly values: Signal<V>;
  readonly submitted: Signal<boolean>;
  readonly serverProblems: Signal<Problems>;
  /** The problem each field shows now, in the order of the form. */
  readonly visible: ReadonlySignal<Problems>;
  set<K extends keyof V & string>(name: K, value: V[K]): void;
  /** Focus left the field: from now on it shows its problems (not while a send is pressed). */
  leave(name: string): void;
  /**
   * Shows these fields' problems from now on, whatever is being pressed: a part of a form
   * checked on its own (a step of the report form, whose «continue» is its send button).
   */
  show(names: readonly string[]): void;
  /** Marks the form sent (every field shows its problems from now on) and checks it. */
  check(): Validation<Out>;
  /**
   * Starts the form again with these values (a form emptied after it was sent): no field
   * shows a problem until it is left or the form is sent again.
   */
  reset(values: V): void;
}

/** The state of an action without fields (a button of its own). */
export function createActionState(id: string): ActionState {
  return { id, busy: signal(false), message: signal(null) };
}

export function createForm<V extends FormValues, Out>(options: {
  id: string;
  initial: V;
  /** The shared schema's verdict in the interface's language (forms/problems.ts). */
  validate: (values: V) => Validation<Out>;
}): FormModel<V, Out> {
  const values = signal(options.initial);
  const names = computed(() => Object.keys(values.value) as (keyof V & string)[]);
  const submitted = signal(false);
  const touched = signal<ReadonlySet<string>>(new Set());
  const serverProblems = signal<Problems>({});
  const current = computed(() => {
    const checked = options.validate(values.value);
    return checked.ok ? {} : checked.problems;
  });
  const visible = computed(() => {
    const client = current.value;
    const server = serverProblems.value;
    const shown: Problems = {};
    for (const name of names.value) {
      const message =
        server[name] ?? (submitted.value || touched.value.has(name) ? client[name] : undefined);
      if (message) shown[name] = message;
    }
    return shown;
  });
  return {
    get names() {
      return names.value;
    },
    values,
    submitted,
    serverProblems,
    visible,
    ...createActionState(options.id),
    set(name, value) {
      batch(() => {
        values.value = { ...values.peek(), [name]: value };
        if (Object.keys(serverProblems.peek()).length) serverProblems.value = {};
      });
    },
    leave(name) {
      if (isPressingSubmit() || touched.peek().has(name)) return;
      touched.value = new Set([...touched.peek(), name]);
    },
    show(shown) {
      touched.value = new Set([...touched.peek(), ...shown]);
    },
    check() {
      batch(() => {
        submitted.value = true;
        serverProblems.value = {};
      });
      return options.validate(values.peek());
    },
    reset(next) {
      batch(() => {
        values.value = next;
        submitted.value = false;
        touched.value = new Set();
        serverProblems.value = {};
      });
    },
  };
}

/** Element ids of a field: the control, its hint and its error message. */
export function fieldIds(form: string, name: string) {
  const base = `${form}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return { control: base, hint: `${base}-hint`, error: `${base}-error` };
}

/** The id of a form's message box. */
export function messageId(state: Pick<ActionState, 'id'>): string {
  return `${state.id}-message`;
}

/**
 * Moves focus to a field: the control itself, or in a group of choices the checked one (or
 * the first).
 */
export function focusField(controlId: string): void {
  const element = document.getElementById(controlId);
  if (!element) return;
  const target =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector<HTMLElement>('input:checked') ??
        element.querySelector<HTMLElement>('input, select, textarea'))
      : element;
  (target ?? element).focus();
}

/** Resolves once Preact has rendered what the signals just changed. */
export function afterRender(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
