import { t } from '../i18n/i18n.js';
import { PageHeading } from '../ui/page-heading.js';
import { PATHS } from './routes.js';

/** Shown when a page could not be loaded at all (most often: the connection dropped). */
export function ErrorPage() {
  return (
    <div class="page page-narrow">
      <PageHeading>{t('errors.pageLoad')}</PageHeading>
      <p>
        <a href={PATHS.home}>{t('notFound.home')}</a>
      </p>
    </div>
  );
}
