import { actionProblem } from '../actions/action-problem.js';
import { h } from '../ui/legacy/dom.js';
import type { DeliveryState, MailLogEntry } from '../firebase/functions.js';
import { formatDateTime, isoOf } from '../format.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { formMessage, isBusy, selectField, setBusy } from '../ui/legacy/form.js';
import { row } from '../organisations/organisation-view.js';
import { perform } from '../ui/legacy/perform.js';
import { pageHeading } from '../ui/legacy/heading.js';

const STATES: readonly DeliveryState[] = ['PENDING', 'PROCESSING', 'SUCCESS', 'ERROR', 'RETRY'];
const PAGE_SIZE = 25;

function stateName(state: DeliveryState): string {
  return t(`mailLog.states.${state}` as const);
}

function isState(value: string | null): value is DeliveryState {
  return (STATES as readonly string[]).includes(value ?? '');
}

/**
 * `/app/mail-log` (staff, admins): the outbox through `mailAction list` (clients cannot read
 * `mail` themselves), a page at a time with the `next` cursor, filtered by delivery state; a
 * mail that ended in ERROR can be sent again (`mailAction retry`).
 */
export async function mailLogPage({ search, announce }: PageContext): Promise<PageView> {
  const functions = await import('../firebase/functions.js');
  const language = currentLanguage();
  const wanted = new URLSearchParams(search).get('state');
  const state = selectField({
    form: 'mail-log',
    name: 'state',
    label: t('mailLog.state'),
    options: [
      { value: '', label: t('mailLog.allStates') },
      ...STATES.map((value) => ({ value, label: stateName(value) })),
    ],
    value: isState(wanted) ? wanted : '',
    optional: true,
  });
  state.node.querySelector('.optional')?.remove();
  const show = h('button', { type: 'submit', class: 'button' }, t('mailLog.show'));
  const filters = h(
    'form',
    { class: 'filters' },
    state.node,
    h('div', { class: 'filters-submit' }, show),
  );
  const message = formMessage('mail-log-message');
  const summary = h('p', { class: 'summary', id: 'mail-summary' });
  const list = h('ol', { class: 'rows', 'aria-labelledby': 'mail-summary' });
  const more = h(
    'button',
    { type: 'button', class: 'button button-secondary', hidden: true },
    t('mailLog.more'),
  );
  const node = h(
    'div',
    { class: 'page' },
    pageHeading(t('mailLog.title')),
    h('p', null, t('mailLog.intro')),
    filters,
    message.node,
    summary,
    list,
    h('p', null, more),
  );

  let next: string | null = null;
  let count = 0;
  let query = 0;

  function entry(mail: MailLogEntry): HTMLElement {
    const when = mail.endTime ?? null;
    const retry =
      mail.state === 'ERROR'
        ? h('button', { type: 'button', class: 'button button-secondary' }, t('mailLog.retry'))
        : null;
    const stateLabel = h(
      'span',
      { class: `tag tag-mail-${mail.state.toLowerCase()}` },
      stateName(mail.state),
    );
    const item = h(
      'li',
      { class: 'row' },
      h(
        'p',
        { class: 'row-title' },
        stateLabel,
        mail.urgent ? h('span', { class: 'tag tag-rejected' }, t('mailLog.urgent')) : null,
        mail.subject,
      ),
      h(
        'dl',
        { class: 'details details-compact' },
        ...row(t('mailLog.to'), mail.to.join(', ')),
        ...row(t('mailLog.attempts'), String(mail.attempts)),
        ...(when
          ? row(
              t('mailLog.time'),
              h('time', { datetime: isoOf(when) }, formatDateTime(when, language)),
            )
          : []),
        ...(mail.nextAttemptTime
          ? row(
              t('mailLog.nextAttempt'),
              h(
                'time',
                { datetime: isoOf(mail.nextAttemptTime) },
                formatDateTime(mail.nextAttemptTime, language),
              ),
            )
          : []),
        ...(mail.error
          ? row(t('mailLog.error'), h('span', { class: 'mail-error' }, mail.error))
          : []),
      ),
      retry ? h('div', { class: 'actions' }, retry) : null,
    );
    retry?.addEventListener('click', () => {
      void perform({
        button: retry,
        labels: { idle: t('mailLog.retry'), busy: t('mailLog.retrying') },
        message,
        announce,
        run: () => functions.mailAction({ action: 'retry', mailId: mail.id }),
      }).then((outcome) => {
        if (!outcome?.ok) return;
        stateLabel.className = 'tag tag-mail-pending';
        stateLabel.textContent = t('mailLog.states.PENDING');
        // The button has done its work; focus goes to the state it changed.
        stateLabel.tabIndex = -1;
        retry.remove();
        stateLabel.focus();
        announce(t('mailLog.retried'));
      });
    });
    return item;
  }

  async function load(fresh: boolean, announceResult: boolean): Promise<void> {
    const button = fresh ? show : more;
    // «Show more» pressed again while a page is coming would ask for the same page twice.
    if (!fresh && isBusy(more)) return;
    // A new query makes the old «show more» meaningless: it would page through the old filter.
    if (fresh) more.hidden = true;
    const sequence = ++query;
    const labels = { idle: t(fresh ? 'mailLog.show' : 'mailLog.more'), busy: t('common.loading') };
    setBusy(button, true, labels, list);
    message.show(null);
    try {
      const page = await functions.mailAction({
        action: 'list',
        limit: PAGE_SIZE,
        ...(state.value() ? { state: state.value() as DeliveryState } : {}),
        ...(!fresh && next ? { after: next } : {}),
      });
      if (sequence !== query) return;
      const items = page.mails.map(entry);
      if (fresh) {
        list.replaceChildren(...items);
        count = 0;
      } else {
        list.append(...items);
        // The first new mail takes focus, so the keyboard carries on where the list grew.
        items[0]?.setAttribute('tabindex', '-1');
        items[0]?.focus();
      }
      count += items.length;
      next = page.next;
      more.hidden = !next;
      summary.textContent = count ? t('mailLog.shown', { count }) : t('mailLog.none');
      if (announceResult) announce(summary.textContent);
    } catch (error) {
      console.error(error);
      const text = actionProblem(error, catalogue().errors.action, language).message;
      message.show(text);
      announce(text);
    } finally {
      setBusy(button, false, labels, list);
    }
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (state.value()) params.set('state', state.value());
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    void load(true, true);
  });
  more.addEventListener('click', () => void load(false, true));

  await load(true, false);
  return { title: t('mailLog.title'), node };
}
