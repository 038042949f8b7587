import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeliveryState, MailLogEntry } from '../firebase/functions.js';
import { t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { runAction } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { FilterSelect, keepInAddress } from '../ui/filters.js';
import { FormMessage } from '../ui/form-message.js';
import { afterRender } from '../ui/form-model.js';
import { announce } from '../ui/live-region.js';
import { PageHeading } from '../ui/page-heading.js';
import { useActionState, useButtonState } from '../ui/use-form.js';
import { MailEntry, stateName, stateTagId } from './mail-entry.js';

const STATES: readonly DeliveryState[] = ['PENDING', 'PROCESSING', 'SUCCESS', 'ERROR', 'RETRY'];
const PAGE_SIZE = 25;

function isState(value: string | null): value is DeliveryState {
  return (STATES as readonly string[]).includes(value ?? '');
}

/**
 * `/app/mail-log` (staff, admins): the outbox through `mailAction list` (clients cannot read
 * `mail` themselves), a page at a time with the `next` cursor, filtered by delivery state; a
 * mail that ended in ERROR can be sent again.
 */
export function MailLogPage({ search }: PageProps) {
  const [filter, setFilter] = useState<DeliveryState | ''>(() => {
    const wanted = new URLSearchParams(search).get('state');
    return isState(wanted) ? wanted : '';
  });
  /** The mails shown (null before the first page), and the cursor of the next page. */
  const [shown, setShown] = useState<{ mails: MailLogEntry[]; next: string | null } | null>(null);
  const showing = useActionState('mail-log');
  const paging = useButtonState(showing);
  // A newer query makes the answer to an older one (a filter since changed) meaningless.
  const query = useRef(0);

  async function load(fresh: boolean, say: boolean): Promise<void> {
    const sequence = ++query.current;
    const after = fresh ? undefined : (shown?.next ?? undefined);
    const outcome = await runAction(fresh ? showing : paging, {
      run: async () =>
        (await import('../firebase/functions.js')).mailAction({
          action: 'list',
          limit: PAGE_SIZE,
          ...(filter ? { state: filter } : {}),
          ...(after ? { after } : {}),
        }),
    });
    if (!outcome?.ok || sequence !== query.current) return;
    const page = outcome.value;
    const mails = fresh ? page.mails : [...(shown?.mails ?? []), ...page.mails];
    setShown({ mails, next: page.next });
    if (say) announce(summaryOf(mails));
    const [first] = page.mails;
    if (!fresh && first) {
      // The first new mail takes focus, so the keyboard carries on where the list grew.
      await afterRender();
      document.getElementById(`mail-${first.id}`)?.focus();
    }
  }

  useEffect(() => void load(true, false), []);

  async function retried(mail: MailLogEntry): Promise<void> {
    setShown(
      (current) =>
        current && { ...current, mails: current.mails.map((m) => (m.id === mail.id ? mail : m)) },
    );
    // The button has done its work and is gone; focus goes to the state it changed.
    await afterRender();
    document.getElementById(stateTagId(mail))?.focus();
    announce(t(`mailLog.retried.${mail.state}` as const));
  }

  const busy = showing.busy.value || paging.busy.value;
  return (
    <div class="page">
      <PageHeading>{t('mailLog.title')}</PageHeading>
      <p>{t('mailLog.intro')}</p>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          keepInAddress({ state: filter });
          void load(true, true);
        }}
      >
        <FilterSelect
          form="mail-log"
          name="state"
          label={t('mailLog.state')}
          all={t('mailLog.allStates')}
          options={STATES.map((value) => ({ value, label: stateName(value) }))}
          value={filter}
          onChange={(value) => setFilter(isState(value) ? value : '')}
        />
        <div class="filters-submit">
          <BusyButton state={showing} label={t('mailLog.show')} busyLabel={t('common.loading')} />
        </div>
      </form>
      <FormMessage state={showing} />
      <p class="summary" id="mail-summary">
        {shown ? summaryOf(shown.mails) : ''}
      </p>
      <ol class="rows" aria-labelledby="mail-summary" aria-busy={busy ? 'true' : 'false'}>
        {shown?.mails.map((mail) => (
          <MailEntry key={mail.id} mail={mail} messages={showing} onRetried={retried} />
        ))}
      </ol>
      <p>
        <BusyButton
          state={paging}
          variant="secondary"
          label={t('mailLog.more')}
          busyLabel={t('common.loading')}
          // A new query makes the old «show more» meaningless: it would page the old filter.
          hidden={!shown?.next || showing.busy.value}
          onClick={() => void load(false, true)}
        />
      </p>
    </div>
  );
}

function summaryOf(mails: readonly MailLogEntry[]): string {
  return mails.length ? t('mailLog.shown', { count: mails.length }) : t('mailLog.none');
}
