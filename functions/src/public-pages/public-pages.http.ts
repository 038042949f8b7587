import { onRequest } from 'firebase-functions/https';
import { lazy } from '../shared/lazy.js';

/**
 * The public pages rendered on the server (`/`, `/partners`, `/coordinators`, `/stats`,
 * `/open-data`, …), the open data and the files of public records (`/files/publications/…`)
 * behind Hosting rewrites (firebase.json). The handler, the Admin SDK and the renderer load on the first
 * request, so that loading the codebase stays fast.
 */
export const publicPages = onRequest(
  { cors: false },
  lazy(() => import('./render-public-page.handler.js'), 'handlePublicPage'),
);
