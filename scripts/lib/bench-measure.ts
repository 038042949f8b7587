// What the system benchmarks' runners share: percentiles, a fixed-concurrency pool, and
// arrivals at the test SMTP server awaited by Message-ID.
import { startCaptureServer, type CapturedMessage } from '../../test/support/smtp-capture.js';

/** The nearest-rank percentile (p from 0 to 100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** Runs `work` for every item, at most `concurrency` at once; results in the items' order. */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the benchmark through its npm script.`);
  return value;
}

/** A count from the environment, or its default. */
export function countFrom(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

/**
 * The test SMTP server on the stack's port, with every message's arrival (performance.now())
 * kept by Message-ID, and waits for sets of them.
 */
export async function smtpArrivals() {
  const smtpPort = Number(required('SPILNO_SMTP_PORT'));
  const arrived = new Map<string, number>();
  const counts = new Map<string, number>();
  const waiting = new Set<() => void>();
  const capture = await startCaptureServer(smtpPort, smtpPort + 1, {
    onMessage(message: CapturedMessage) {
      counts.set(message.messageId, (counts.get(message.messageId) ?? 0) + 1);
      if (!arrived.has(message.messageId)) arrived.set(message.messageId, performance.now());
      for (const wake of waiting) wake();
    },
  });
  return {
    /** How many times each Message-ID arrived. */
    counts,
    /** When the last of the messages arrived, or null if one did not within the time. */
    async allOf(messageIds: readonly string[], timeoutMs = 120_000): Promise<number | null> {
      const last = () =>
        messageIds.every((id) => arrived.has(id))
          ? Math.max(...messageIds.map((id) => arrived.get(id)!))
          : undefined;
      return new Promise((resolve) => {
        const done = (value: number | null) => {
          waiting.delete(check);
          clearTimeout(timer);
          resolve(value);
        };
        const check = () => {
          const value = last();
          if (value !== undefined) done(value);
        };
        const timer = setTimeout(() => done(null), timeoutMs);
        waiting.add(check);
        check();
      });
    },
    stop: () => capture.stop(),
  };
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '—');
