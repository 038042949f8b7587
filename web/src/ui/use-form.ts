import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { Validation } from '../forms/problems.js';
import {
  createActionState,
  createForm,
  type ActionState,
  type FormModel,
  type FormValues,
} from './form-model.js';

/** A form's model, made once for the component that shows the form (see form-model.ts). */
export function useForm<V extends FormValues, Out>(options: {
  id: string;
  initial: V;
  validate: (values: V) => Validation<Out>;
}): FormModel<V, Out> {
  const [form] = useState(() => createForm(options));
  return form;
}

/** The state of an action without fields, made once for the component that offers it. */
export function useActionState(id: string): ActionState {
  const [state] = useState(() => createActionState(id));
  return state;
}

/**
 * The state of one button among several that say things in the same message box (the rows of
 * a list, «show more» under a list): busy on its own, its refusals in `messages`' box.
 */
export function useButtonState(messages: ActionState): ActionState {
  const [busy] = useState(() => signal(false));
  return { id: messages.id, busy, message: messages.message };
}
