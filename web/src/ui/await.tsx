import type { ComponentChildren } from 'preact';
import { t } from '../i18n/i18n.js';
import { Notice } from './notice.js';
import type { Loaded } from './use-data.js';

/**
 * What a page shows of live data that is arriving (ui/use-data.ts): «Завантаження…», then
 * the data, or that it could not be loaded.
 */
export function Await<T>(props: {
  state: Loaded<T>;
  /** What failed to load, when it is not the page's data in general. */
  failure?: string;
  children: (value: T) => ComponentChildren;
}) {
  const { state } = props;
  if (state.status === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (state.status === 'failed') return <LoadFailure text={props.failure} />;
  return <>{props.children(state.value)}</>;
}

/** That data could not be loaded (or followed), said as it appears. */
export function LoadFailure(props: { text?: string | undefined }) {
  return (
    <Notice kind="error" alert>
      <p>{props.text ?? t('errors.load')}</p>
    </Notice>
  );
}
