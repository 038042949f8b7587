import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentLanguage, t } from '../i18n/i18n.js';
import { Island } from '../ui/island.js';
import { announce, LiveRegion } from '../ui/live-region.js';
import { SiteHeader } from './site-header.js';

/** How long a page may take before «Завантаження…» appears (a quick load shows nothing). */
const LOADING_DELAY_MS = 400;

export interface LayoutProps {
  /** The address shown: the current navigation entry, the language switch's target. */
  path: string;
  search: string;
  /**
   * A page rendered on the server: the header and the live region are islands (the
   * browser hydrates them), the rest is HTML; the language switch loads the page again.
   */
  serverRendered: boolean;
  /** The next page is being prepared. */
  busy?: boolean;
  children: ComponentChildren;
}

/**
 * The frame around every page: skip link, header with navigation, language switch and the
 * account, the main region, the footer, and the live region for announcements.
 */
export function Layout(props: LayoutProps) {
  const header = (
    <SiteHeader path={props.path} search={props.search} serverRendered={props.serverRendered} />
  );
  const loading = useDelayed(props.busy ?? false, LOADING_DELAY_MS);
  useLanguageAnnouncement();
  return (
    <>
      {props.serverRendered ? (
        <Island name="header" props={{ path: props.path, search: props.search }}>
          {header}
        </Island>
      ) : (
        header
      )}
      <main id="main" tabIndex={-1} aria-busy={props.busy ? 'true' : 'false'}>
        <p class="wrap loading" hidden={!loading}>
          {t('layout.loading')}
        </p>
        <div class="wrap">{props.children}</div>
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>{t('layout.footer')}</p>
        </div>
      </footer>
      {props.serverRendered ? (
        <Island name="live-region" props={{}}>
          <LiveRegion />
        </Island>
      ) : (
        <LiveRegion />
      )}
    </>
  );
}

/** True once `value` has been true for `delayMs`; false as soon as it is false. */
function useDelayed(value: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!value) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return shown;
}

/** Says that the interface language changed (from the switch or the profile). */
function useLanguageAnnouncement(): void {
  const language = currentLanguage();
  const previous = useRef(language);
  useEffect(() => {
    if (previous.current === language) return;
    previous.current = language;
    announce(t('language.changed'));
  }, [language]);
}
