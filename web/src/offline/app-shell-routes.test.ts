import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opensFromShell } from './app-shell-routes.js';

interface Rewrite {
  source: string;
  destination?: string;
  function?: { functionId: string };
}

const hosting = JSON.parse(
  readFileSync(new URL('../../../firebase.json', import.meta.url), 'utf8'),
) as { hosting: { rewrites: Rewrite[] } };

/** An address a Hosting source pattern covers (`**` and `*` filled in). */
const example = (source: string) => source.replace('**', 'reports/new').replace('*', 'x');

describe('what the app shell answers offline', () => {
  it('answers every address Hosting serves the app for', () => {
    const app = hosting.hosting.rewrites.filter((r) => r.destination === '/app/index.html');
    expect(app.length).toBeGreaterThan(0);
    for (const rewrite of app) expect(opensFromShell(example(rewrite.source))).toBe(true);
    expect(opensFromShell('/app/')).toBe(true);
    expect(opensFromShell('/app/reports/new')).toBe(true);
  });

  it('never answers a page a function renders, nor /api', () => {
    const functions = hosting.hosting.rewrites.filter((r) => r.function);
    expect(functions.some((r) => r.function?.functionId === 'publicPages')).toBe(true);
    for (const rewrite of functions) expect(opensFromShell(example(rewrite.source))).toBe(false);
    for (const path of ['/', '/partners', '/coordinators', '/councils/c1', '/api/app/x'])
      expect(opensFromShell(path)).toBe(false);
    expect(opensFromShell('/application')).toBe(false);
    expect(opensFromShell('/sign-in-elsewhere')).toBe(false);
  });
});
