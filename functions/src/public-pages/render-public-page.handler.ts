import type { Response } from 'express';
import type { Request } from 'firebase-functions/https';
import { pageHeaders } from '../domain/page-policy.js';
import { db } from '../shared/firebase.js';
import type { PublicPageName, RenderPublicPage } from './render-contract.js';

interface PublicRoute {
  page: PublicPageName;
  /** The one public document the page shows (one read a view), if any. */
  directory: string | null;
  /** Seconds a browser, and the CDN, may keep the page. */
  maxAge: number;
  sharedMaxAge: number;
}

/**
 * The home page changes with a deploy; the directories when an organisation is verified or
 * a coordinator named, which may show a few minutes later.
 */
const ROUTES: Readonly<Record<string, PublicRoute>> = {
  '/': { page: 'home', directory: null, maxAge: 600, sharedMaxAge: 3600 },
  '/partners': {
    page: 'partners',
    directory: 'directory/partners',
    maxAge: 300,
    sharedMaxAge: 600,
  },
  '/coordinators': {
    page: 'coordinators',
    directory: 'directory/coordinators',
    maxAge: 300,
    sharedMaxAge: 600,
  },
};

/**
 * The renderer is built from the web client's components by Vite (web/vite.ssr.config.ts,
 * run by this package's build) next to the compiled functions; loaded on first use.
 */
const RENDERER = '../web-render/render-public-page.js';
let renderer: Promise<RenderPublicPage> | undefined;

function loadRenderer(): Promise<RenderPublicPage> {
  renderer ??= (import(RENDERER) as Promise<{ renderPublicPage: RenderPublicPage }>).then(
    (module) => module.renderPublicPage,
    (error: unknown) => {
      renderer = undefined;
      throw error;
    },
  );
  return renderer;
}

/**
 * The origins of the Auth and Firestore emulators the pages' scripts reach when the function
 * runs on the emulators (which set these variables), or null in production.
 */
function emulatorOrigins(): string[] | null {
  if (process.env.FUNCTIONS_EMULATOR !== 'true') return null;
  return [process.env.FIREBASE_AUTH_EMULATOR_HOST, process.env.FIRESTORE_EMULATOR_HOST]
    .filter((host): host is string => Boolean(host))
    .map((host) => `http://${host}`);
}

export async function handlePublicPage(req: Request, res: Response): Promise<void> {
  // Hosting adds the same headers (firebase.json); the function's own address needs them too.
  res.set(pageHeaders(emulatorOrigins()));
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.status(405).set('Allow', 'GET, HEAD').type('text/plain').send('GET or HEAD only');
    return;
  }
  const route = ROUTES[req.path];
  if (!route) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  let directory: unknown = null;
  let directoryFailed = false;
  if (route.directory) {
    try {
      directory = (await db().doc(route.directory).get()).data() ?? null;
    } catch (error) {
      console.error(`Reading ${route.directory} failed`, error);
      directoryFailed = true;
    }
  }
  const query = req.originalUrl.indexOf('?');
  const page = await (
    await loadRenderer()
  )({
    page: route.page,
    path: req.path,
    search: query < 0 ? '' : req.originalUrl.slice(query),
    directory,
    directoryFailed,
  });
  res
    .status(page.status)
    .set('Content-Type', 'text/html; charset=utf-8')
    .set(
      'Cache-Control',
      page.cacheable
        ? `public, max-age=${route.maxAge}, s-maxage=${route.sharedMaxAge}`
        : 'no-store',
    )
    .send(page.html);
}
