import { VitePWA } from 'vite-plugin-pwa';
import { NEVER_FROM_SHELL, SHELL_NAVIGATIONS } from './src/offline/app-shell-routes.js';

/**
 * The installable app shell (vite-plugin-pwa, Workbox's `generateSW`, built without network):
 * a service worker at `/sw.js` that keeps the signed-in app's own files (its HTML, scripts,
 * styles and icons) on the device, so that the app opens with no signal. An NGO can then start
 * a report offline; what it types is kept on the device (reports/local-drafts.ts) and in
 * Firestore's offline queue until the connection returns.
 *
 * What it never keeps:
 * - `/api/**` (callables, uploads, the public pages' data): no route is registered for them,
 *   so they always go to the network;
 * - data of a signed-in person: Firestore and Auth talk to their own hosts, which a service
 *   worker of this origin does not see; the precache holds only files of the build;
 * - the public server-rendered pages (`/`, `/partners`, `/coordinators`, `/councils`): only
 *   navigations to the app (`/app/**`, `/sign-in`, `/sign-up`) are answered from the shell;
 *   every other page is fetched as it is (and `public.js`/`public.css`, which the public pages
 *   load under fixed names, are not kept).
 *
 * A new deploy is picked up: `/sw.js` is sent with `no-cache` (firebase.json), every kept file
 * has its revision, and the new worker takes over at once (`skipWaiting`, `clientsClaim`),
 * dropping what the old one kept.
 */
export function appShell() {
  return VitePWA({
    strategies: 'generateSW',
    filename: 'sw.js',
    registerType: 'autoUpdate',
    // Registered by src/offline/register-worker.ts, with the app's own script (no inline code
    // under the Content-Security-Policy).
    injectRegister: false,
    manifest: {
      name: 'Спільно',
      short_name: 'Спільно',
      description: 'Співпраця громадських організацій з Уповноваженим Верховної Ради з прав людини',
      lang: 'uk',
      start_url: '/app/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b4f8a',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['app/index.html', 'assets/**/*.{js,css}', 'icons/*.png'],
      globIgnores: ['**/*.map'],
      // The Firestore SDK's chunk is about 0.5 MB before compression.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      navigateFallback: '/app/index.html',
      navigateFallbackAllowlist: [...SHELL_NAVIGATIONS],
      navigateFallbackDenylist: [...NEVER_FROM_SHELL],
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      skipWaiting: true,
      clientsClaim: true,
      sourcemap: false,
    },
  });
}
