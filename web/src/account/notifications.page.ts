import { h } from '../ui/legacy/dom.js';
import type { NotificationView } from '../firebase/notifications.js';
import { formatDateTime, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { onUnreadChange, unreadCount } from '../session/session.js';
import { formMessage } from '../ui/legacy/form.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { perform } from '../ui/legacy/perform.js';
import { formatUnread } from './unread.js';
import { pageHeading } from '../ui/legacy/heading.js';

const PAGE_SIZE = 30;
const WRITE_TIMEOUT_MS = 15_000;

/**
 * `/app/notifications`: the person's notices, newest first, each leading to what it is about.
 * Opening one marks it read; «mark all as read» marks the rest in batches. Only `read` and
 * `readAt` are written (rules allow nothing else).
 */
export async function notificationsPage({ user, announce }: PageContext): Promise<PageView> {
  if (!user) throw new Error('The notifications page needs a signed-in user');
  const uid = user.uid;
  const notifications = await import('../firebase/notifications.js');
  const title = t('notifications.title');
  const heading = pageHeading(title);
  const message = formMessage('notifications-message');
  const summary = h('p', { class: 'summary' });
  const markAll = h(
    'button',
    { type: 'button', class: 'button button-secondary' },
    t('notifications.markAll'),
  );
  const list = h('ol', { class: 'rows notices' });
  const more = h(
    'button',
    { type: 'button', class: 'button button-secondary', hidden: true },
    t('notifications.more'),
  );
  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' });
  const node = h(
    'div',
    { class: 'page page-narrow' },
    heading,
    h('p', null, t('notifications.intro')),
    message.node,
    loadError,
    h('div', { class: 'toolbar' }, summary, markAll),
    list,
    h('p', null, more),
  );

  let shown = PAGE_SIZE;
  let stop: (() => void) | null = null;

  function renderSummary(): void {
    const count = unreadCount();
    const text = formatUnread(count);
    summary.textContent = text
      ? t('notifications.unreadCount', { count: text })
      : t('notifications.allRead');
    markAll.hidden = !text;
  }

  function item(notice: NotificationView): HTMLElement {
    const language = currentLanguage();
    const link = h(
      'a',
      { href: notice.link, 'data-focus-key': `notice:${notice.id}` },
      notice.title,
    );
    link.addEventListener('click', () => {
      // Marked read as it is opened; Firestore sends the change even as the page moves on.
      if (!notice.read) {
        notifications
          .markNotificationRead(uid, notice.id)
          .catch((error: unknown) => console.error(error));
      }
    });
    return h(
      'li',
      { class: notice.read ? 'row notice-read' : 'row notice-unread' },
      h(
        'p',
        { class: 'row-title' },
        notice.read ? null : h('span', { class: 'tag tag-new' }, t('notifications.unread')),
        notice.urgent ? h('span', { class: 'tag tag-rejected' }, t('notifications.urgent')) : null,
        link,
      ),
      notice.body ? h('p', null, notice.body) : null,
      notice.createdAt
        ? h(
            'p',
            { class: 'row-meta' },
            h(
              'time',
              { datetime: isoOf(notice.createdAt) },
              formatDateTime(notice.createdAt, language),
            ),
          )
        : null,
    );
  }

  function follow(): void {
    stop?.();
    stop = notifications.watchNotifications(
      uid,
      shown,
      (items, hasMore) => {
        loadError.hidden = true;
        replaceKeepingFocus(
          list,
          ...(items.length ? items.map(item) : [h('li', null, t('notifications.none'))]),
        );
        more.hidden = !hasMore;
      },
      (error) => {
        console.error(error);
        loadError.hidden = false;
        loadError.textContent = t('errors.load');
      },
    );
  }

  more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    follow();
  });

  markAll.addEventListener('click', () => {
    void perform({
      button: markAll,
      labels: { idle: t('notifications.markAll'), busy: t('notifications.marking') },
      message,
      announce,
      timeoutMs: WRITE_TIMEOUT_MS,
      run: () => notifications.markAllNotificationsRead(uid),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      message.show(t('notifications.markedAll'), 'success');
      // The button goes away with nothing left unread; focus goes to the list's heading.
      heading.focus();
      announce(t('notifications.markedAll'));
    });
  });

  renderSummary();
  const stopUnread = onUnreadChange(renderSummary);
  follow();
  return {
    title,
    node,
    dispose: () => {
      stop?.();
      stopUnread();
    },
  };
}
