import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server for the test stack, with a small HTTP control API so that tests can read
 * what arrived and switch the server off for a while (connections refused), as an outage would.
 * Addresses at `reject.spilno.test` are refused permanently (550), as a mailbox that does not
 * exist would be.
 *
 *   GET  /messages            every message received, oldest first
 *   POST /outage/start        stop listening: new connections are refused
 *   POST /outage/end          listen again
 *   POST /reset               forget the messages
 */
export interface CapturedMessage {
  envelopeTo: string[];
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  receivedAt: string;
}

export const PERMANENTLY_REJECTED_DOMAIN = 'reject.spilno.test';

/**
 * `onMessage` is told of each message as it is accepted, in this process (a benchmark times
 * arrivals with it rather than polling the control API).
 */
export async function startCaptureServer(
  smtpPort: number,
  controlPort: number,
  { onMessage }: { onMessage?: (message: CapturedMessage) => void } = {},
) {
  const messages: CapturedMessage[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().endsWith(`@${PERMANENTLY_REJECTED_DOMAIN}`)) {
        const error = new Error('5.1.1 Mailbox does not exist') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const addresses = (value: typeof parsed.to) =>
            (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
              a.value.map((v) => v.address ?? ''),
            );
          const message: CapturedMessage = {
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? '',
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            receivedAt: new Date().toISOString(),
          };
          messages.push(message);
          onMessage?.(message);
          callback();
        })
        .catch(callback);
    },
  });

  let listening = false;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (listening) return resolve();
      smtp.server.once('error', reject);
      smtp.listen(smtpPort, '127.0.0.1', () => {
        listening = true;
        resolve();
      });
    });
  // Closing the listener refuses new connections; open ones are ended too.
  const refuse = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      smtp.server.close(() => resolve());
      for (const connection of (smtp as unknown as { connections: Set<{ close(): void }> })
        .connections) {
        connection.close();
      }
    });

  await listen();
  const control: HttpServer = createHttpServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const route = `${req.method} ${req.url?.split('?')[0]}`;
    if (route === 'GET /messages') return reply(200, messages);
    if (route === 'POST /reset') return reply(200, { cleared: messages.splice(0).length });
    if (route === 'POST /outage/start') return void refuse().then(() => reply(200, { listening }));
    if (route === 'POST /outage/end')
      return void listen().then(
        () => reply(200, { listening }),
        (e) => reply(500, { error: String(e) }),
      );
    reply(404, { error: 'unknown route' });
  });
  await new Promise<void>((resolve) => control.listen(controlPort, '127.0.0.1', resolve));

  return {
    async stop() {
      await refuse();
      await new Promise<void>((resolve) => control.close(() => resolve()));
    },
  };
}
