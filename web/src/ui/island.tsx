import type { ComponentChildren } from 'preact';

/**
 * A part of a server-rendered page that the browser makes interactive (hydrates): the
 * header with the session and the language switch, the partners' filter. The server renders
 * the component inside, with `props`; public/islands.client.tsx finds the island by `name`
 * and hydrates the same component with the same props. Everything outside islands stays
 * plain HTML and ships no JavaScript.
 */
export function Island<P extends object>(props: {
  name: string;
  props: P;
  children: ComponentChildren;
}) {
  return (
    <div class="island" data-island={props.name} data-props={JSON.stringify(props.props)}>
      {props.children}
    </div>
  );
}
