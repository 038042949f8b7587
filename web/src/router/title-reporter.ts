import { t } from '../i18n/i18n.js';
import { announce } from '../ui/live-region.js';

/**
 * The title reporter of a page: sets the document's title each time, and the first time,
 * after a navigation, moves focus to the page's heading and says which page opened.
 */
export function titleReporter(focus: boolean, notice: string | undefined): (title: string) => void {
  let reported = false;
  return (title) => {
    document.title = t('layout.documentTitle', { page: title });
    if (reported) return;
    reported = true;
    if (focus) {
      window.scrollTo(0, 0);
      const main = document.getElementById('main');
      (main?.querySelector<HTMLElement>('[data-page-heading]') ?? main)?.focus();
      const opened = t('layout.pageOpened', { title });
      announce(notice ? `${notice} ${opened}` : opened);
    } else if (notice) {
      announce(notice);
    }
  };
}
