import '../styles.css';
import { hydrate, type ComponentType } from 'preact';
import { initLanguage, isLanguage, rememberedLanguage, rememberLanguage, t } from '../i18n/i18n.js';
import { FOCUS_AFTER_LOAD_KEY } from '../layout/language-switch.js';
import { SiteHeader } from '../layout/site-header.js';
import { publicAddress } from '../router/routes.js';
import { hasSessionHint, loadAuth } from '../session/session.js';
import { hydrating } from '../ui/hydration.js';
import { announce, LiveRegion } from '../ui/live-region.js';
import { PartnersDirectory } from './partners-directory.js';

/**
 * `/public.js`: the only script of a server-rendered public page. It hydrates the page's
 * islands (ui/island.tsx) with the components the server rendered them from, and nothing
 * else: the rest of the page is HTML. It reads nothing from Firestore.
 */
const ISLANDS: Readonly<Record<string, ComponentType<never>>> = {
  header: (props: { path: string; search: string }) => <SiteHeader {...props} serverRendered />,
  'live-region': LiveRegion,
  partners: PartnersDirectory,
};

/** After the language switch loaded the page again, focus goes back to it. */
function restoreFocus(): void {
  let key: string | null = null;
  try {
    key = sessionStorage.getItem(FOCUS_AFTER_LOAD_KEY);
    sessionStorage.removeItem(FOCUS_AFTER_LOAD_KEY);
  } catch {
    return;
  }
  if (key !== 'language') return;
  document.querySelector<HTMLElement>('[data-focus-key="language"]')?.focus();
  announce(t('language.changed'));
}

async function start(): Promise<void> {
  const shown = isLanguage(document.documentElement.lang) ? document.documentElement.lang : 'uk';
  const asked = new URLSearchParams(location.search).get('lang');
  // A language asked for in the address is remembered for the app's pages too; an address
  // without one follows the language this device chose before.
  if (isLanguage(asked)) {
    rememberLanguage(asked);
  } else {
    const remembered = rememberedLanguage();
    if (remembered && remembered !== shown) {
      location.replace(publicAddress(`${location.pathname}${location.search}`, remembered));
      return;
    }
  }
  await initLanguage(shown);
  hydrating.value = true;
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const Island = ISLANDS[element.dataset.island ?? ''] as ComponentType<object> | undefined;
    if (!Island) continue;
    hydrate(<Island {...(JSON.parse(element.dataset.props ?? '{}') as object)} />, element);
  }
  hydrating.value = false;
  restoreFocus();
  // A browser that has signed in before shows its session in the header.
  if (hasSessionHint()) loadAuth().catch((error: unknown) => console.error(error));
}

void start();
