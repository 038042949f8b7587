/**
 * Registers the app shell's service worker (web/app-shell.config.ts) once the page has
 * loaded, so that keeping the app's files on the device never competes with the first load
 * on a slow line. Only in a build: `vite dev` serves no worker.
 */
export function registerAppShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .catch((error: unknown) => console.warn(error));
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
