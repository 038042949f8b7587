import { mailSchema, messageIdFor, type Mail } from '../schemas/mail.schema.js';
import type { RenderedMail } from './render.js';

/**
 * The mail documents Spilno writes and the messages its sender sends, built in one place so
 * that every mail carries `from` and the Message-ID `<{mailId}@spilno>` whichever sender
 * (ours or the Trigger Email extension) delivers it.
 */
export interface OutboxMailInput {
  mailId: string;
  /** An address Spilno has resolved: a person's current address, or one a person typed. */
  to: string;
  rendered: Pick<RenderedMail, 'subject' | 'text' | 'html'>;
  /** MAIL_FROM. */
  from: string;
  event: string;
  urgent?: boolean;
  /** A calendar invitation sent with the mail (a council meeting's). */
  icalEvent?: CalendarPart | undefined;
}

export interface CalendarPart {
  method: 'REQUEST' | 'CANCEL';
  filename?: string;
  content: string;
}

/** The outbox document, checked against the schema (a bad one is a bug: it throws). */
export function outboxMail({
  mailId,
  to,
  rendered,
  from,
  event,
  urgent,
  icalEvent,
}: OutboxMailInput): Mail {
  return mailSchema.parse({
    to,
    from,
    headers: { 'Message-ID': messageIdFor(mailId) },
    message: {
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      ...(icalEvent ? { icalEvent } : {}),
    },
    event,
    urgent: urgent ?? false,
  });
}

export interface Recipients {
  to: string[];
  cc: string[];
  bcc: string[];
}

export function recipientsOf(mail: Pick<Mail, 'to' | 'cc' | 'bcc'>): Recipients {
  const list = (value: string | string[] | undefined) =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];
  return { to: list(mail.to), cc: list(mail.cc), bcc: list(mail.bcc) };
}

/**
 * The recipients without the addresses of deactivated accounts, or null when nobody is left:
 * a deactivated person gets no mail, whoever sends it.
 */
export function withoutAddresses(
  recipients: Recipients,
  deactivated: ReadonlySet<string>,
): Recipients | null {
  const keep = (list: string[]) => list.filter((a) => !deactivated.has(a.toLowerCase()));
  const kept = { to: keep(recipients.to), cc: keep(recipients.cc), bcc: keep(recipients.bcc) };
  return kept.to.length + kept.cc.length + kept.bcc.length > 0 ? kept : null;
}

/** What our sender hands to nodemailer for a mail of the outbox. */
export interface OutgoingMessage extends Recipients {
  from: string;
  replyTo?: string | undefined;
  subject: string;
  text?: string | undefined;
  html?: string | undefined;
  icalEvent?: CalendarPart | undefined;
  headers: Record<string, string>;
}

/**
 * The message for a stored mail, as the extension would send it from the same document: the
 * document's `from` and headers (the Message-ID must be this mail's own), to the recipients given.
 */
export function outgoingMessage(
  mailId: string,
  mail: Mail,
  recipients: Recipients,
): OutgoingMessage {
  const messageId = messageIdFor(mailId);
  if (mail.headers['Message-ID'] !== messageId) {
    throw new Error(`The Message-ID header must be ${messageId}`);
  }
  return {
    from: mail.from,
    replyTo: mail.replyTo,
    ...recipients,
    subject: mail.message.subject,
    text: mail.message.text,
    html: mail.message.html,
    ...(mail.message.icalEvent ? { icalEvent: mail.message.icalEvent } : {}),
    headers: { ...mail.headers, 'Message-ID': messageId },
  };
}
