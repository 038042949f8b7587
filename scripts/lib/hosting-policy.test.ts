import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emulatorPolicy,
  PAGE_HEADERS,
  pageHeaders,
  parsePolicy,
} from '../../functions/src/domain/page-policy.js';
import { emulatorOrigins, withEmulatorPolicy } from './hosting-policy.mjs';

interface HostingConfig {
  headers: { source: string; headers: { key: string; value: string }[] }[];
  rewrites: { source: string; function?: { functionId: string } }[];
}
const config = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'firebase.json'), 'utf8'),
) as { hosting: HostingConfig };
const everyPage = config.hosting.headers.find((rule) => rule.source === '**')!;
const header = (name: string) => everyPage.headers.find((h) => h.key === name)?.value;

describe('the headers Hosting sends with every page', () => {
  it('are the page headers the functions that render pages send too', () => {
    expect(everyPage.headers).toEqual(PAGE_HEADERS);
  });

  it('has a strict Content-Security-Policy for production', () => {
    const policy = parsePolicy(header('Content-Security-Policy')!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // Firestore and Auth; callables go through Hosting (/api/call/…), so no functions host.
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'https://firestore.googleapis.com',
      'https://identitytoolkit.googleapis.com',
      'https://securetoken.googleapis.com',
    ]);
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
  });

  it('refuses framing, sends no full referrer elsewhere, and keeps to HTTPS', () => {
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(header('Permissions-Policy')).toMatch(/camera=\(\)/);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
  });

  it('routes every callable through Hosting, before the /api/** catch-all', () => {
    const sources = config.hosting.rewrites.map((rewrite) => rewrite.source);
    const catchAll = sources.indexOf('/api/**');
    for (const name of [
      'reportAction',
      'orgAction',
      'adminSetRole',
      'accountAction',
      'mailAction',
      'auditAction',
    ]) {
      const at = sources.indexOf(`/api/call/${name}`);
      expect(at, name).toBeGreaterThanOrEqual(0);
      expect(at, name).toBeLessThan(catchAll);
      expect(config.hosting.rewrites[at]?.function?.functionId).toBe(name);
    }
    expect(sources).toContain('/.well-known/security.txt');
  });
});

describe('the policy on the emulators', () => {
  const ports = { auth: 19099, firestore: 18080 };

  it('lets the client reach the Auth and Firestore emulators, over plain HTTP', () => {
    const policy = parsePolicy(
      emulatorPolicy(header('Content-Security-Policy')!, emulatorOrigins(ports)),
    );
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:19099',
      'http://127.0.0.1:18080',
    ]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('changes nothing else in the hosting section', () => {
    const local = withEmulatorPolicy(config.hosting, ports) as HostingConfig;
    expect(local.rewrites).toEqual(config.hosting.rewrites);
    const keys = (h: HostingConfig) => h.headers[0]!.headers.map((x) => x.key);
    expect(keys(local)).toEqual(keys(config.hosting));
    expect(local.headers[0]!.headers.find((x) => x.key === 'X-Frame-Options')?.value).toBe('DENY');
  });

  it('is what publicPages sends on the emulators, and production’s elsewhere', () => {
    const local = withEmulatorPolicy(config.hosting, ports) as HostingConfig;
    const sent = pageHeaders(emulatorOrigins(ports));
    expect(local.headers[0]!.headers).toEqual(
      Object.entries(sent).map(([key, value]) => ({ key, value })),
    );
    expect(pageHeaders(null)['Content-Security-Policy']).toBe(header('Content-Security-Policy'));
  });
});

describe('the callables the web client reaches through Hosting', () => {
  // The web calls every callable on its own origin, `/api/call/{name}` (web/src/firebase/
  // functions.ts); a callable deployed without its rewrite works from the emulator tests,
  // which call it directly, and fails in the browser.
  const index = readFileSync(
    join(import.meta.dirname, '..', '..', 'functions/src/index.ts'),
    'utf8',
  );
  const callables = [...index.matchAll(/export \{ (\w+) \} from '[^']+\.callable\.js'/g)].map(
    (match) => match[1]!,
  );

  it('finds the callables that index.ts exports', () => {
    expect(callables).toContain('reportAction');
    expect(callables.length).toBeGreaterThan(5);
  });

  it('has a rewrite of /api/call/{name} to each of them, and to nothing else', () => {
    const rewrites = config.hosting.rewrites.filter((r) => r.source.startsWith('/api/call/'));
    expect(rewrites.map((r) => r.source).sort()).toEqual(
      callables.map((name) => `/api/call/${name}`).sort(),
    );
    for (const rewrite of rewrites) {
      expect(rewrite.function?.functionId).toBe(rewrite.source.slice('/api/call/'.length));
    }
  });
});
