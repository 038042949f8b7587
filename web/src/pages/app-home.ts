import { REGIONS } from '@domain/catalogues/regions.js';
import { ROLE_LABELS, ROLES, type Role } from '@domain/roles.js';
import { needsTokenRefresh, readRoleClaims, type RoleClaimsView } from '../auth/claims.js';
import { h } from '../dom.js';
import type { IdTokenInfo } from '../firebase/auth.js';
import type { ProfileView } from '../firebase/firestore.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { pageHeading } from './heading.js';

function regionLabel(code: string): string {
  return REGIONS.find((region) => region.code === code)?.[currentLanguage()] ?? code;
}

function row(term: string, ...description: (Node | string)[]): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, ...description)];
}

/**
 * The signed-in person's start page: who they are and what role they have. It follows
 * `users/{uid}`; when the server changes the person's claims it moves `claimsUpdatedAt`,
 * and the page fetches a fresh token and shows the new role without signing out.
 */
export async function appHomePage({ user, announce }: PageContext): Promise<PageView> {
  if (!user) throw new Error('The app page needs a signed-in user');
  const [auth, store] = await Promise.all([
    import('../firebase/auth.js'),
    import('../firebase/firestore.js'),
  ]);

  let token: IdTokenInfo | null = await auth.idTokenInfo();
  let profile: ProfileView | null = null;
  let lastClaimsUpdate: number | null | undefined;
  let error: string | null = null;

  const greeting = h('p', { class: 'lead' });
  const details = h('dl', { class: 'details' });
  const notice = h('p', { class: 'notice', hidden: true }, t('app.noRole'));
  const errorBox = h('p', { class: 'form-error', role: 'alert', hidden: true });

  function render(): void {
    const claims: RoleClaimsView<Role> = readRoleClaims(token?.claims ?? {}, ROLES);
    const name = profile?.displayName ?? user?.displayName ?? user?.email ?? '';
    greeting.textContent = t('app.greeting', { name });
    details.replaceChildren(
      ...row(t('app.name'), name),
      ...(user?.email ? row(t('app.email'), user.email) : []),
      ...(profile?.position ? row(t('app.position'), profile.position) : []),
      ...(claims.role ? row(t('app.role'), ROLE_LABELS[claims.role][currentLanguage()]) : []),
      ...(claims.orgId ? row(t('app.organisation'), claims.orgId) : []),
      ...(claims.regions.length
        ? row(t('app.regions'), claims.regions.map(regionLabel).join(', '))
        : []),
    );
    notice.hidden = claims.role !== null;
    errorBox.hidden = !error;
    errorBox.textContent = error ?? '';
  }

  async function refreshToken(announceChange: boolean): Promise<void> {
    try {
      token = await auth.idTokenInfo(true);
      error = null;
      render();
      if (announceChange) announce(t('app.claimsUpdated'));
    } catch (cause) {
      console.error(cause);
      error = t('errors.claimsRefresh');
      render();
    }
  }

  const stopWatching = store.watchProfile(
    user.uid,
    (next) => {
      const current = next?.claimsUpdatedAt ?? null;
      const firstSnapshot = lastClaimsUpdate === undefined;
      const refresh = needsTokenRefresh({
        previous: lastClaimsUpdate,
        current,
        tokenIssuedAt: token?.issuedAt ?? 0,
      });
      lastClaimsUpdate = current;
      profile = next;
      render();
      if (refresh) void refreshToken(!firstSnapshot);
    },
    (cause) => {
      console.error(cause);
      error = t('errors.profile');
      render();
    },
  );

  render();
  const node = h(
    'div',
    { class: 'page page-narrow' },
    pageHeading(t('app.title')),
    greeting,
    errorBox,
    h('section', { class: 'card' }, h('h2', null, t('app.accountHeading')), details, notice),
  );
  return { title: t('app.title'), node, dispose: stopWatching };
}
