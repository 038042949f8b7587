/** The badge shows counts up to this; more reads «99+». */
export const UNREAD_SHOWN_MAX = 99;

/**
 * The text of the unread badge: nothing when there is nothing unread (or the count is not
 * known yet), the number up to 99, then «99+» (the listener counts at most 100).
 */
export function formatUnread(count: number | null): string {
  if (count === null || !Number.isFinite(count) || count <= 0) return '';
  return count > UNREAD_SHOWN_MAX ? `${UNREAD_SHOWN_MAX}+` : String(Math.floor(count));
}
