import { REGIONS } from '@domain/catalogues/regions.js';
import { h } from '../ui/legacy/dom.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { fetchDocument } from '../public-data/firestore-rest.js';
import { coordinatorsFrom, groupByRegion, type CoordinatorEntry } from './public-directory.js';
import { publicTarget } from '../public-data/target.js';
import type { PageContext, PageView } from '../router/page.js';
import { pageHeading } from '../ui/legacy/heading.js';

/** More than there will ever be: one or a few per region. */

function regionName(code: string): string {
  return REGIONS.find((entry) => entry.code === code)?.[currentLanguage()] ?? code;
}

function person(coordinator: CoordinatorEntry): HTMLElement {
  return h(
    'li',
    { class: 'person' },
    h('p', { class: 'row-title' }, coordinator.displayName),
    coordinator.position ? h('p', { class: 'row-meta' }, coordinator.position) : null,
    coordinator.workEmail || coordinator.workPhone
      ? h(
          'dl',
          { class: 'details details-compact' },
          ...(coordinator.workEmail
            ? [
                h('dt', null, t('coordinators.email')),
                h(
                  'dd',
                  null,
                  h('a', { href: `mailto:${coordinator.workEmail}` }, coordinator.workEmail),
                ),
              ]
            : []),
          ...(coordinator.workPhone
            ? [
                h('dt', null, t('coordinators.phone')),
                h(
                  'dd',
                  null,
                  h('a', { href: `tel:${coordinator.workPhone}` }, coordinator.workPhone),
                ),
              ]
            : []),
        )
      : null,
  );
}

/**
 * `/coordinators`: the regional coordinators for public relations, by region, all 27 regions
 * in order, saying plainly where there is none yet. Read from the one public document
 * `directory/coordinators` over Firestore's REST API (no Firebase SDK on the page, one read).
 */
export async function coordinatorsPage({ announce }: PageContext): Promise<PageView> {
  const language = currentLanguage();
  const title = t('coordinators.title');
  const heading = pageHeading(t('coordinators.heading'));
  const content = h('div');
  const node = h(
    'div',
    { class: 'page' },
    heading,
    h('p', { class: 'lead' }, t('coordinators.intro')),
    content,
  );

  function render(coordinators: CoordinatorEntry[]): void {
    const groups = groupByRegion(coordinators, language);
    const covered = groups.filter((group) => group.coordinators.length > 0);
    content.replaceChildren(
      h('p', { class: 'summary' }, t('coordinators.summary', { count: covered.length })),
      h('p', { hidden: covered.length === groups.length }, t('coordinators.withoutText')),
      h(
        'ul',
        { class: 'regions' },
        groups.map((group) =>
          h(
            'li',
            {
              class: group.coordinators.length ? 'region' : 'region region-empty',
              id: `region-${group.code}`,
            },
            h('h2', null, regionName(group.code)),
            group.coordinators.length
              ? h('ul', { class: 'people' }, group.coordinators.map(person))
              : h('p', { class: 'hint' }, t('coordinators.none')),
          ),
        ),
      ),
    );
  }

  async function load(): Promise<boolean> {
    try {
      render(coordinatorsFrom(await fetchDocument(publicTarget(), 'directory/coordinators')));
      return true;
    } catch (error) {
      console.error(error);
      const retry = h(
        'button',
        { type: 'button', class: 'button button-secondary' },
        t('common.retry'),
      );
      retry.addEventListener('click', () => {
        void load().then((ok) => {
          if (ok) {
            heading.focus();
            announce(t('coordinators.title'));
          }
        });
      });
      content.replaceChildren(
        h('div', { class: 'form-error' }, h('p', null, t('coordinators.loadError')), retry),
      );
      return false;
    }
  }

  await load();
  return { title, node };
}
