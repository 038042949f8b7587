import type { ComponentChildren } from 'preact';

const CLASSES = { info: 'notice', error: 'form-error', success: 'form-success' } as const;

/**
 * A notice in the flow of a page: something to know (`info`), something that went wrong
 * (`error`: a load that failed, with a way to try again), or something that worked.
 * `alert` makes it interrupt a screen reader, for a problem that appears on its own.
 */
export function Notice(props: {
  kind?: keyof typeof CLASSES;
  alert?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={CLASSES[props.kind ?? 'info']} role={props.alert ? 'alert' : undefined}>
      {props.children}
    </div>
  );
}
