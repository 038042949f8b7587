import type { ComponentChildren } from 'preact';
import type { ActionState } from './form-model.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

const CLASSES: Readonly<Record<ButtonVariant, string>> = {
  primary: 'button',
  secondary: 'button button-secondary',
  danger: 'button button-danger',
};

/** A plain button (`type="button"`) in the house style. */
export function Button(props: {
  variant?: ButtonVariant;
  onClick: () => void;
  children: ComponentChildren;
  hidden?: boolean;
}) {
  return (
    <button
      type="button"
      class={CLASSES[props.variant ?? 'primary']}
      hidden={props.hidden}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/**
 * A button that runs an action and shows it is working: its label changes and it is marked
 * aria-disabled, not disabled, which would drop the keyboard focus. With `onClick` it is a
 * button of its own; without, it sends its form.
 */
export function BusyButton(props: {
  state: ActionState;
  label: string;
  busyLabel: string;
  variant?: ButtonVariant;
  onClick?: () => void;
  hidden?: boolean;
}) {
  const busy = props.state.busy.value;
  return (
    <button
      type={props.onClick ? 'button' : 'submit'}
      class={CLASSES[props.variant ?? 'primary']}
      aria-disabled={busy ? 'true' : 'false'}
      hidden={props.hidden}
      onClick={props.onClick}
    >
      {busy ? props.busyLabel : props.label}
    </button>
  );
}

/** A link that looks like a button (the next step on a page). */
export function ButtonLink(props: {
  href: string;
  variant?: Exclude<ButtonVariant, 'danger'>;
  children: ComponentChildren;
}) {
  return (
    <a class={CLASSES[props.variant ?? 'primary']} href={props.href}>
      {props.children}
    </a>
  );
}
