import '../validation.js';
import { describe, expect, it } from 'vitest';
import { mailSchema, messageIdFor } from './mail.schema.js';

const MESSAGE = {
  subject: 'Звернення ГО-2026-000123 зареєстровано',
  text: 'Ваше звернення зареєстровано.',
};
const SENT_AS = {
  from: 'Спільно <noreply@spilno.test>',
  headers: { 'Message-ID': messageIdFor('report.receipt_r1__uid-1') },
};

function issuesOf(input: unknown) {
  const result = mailSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('mail outbox document', () => {
  it('accepts resolved addresses, a rendered message, `from` and the Message-ID', () => {
    expect(issuesOf({ to: 'ngo@example.org', message: MESSAGE, ...SENT_AS })).toEqual([]);
    expect(
      issuesOf({
        to: ['a@example.org', 'b@example.org'],
        cc: 'c@example.org',
        message: { subject: 'Тема', html: '<p>Текст</p>' },
        ...SENT_AS,
        replyTo: 'office@example.org',
        event: 'report.receipt:r1',
        urgent: false,
      }),
    ).toEqual([]);
    expect(issuesOf({ bcc: ['a@example.org'], message: MESSAGE, ...SENT_AS })).toEqual([]);
  });

  it('refuses user ids: the addresses are resolved when the mail is written', () => {
    expect(issuesOf({ toUids: ['uid-coordinator'], message: MESSAGE, ...SENT_AS })).toEqual([
      {
        path: 'toUids',
        message:
          '`toUids` is not written: Spilno resolves addresses when it writes a mail, skipping deactivated accounts; put the address in `to`',
      },
    ]);
    expect(
      issuesOf({ to: 'a@example.org', bccUids: ['u'], message: MESSAGE, ...SENT_AS }).map(
        (i) => i.message,
      ),
    ).toEqual([expect.stringContaining('put the address in `bcc`')]);
  });

  it('refuses a template: the extension would send it empty', () => {
    expect(
      issuesOf({
        to: 'ngo@example.org',
        template: { name: 'report.receipt', data: {} },
        message: MESSAGE,
        ...SENT_AS,
      }),
    ).toEqual([
      {
        path: 'template',
        message:
          '`template` is not written: the Trigger Email extension would send it empty; render the template into `message`',
      },
    ]);
  });

  it('refuses fields only one of the senders would honour, naming them', () => {
    expect(
      issuesOf({ to: 'a@example.org', message: MESSAGE, ...SENT_AS, sendGrid: {}, categories: [] }),
    ).toEqual([
      {
        path: '',
        message:
          'A mail has fields Spilno does not write (both senders must render it the same): sendGrid, categories',
      },
    ]);
    expect(
      issuesOf({ to: 'a@example.org', message: { ...MESSAGE, attachments: [] }, ...SENT_AS }),
    ).toEqual([
      {
        path: 'message',
        message:
          '`message` has fields Spilno does not write (both senders must render it the same): attachments',
      },
    ]);
  });

  it('needs `from` and this mail’s Message-ID header', () => {
    expect(issuesOf({ to: 'a@example.org', message: MESSAGE, headers: SENT_AS.headers })).toEqual([
      { path: 'from', message: 'A mail needs `from` (MAIL_FROM)' },
    ]);
    for (const headers of [undefined, {}, { 'Message-ID': '<abc@example.org>' }]) {
      expect(
        issuesOf({ to: 'a@example.org', message: MESSAGE, from: SENT_AS.from, headers }),
      ).toEqual([
        {
          path: 'headers',
          message: 'A mail needs string headers with `Message-ID: <{mailId}@spilno>`',
        },
      ]);
    }
  });

  it('needs a recipient', () => {
    expect(issuesOf({ message: MESSAGE, ...SENT_AS })).toEqual([
      { path: 'to', message: 'A mail needs an address in `to`, `cc` or `bcc`' },
    ]);
    expect(issuesOf({ to: [], cc: [], message: MESSAGE, ...SENT_AS })).toEqual([
      { path: 'to', message: 'A mail needs an address in `to`, `cc` or `bcc`' },
    ]);
  });

  it('needs a message with text or html', () => {
    expect(issuesOf({ to: 'ngo@example.org', ...SENT_AS }).map((i) => i.path)).toEqual(['message']);
    expect(issuesOf({ to: 'ngo@example.org', message: { subject: 'Тема' }, ...SENT_AS })).toEqual([
      { path: 'message', message: 'A message needs text or html' },
    ]);
  });

  it('refuses malformed addresses', () => {
    expect(
      issuesOf({ to: 'not-an-address', message: MESSAGE, ...SENT_AS }).map((i) => i.path),
    ).toContain('to');
  });

  it('accepts a delivery state only from the extension’s set', () => {
    const delivery = { state: 'PENDING', attempts: 0 };
    expect(issuesOf({ to: 'ngo@example.org', message: MESSAGE, ...SENT_AS, delivery })).toEqual([]);
    expect(
      issuesOf({
        to: 'ngo@example.org',
        message: MESSAGE,
        ...SENT_AS,
        delivery: { ...delivery, state: 'SENT' },
      }).map((i) => i.path),
    ).toEqual(['delivery.state']);
  });
});
