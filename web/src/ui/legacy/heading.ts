import { h } from './dom.js';

/**
 * A page's main heading. It can take focus (not by Tab) so that after a navigation the
 * router moves focus to it, and a screen reader starts reading the new page from its title.
 */
export function pageHeading(text: string): HTMLHeadingElement {
  return h('h1', { tabindex: -1, 'data-page-heading': true }, text);
}
