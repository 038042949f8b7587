import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { announce } from './live-region.js';
import { PageHeading } from './page-heading.js';

/**
 * What an action led to, shown in place of the page that did it (an account created, an
 * organisation registered, an invitation accepted): a new heading that takes focus, and
 * `said` read out, so that a screen reader hears what happened without looking for it.
 */
export function OutcomePage(props: {
  heading: string;
  /** The document's title when it differs from the heading. */
  title?: string;
  said: string;
  children: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    announce(props.said);
  }, []);
  return (
    <div class="page page-narrow">
      <PageHeading headingRef={heading} title={props.title}>
        {props.heading}
      </PageHeading>
      {props.children}
    </div>
  );
}
