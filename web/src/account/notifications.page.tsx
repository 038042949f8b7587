import { useRef, useState } from 'preact/hooks';
import type { NotificationView } from '../firebase/notifications.js';
import { formatDateTime, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { unreadNotices } from '../session/session-state.js';
import { runAction, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { Button, BusyButton } from '../ui/button.js';
import { FormMessage } from '../ui/form-message.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { useLive } from '../ui/use-data.js';
import { useActionState } from '../ui/use-form.js';
import { formatUnread } from './unread.js';

const PAGE_SIZE = 30;
const WRITE_TIMEOUT_MS = 15_000;

const adapter = () => import('../firebase/notifications.js');

/**
 * `/app/notifications`: the person's notices, newest first, each leading to what it is about.
 * Opening one marks it read; «mark all as read» marks the rest in batches. Only `read` and
 * `readAt` are written (rules allow nothing else).
 */
export function NotificationsPage({ user }: PageProps) {
  if (!user) throw new Error('The notifications page needs a signed-in user');
  const uid = user.uid;
  const heading = useRef<HTMLHeadingElement>(null);
  const markAll = useActionState('notifications');
  const [shown, setShown] = useState(PAGE_SIZE);
  const list = useLive<{ items: NotificationView[]; hasMore: boolean }>(
    async (next, fail) => {
      const { watchNotifications } = await adapter();
      return watchNotifications(uid, shown, (items, hasMore) => next({ items, hasMore }), fail);
    },
    [uid, shown],
  );
  const unread = formatUnread(unreadNotices.value);

  const markAllRead = () =>
    runAction(markAll, {
      timeoutMs: WRITE_TIMEOUT_MS,
      run: async () => (await adapter()).markAllNotificationsRead(uid),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      succeed(markAll, t('notifications.markedAll'));
      // The button goes away with nothing left unread; focus goes to the list's heading.
      heading.current?.focus();
    });

  return (
    <div class="page page-narrow">
      <PageHeading headingRef={heading}>{t('notifications.title')}</PageHeading>
      <p>{t('notifications.intro')}</p>
      <FormMessage state={markAll} />
      <div class="toolbar">
        <p class="summary">
          {unread ? t('notifications.unreadCount', { count: unread }) : t('notifications.allRead')}
        </p>
        <BusyButton
          state={markAll}
          variant="secondary"
          label={t('notifications.markAll')}
          busyLabel={t('notifications.marking')}
          hidden={!unread}
          onClick={() => void markAllRead()}
        />
      </div>
      <Await state={list}>
        {({ items, hasMore }) => (
          <>
            <ol class="rows notices">
              {items.length ? (
                items.map((notice) => <Notice key={notice.id} uid={uid} notice={notice} />)
              ) : (
                <li>{t('notifications.none')}</li>
              )}
            </ol>
            <p>
              <Button
                variant="secondary"
                hidden={!hasMore}
                onClick={() => setShown((count) => count + PAGE_SIZE)}
              >
                {t('notifications.more')}
              </Button>
            </p>
          </>
        )}
      </Await>
    </div>
  );
}

function Notice(props: { uid: string; notice: NotificationView }) {
  const { notice } = props;
  return (
    <li class={notice.read ? 'row notice-read' : 'row notice-unread'}>
      <p class="row-title">
        {notice.read ? null : <StatusTag tone="new">{t('notifications.unread')}</StatusTag>}
        {notice.urgent ? <StatusTag tone="rejected">{t('notifications.urgent')}</StatusTag> : null}
        <a
          href={notice.link}
          onClick={() => {
            // Marked read as it is opened; Firestore sends the change even as the page moves on.
            if (notice.read) return;
            adapter()
              .then((notifications) => notifications.markNotificationRead(props.uid, notice.id))
              .catch((error: unknown) => console.error(error));
          }}
        >
          {notice.title}
        </a>
      </p>
      {/* The whole text, as the email says it: one paragraph per line. */}
      {notice.body
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      {notice.createdAt ? (
        <p class="row-meta">
          <time dateTime={isoOf(notice.createdAt)}>
            {formatDateTime(notice.createdAt, currentLanguage())}
          </time>
        </p>
      ) : null}
    </li>
  );
}
