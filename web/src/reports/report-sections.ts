import { h } from '../ui/legacy/dom.js';

/**
 * What the legacy templates page still takes from the report page's sections (now
 * components in report/): text people wrote, keeping its paragraphs.
 */
export function prose(text: string): HTMLElement {
  return h('p', { class: 'prose' }, text);
}
