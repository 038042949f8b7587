import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.js';
import type { NavItem } from '../router/routes.js';

const LIST_ID = 'main-nav-list';

/**
 * The main navigation. On a phone (≤ 640 px, styles.css) its links fold behind a «Меню»
 * button, a disclosure (aria-expanded, aria-controls): Enter or Space opens and closes it,
 * Escape closes it and gives focus back to the button, and it closes when another page is
 * shown. On a wider screen the button is not shown and the links always are. A
 * server-rendered page shows the links and no button until its script runs, so that it
 * works without JavaScript.
 */
export function MainNav(props: {
  items: readonly (NavItem & { href: string; current: 'page' | 'true' | undefined })[];
  path: string;
  serverRendered: boolean;
}) {
  // Effects run only in the browser: a server-rendered header gains the button once hydrated.
  const [foldable, setFoldable] = useState(!props.serverRendered);
  useEffect(() => setFoldable(true), []);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [props.path]);

  return (
    <nav
      aria-label={t('layout.mainNav')}
      class={foldable ? `foldable${open ? ' open' : ''}` : undefined}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      {foldable ? (
        <button
          ref={button}
          type="button"
          class="menu-button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={LIST_ID}
          onClick={() => setOpen(!open)}
        >
          {t('layout.menu')}
        </button>
      ) : null}
      <ul id={LIST_ID}>
        {props.items.map((item) => (
          <li key={item.path}>
            <a
              href={item.href}
              data-focus-key={`nav:${item.path}`}
              aria-current={item.current}
              onClick={() => setOpen(false)}
            >
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
