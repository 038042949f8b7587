/**
 * Which navigations the app shell's service worker answers from what it keeps
 * (web/app-shell.config.ts): the addresses Hosting serves the app's own HTML for (`/app/**`,
 * `/sign-in`, `/sign-up`, firebase.json). Every other page — the public pages rendered on the
 * server, `/api/**` — goes to the network as it is. Pure, and tested against firebase.json.
 */
export const SHELL_NAVIGATIONS: readonly RegExp[] = [/^\/app(\/|$)/, /^\/sign-(in|up)$/];

/** Never answered from the shell, even if a pattern above were widened. */
export const NEVER_FROM_SHELL: readonly RegExp[] = [/^\/api\//];

export function opensFromShell(path: string): boolean {
  return (
    SHELL_NAVIGATIONS.some((pattern) => pattern.test(path)) &&
    !NEVER_FROM_SHELL.some((pattern) => pattern.test(path))
  );
}
