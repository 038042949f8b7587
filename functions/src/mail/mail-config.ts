import { defineInt, defineSecret, defineString } from 'firebase-functions/params';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../domain/mail/delivery.js';

/**
 * Mail settings. Locally they come from functions/.env (MailDev on 1025); in production from
 * functions/.env.<project-id> and Secret Manager. With MAIL_SENDER=extension our sender steps
 * aside and Firebase's Trigger Email extension, installed on the `mail` collection, delivers.
 */
export const smtpConnectionUri = defineString('SMTP_CONNECTION_URI', {
  description: 'SMTP server, e.g. smtps://user@smtp.example.org:465 (password in SMTP_PASSWORD)',
  default: 'smtp://127.0.0.1:1025',
});
export const smtpPassword = defineSecret('SMTP_PASSWORD');
export const mailFrom = defineString('MAIL_FROM', {
  description: 'Sender shown in emails',
  default: 'Спільно <noreply@spilno.test>',
});
export const mailSender = defineString('MAIL_SENDER', {
  description: '"builtin" (this codebase sends) or "extension" (the Trigger Email extension sends)',
  default: 'builtin',
});
export const webBaseUrl = defineString('WEB_BASE_URL', {
  description: 'Public address of the web client, for links in emails',
  default: 'http://localhost:5000',
});
const maxAttempts = defineInt('MAIL_MAX_ATTEMPTS', { default: DEFAULT_RETRY_POLICY.maxAttempts });
const retryBaseSeconds = defineInt('MAIL_RETRY_BASE_SECONDS', {
  default: DEFAULT_RETRY_POLICY.baseDelayMs / 1000,
});
const retryMaxSeconds = defineInt('MAIL_RETRY_MAX_SECONDS', {
  default: DEFAULT_RETRY_POLICY.maxDelayMs / 1000,
});
const leaseSeconds = defineInt('MAIL_LEASE_SECONDS', {
  default: DEFAULT_RETRY_POLICY.leaseMs / 1000,
});

export function retryPolicy(): RetryPolicy {
  return {
    maxAttempts: maxAttempts.value(),
    baseDelayMs: retryBaseSeconds.value() * 1000,
    maxDelayMs: retryMaxSeconds.value() * 1000,
    leaseMs: leaseSeconds.value() * 1000,
  };
}

export function builtinSenderEnabled(): boolean {
  return mailSender.value() !== 'extension';
}

/** The configuration as logged: the password is never printed. */
export function describeMailConfig() {
  return {
    smtp: smtpConnectionUri.value().replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:<omitted>@'),
    password: '<omitted>',
    from: mailFrom.value(),
    sender: mailSender.value(),
    retry: retryPolicy(),
  };
}
