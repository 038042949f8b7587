import type { Request } from 'firebase-functions/https';

/**
 * The site's origin for canonical addresses, the feed and the sitemap: `SPILNO_SITE_URL` when
 * set (production), otherwise the address the visitor used, as Hosting forwards it.
 */
export function siteUrlOf(req: Request): string {
  const configured = process.env.SPILNO_SITE_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const forwardedHost = req.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwardedHost || req.get('host') || 'localhost';
  const forwardedProto = req.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const protocol =
    forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : req.protocol;
  return `${protocol}://${host}`;
}
