import { signal } from '@preact/signals';

/**
 * The page's one live region: what `announce` says is read out by screen readers without
 * moving focus. It is emptied first, so that the same message twice in a row is still read
 * out, and the latest message wins over one still waiting to be said.
 */
const message = signal('');
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  clearTimeout(timer);
  message.value = '';
  timer = setTimeout(() => (message.value = text), 100);
}

export function LiveRegion() {
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
