import { t } from '../i18n/i18n.js';
import { Button } from './button.js';
import { Notice } from './notice.js';

/**
 * What a list read from the server says above its rows: its summary («Знайдено 12…»), empty
 * while it loads; or, when the read failed, the problem with a «Спробувати ще раз» button. The
 * summary's `id` names the list (`aria-labelledby`).
 */
export function ListStatus(props: {
  id: string;
  failed: boolean;
  loading: boolean;
  summary: string;
  onRetry: () => void;
}) {
  if (props.failed) {
    return (
      <Notice kind="error">
        <p>{props.summary}</p>
        <Button variant="secondary" onClick={props.onRetry}>
          {t('common.retry')}
        </Button>
      </Notice>
    );
  }
  return (
    <p class="summary" id={props.id}>
      {props.loading ? '' : props.summary}
    </p>
  );
}
