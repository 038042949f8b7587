import { describe, expect, it } from 'vitest';
import type { Role } from '@domain/roles.js';
import {
  joinPath,
  matchRoute,
  mayOpen,
  navItems,
  navPathFor,
  nextAfterSignIn,
  organisationPath,
  PATHS,
  reportEditPath,
  reportPath,
  signInPathFor,
  publicAddress,
  signUpPathFor,
  userPath,
} from './routes.js';

const TOKEN = 'Qm9vLWJhc2U2NHVybF90b2tlbi0xMjM0NTY3ODk';

describe('matchRoute', () => {
  it.each([
    ['/', 'home', 'none', 'server'],
    ['/sign-in', 'signIn', 'optional', 'client'],
    ['/sign-up', 'signUp', 'optional', 'client'],
    ['/partners', 'partners', 'none', 'server'],
    ['/coordinators', 'coordinators', 'none', 'server'],
    ['/councils', 'councils', 'none', 'server'],
    ['/publications', 'publications', 'none', 'server'],
    ['/stats', 'stats', 'none', 'server'],
    ['/open-data', 'openData', 'none', 'server'],
    ['/app/', 'app', 'required', 'client'],
    ['/app/register-organisation', 'registerOrganisation', 'required', 'client'],
    ['/app/organisation', 'organisation', 'required', 'client'],
    ['/app/organisations', 'organisations', 'required', 'client'],
    ['/app/users', 'users', 'required', 'client'],
    ['/app/profile', 'profile', 'required', 'client'],
    ['/app/notifications', 'notifications', 'required', 'client'],
    ['/app/mail-log', 'mailLog', 'required', 'client'],
    ['/app/reports', 'reports', 'required', 'client'],
    ['/app/reports/new', 'reportNew', 'required', 'client'],
    ['/app/reports/intake', 'reportIntake', 'required', 'client'],
    ['/app/queue', 'queue', 'required', 'client'],
    ['/app/dashboard', 'dashboard', 'required', 'client'],
    ['/app/templates', 'templates', 'required', 'client'],
    ['/app/verify-email', 'verifyEmail', 'optional', 'client'],
    ['/app/publications', 'publishing', 'required', 'client'],
    ['/app/publications/new', 'publicationNew', 'required', 'client'],
    ['/app/notes', 'notes', 'required', 'client'],
    ['/app/notes/new', 'noteNew', 'required', 'client'],
  ] as const)(
    'shows %s as the %s page (session: %s, rendered: %s)',
    (path, name, session, render) => {
      expect(matchRoute(path)).toEqual({ kind: 'page', name, session, render, params: {} });
    },
  );

  it('takes parameters from the address', () => {
    expect(matchRoute(`/app/join/${TOKEN}`)).toEqual({
      kind: 'page',
      name: 'join',
      session: 'optional',
      render: 'client',
      params: { token: TOKEN },
    });
    expect(matchRoute('/app/organisations/43900115')).toEqual({
      kind: 'page',
      name: 'organisationDetail',
      session: 'required',
      render: 'client',
      params: { orgId: '43900115' },
    });
    expect(matchRoute('/app/users/demo-ngo-admin')).toEqual({
      kind: 'page',
      name: 'userDetail',
      session: 'required',
      render: 'client',
      params: { uid: 'demo-ngo-admin' },
    });
  });

  it('takes a report’s id from its page and its edit page (Firestore auto-ids and the demo’s)', () => {
    expect(matchRoute('/app/reports/Ab3dEfGh1jKlMn0pQr5t')).toEqual({
      kind: 'page',
      name: 'report',
      session: 'required',
      render: 'client',
      params: { reportId: 'Ab3dEfGh1jKlMn0pQr5t' },
    });
    expect(matchRoute('/app/reports/demo-report-detention/edit')).toEqual({
      kind: 'page',
      name: 'reportEdit',
      session: 'required',
      render: 'client',
      params: { reportId: 'demo-report-detention' },
    });
  });

  it('takes a council’s id from its public page, rendered on the server', () => {
    expect(matchRoute('/councils/expert-children')).toEqual({
      kind: 'page',
      name: 'council',
      session: 'none',
      render: 'server',
      params: { councilId: 'expert-children' },
    });
    expect(navPathFor('/councils/expert-children')).toBe('/councils');
  });

  it('takes a public record’s id from its page, which belongs to the publications', () => {
    expect(matchRoute('/p/demo-publication-1')).toEqual({
      kind: 'page',
      name: 'publication',
      session: 'none',
      render: 'server',
      params: { publicationId: 'demo-publication-1' },
    });
    expect(navPathFor('/p/demo-publication-1')).toBe('/publications');
  });

  it('takes a publication being prepared from its address, which belongs to staff’s list', () => {
    expect(matchRoute('/app/publications/Ab3dEfGh1jKlMn0pQr5t')).toEqual({
      kind: 'page',
      name: 'publicationDraft',
      session: 'required',
      render: 'client',
      params: { publicationId: 'Ab3dEfGh1jKlMn0pQr5t' },
    });
    expect(navPathFor('/app/publications/Ab3dEfGh1jKlMn0pQr5t')).toBe('/app/publications');
    expect(navPathFor('/app/publications/new')).toBe('/app/publications');
    expect(navPathFor('/app/notes/new')).toBe('/app/notes');
    expect(mayOpen('publicationNew', 'commissioner')).toBe(false);
    expect(mayOpen('publicationDraft', 'commissioner')).toBe(true);
    expect(mayOpen('publishing', 'coordinator')).toBe(false);
    expect(mayOpen('noteNew', 'ngo_member')).toBe(true);
    expect(mayOpen('noteNew', 'staff')).toBe(false);
  });

  it('builds the addresses it matches', () => {
    for (const [path, name] of [
      [joinPath(TOKEN), 'join'],
      [organisationPath('43900225'), 'organisationDetail'],
      [userPath('Xy7_abc-123'), 'userDetail'],
      [reportPath('Ab3dEfGh1jKlMn0pQr5t'), 'report'],
      [reportEditPath('Ab3dEfGh1jKlMn0pQr5t'), 'reportEdit'],
    ] as const) {
      const match = matchRoute(path);
      expect(match.kind === 'page' && match.name, path).toBe(name);
    }
  });

  it.each([
    ['/app', '/app/'],
    ['/app/index.html', '/app/'],
    ['/sign-in/', '/sign-in'],
    ['/sign-up/', '/sign-up'],
    ['/partners/', '/partners'],
    ['/app/organisations/', '/app/organisations'],
    ['/app/organisations/43900115/', '/app/organisations/43900115'],
    ['/index.html', '/'],
  ])('sends %s to its canonical address %s', (path, to) => {
    expect(matchRoute(path)).toEqual({ kind: 'redirect', to });
  });

  it.each([
    '/nowhere',
    '/app/nowhere',
    '/App/',
    '/sign-in/extra',
    '//',
    '/nowhere/',
    // A public record's id holds no slash or dot.
    '/p/',
    '/p/a/b',
    '/p/..',
    // Parameters that cannot be what they claim to be.
    '/app/join/',
    '/app/join/short',
    `/app/join/${TOKEN}/extra`,
    `/app/join/${TOKEN.slice(0, 10)}%2F..%2F${TOKEN}`,
    '/app/organisations/4390011',
    '/app/organisations/439001150',
    '/app/organisations/4390011x',
    '/app/users/a%2Fb',
    '/app/users/a.b',
    `/app/users/${'x'.repeat(129)}`,
    '/app/reports/a.b',
    '/app/reports/a%2Fb',
    `/app/reports/${'x'.repeat(129)}`,
    '/app/reports/abc/edit/more',
    '/app/reports/abc/delete',
    '/app/reports//edit',
  ])('has no page at %s', (path) => {
    expect(matchRoute(path)).toEqual({
      kind: 'page',
      name: 'notFound',
      session: 'none',
      render: 'client',
      params: {},
    });
  });
});

describe('after sign-in', () => {
  it('returns to the page that asked for a session', () => {
    expect(nextAfterSignIn(new URL(signInPathFor('/app/'), 'http://x').search)).toBe('/app/');
    expect(nextAfterSignIn('?next=%2Fapp%2F%3Ftab%3D1')).toBe('/app/?tab=1');
    expect(nextAfterSignIn('?next=%2Fapp%2Forganisations%2F43900115')).toBe(
      '/app/organisations/43900115',
    );
  });

  it('returns to an invitation after signing in or signing up', () => {
    const join = joinPath(TOKEN);
    expect(nextAfterSignIn(new URL(signInPathFor(join), 'http://x').search)).toBe(join);
    expect(nextAfterSignIn(new URL(signUpPathFor(join), 'http://x').search)).toBe(join);
  });

  it('goes to the app when there is nowhere (sensible) to return to', () => {
    for (const search of [
      '',
      '?next=',
      '?next=%2F',
      '?next=%2Fsign-in',
      '?next=%2Fsign-up',
      '?next=%2Fpartners',
      '?next=%2Fnowhere',
      '?next=%2Fapp%2Fjoin%2Fshort',
      '?next=https%3A%2F%2Fevil.example%2Fapp%2F',
      '?next=%2F%2Fevil.example%2Fapp%2F',
      '?next=%2F%5Cevil.example%2Fapp%2F',
      '?next=javascript%3Aalert(1)',
      '?next=%2Fapp%2F..%2F%2Fevil.example',
    ]) {
      expect(nextAfterSignIn(search), search).toBe(PATHS.app);
    }
  });
});

describe('navigation by role', () => {
  const paths = (signedIn: boolean, role: Role | null = null) =>
    navItems(signedIn, role).map((item) => item.path);
  const PUBLIC = ['/', '/publications', '/stats', '/partners', '/coordinators', '/councils'];

  it('offers the public pages to everyone', () => {
    expect(paths(false)).toEqual(PUBLIC);
  });

  it('offers a person without a role the registration of an organisation', () => {
    expect(paths(true, null)).toEqual([
      ...PUBLIC,
      '/app/',
      '/app/register-organisation',
      '/app/profile',
    ]);
  });

  it('offers NGO people their organisation and their notes about its work', () => {
    for (const role of ['ngo_member', 'ngo_admin'] as const) {
      expect(paths(true, role)).toEqual([
        ...PUBLIC,
        '/app/',
        '/app/reports',
        '/app/proposals',
        '/app/notes',
        '/app/organisation',
        '/app/profile',
      ]);
    }
  });

  it('offers coordinators and the Commissioner the organisations to read (the Commissioner, proposals and publications)', () => {
    for (const role of ['coordinator', 'commissioner'] as const) {
      expect(paths(true, role)).toEqual([
        ...PUBLIC,
        '/app/',
        ...(role === 'commissioner' ? ['/app/proposals', '/app/publications'] : []),
        '/app/queue',
        '/app/dashboard',
        '/app/templates',
        '/app/organisations',
        '/app/profile',
      ]);
    }
  });

  it('offers staff the organisations, the delivery log and the publications', () => {
    expect(paths(true, 'staff')).toEqual([
      ...PUBLIC,
      '/app/',
      '/app/proposals',
      '/app/publications',
      '/app/queue',
      '/app/dashboard',
      '/app/templates',
      '/app/organisations',
      '/app/mail-log',
      '/app/profile',
    ]);
  });

  it('offers an admin the users and the councils as well', () => {
    expect(paths(true, 'admin')).toEqual([
      ...PUBLIC,
      '/app/',
      '/app/organisations',
      '/app/users',
      '/app/mail-log',
      '/app/councils',
      '/app/profile',
    ]);
    expect(mayOpen('councilAdmin', 'staff')).toBe(false);
    expect(mayOpen('councilAdmin', 'ngo_admin')).toBe(false);
  });

  it('agrees with who may open each page', () => {
    expect(mayOpen('users', 'staff')).toBe(false);
    expect(mayOpen('userDetail', 'admin')).toBe(true);
    expect(mayOpen('organisationDetail', 'coordinator')).toBe(true);
    expect(mayOpen('organisationDetail', 'ngo_admin')).toBe(false);
    expect(mayOpen('registerOrganisation', 'ngo_member')).toBe(false);
    expect(mayOpen('mailLog', 'commissioner')).toBe(false);
    expect(mayOpen('notifications', null)).toBe(true);
    expect(mayOpen('profile', 'ngo_member')).toBe(true);
  });

  it('opens reports to the NGO and the Secretariat, each their own pages', () => {
    expect(mayOpen('report', 'ngo_member')).toBe(true);
    expect(mayOpen('report', 'coordinator')).toBe(true);
    // An administrator manages users; reports are not theirs to read (rules agree).
    expect(mayOpen('report', 'admin')).toBe(false);
    expect(mayOpen('report', null)).toBe(false);
    expect(mayOpen('reportNew', 'ngo_admin')).toBe(true);
    expect(mayOpen('reportNew', 'staff')).toBe(false);
    expect(mayOpen('reportIntake', 'coordinator')).toBe(true);
    expect(mayOpen('reportIntake', 'commissioner')).toBe(false);
    expect(mayOpen('queue', 'ngo_member')).toBe(false);
    expect(mayOpen('dashboard', 'commissioner')).toBe(true);
    expect(mayOpen('templates', 'coordinator')).toBe(true);
  });

  it('marks the list a detail page belongs to as the current section', () => {
    expect(navPathFor('/app/organisations/43900115')).toBe('/app/organisations');
    expect(navPathFor('/app/users/demo-admin')).toBe('/app/users');
    expect(navPathFor('/partners')).toBe('/partners');
    // A report opened from a notification belongs to the person's own list.
    expect(navPathFor('/app/reports/abc', 'ngo_member')).toBe('/app/reports');
    expect(navPathFor('/app/reports/abc', 'coordinator')).toBe('/app/queue');
    expect(navPathFor('/app/reports/abc/edit', 'ngo_admin')).toBe('/app/reports');
    expect(navPathFor('/app/reports/intake', 'staff')).toBe('/app/queue');
  });
});

describe('publicAddress', () => {
  it('asks for English in the address of a server-rendered page, keeping the rest of it', () => {
    expect(publicAddress('/', 'en')).toBe('/?lang=en');
    expect(publicAddress('/partners?region=UA-30#list', 'en')).toBe(
      '/partners?region=UA-30&lang=en#list',
    );
    expect(publicAddress('/partners?lang=uk', 'en')).toBe('/partners?lang=en');
  });

  it('leaves a Ukrainian address as it is (Ukrainian is the default)', () => {
    expect(publicAddress('/partners?region=UA-30', 'uk')).toBe('/partners?region=UA-30');
  });
});
