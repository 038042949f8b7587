import { outboxMail } from '../../functions/src/domain/mail/outbox.js';
import type { RenderedMail } from '../../functions/src/domain/mail/render.js';
import { adminDb } from './admin.js';
import { eventually } from './mailbox.js';

/** Waits until a mail of the outbox reaches one of the given delivery states, and returns it. */
export async function mailInState(mailId: string, states: string[], timeoutMs = 20_000) {
  return eventually(
    async () => {
      const snapshot = await adminDb().doc(`mail/${mailId}`).get();
      const state = snapshot.get('delivery.state') as string | undefined;
      return state && states.includes(state)
        ? (snapshot.data() as Record<string, unknown>)
        : undefined;
    },
    { timeoutMs, what: `mail ${mailId} in ${states.join('/')}` },
  );
}

/**
 * Writes a mail to the outbox as Spilno's writers do (domain/mail/outbox.ts: `from`, the
 * Message-ID header, a rendered message), with `extra` fields over it, and returns its id.
 */
export async function addMail(
  to: string,
  message: Pick<RenderedMail, 'subject' | 'text'> & { html?: string },
  extra: Record<string, unknown> = {},
): Promise<string> {
  const ref = adminDb().collection('mail').doc();
  const rendered = { html: `<p>${message.text}</p>`, ...message };
  const from = process.env.MAIL_FROM ?? 'Спільно <noreply@spilno.test>';
  await ref.set({
    ...outboxMail({ mailId: ref.id, to, rendered, from, event: `test:${ref.id}` }),
    ...extra,
  });
  return ref.id;
}
