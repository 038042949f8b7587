import { REGIONS } from '@domain/catalogues/regions.js';
import { ROLE_LABELS } from '@domain/roles.js';
import { h } from '../ui/legacy/dom.js';
import type { ProfileView } from '../firebase/firestore.js';
import type { OrganisationView } from '../firebase/organisations.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { statusTag } from '../organisations/organisation-view.js';
import { pageHeading } from '../ui/legacy/heading.js';

function regionLabel(code: string): string {
  return REGIONS.find((region) => region.code === code)?.[currentLanguage()] ?? code;
}

function row(term: string, ...description: (Node | string)[]): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, ...description)];
}

/**
 * The signed-in person's start page: who they are, what role they have, and what they can
 * do next. The role comes from the session's claims; when the server changes it, the router
 * shows this page again for the new role (session/account.ts fetches the new token).
 */
export async function appHomePage({ user, claims }: PageContext): Promise<PageView> {
  if (!user) throw new Error('The app page needs a signed-in user');
  const [account, organisations] = await Promise.all([
    import('../session/account.js'),
    claims?.orgId ? import('../firebase/organisations.js') : Promise.resolve(null),
  ]);
  const language = currentLanguage();

  const greeting = h('p', { class: 'lead' });
  const details = h('dl', { class: 'details' });

  function render(profile: ProfileView | null): void {
    const name = profile?.displayName ?? user?.displayName ?? user?.email ?? '';
    greeting.textContent = t('app.greeting', { name });
    details.replaceChildren(
      ...row(t('app.name'), name),
      ...(user?.email ? row(t('app.email'), user.email) : []),
      ...(profile?.position ? row(t('app.position'), profile.position) : []),
      ...(claims?.role ? row(t('app.role'), ROLE_LABELS[claims.role][language]) : []),
      ...(claims?.orgId ? row(t('app.organisation'), claims.orgId) : []),
      ...(claims?.regions.length
        ? row(t('app.regions'), claims.regions.map(regionLabel).join(', '))
        : []),
    );
  }

  render(account.accountProfile());
  const stops = [account.onAccountProfile(render)];

  const sections: HTMLElement[] = [
    h('section', { class: 'card' }, h('h2', null, t('app.accountHeading')), details),
  ];

  if (!claims?.role) {
    sections.push(
      h(
        'section',
        { class: 'card' },
        h('h2', null, t('app.whatNext')),
        h('p', { class: 'notice' }, t('app.noRole')),
        h(
          'p',
          null,
          h('a', { class: 'button', href: PATHS.registerOrganisation }, t('app.noRoleRegister')),
        ),
        h('p', null, t('app.noRoleInvitation')),
      ),
    );
  }

  if (claims?.orgId && organisations) {
    const card = h('section', { class: 'card' }, h('h2', null, t('app.organisationHeading')));
    const body = h('div');
    card.append(
      body,
      h('p', null, h('a', { href: PATHS.organisation }, t('app.organisationLink'))),
    );
    const show = (organisation: OrganisationView | null) => {
      if (!organisation) return;
      body.replaceChildren(
        h('p', { class: 'row-title' }, organisation.shortName, ' ', statusTag(organisation.status)),
        ...(organisation.status === 'pending'
          ? [h('p', null, t('organisation.status.pendingDrafts'))]
          : organisation.status === 'rejected'
            ? [h('p', null, t('organisation.status.rejectedHeading'))]
            : []),
      );
    };
    stops.push(
      organisations.watchOrganisation(claims.orgId, show, (error) => console.error(error)),
    );
    sections.push(card);
  }

  const node = h(
    'div',
    { class: 'page page-narrow' },
    pageHeading(t('app.title')),
    greeting,
    ...sections,
  );
  return {
    title: t('app.title'),
    node,
    dispose: () => {
      for (const stop of stops) stop();
    },
  };
}
