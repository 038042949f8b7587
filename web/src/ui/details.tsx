import type { ComponentChildren } from 'preact';

/** One term and its description in a `<dl class="details">`. */
export function Detail(props: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </>
  );
}
