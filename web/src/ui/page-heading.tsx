import type { Ref } from 'preact';
import { usePageTitle } from './page-title.js';

/**
 * A page's main heading, one per page. It can take focus (not by Tab), so that after a
 * navigation the shell moves focus to it and a screen reader starts reading the new page
 * from its title; and it gives the document its title (`title`, or the heading's own text).
 */
export function PageHeading(props: {
  children: string;
  /** The document's title when it differs from the heading («Вхід» for «Вхід до кабінету»). */
  title?: string;
  id?: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  usePageTitle(props.title ?? props.children);
  return (
    <h1 id={props.id} tabIndex={-1} data-page-heading="" ref={props.headingRef}>
      {props.children}
    </h1>
  );
}
