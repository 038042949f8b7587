import type { Response } from 'express';
import type { Request } from 'firebase-functions/https';
import { pageHeaders } from '../domain/page-policy.js';
import { kyivDate } from '../domain/kyiv-time.js';
import type { Meeting } from '../domain/schemas/meeting.schema.js';
import { councilRef } from '../councils/council-store.js';
import { asDate, meetings } from '../meetings/meeting-store.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';
import { isFirstPageOfAll } from '../domain/publications/first-page.js';
import { readFirstPage } from '../publications/first-page-store.js';
import { serveOpenData } from './open-data.handler.js';
import { servePublicFile } from './public-file.handler.js';
import {
  readCoordinatorDirectory,
  readCouncilDirectory,
  readPartnerDirectory,
} from './public-directories.js';
import { readPublicRecord, searchPublicRecords } from './public-records.js';
import type { PublicPageName, RenderPublicPage } from './render-contract.js';
import { searchQueryOf } from './search-query.js';
import { readStatistics } from './statistics.js';
import { siteUrlOf } from './site-url.js';

interface PublicRoute {
  page: PublicPageName;
  /**
   * Reads the page's public data (a directory document, the councils, a page of the search),
   * if it shows some, from the address's query.
   */
  read: ((query: URLSearchParams) => Promise<unknown>) | null;
  /** Seconds a browser, and the CDN, may keep the page. */
  maxAge: number;
  sharedMaxAge: number;
}

/**
 * The council's proposals the public may see (`isProposalPublic`: from the time a meeting
 * discussed them, unless withdrawn), prepared in it or discussed by it: number, title,
 * status and the authors' names, nothing else.
 */
async function publicProposals(councilId: string) {
  const [{ isProposalPublic }, { proposalSchema }] = await Promise.all([
    import('../domain/policies/proposal.policy.js'),
    import('../domain/schemas/proposal.schema.js'),
  ]);
  const proposals = db().collection('proposals').withConverter(storedConverter(proposalSchema));
  const [own, discussed] = await Promise.all([
    proposals.where('councilId', '==', councilId).get(),
    proposals.where('discussion.councilId', '==', councilId).get(),
  ]);
  const byId = new Map([...own.docs, ...discussed.docs].map((d) => [d.id, d.data()]));
  return [...byId.entries()]
    .filter(([, proposal]) => isProposalPublic(proposal))
    .map(([id, proposal]) => ({
      id,
      number: proposal.number,
      title: proposal.title,
      status: proposal.status,
      authors: proposal.authors.map((author) => author.name),
    }))
    .sort((a, b) => a.number.localeCompare(b.number));
}

const COUNCIL_PATH = /^\/councils\/([A-Za-z0-9_-]{1,128})$/;

/**
 * The home page changes with a deploy; the directories when an organisation is verified or
 * a coordinator named, and the councils when their members change, which may show a few
 * minutes later.
 */
const ROUTES: Readonly<Record<string, PublicRoute>> = {
  '/': { page: 'home', read: null, maxAge: 600, sharedMaxAge: 3600 },
  '/partners': {
    page: 'partners',
    read: readPartnerDirectory,
    maxAge: 300,
    sharedMaxAge: 600,
  },
  '/coordinators': {
    page: 'coordinators',
    read: readCoordinatorDirectory,
    maxAge: 300,
    sharedMaxAge: 600,
  },
  '/councils': {
    page: 'councils',
    read: readCouncilDirectory,
    maxAge: 300,
    sharedMaxAge: 600,
  },
  // A record published or retracted shows within a few minutes.
  '/publications': {
    page: 'publications',
    read: async (query) => {
      const search = searchQueryOf(query);
      // The first page of every record is kept as one document; until it is first built,
      // and for any search, filter or later page, the search answers.
      return (isFirstPageOfAll(search) && (await readFirstPage())) || searchPublicRecords(search);
    },
    maxAge: 120,
    sharedMaxAge: 300,
  },
  '/stats': { page: 'stats', read: readStatistics, maxAge: 300, sharedMaxAge: 900 },
  // What the open data holds changes with a deploy.
  '/open-data': { page: 'openData', read: null, maxAge: 600, sharedMaxAge: 3600 },
};

const RECORD_PATH = /^\/p\/([A-Za-z0-9_-]{1,128})$/;
/**
 * What the public sees of a council's published meetings: the title, the Kyiv day and the
 * minutes' text, newest first, never the attendance or the online link.
 */
function publishedMinutes(published: readonly Meeting[]) {
  return published
    .flatMap((meeting) => {
      const minutes = meeting.minutes?.text;
      if (minutes === undefined) return [];
      return [{ title: meeting.title, heldOn: kyivDate(asDate(meeting.startsAt)), minutes }];
    })
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn));
}

function routeFor(path: string): PublicRoute | undefined {
  const known = ROUTES[path];
  if (known) return known;
  const recordId = RECORD_PATH.exec(path)?.[1];
  if (recordId) {
    return {
      page: 'publication',
      read: () => readPublicRecord(recordId),
      maxAge: 300,
      sharedMaxAge: 600,
    };
  }
  const councilId = COUNCIL_PATH.exec(path)?.[1];
  if (!councilId) return undefined;
  return {
    page: 'council',
    read: async () => {
      const [council, published, proposals] = await Promise.all([
        councilRef(councilId).get(),
        meetings().where('councilId', '==', councilId).where('status', '==', 'published').get(),
        publicProposals(councilId),
      ]);
      const data = council.data();
      if (!data) return null;
      return {
        id: council.id,
        ...data,
        meetings: publishedMinutes(published.docs.map((d) => d.data())),
        proposals,
      };
    },
    maxAge: 300,
    sharedMaxAge: 600,
  };
}

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
  if (await serveOpenData(req, res)) return;
  if (await servePublicFile(req, res)) return;
  const route = routeFor(req.path);
  if (!route) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  let directory: unknown = null;
  let directoryFailed = false;
  const query = req.originalUrl.indexOf('?');
  const search = query < 0 ? '' : req.originalUrl.slice(query);
  if (route.read) {
    try {
      directory = await route.read(new URLSearchParams(search));
    } catch (error) {
      console.error(`Reading the data of ${req.path} failed`, error);
      directoryFailed = true;
    }
  }
  const page = await (
    await loadRenderer()
  )({
    page: route.page,
    path: req.path,
    search,
    directory,
    directoryFailed,
    siteUrl: siteUrlOf(req),
  });
  res
    .status(page.status)
    .set('Content-Type', 'text/html; charset=utf-8')
    .set(
      'Cache-Control',
      page.cacheable && page.status === 200
        ? `public, max-age=${route.maxAge}, s-maxage=${route.sharedMaxAge}`
        : 'no-store',
    )
    .send(page.html);
}
