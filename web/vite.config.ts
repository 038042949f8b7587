import { fileURLToPath } from 'node:url';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const domainDir = fileURLToPath(new URL('../functions/src/domain', import.meta.url));

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
      copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html'));
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

/** Chunks holding Firebase SDK code are named `firebase-…`, easy to spot in the network panel. */
function isFirebaseModule(id: string): boolean {
  return /node_modules[\\/](@firebase|firebase)[\\/]/.test(id);
}

export default defineConfig({
  plugins: [notFoundPage(), securityTxt()],
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
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some(isFirebaseModule)
            ? 'assets/firebase-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { fs: { allow: ['..'] } },
});
