import { t } from '../i18n/i18n.js';
import { Notice } from '../ui/notice.js';

/**
 * A server-rendered page whose data could not be read: say so, with a link that loads the
 * page again (it works without JavaScript). The response is not cached (render.tsx).
 */
export function LoadFailure(props: { text: string }) {
  return (
    <Notice kind="error">
      <p>{props.text}</p>
      <p>
        <a href="">{t('common.retry')}</a>
      </p>
    </Notice>
  );
}
