import { useEffect } from 'preact/hooks';
import { t } from '../i18n/i18n.js';
import { PageHeading } from '../ui/page-heading.js';
import { PATHS } from './routes.js';

export function NotFoundPage() {
  // Search engines should not index the page a mistyped address leads to.
  useEffect(() => {
    const robots = document.createElement('meta');
    robots.name = 'robots';
    robots.content = 'noindex';
    document.head.append(robots);
    return () => robots.remove();
  }, []);
  return (
    <div class="page page-narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <a href={PATHS.home}>{t('notFound.home')}</a>
      </p>
    </div>
  );
}
