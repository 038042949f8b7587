import { signal } from '@preact/signals';

/**
 * True while the islands of a server-rendered page are being hydrated. Hydration must
 * render exactly what the server sent; a component whose output depends on what only the
 * browser knows (the session) renders the server's version while this is true, and the
 * browser's once it is false.
 */
export const hydrating = signal(false);
