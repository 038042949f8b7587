import '../validation.js';
import { describe, expect, it } from 'vitest';
import { mailSchema } from '../schemas/mail.schema.js';
import { mailIdFor } from './delivery.js';
import { outboxMail, outgoingMessage, recipientsOf, withoutAddresses } from './outbox.js';
import { renderTemplate } from './templates.js';

const FROM = 'Спільно <noreply@spilno.test>';
const rendered = renderTemplate(
  'organisation.verified',
  { orgId: '43900115', name: 'ПІ «Гідність»' },
  'uk',
  'https://spilno.example.org',
);

/** Ids as the writers make them: a notice to a uid, an invitation to an address, a digest. */
const MAIL_IDS = [
  mailIdFor('report.assigned:rep-7Hq2:registration', 'uid-coordinator-1'),
  mailIdFor('invitation:9f2c', 'olena.koval@example.org'),
  mailIdFor('digest:2026-11-25:0', 'uid-7'),
  mailIdFor('report.message:rep-1:Повідомлення', 'uid-8'),
  'AutoId0123456789abcd',
];

describe('every outgoing message carries `from` and its Message-ID', () => {
  it.each(MAIL_IDS)('the document written for %s', (mailId) => {
    const mail = outboxMail({
      mailId,
      to: 'Olena.Koval@Example.org',
      rendered,
      from: FROM,
      event: 'organisation.verified:43900115',
    });
    expect(mail.from).toBe(FROM);
    expect(mail.headers).toEqual({ 'Message-ID': `<${mailId}@spilno>` });
    expect(mail).toMatchObject({
      to: 'olena.koval@example.org',
      message: { subject: rendered.subject, text: rendered.text, html: rendered.html },
      urgent: false,
    });
    expect(mailSchema.safeParse(mail).success).toBe(true);

    const message = outgoingMessage(mailId, mail, recipientsOf(mail));
    expect(message.from).toBe(FROM);
    expect(message.headers['Message-ID']).toBe(`<${mailId}@spilno>`);
    expect(message).toMatchObject({
      to: ['olena.koval@example.org'],
      cc: [],
      bcc: [],
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
    });
  });

  it('refuses to build a document without a sender', () => {
    expect(() =>
      outboxMail({ mailId: 'm1', to: 'a@example.org', rendered, from: '', event: 'e' }),
    ).toThrow(/from/);
  });

  it('sends a stored mail only under its own Message-ID', () => {
    const mail = outboxMail({
      mailId: 'm1',
      to: 'a@example.org',
      rendered,
      from: FROM,
      event: 'e',
    });
    expect(() => outgoingMessage('m2', mail, recipientsOf(mail))).toThrow(
      'The Message-ID header must be <m2@spilno>',
    );
  });
});

describe('recipients of a mail', () => {
  it('drops the addresses of deactivated accounts, whatever their case', () => {
    const recipients = recipientsOf({
      to: ['a@example.org', 'Gone@Example.org'],
      cc: 'gone@example.org',
    });
    expect(withoutAddresses(recipients, new Set(['gone@example.org']))).toEqual({
      to: ['a@example.org'],
      cc: [],
      bcc: [],
    });
  });

  it('leaves nobody when every recipient is deactivated', () => {
    expect(
      withoutAddresses(recipientsOf({ to: 'gone@example.org' }), new Set(['gone@example.org'])),
    ).toBeNull();
  });
});
