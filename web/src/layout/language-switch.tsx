import { currentLanguage, LANGUAGE_NAMES, setLanguage, t } from '../i18n/i18n.js';
import { announce } from '../ui/live-region.js';

/** After a server-rendered page is loaded in the other language, focus goes back to the switch. */
export const FOCUS_AFTER_LOAD_KEY = 'spilno.focus';

/**
 * The switch to the other language. In the app it changes the language in place (English is
 * downloaded on first use). On a server-rendered page it is a small GET form that loads the
 * page again with `?lang=…`, so that it works without JavaScript; the rest of the address
 * (filters) is kept.
 */
export function LanguageSwitch(props: { path: string; search: string; serverRendered: boolean }) {
  const other = currentLanguage() === 'uk' ? 'en' : 'uk';
  const label = LANGUAGE_NAMES[other];
  if (!props.serverRendered) {
    return (
      <button
        type="button"
        class="language-switch"
        lang={other}
        data-focus-key="language"
        onClick={() => {
          // Offline, the page stays as it is and says so.
          setLanguage(other).catch((error: unknown) => {
            console.error(error);
            announce(t('errors.action.network'));
          });
        }}
      >
        {label}
      </button>
    );
  }
  const kept = [...new URLSearchParams(props.search)].filter(([name]) => name !== 'lang');
  return (
    <form
      class="language-form"
      method="get"
      action={props.path}
      onSubmit={(event) => {
        // With JavaScript: the address as it is now (a filter may have changed it), and focus
        // back on the switch once the page is loaded again.
        event.preventDefault();
        const url = new URL(location.href);
        url.searchParams.set('lang', other);
        try {
          sessionStorage.setItem(FOCUS_AFTER_LOAD_KEY, 'language');
        } catch {
          // Focus starts at the top of the page then.
        }
        location.assign(`${url.pathname}${url.search}`);
      }}
    >
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        class="language-switch"
        name="lang"
        value={other}
        lang={other}
        data-focus-key="language"
      >
        {label}
      </button>
    </form>
  );
}
