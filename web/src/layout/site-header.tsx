import { currentLanguage, t } from '../i18n/i18n.js';
import {
  navItems,
  navPathFor,
  PATHS,
  publicAddress,
  SERVER_RENDERED,
  matchRoute,
} from '../router/routes.js';
import { roleClaims, session } from '../session/session-state.js';
import { hydrating } from '../ui/hydration.js';
import { AccountArea } from './account-area.js';
import { LanguageSwitch } from './language-switch.js';
import { MainNav } from './main-nav.js';

/** Where a link goes, in the interface's language for a server-rendered page. */
function href(path: string): string {
  const match = matchRoute(path);
  const serverRendered = match.kind === 'page' && SERVER_RENDERED.has(match.name);
  return serverRendered ? publicAddress(path, currentLanguage()) : path;
}

/**
 * The skip link and the header: brand and tools (language, account) on the first row,
 * navigation below, the same order for the eye and for the Tab key, on a phone and on a wide
 * screen. The navigation lists the public pages, and for a signed-in person the pages of the
 * app their role may use.
 */
export function SiteHeader(props: { path: string; search: string; serverRendered: boolean }) {
  const signedIn = !hydrating.value && session.value.status === 'signed-in';
  const role = hydrating.value ? null : (roleClaims.value?.role ?? null);
  const section = navPathFor(props.path, role);
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the content without touching the address (a `#main` would be a history entry).
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('layout.skipLink')}
      </a>
      <header class="site-header">
        <div class="wrap header-inner">
          <div class="header-top">
            <div class="brand">
              <a class="brand-name" href={href(PATHS.home)}>
                {t('layout.siteName')}
              </a>
              <span class="brand-tagline">{t('layout.tagline')}</span>
            </div>
            <div class="header-tools">
              <LanguageSwitch {...props} />
              <AccountArea path={props.path} />
            </div>
          </div>
          <MainNav
            path={props.path}
            serverRendered={props.serverRendered}
            items={navItems(signedIn, role).map((item) => ({
              ...item,
              href: href(item.path),
              // The page itself, or (on a detail page) the list it belongs to.
              current:
                item.path === props.path ? 'page' : item.path === section ? 'true' : undefined,
            }))}
          />
        </div>
      </header>
    </>
  );
}
