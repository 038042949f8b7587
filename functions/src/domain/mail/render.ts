import type { Language } from '../catalogues/catalogue.js';
import { kyivClock } from '../kyiv-time.js';

/**
 * One message, written once as structured content and rendered to plain text and to
 * accessible HTML (language set, one heading, real paragraphs and a real link, no images,
 * no layout tables), so the two never say different things.
 */
export interface MailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** Label/value pairs shown as a definition list, e.g. number and deadline. */
  facts?: [label: string, value: string][];
  action?: { label: string; url: string };
  footer: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /**
   * The in-app notification's text: the whole message as the email says it (its paragraphs,
   * then its facts as «label: value» lines), without the button and the footer; one line each.
   * The heading when there is nothing else.
   */
  body: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderMail(content: MailContent, language: Language): RenderedMail {
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.facts?.length ? [...content.facts.map(([k, v]) => `${k}: ${v}`), ''] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '—',
    content.footer,
  ].join('\n');

  const html = [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:16px;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">',
    '<main style="max-width:600px;margin:0 auto">',
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>`,
    ...content.paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`),
    ...(content.facts?.length
      ? [
          '<dl style="margin:0 0 16px">',
          ...content.facts.map(
            ([k, v]) =>
              `<dt style="font-weight:600">${escapeHtml(k)}</dt><dd style="margin:0 0 8px">${escapeHtml(v)}</dd>`,
          ),
          '</dl>',
        ]
      : []),
    ...(content.action
      ? [
          `<p style="margin:16px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#0057b7;color:#ffffff;text-decoration:underline;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`,
        ]
      : []),
    `<hr style="border:none;border-top:1px solid #ccc;margin:24px 0 12px"><p style="font-size:14px;color:#555;margin:0">${escapeHtml(content.footer)}</p>`,
    '</main></body></html>',
  ].join('\n');

  return {
    subject: content.subject,
    text,
    html,
    body: noticeBody(content),
  };
}

function noticeBody(content: MailContent): string {
  const lines = [
    ...content.paragraphs,
    ...(content.facts ?? []).map(([label, value]) => `${label}: ${value}`),
  ];
  return lines.length ? lines.join('\n') : content.heading;
}

const dateFormatters = {
  uk: new Intl.DateTimeFormat('uk-UA', {
    timeZone: 'Europe/Kyiv',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Kyiv',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
};

/** A date (ISO date or date-time) as people write it, in Kyiv time. */
export function formatDate(value: string, language: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return dateFormatters[language].format(date);
}

/** A moment as people write it, date and Kyiv time: «15 липня 2026 р., 10:00». */
export function formatDateTime(value: string, language: Language): string {
  return `${formatDate(value, language)}, ${kyivClock(new Date(value))}`;
}
