import type { Response } from 'express';
import type { Request } from 'firebase-functions/https';
import { openDataFile } from './open-data.js';
import { siteUrlOf } from './site-url.js';

/** The open data, the feed and the sitemap change with a publication: kept for a few minutes. */
const OPEN_DATA_CACHE = 'public, max-age=300, s-maxage=600';

/**
 * Answers a request for a file of the open data, the feed or the sitemap, and says
 * whether it did (the other paths are pages).
 */
export async function serveOpenData(req: Request, res: Response): Promise<boolean> {
  let file;
  try {
    file = await openDataFile(req.path, siteUrlOf(req));
  } catch (error) {
    console.error(`Building ${req.path} failed`, error);
    res.status(503).set('Cache-Control', 'no-store').type('text/plain').send('Unavailable');
    return true;
  }
  if (!file) return false;
  const download = /\.(csv|json)$/.exec(req.path);
  res
    .status(200)
    .set('Content-Type', file.contentType)
    .set('Cache-Control', OPEN_DATA_CACHE)
    .set('Access-Control-Allow-Origin', '*');
  if (download) res.set('Content-Disposition', `inline; filename="${req.path.split('/').pop()}"`);
  res.send(file.body);
  return true;
}
