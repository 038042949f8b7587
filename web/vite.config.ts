import { fileURLToPath } from 'node:url';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { buildRobotsTxt } from '../functions/src/domain/open-data/sitemap.js';
import { appShell } from './app-shell.config.js';

const domainDir = fileURLToPath(new URL('../functions/src/domain', import.meta.url));

/**
 * The signed-in app is a single page (app/index.html) served by Hosting for `/app/**`,
 * `/sign-in` and `/sign-up`. The public pages (`/`, `/partners`, `/coordinators`) are rendered
 * by a function (functions/src/public-pages) and load only `/public.js` and `/public.css`,
 * which keep their names from build to build so that the function needs no manifest
 * (Hosting sends them with `no-cache`; what they import is hashed).
 */
const APP_HTML = 'app/index.html';
const PUBLIC_ENTRY = 'src/public/islands.client.tsx';

/**
 * Hosting answers an unknown address with 404.html and status 404; the page is the app
 * itself, whose router shows the not-found page, so people still get navigation.
 */
function notFoundPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'spilno:not-found-page',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      copyFileSync(join(outDir, APP_HTML), join(outDir, '404.html'));
    },
  };
}

/**
 * `/public.css`: the styles of the public entry's chunks (Vite names shared CSS after a
 * chunk and hashes it), in one file under a name the server-rendered pages can link to.
 */
function publicStylesheet(): Plugin {
  return {
    name: 'spilno:public-stylesheet',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (output) => output.type === 'chunk' && output.isEntry && output.name === 'public',
      );
      if (!entry || entry.type !== 'chunk') return;
      const css = new Set<string>();
      const visit = (fileName: string, seen = new Set<string>()) => {
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return;
        seen.add(fileName);
        for (const name of chunk.imports) visit(name, seen);
        for (const name of chunk.viteMetadata?.importedCss ?? []) css.add(name);
      };
      visit(entry.fileName);
      const source = [...css]
        .map((name) => {
          const asset = bundle[name];
          return asset?.type === 'asset' ? String(asset.source) : '';
        })
        .join('\n');
      this.emitFile({ type: 'asset', fileName: 'public.css', source });
    },
  };
}

/** `vite dev`: the app's addresses open the app, as Hosting's rewrites do. */
function appFallback(): Plugin {
  return {
    name: 'spilno:app-fallback',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path === '/sign-in' || path === '/sign-up' || path.startsWith('/app/')) {
          req.url = `/${APP_HTML}`;
        }
        next();
      });
    },
  };
}

/**
 * `/.well-known/security.txt` (RFC 9116; Hosting rewrites it to `/security.txt`, as it does
 * not publish dot-directories): whom to tell about a vulnerability. The contact comes from
 * `SECURITY_CONTACT` at build time (a `mailto:` or `https:` URI, from the environment or
 * web/.env.production.local); the expiry is half a year
 * after the build, so every deploy renews it. docs/SECURITY.md says what happens to a report.
 */
function securityTxt(): Plugin {
  let contact = 'mailto:security@spilno.test';
  return {
    name: 'spilno:security-txt',
    apply: 'build',
    configResolved(config) {
      // From the environment or web/.env.<mode>(.local), like the VITE_ settings.
      const env = loadEnv(config.mode, config.envDir || config.root, 'SECURITY_');
      contact = env.SECURITY_CONTACT || contact;
    },
    generateBundle() {
      const expires = new Date(Date.now() + 183 * 24 * 60 * 60 * 1000);
      this.emitFile({
        type: 'asset',
        fileName: 'security.txt',
        source: [
          `Contact: ${contact}`,
          `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
          'Preferred-Languages: uk, en',
          '',
        ].join('\n'),
      });
    },
  };
}

/**
 * `/robots.txt`, a file of the build: the functions' framework answers that address itself
 * (404), so a rewrite to `publicPages` cannot serve it. It names the sitemap when the site's
 * origin is known at build time (`SPILNO_SITE_URL`, as for the functions).
 */
function robotsTxt(): Plugin {
  let siteUrl: string | null = null;
  return {
    name: 'spilno:robots-txt',
    apply: 'build',
    configResolved(config) {
      const env = loadEnv(config.mode, config.envDir || config.root, 'SPILNO_');
      siteUrl = env.SPILNO_SITE_URL?.replace(/\/+$/, '') || null;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: buildRobotsTxt(siteUrl) });
    },
  };
}

/**
 * Every page of the app waits for Firebase Auth (is anyone signed in?) and for the pages' text
 * in Ukrainian (i18n/sections/pages.uk.ts), which the entry imports lazily so that the public
 * pages never load them. The app's HTML asks for them at once, beside the entry, instead of
 * after the entry has run: on a slow line that is a round trip or more saved.
 */
const PRELOADED = [
  /web[\\/]src[\\/]firebase[\\/]auth\.ts$/,
  /web[\\/]src[\\/]i18n[\\/]sections[\\/]pages\.uk\.ts$/,
];

function preloadFirstNeeds(): Plugin {
  return {
    name: 'spilno:preload-first-needs',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const wanted = Object.values(bundle).filter(
          (output) =>
            output.type === 'chunk' &&
            output.isDynamicEntry &&
            PRELOADED.some((module) => module.test(output.facadeModuleId ?? '')),
        );
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          for (const name of chunk.imports) visit(name);
        };
        for (const chunk of wanted) visit(chunk.fileName);
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** Chunks holding Firebase SDK code are named `firebase-…`, easy to spot in the network panel. */
function isFirebaseModule(id: string): boolean {
  return /node_modules[\\/](@firebase|firebase)[\\/]/.test(id);
}

export default defineConfig({
  plugins: [
    preact({ prefreshEnabled: false, devToolsEnabled: false }),
    publicStylesheet(),
    notFoundPage(),
    appFallback(),
    securityTxt(),
    robotsTxt(),
    appShell(),
    preloadFirstNeeds(),
  ],
  resolve: {
    alias: [
      { find: '@domain', replacement: domainDir },
      // zod without eval, as the Content-Security-Policy requires (src/zod.ts).
      { find: /^zod$/, replacement: fileURLToPath(new URL('./src/zod.ts', import.meta.url)) },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        app: resolve(import.meta.dirname, APP_HTML),
        public: resolve(import.meta.dirname, PUBLIC_ENTRY),
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'public' ? 'public.js' : 'assets/[name]-[hash].js',
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some(isFirebaseModule)
            ? 'assets/firebase-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { fs: { allow: ['..'] } },
});
