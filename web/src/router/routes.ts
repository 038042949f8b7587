/**
 * The pages that exist and how an address maps onto them. Pure, so that it is tested
 * directly; router.ts wires it to the History API.
 */
import type { Role } from '@domain/roles.js';

export type RouteName =
  | 'home'
  | 'signIn'
  | 'signUp'
  | 'partners'
  | 'coordinators'
  | 'councils'
  | 'council'
  | 'publications'
  | 'publication'
  | 'stats'
  | 'openData'
  | 'notFound'
  | 'app'
  | 'registerOrganisation'
  | 'join'
  | 'verifyEmail'
  | 'organisation'
  | 'organisations'
  | 'organisationDetail'
  | 'users'
  | 'userDetail'
  | 'profile'
  | 'notifications'
  | 'mailLog'
  | 'reports'
  | 'reportNew'
  | 'reportIntake'
  | 'report'
  | 'reportEdit'
  | 'queue'
  | 'dashboard'
  | 'templates'
  | 'councilAdmin'
  | 'councilDetail'
  | 'meeting'
  | 'proposals'
  | 'proposalNew'
  | 'proposal'
  | 'proposalEdit'
  | 'publishing'
  | 'publicationNew'
  | 'publicationDraft'
  | 'notes'
  | 'noteNew'
  | 'coAuthorship';

/**
 * What a page needs of the session: `none` (public pages load no Firebase code), `optional`
 * (the page adapts to whether someone is signed in), `required` (signed-out visitors are sent
 * to sign in first).
 */
export type SessionNeed = 'none' | 'optional' | 'required';

export type RouteMatch =
  | {
      kind: 'page';
      name: RouteName;
      session: SessionNeed;
      /**
       * `server`: a public page the server renders (functions/src/public-pages), reached by
       * loading the address; `client`: a page of the single-page app.
       */
      render: 'server' | 'client';
      /** Values taken from the address, e.g. `{ orgId: '43900115' }`. */
      params: Readonly<Record<string, string>>;
    }
  /** The address has a canonical form (`/app` → `/app/`); go there instead. */
  | { kind: 'redirect'; to: string };

export const PATHS = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  partners: '/partners',
  coordinators: '/coordinators',
  councils: '/councils',
  publications: '/publications',
  stats: '/stats',
  openData: '/open-data',
  app: '/app/',
  registerOrganisation: '/app/register-organisation',
  verifyEmail: '/app/verify-email',
  organisation: '/app/organisation',
  organisations: '/app/organisations',
  users: '/app/users',
  profile: '/app/profile',
  notifications: '/app/notifications',
  mailLog: '/app/mail-log',
  reports: '/app/reports',
  reportNew: '/app/reports/new',
  reportIntake: '/app/reports/intake',
  queue: '/app/queue',
  dashboard: '/app/dashboard',
  templates: '/app/templates',
  councilAdmin: '/app/councils',
  proposals: '/app/proposals',
  proposalNew: '/app/proposals/new',
  publishing: '/app/publications',
  publicationNew: '/app/publications/new',
  notes: '/app/notes',
  noteNew: '/app/notes/new',
} as const satisfies Partial<Record<RouteName, string>>;

const STATIC: Readonly<Record<string, { name: RouteName; session: SessionNeed }>> = {
  [PATHS.home]: { name: 'home', session: 'none' },
  [PATHS.signIn]: { name: 'signIn', session: 'optional' },
  [PATHS.signUp]: { name: 'signUp', session: 'optional' },
  [PATHS.partners]: { name: 'partners', session: 'none' },
  [PATHS.coordinators]: { name: 'coordinators', session: 'none' },
  [PATHS.councils]: { name: 'councils', session: 'none' },
  [PATHS.publications]: { name: 'publications', session: 'none' },
  [PATHS.stats]: { name: 'stats', session: 'none' },
  [PATHS.openData]: { name: 'openData', session: 'none' },
  [PATHS.app]: { name: 'app', session: 'required' },
  [PATHS.registerOrganisation]: { name: 'registerOrganisation', session: 'required' },
  // The link in the confirmation email works on any device, signed in or not.
  [PATHS.verifyEmail]: { name: 'verifyEmail', session: 'optional' },
  [PATHS.organisation]: { name: 'organisation', session: 'required' },
  [PATHS.organisations]: { name: 'organisations', session: 'required' },
  [PATHS.users]: { name: 'users', session: 'required' },
  [PATHS.profile]: { name: 'profile', session: 'required' },
  [PATHS.notifications]: { name: 'notifications', session: 'required' },
  [PATHS.mailLog]: { name: 'mailLog', session: 'required' },
  [PATHS.reports]: { name: 'reports', session: 'required' },
  [PATHS.reportNew]: { name: 'reportNew', session: 'required' },
  [PATHS.reportIntake]: { name: 'reportIntake', session: 'required' },
  [PATHS.queue]: { name: 'queue', session: 'required' },
  [PATHS.dashboard]: { name: 'dashboard', session: 'required' },
  [PATHS.templates]: { name: 'templates', session: 'required' },
  [PATHS.councilAdmin]: { name: 'councilAdmin', session: 'required' },
  [PATHS.proposals]: { name: 'proposals', session: 'required' },
  [PATHS.proposalNew]: { name: 'proposalNew', session: 'required' },
  [PATHS.publishing]: { name: 'publishing', session: 'required' },
  [PATHS.publicationNew]: { name: 'publicationNew', session: 'required' },
  [PATHS.notes]: { name: 'notes', session: 'required' },
  [PATHS.noteNew]: { name: 'noteNew', session: 'required' },
};

/** Invitation tokens are base64url (server: 24 random bytes; the schema allows 20–200). */
const TOKEN = '[A-Za-z0-9_-]{20,200}';
/** An organisation's id is its EDRPOU code. */
const EDRPOU = '[0-9]{8}';
/** Auth uids: letters, digits, `_` and `-` (Firebase's own are 28 alphanumerics). */
const UID = '[A-Za-z0-9_-]{1,128}';
/** Report ids: Firestore's auto-ids (20 alphanumerics) or the demo's `demo-report-…`. */
const REPORT_ID = '[A-Za-z0-9_-]{1,128}';
/** Council ids: Firestore's auto-ids or the demo's `expert-children`. */
const COUNCIL_ID = '[A-Za-z0-9_-]{1,128}';
/** Public record ids: Firestore's auto-ids or the demo's. */
const PUBLICATION_ID = '[A-Za-z0-9_-]{1,128}';
/** Proposal ids: Firestore's auto-ids or the demo's `demo-proposal-endorsed`. */
const PROPOSAL_ID = '[A-Za-z0-9_-]{1,128}';

const WITH_PARAMS: readonly {
  pattern: RegExp;
  name: RouteName;
  session: SessionNeed;
  param: string;
}[] = [
  {
    pattern: new RegExp(`^/councils/(${COUNCIL_ID})$`),
    name: 'council',
    session: 'none',
    param: 'councilId',
  },
  {
    pattern: new RegExp(`^/p/(${PUBLICATION_ID})$`),
    name: 'publication',
    session: 'none',
    param: 'publicationId',
  },
  // The invitation page explains itself to a visitor who is not signed in yet.
  {
    pattern: new RegExp(`^/app/join/(${TOKEN})$`),
    name: 'join',
    session: 'optional',
    param: 'token',
  },
  {
    pattern: new RegExp(`^/app/councils/(${COUNCIL_ID})$`),
    name: 'councilDetail',
    session: 'required',
    param: 'councilId',
  },
  // The address the emails about applications to join link to: the council's page.
  {
    pattern: new RegExp(`^/app/councils/(${COUNCIL_ID})/applications$`),
    name: 'councilDetail',
    session: 'required',
    param: 'councilId',
  },
  {
    pattern: new RegExp(`^/app/meetings/(${COUNCIL_ID})$`),
    name: 'meeting',
    session: 'required',
    param: 'meetingId',
  },
  {
    pattern: new RegExp(`^/app/organisations/(${EDRPOU})$`),
    name: 'organisationDetail',
    session: 'required',
    param: 'orgId',
  },
  {
    pattern: new RegExp(`^/app/users/(${UID})$`),
    name: 'userDetail',
    session: 'required',
    param: 'uid',
  },
  // `/app/reports/new` and `/app/reports/intake` are static pages, matched before these.
  {
    pattern: new RegExp(`^/app/reports/(${REPORT_ID})$`),
    name: 'report',
    session: 'required',
    param: 'reportId',
  },
  {
    pattern: new RegExp(`^/app/reports/(${REPORT_ID})/edit$`),
    name: 'reportEdit',
    session: 'required',
    param: 'reportId',
  },
  // `/app/proposals/new` is a static page, matched before these.
  {
    pattern: new RegExp(`^/app/proposals/(${PROPOSAL_ID})$`),
    name: 'proposal',
    session: 'required',
    param: 'proposalId',
  },
  {
    pattern: new RegExp(`^/app/proposals/(${PROPOSAL_ID})/edit$`),
    name: 'proposalEdit',
    session: 'required',
    param: 'proposalId',
  },
  // `/app/publications/new` is a static page, matched before this.
  {
    pattern: new RegExp(`^/app/publications/(${PUBLICATION_ID})$`),
    name: 'publicationDraft',
    session: 'required',
    param: 'publicationId',
  },
  // The emailed link of an invitation to co-author: `{proposalId}__{orgId}`.
  {
    pattern: new RegExp(`^/app/proposals/invitations/(${PROPOSAL_ID})$`),
    name: 'coAuthorship',
    session: 'required',
    param: 'invitationId',
  },
];

const NOT_FOUND: RouteMatch = {
  kind: 'page',
  name: 'notFound',
  session: 'none',
  render: 'client',
  params: {},
};

/** Public pages rendered on the server, from the same components (public/render.tsx). */
export const SERVER_RENDERED: ReadonlySet<RouteName> = new Set([
  'home',
  'partners',
  'coordinators',
  'councils',
  'council',
  'publications',
  'publication',
  'stats',
  'openData',
]);

const renderOf = (name: RouteName) => (SERVER_RENDERED.has(name) ? 'server' : 'client');

const CANONICAL: Readonly<Record<string, string>> = {
  '/index.html': PATHS.home,
  '/app': PATHS.app,
  '/app/index.html': PATHS.app,
};

export function matchRoute(pathname: string): RouteMatch {
  const canonical = CANONICAL[pathname];
  if (canonical) return { kind: 'redirect', to: canonical };
  const known = STATIC[pathname];
  if (known) return { kind: 'page', ...known, render: renderOf(known.name), params: {} };
  for (const route of WITH_PARAMS) {
    const value = route.pattern.exec(pathname)?.[1];
    if (value) {
      return {
        kind: 'page',
        name: route.name,
        session: route.session,
        render: renderOf(route.name),
        params: { [route.param]: value },
      };
    }
  }
  // `/sign-in/` → `/sign-in`: one address per page (but `/app/` keeps its slash).
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const trimmed = pathname.slice(0, -1);
    if (trimmed.endsWith('/')) return NOT_FOUND;
    const match = matchRoute(trimmed);
    if (match.kind === 'page' && match.name !== 'notFound')
      return { kind: 'redirect', to: trimmed };
  }
  return NOT_FOUND;
}

/**
 * The address of a server-rendered page in a language: English is asked for in the address
 * (`?lang=en`), so that it works without JavaScript and is cached apart; Ukrainian is the
 * default.
 */
export function publicAddress(path: string, language: 'uk' | 'en'): string {
  if (language === 'uk') return path;
  const url = new URL(path, 'https://spilno.invalid');
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}${url.hash}`;
}

export const joinPath = (token: string) => `/app/join/${token}`;
export const organisationPath = (orgId: string) => `/app/organisations/${orgId}`;
export const userPath = (uid: string) => `/app/users/${uid}`;
export const reportPath = (reportId: string) => `/app/reports/${reportId}`;
export const reportEditPath = (reportId: string) => `/app/reports/${reportId}/edit`;
export const councilPath = (councilId: string) => `/app/councils/${councilId}`;
export const proposalPath = (proposalId: string) => `/app/proposals/${proposalId}`;
export const proposalEditPath = (proposalId: string) => `/app/proposals/${proposalId}/edit`;
/** An invitation to co-author (its id is `{proposalId}__{orgId}`), as the email links it. */
export const coAuthorshipPath = (invitationId: string) =>
  `/app/proposals/invitations/${invitationId}`;
export const publicationDraftPath = (publicationId: string) => `/app/publications/${publicationId}`;
/** The public page of a published record (server-rendered). */
export const publicRecordPath = (publicationId: string) => `/p/${publicationId}`;
/** The proposals of one council (linked from the councils' pages). */
export const councilProposalsPath = (councilId: string) =>
  `/app/proposals?council=${encodeURIComponent(councilId)}`;

/** The sign-in address that brings the person back to `returnTo` afterwards. */
export function signInPathFor(returnTo: string): string {
  return `${PATHS.signIn}?next=${encodeURIComponent(returnTo)}`;
}

/** The sign-up address that brings the person back to `returnTo` afterwards. */
export function signUpPathFor(returnTo: string): string {
  return `${PATHS.signUp}?next=${encodeURIComponent(returnTo)}`;
}

/**
 * Where to go after signing in (or signing up): the `next` parameter if it names a page of
 * the signed-in app (under `/app/`), otherwise the app's start page. Anything else (another
 * origin, `//evil.example`, `/sign-in` itself, an unknown page) is ignored, so a crafted link
 * cannot send a person elsewhere after they sign in.
 */
export function nextAfterSignIn(search: string): string {
  return returnPath(search) ?? PATHS.app;
}

/** The safe `next` of an address, or null when there is none (see nextAfterSignIn). */
export function returnPath(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return null;
  }
  const url = new URL(next, 'https://spilno.invalid');
  if (url.origin !== 'https://spilno.invalid') return null;
  const match = matchRoute(url.pathname);
  if (match.kind !== 'page' || match.session === 'none' || !url.pathname.startsWith('/app/')) {
    return null;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

// ---- who may open what ---------------------------------------------------------------------

const NGO: readonly Role[] = ['ngo_member', 'ngo_admin'];
const REVIEWERS: readonly Role[] = ['coordinator', 'staff', 'commissioner', 'admin'];
/** The people who work on reports (an administrator manages users, not reports). */
const SECRETARIAT: readonly Role[] = ['coordinator', 'staff', 'commissioner'];

/**
 * Pages of the app meant for some roles only; `null` means «a person without a role» (only
 * they can register an organisation). Pages not listed are open to every signed-in person.
 * Security rules and callables enforce the same; this decides what the interface offers.
 */
const ROLE_PAGES: Partial<Record<RouteName, readonly (Role | null)[]>> = {
  registerOrganisation: [null],
  organisation: NGO,
  organisations: REVIEWERS,
  organisationDetail: REVIEWERS,
  users: ['admin'],
  userDetail: ['admin'],
  mailLog: ['staff', 'admin'],
  reports: NGO,
  reportNew: NGO,
  reportEdit: NGO,
  reportIntake: ['staff', 'coordinator'],
  report: [...NGO, ...SECRETARIAT],
  queue: SECRETARIAT,
  dashboard: SECRETARIAT,
  templates: SECRETARIAT,
  councilAdmin: ['admin'],
  // Proposals: the councils' NGOs and the Secretariat (an administrator keeps councils, not texts).
  proposals: [...NGO, 'staff', 'commissioner'],
  proposalNew: NGO,
  proposalEdit: NGO,
  proposal: [...NGO, 'staff', 'commissioner'],
  // Publications: staff prepare them, the Commissioner approves; NGOs send notes of their work.
  publishing: ['staff', 'commissioner'],
  publicationNew: ['staff'],
  publicationDraft: ['staff', 'commissioner'],
  notes: NGO,
  noteNew: NGO,
  coAuthorship: NGO,
};

export function mayOpen(name: RouteName, role: Role | null): boolean {
  const allowed = ROLE_PAGES[name];
  return !allowed || allowed.includes(role);
}

export type NavLabel =
  | 'nav.home'
  | 'nav.partners'
  | 'nav.coordinators'
  | 'nav.councils'
  | 'nav.publications'
  | 'nav.stats'
  | 'nav.app'
  | 'nav.registerOrganisation'
  | 'nav.organisation'
  | 'nav.organisations'
  | 'nav.users'
  | 'nav.mailLog'
  | 'nav.profile'
  | 'nav.reports'
  | 'nav.queue'
  | 'nav.dashboard'
  | 'nav.templates'
  | 'nav.councilAdmin'
  | 'nav.proposals'
  | 'nav.publishing'
  | 'nav.notes';

export interface NavItem {
  path: string;
  label: NavLabel;
}

const PUBLIC_NAV: readonly (NavItem & { name: RouteName })[] = [
  { name: 'home', path: PATHS.home, label: 'nav.home' },
  { name: 'publications', path: PATHS.publications, label: 'nav.publications' },
  { name: 'stats', path: PATHS.stats, label: 'nav.stats' },
  { name: 'partners', path: PATHS.partners, label: 'nav.partners' },
  { name: 'coordinators', path: PATHS.coordinators, label: 'nav.coordinators' },
  { name: 'councils', path: PATHS.councils, label: 'nav.councils' },
];

const APP_NAV: readonly (NavItem & { name: RouteName })[] = [
  { name: 'app', path: PATHS.app, label: 'nav.app' },
  {
    name: 'registerOrganisation',
    path: PATHS.registerOrganisation,
    label: 'nav.registerOrganisation',
  },
  { name: 'reports', path: PATHS.reports, label: 'nav.reports' },
  { name: 'proposals', path: PATHS.proposals, label: 'nav.proposals' },
  { name: 'notes', path: PATHS.notes, label: 'nav.notes' },
  { name: 'publishing', path: PATHS.publishing, label: 'nav.publishing' },
  { name: 'queue', path: PATHS.queue, label: 'nav.queue' },
  { name: 'dashboard', path: PATHS.dashboard, label: 'nav.dashboard' },
  { name: 'templates', path: PATHS.templates, label: 'nav.templates' },
  { name: 'organisation', path: PATHS.organisation, label: 'nav.organisation' },
  { name: 'organisations', path: PATHS.organisations, label: 'nav.organisations' },
  { name: 'users', path: PATHS.users, label: 'nav.users' },
  { name: 'mailLog', path: PATHS.mailLog, label: 'nav.mailLog' },
  { name: 'councilAdmin', path: PATHS.councilAdmin, label: 'nav.councilAdmin' },
  { name: 'profile', path: PATHS.profile, label: 'nav.profile' },
];

/**
 * The navigation: the public pages for everyone, and for a signed-in person the pages of the
 * app their role may use, nothing more (the notifications are the badge beside the account).
 */
export function navItems(signedIn: boolean, role: Role | null = null): NavItem[] {
  const items = signedIn
    ? [...PUBLIC_NAV, ...APP_NAV.filter((item) => mayOpen(item.name, role))]
    : PUBLIC_NAV;
  return items.map(({ path, label }) => ({ path, label }));
}

/**
 * Which navigation entry is the current one: the page itself, or the list a detail belongs
 * to (a report belongs to the NGO's list, or to the Secretariat's queue).
 */
export function navPathFor(pathname: string, role: Role | null = null): string {
  const match = matchRoute(pathname);
  if (match.kind !== 'page') return pathname;
  if (match.name === 'organisationDetail') return PATHS.organisations;
  if (match.name === 'userDetail') return PATHS.users;
  if (match.name === 'reportNew' || match.name === 'reportEdit') return PATHS.reports;
  if (match.name === 'reportIntake') return PATHS.queue;
  if (match.name === 'council') return PATHS.councils;
  if (match.name === 'publication') return PATHS.publications;
  if (match.name === 'councilDetail' || match.name === 'meeting') {
    return role === 'admin' ? PATHS.councilAdmin : pathname;
  }
  if (['proposalNew', 'proposal', 'proposalEdit', 'coAuthorship'].includes(match.name)) {
    return PATHS.proposals;
  }
  if (match.name === 'publicationNew' || match.name === 'publicationDraft') return PATHS.publishing;
  if (match.name === 'noteNew') return PATHS.notes;
  if (match.name === 'report') {
    return role && SECRETARIAT.includes(role) ? PATHS.queue : PATHS.reports;
  }
  return pathname;
}
