import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const domainDir = fileURLToPath(new URL('../functions/src/domain', import.meta.url));

/**
 * The server's build of the public pages: src/public/render.tsx and every component it
 * renders, bundled (with Preact and the catalogues) into functions/lib/web-render/, where the
 * `publicPages` function loads it (functions/src/public-pages). Run by the functions' build,
 * so that `npm start`, `npm test`, CI and `firebase deploy` (predeploy) all make it. The
 * Firebase web SDK is never used while rendering and stays out.
 */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  resolve: { alias: { '@domain': domainDir } },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/public/render.tsx',
    outDir: '../functions/lib/web-render',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    rolldownOptions: {
      external: [/^firebase(\/|$)/, /^@firebase\//],
      output: { entryFileNames: 'render-public-page.js' },
    },
  },
});
