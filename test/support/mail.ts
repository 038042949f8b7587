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
