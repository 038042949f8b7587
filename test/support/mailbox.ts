import type { CapturedMessage } from './smtp-capture.js';

/** Reads the test SMTP server (test/support/smtp-capture.ts) through its control API. */
const controlUrl = `http://127.0.0.1:${Number(process.env.SPILNO_SMTP_PORT ?? 0) + 1}`;

async function control(method: 'GET' | 'POST', path: string): Promise<unknown> {
  const response = await fetch(`${controlUrl}${path}`, { method });
  if (!response.ok) throw new Error(`SMTP control ${method} ${path}: ${response.status}`);
  return response.json();
}

export async function receivedMessages(): Promise<CapturedMessage[]> {
  return (await control('GET', '/messages')) as CapturedMessage[];
}

export async function messagesTo(address: string): Promise<CapturedMessage[]> {
  return (await receivedMessages()).filter((m) => m.envelopeTo.includes(address.toLowerCase()));
}

export const smtpOutage = {
  start: () => control('POST', '/outage/start'),
  end: () => control('POST', '/outage/end'),
};

/** Polls until `check` returns a value (not undefined), or fails with what was last seen. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs = 15_000, intervalMs = 200, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
