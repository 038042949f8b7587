import { onRequest } from 'firebase-functions/https';
import type { Request } from 'firebase-functions/https';
import type { Response } from 'express';

/**
 * `/api/**` behind the Hosting rewrite. Routes are matched here rather than with a router
 * framework: there are few of them and each handler is loaded only when its route is hit.
 */
export async function handleApi(req: Request, res: Response): Promise<void> {
  const path = req.path.replace(/^\/api(?=\/|$)/, '') || '/';
  if (path === '/health' && req.method === 'GET') {
    res.json({ ok: true, service: 'spilno', time: new Date().toISOString() });
    return;
  }
  res.status(404).json({ error: { code: 'HTTP.NOT_FOUND', message: 'Такої адреси немає' } });
}

export const api = onRequest({ cors: false }, handleApi);
