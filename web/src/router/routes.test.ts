import { describe, expect, it } from 'vitest';
import { matchRoute, navItems, nextAfterSignIn, PATHS, signInPathFor } from './routes.js';

describe('matchRoute', () => {
  it.each([
    ['/', 'home', false],
    ['/sign-in', 'signIn', false],
    ['/app/', 'app', true],
  ] as const)('shows %s as the %s page', (path, name, requiresAuth) => {
    expect(matchRoute(path)).toEqual({ kind: 'page', name, requiresAuth });
  });

  it.each([
    ['/app', '/app/'],
    ['/app/index.html', '/app/'],
    ['/sign-in/', '/sign-in'],
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
    // Pages that come with later work are not invented before they exist.
    '/publications',
    '/councils',
  ])('has no page at %s', (path) => {
    expect(matchRoute(path)).toEqual({ kind: 'page', name: 'notFound', requiresAuth: false });
  });
});

describe('after sign-in', () => {
  it('returns to the page that asked for a session', () => {
    expect(nextAfterSignIn(new URL(signInPathFor('/app/'), 'http://x').search)).toBe('/app/');
    expect(nextAfterSignIn('?next=%2Fapp%2F%3Ftab%3D1')).toBe('/app/?tab=1');
  });

  it('goes to the app when there is nowhere (sensible) to return to', () => {
    for (const search of [
      '',
      '?next=',
      '?next=%2F',
      '?next=%2Fsign-in',
      '?next=%2Fnowhere',
      '?next=https%3A%2F%2Fevil.example%2Fapp%2F',
      '?next=%2F%2Fevil.example%2Fapp%2F',
      '?next=%2F%5Cevil.example%2Fapp%2F',
      '?next=javascript%3Aalert(1)',
    ]) {
      expect(nextAfterSignIn(search), search).toBe(PATHS.app);
    }
  });
});

describe('navItems', () => {
  it('offers only the pages that exist: home, and the app once signed in', () => {
    expect(navItems(false).map((item) => item.path)).toEqual(['/']);
    expect(navItems(true).map((item) => item.path)).toEqual(['/', '/app/']);
  });
});
