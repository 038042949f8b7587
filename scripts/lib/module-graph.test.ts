import { describe, expect, it } from 'vitest';
import { importsOf, packageOf, staticClosure } from './module-graph.ts';

describe('importsOf', () => {
  it('tells static imports and re-exports from imports on demand', () => {
    const source = [
      "import { onCall } from 'firebase-functions/https';",
      "import './options.js';",
      "export { a } from '../a.js';",
      "export * from './b.js';",
      "const later = () => import('./handler.js');",
      "const pkg = () => import('nodemailer');",
      "// import { x } from './commented.js';",
    ].join('\n');
    expect(importsOf('/lib/shared/entry.js', source)).toEqual({
      staticFiles: ['/lib/shared/options.js', '/lib/a.js', '/lib/shared/b.js'],
      staticPackages: ['firebase-functions/https'],
      dynamicFiles: ['/lib/shared/handler.js'],
    });
  });
});

describe('staticClosure', () => {
  it('follows static imports once each, and not the ones on demand', () => {
    const files: Record<string, string> = {
      '/lib/entry.js':
        "import './a.js';\nimport 'firebase-functions/https';\nimport('./heavy.js');",
      '/lib/a.js': "import './b.js';\nimport 'zod';",
      '/lib/b.js': "import './a.js';\nimport 'zod';\nimport 'ics';",
      '/lib/heavy.js': "import 'docx';",
    };
    expect(staticClosure('/lib/entry.js', (path) => files[path]!)).toEqual({
      files: ['/lib/entry.js', '/lib/a.js', '/lib/b.js'],
      packages: ['firebase-functions/https', 'zod', 'ics'],
    });
  });
});

describe('packageOf', () => {
  it('names the package of a subpath, scoped or not', () => {
    expect(packageOf('libphonenumber-js/min')).toBe('libphonenumber-js');
    expect(packageOf('@google-cloud/storage')).toBe('@google-cloud/storage');
    expect(packageOf('@google-cloud/storage/build/x')).toBe('@google-cloud/storage');
    expect(packageOf('ics')).toBe('ics');
  });
});
