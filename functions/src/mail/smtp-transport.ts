import type { Transporter } from 'nodemailer';
import { smtpConnectionUri, smtpPassword } from './mail-config.js';

let transporter: Transporter | undefined;

/**
 * One pooled SMTP connection per instance, created on the first send (nodemailer is
 * imported lazily so that modules importing this one stay quick to load).
 */
export async function smtpTransport(): Promise<Transporter> {
  if (transporter) return transporter;
  const nodemailer = await import('nodemailer');
  const url = new URL(smtpConnectionUri.value());
  const password = secretOrEmpty();
  transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: password } } : {}),
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Locally MailDev speaks plain SMTP; elsewhere STARTTLS is required when offered.
    ignoreTLS: url.hostname === '127.0.0.1' || url.hostname === 'localhost',
  });
  return transporter;
}

/** Drops the pooled connection after a transport failure so that the next send reconnects. */
export function resetSmtpTransport(): void {
  transporter?.close();
  transporter = undefined;
}

function secretOrEmpty(): string {
  try {
    const value = smtpPassword.value();
    return value === 'none' ? '' : value;
  } catch {
    return '';
  }
}
